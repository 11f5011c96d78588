/** Sizes as people write them (`2MiB`, `500KiB`, `3000000`) and as we show them. */
import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = {
  b: 1,
  kib: 1024,
  kb: 1000,
  mib: 1024 ** 2,
  mb: 1000 ** 2,
  gib: 1024 ** 3,
  gb: 1000 ** 3,
};

/** `2MiB` → 2097152; a usage error with an example for anything else. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kib|kb|mib|mb|gib|gb)?\s*$/i.exec(text);
  if (!m) {
    throw new UsageError(`cannot read size "${text}"`, {
      fix: 'write a size such as 2MiB, 512KiB or 3000000',
    });
  }
  return Math.round(Number(m[1]) * (UNITS[(m[2] ?? 'b').toLowerCase()] ?? 1));
}

/** 1536 → "1.5 KiB". */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** `1.8 MiB (1835008 bytes)`: the exact count beside the readable one, for budgets. */
export function formatSize(bytes: number): string {
  return bytes < 1024 ? formatBytes(bytes) : `${formatBytes(bytes)} (${bytes} bytes)`;
}
