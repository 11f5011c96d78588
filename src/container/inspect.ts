/**
 * Static checks of a built image that predict whether Samuel can run it, without running it (so
 * arm64 is checked on an amd64 machine, no QEMU): every declared platform is in the index, and
 * on each the entrypoint exists, is an ELF executable for that platform's machine, and is either
 * statically linked or has its interpreter in the image.
 */
import { gunzipSync } from 'node:zlib';
import { IoError } from '../errors.js';
import { readLayoutBlob } from '../oci/publish.js';
import { parseJson } from '../oci/store.js';
import { READ_LIMITS } from '../util/files.js';
import type { Finding } from '../report/index.js';

/** ELF e_machine values for the platforms Samuel's runtimes pull. */
const MACHINES: Record<string, number> = {
  'linux/amd64': 62,
  'linux/arm64': 183,
  'linux/arm/v7': 40,
  'linux/386': 3,
  'linux/ppc64le': 21,
  'linux/s390x': 22,
  'linux/riscv64': 243,
};
const MACHINE_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(MACHINES).map(([p, m]) => [m, p.split('/')[1]!]),
);

/** Where Samuel's launch mounts folders and the bridge socket (contract §3). */
const MOUNT_TARGETS = ['/workspace', '/skills', '/.samuel/run', '/plugin/config', '/samuel-bridge'];
/** Paths that must not be files in the image, or a mount cannot be made under them. */
const MOUNT_PARENTS = [
  '/workspace',
  '/skills',
  '/.samuel',
  '/.samuel/run',
  '/plugin',
  '/plugin/config',
];

interface Descriptor {
  mediaType: string;
  digest: string;
  platform?: { os: string; architecture: string; variant?: string };
}

export interface PlatformCheck {
  platform: string;
  digest: string;
  /** The platform's config digest (podman's image ID). */
  configDigest: string;
  entrypoint: string;
  /** `static`, `dynamic (<interpreter>)`, or why it cannot run. */
  linkage: string;
}

export interface ImageInspection {
  platforms: PlatformCheck[];
  findings: Finding[];
}

/** Reads a blob or manifest by digest. */
export type BlobReader = (digest: string) => Promise<Buffer>;

/**
 * A reader over the blobs of an OCI image layout: sha256 digests only, regular files, checked
 * against their digest; layers are read whole, up to the size of the largest module we accept.
 */
export function layoutReader(layoutDir: string): BlobReader {
  return (d) => readLayoutBlob(layoutDir, d, READ_LIMITS.module);
}

/** Inspects the image whose index (or manifest) is `digest` in the OCI layout at `layoutDir`. */
export function inspectImage(
  layoutDir: string,
  digest: string,
  options: { platforms: string[]; entrypoint?: string[]; file?: string },
): Promise<ImageInspection> {
  return inspectImageWith(layoutReader(layoutDir), digest, options);
}

/** Inspects the image whose index (or manifest) is `digest`, reading blobs with `blob`. */
export async function inspectImageWith(
  blob: BlobReader,
  digest: string,
  options: { platforms: string[]; entrypoint?: string[]; file?: string },
): Promise<ImageInspection> {
  const findings: Finding[] = [];
  const add = (rule: string, message: string, fix: string) =>
    findings.push({
      severity: 'error',
      rule,
      message,
      fix,
      ...(options.file ? { file: options.file } : {}),
    });
  const top = parseJson<{ manifests?: Descriptor[] }>(await blob(digest), `the image ${digest}`);
  const children = (top.manifests ?? []).filter((m) => m.platform && m.platform.os !== 'unknown');
  const platforms: PlatformCheck[] = [];
  for (const wanted of options.platforms) {
    const child = children.find((m) => platformOf(m) === wanted);
    if (!child) {
      add(
        'image-platform',
        `the image has no ${wanted} manifest`,
        `build for ${wanted}, or leave it out of --platforms`,
      );
      continue;
    }
    const manifest = parseJson<{ config?: Descriptor; layers?: Descriptor[] }>(
      await blob(child.digest),
      `the ${wanted} manifest ${child.digest}`,
    );
    if (!manifest.config?.digest || !Array.isArray(manifest.layers)) {
      throw new IoError(`the ${wanted} manifest ${child.digest} names no config or no layers`, {
        fix: 'rebuild the image; its layout is not one an image builder writes',
      });
    }
    const config = parseJson<{ config?: { Entrypoint?: string[] | null; Cmd?: string[] | null } }>(
      await blob(manifest.config.digest),
      `the ${wanted} config ${manifest.config.digest}`,
    );
    const entry =
      options.entrypoint?.[0] ?? config.config?.Entrypoint?.[0] ?? config.config?.Cmd?.[0];
    if (!entry) {
      add(
        'image-entrypoint',
        `the ${wanted} image has no entrypoint`,
        'set ENTRYPOINT in the Containerfile or [oci].entrypoint',
      );
      continue;
    }
    const files = new Map<string, Buffer>();
    for (const layer of manifest.layers)
      readLayer(await blob(layer.digest), layer.mediaType, files);
    for (const dir of MOUNT_PARENTS) {
      if (files.has(dir) && !findings.some((f) => f.rule === 'image-mount-conflict')) {
        add(
          'image-mount-conflict',
          `the image has a file at ${dir}, where Samuel's launch mounts a folder (${MOUNT_TARGETS.filter((t) => t === dir || t.startsWith(`${dir}/`)).join(', ')}): the container cannot start`,
          `move it elsewhere, e.g. /bin${dir}`,
        );
      }
    }
    const binary = resolveFile(files, entry);
    if (!binary) {
      add(
        'image-entrypoint',
        `the ${wanted} image has no file ${entry} (its entrypoint)`,
        'COPY the binary to the entrypoint path',
      );
      continue;
    }
    const elf = parseElf(binary);
    if (!elf) {
      platforms.push({
        platform: wanted,
        digest: child.digest,
        configDigest: manifest.config.digest,
        entrypoint: entry,
        linkage: 'not an ELF file (a script?)',
      });
      continue;
    }
    if (elf.machine !== MACHINES[wanted]) {
      add(
        'image-arch',
        `the ${wanted} image's entrypoint ${entry} is built for ${MACHINE_NAMES[elf.machine] ?? `machine ${elf.machine}`}: it fails with "exec format error"`,
        `cross-compile the ${wanted} binary (GOARCH=${wanted.split('/')[1]}, or FROM --platform=$BUILDPLATFORM with a cross compiler)`,
      );
      continue;
    }
    let linkage = 'static';
    if (elf.interpreter) {
      linkage = `dynamic (${elf.interpreter})`;
      if (!resolveFile(files, elf.interpreter)) {
        add(
          'image-interpreter',
          `the ${wanted} entrypoint ${entry} needs ${elf.interpreter}, which is not in the image`,
          'link it statically (CGO_ENABLED=0, -static) or use a base image that has its C library',
        );
        continue;
      }
    }
    platforms.push({
      platform: wanted,
      digest: child.digest,
      configDigest: manifest.config.digest,
      entrypoint: entry,
      linkage,
    });
  }
  return { platforms, findings };
}

function platformOf(m: Descriptor): string {
  const p = m.platform!;
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** Adds the regular files and symlinks of a (gzip) tar layer to `files`, later layers winning. */
function readLayer(data: Buffer, mediaType: string, files: Map<string, Buffer>): void {
  const tar =
    /gzip/.test(mediaType) || (data[0] === 0x1f && data[1] === 0x8b) ? gunzipSync(data) : data;
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const text = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = text(345, 155);
    const name = `/${(prefix ? `${prefix}/` : '') + text(0, 100)}`
      .replace(/^\/\.\//, '/')
      .replace(/\/+$/, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const body = tar.subarray(at + 512, at + 512 + size);
    const base = name.split('/').pop() ?? '';
    if (base.startsWith('.wh.')) files.delete(name.replace(/\.wh\.([^/]*)$/, '$1'));
    else if (type === '0' || type === '\0') files.set(name, Buffer.from(body));
    else if (type === '2') files.set(name, Buffer.from(`symlink:${text(157, 100)}`));
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

function resolveFile(files: Map<string, Buffer>, path: string, depth = 0): Buffer | undefined {
  const found = files.get(path.startsWith('/') ? path : `/${path}`);
  if (!found || depth > 8) return found;
  const text = found.subarray(0, 8).toString('utf8');
  if (text !== 'symlink:') return found;
  const target = found.subarray(8).toString('utf8');
  const dir = path.split('/').slice(0, -1).join('/');
  return resolveFile(files, target.startsWith('/') ? target : `${dir}/${target}`, depth + 1);
}

/** The machine and the program interpreter (PT_INTERP) of an ELF file. */
export function parseElf(data: Buffer): { machine: number; interpreter?: string } | undefined {
  if (data.length < 64 || data.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = data[4] === 2;
  const little = data[5] === 1;
  const u16 = (o: number) => (little ? data.readUInt16LE(o) : data.readUInt16BE(o));
  const u32 = (o: number) => (little ? data.readUInt32LE(o) : data.readUInt32BE(o));
  const u64 = (o: number) => Number(little ? data.readBigUInt64LE(o) : data.readBigUInt64BE(o));
  const machine = u16(18);
  const phoff = is64 ? u64(32) : u32(28);
  const phentsize = u16(is64 ? 54 : 42);
  const phnum = u16(is64 ? 56 : 44);
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + phentsize > data.length) break;
    if (u32(ph) !== 3) continue; // PT_INTERP
    const offset = is64 ? u64(ph + 8) : u32(ph + 4);
    const size = is64 ? u64(ph + 32) : u32(ph + 16);
    return {
      machine,
      interpreter: data
        .subarray(offset, offset + size)
        .toString('utf8')
        .replace(/\0.*$/s, ''),
    };
  }
  return { machine };
}
