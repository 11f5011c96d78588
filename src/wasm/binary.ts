/**
 * A cursor over WebAssembly binary bytes: LEB128 integers, strict UTF-8 names and bounds checks.
 * Every read past the end raises a `WasmFormatError`, so hostile input can only fail cleanly.
 */
import { isUtf8 } from 'node:buffer';
import { ReleaseError } from '../errors.js';

/** Thrown when the bytes are not a WebAssembly module Samuel's runtime would decode. */
export class WasmFormatError extends ReleaseError {
  constructor(message: string, fix?: string) {
    super('AUDIT', message, {
      fix:
        fix ??
        'rebuild the module with a WebAssembly toolchain (it must be a core wasm binary, version 1)',
    });
  }
}

/** Longest module-provided name quoted in a message; the rest is cut. */
const NAME_SHOWN = 120;

/** A module-provided name as messages show it: quoted, escaped, cut. */
export function quoteName(name: string): string {
  const cut = name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN)}…` : name;
  return JSON.stringify(cut);
}

/** A bounded cursor; `end` is exclusive. */
export class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }
  get done(): boolean {
    return this.pos >= this.end;
  }
  byte(): number {
    if (this.pos >= this.end)
      throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
    return this.bytes[this.pos++] as number;
  }
  skip(n: number): void {
    if (n < 0 || this.pos + n > this.end)
      throw new WasmFormatError(`unexpected end of module at byte ${this.pos}`);
    this.pos += n;
  }
  /** An unsigned LEB128 of up to `bits` bits (as a JS number; 64-bit values lose precision). */
  uleb(bits = 32): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
      if (shift >= bits + 7)
        throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
    }
  }
  u32(): number {
    return this.uleb(32);
  }
  /** A signed LEB128 (its value is not needed, only its length). */
  sleb(bits: number): void {
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      if ((b & 0x80) === 0) return;
      if (shift >= bits) throw new WasmFormatError(`malformed LEB128 integer at byte ${this.pos}`);
    }
  }
  /** A length-prefixed name; `what` names it when it is not valid UTF-8 (wazero refuses those). */
  name(what: string): string {
    const raw = this.nameBytes(what);
    return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  }
  /**
   * Skips a length-prefixed name after checking it as `name` does, without decoding it: the
   * name section holds thousands of names whose text is never used.
   */
  skipName(what: string): void {
    this.nameBytes(what);
  }
  private nameBytes(what: string): Uint8Array {
    const at = this.pos;
    const len = this.u32();
    if (this.pos + len > this.end)
      throw new WasmFormatError(`${what} runs past the end at byte ${this.pos}`);
    const raw = this.bytes.subarray(this.pos, this.pos + len);
    this.pos += len;
    if (!isUtf8(raw)) {
      throw new WasmFormatError(
        `${what} at byte ${at} is not valid UTF-8; Samuel's runtime (wazero) refuses to load the module`,
        'fix the name in the source (or the tool that wrote it) so every name is UTF-8, then rebuild',
      );
    }
    return raw;
  }
}
