/** How a thrown error appears in JSON and in GitHub Actions. */
import { ReleaseError } from '../../errors.js';
import { redact } from '../../report/index.js';

export function errorDocument(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: redact(String(e)) };
  const doc: Record<string, unknown> = { message: redact(e.message) };
  if (e instanceof ReleaseError) {
    doc.code = e.code;
    if (e.fix) doc.fix = redact(e.fix);
    if (e.position) doc.position = e.position;
  }
  return doc;
}
