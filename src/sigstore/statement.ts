/** The in-toto statement inside a DSSE bundle, read without trusting it (callers verify first). */
import type { Bundle } from '@sigstore/bundle';
import { ReleaseError } from '../errors.js';
import { INTOTO_PAYLOAD_TYPE } from './media-types.js';

/** The in-toto Statement v1 type. */
export const INTOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** One subject of a statement. */
export interface StatementSubject {
  name?: string;
  digest: Record<string, string>;
}

/** An in-toto Statement v1 with a predicate of type `P`. */
export interface Statement<P = unknown> {
  _type: string;
  subject: StatementSubject[];
  predicateType: string;
  predicate: P;
}

/** The statement of a DSSE bundle, or a `VERIFY` error saying why there is none. */
export function statementOf(bundle: Bundle): Statement {
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new ReleaseError('VERIFY', 'the bundle signs a blob, not an in-toto statement', {
      fix: 'pass the attestation bundle (.sigstore.json), not the signature bundle (.bundle)',
    });
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    throw new ReleaseError(
      'VERIFY',
      `the DSSE payload is ${envelope.payloadType}, not an in-toto statement`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelope.payload.toString('utf8'));
  } catch (e) {
    throw new ReleaseError('VERIFY', 'the in-toto statement in the bundle is not JSON', {
      cause: e,
    });
  }
  const s = parsed as Partial<Statement> | null;
  if (
    !s ||
    typeof s !== 'object' ||
    !Array.isArray(s.subject) ||
    typeof s.predicateType !== 'string'
  ) {
    throw new ReleaseError(
      'VERIFY',
      'the bundle carries no in-toto statement (no subject or no predicateType)',
    );
  }
  const subject = s.subject.filter(
    (x): x is StatementSubject => !!x && typeof x === 'object' && typeof x.digest === 'object',
  );
  return {
    _type: String(s._type),
    subject,
    predicateType: s.predicateType,
    predicate: s.predicate,
  };
}

/** `sha256:<hex>` of each subject that has a sha256 digest. */
export function subjectDigests(statement: Statement): string[] {
  return statement.subject.flatMap((s) =>
    typeof s.digest.sha256 === 'string' ? [`sha256:${s.digest.sha256}`] : [],
  );
}
