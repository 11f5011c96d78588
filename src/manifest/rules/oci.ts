/** [oci]: the image reference, its pin, and the flags podman and docker accept. */
import { explainImageProblem, parseSamuelImage, ZERO_DIGEST } from '../image.js';
import { add, missingAt, node, str, strings, type RuleContext } from './context.js';

export function checkOciImage(ctx: RuleContext): void {
  const image = node(ctx, 'oci.image');
  const value = str(ctx, 'oci.image');
  if (value === undefined || value.trim() === '') {
    if (ctx.badTypes.has('oci') || ctx.badTypes.has('oci.image')) return;
    add(
      ctx,
      'error',
      'oci-image',
      'oci.image',
      image?.valuePos ?? missingAt(ctx, 'oci'),
      'oci manifest missing [oci] image reference',
      'add `[oci]` with `image = "ghcr.io/<owner>/<name>@sha256:<digest>"`',
    );
    return;
  }
  const at = image!.valuePos;
  const parts = parseSamuelImage(value);
  if (!parts) {
    const { message, fix } = explainImageProblem(value);
    add(ctx, 'error', 'oci-image', 'oci.image', at, message, fix);
    return;
  }
  if (!parts.digest) {
    if (ctx.willPin) {
      add(
        ctx,
        'notice',
        'oci-image-pinned',
        'oci.image',
        at,
        'oci image is not digest-pinned yet; the release pins it to the pushed digest',
        undefined,
      );
    } else {
      add(
        ctx,
        'error',
        'oci-image-pinned',
        'oci.image',
        at,
        'oci manifest image is not digest-pinned',
        'append @sha256:<64-hex-digest> to the [oci] image reference (the release step writes the real digest; on branches keep @sha256:' +
          '0'.repeat(64) +
          ')',
      );
    }
  } else if (parts.digest === ZERO_DIGEST) {
    if (ctx.tag !== undefined && !ctx.willPin) {
      add(
        ctx,
        'error',
        'oci-zero-digest',
        'oci.image',
        at,
        `[oci].image still has the all-zero placeholder digest on release tag "${ctx.tag}"`,
        'run the release step (it pins the pushed digest), or write the real digest before tagging',
      );
    } else {
      add(
        ctx,
        'notice',
        'oci-zero-digest',
        'oci.image',
        at,
        ctx.willPin
          ? 'placeholder digest: the release pins [oci].image to the pushed digest'
          : 'placeholder all-zero digest: fine on a branch; the release step pins the real one',
        undefined,
      );
    }
  }
  const legacy = node(ctx, 'oci.digest');
  if (legacy?.type === 'string') {
    const d = legacy.value as string;
    if (parts.digest && parts.digest !== ZERO_DIGEST && d !== parts.digest) {
      add(
        ctx,
        'error',
        'oci-digest-legacy',
        'oci.digest',
        legacy.valuePos,
        `[oci].digest ${JSON.stringify(d)} disagrees with the digest in [oci].image`,
        'remove [oci].digest; Samuel reads the digest from [oci].image',
      );
    } else {
      add(
        ctx,
        'warning',
        'oci-digest-legacy',
        'oci.digest',
        legacy.valuePos,
        '[oci].digest is a legacy field; Samuel reads the digest from [oci].image',
        'remove [oci].digest',
      );
    }
  }
}

export function checkOciFlags(ctx: RuleContext): void {
  const workdir = node(ctx, 'oci.workdir');
  if (workdir?.type === 'string' && !(workdir.value as string).startsWith('/')) {
    add(
      ctx,
      'error',
      'oci-workdir',
      'oci.workdir',
      workdir.valuePos,
      `[oci].workdir ${JSON.stringify(workdir.value)} is not an absolute path; podman and docker reject a relative -w`,
      'use an absolute path inside the container, e.g. "/workspace"',
    );
  }
  const cpus = node(ctx, 'oci.cpu_quota');
  if (
    cpus?.type === 'string' &&
    !(/^\d+(\.\d+)?$/.test(cpus.value as string) && Number(cpus.value) > 0)
  ) {
    add(
      ctx,
      'error',
      'oci-cpu-quota',
      'oci.cpu_quota',
      cpus.valuePos,
      `[oci].cpu_quota ${JSON.stringify(cpus.value)} is not a positive number of CPUs (passed as --cpus)`,
      'use a decimal such as "1.5"',
    );
  }
  const memory = node(ctx, 'oci.memory_limit');
  if (memory?.type === 'string' && !/^\d+(\.\d+)?[bkmgBKMG]?$/.test(memory.value as string)) {
    add(
      ctx,
      'error',
      'oci-memory-limit',
      'oci.memory_limit',
      memory.valuePos,
      `[oci].memory_limit ${JSON.stringify(memory.value)} is not a size podman and docker accept (passed as --memory)`,
      'use a number with an optional unit b, k, m or g, e.g. "512m"',
    );
  }
  for (const { value, at } of strings(ctx, 'oci.entrypoint')) {
    if (value === '')
      add(
        ctx,
        'error',
        'oci-entrypoint',
        'oci.entrypoint',
        at.valuePos,
        '[oci].entrypoint has an empty element',
        'remove the empty string',
      );
  }
}
