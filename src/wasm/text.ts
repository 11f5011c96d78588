/** Guest and compiler text as the user sees it: inert (no workflow commands) and bounded. */
import { inertLog, MAX_UNTRUSTED_LINE } from '../report/index.js';

/** Characters an inert line keeps by default, leaving room for notes appended after it. */
export const LINE_ROOM = MAX_UNTRUSTED_LINE - 512;

/**
 * One line of untrusted text, inert (see `inertLog`), on one line, and at most `room`
 * characters plus a note — short enough that rendering it through `inertLog` again changes nothing.
 */
export function inertLine(text: string, room = LINE_ROOM): string {
  const line = inertLog(text).replace(/\n/g, ' ');
  return line.length > room
    ? `${line.slice(0, room)}… [${line.length - room} characters cut]`
    : line;
}

/** Splits streamed output into whole lines; `flush` returns what is left at the end. */
export class LineSplitter {
  private rest = '';
  constructor(private readonly maxLine = MAX_UNTRUSTED_LINE) {}
  push(chunk: string): string[] {
    const parts = (this.rest + chunk).split(/\r\n|\r|\n/);
    this.rest = parts.pop() ?? '';
    // A line that never ends is emitted in pieces rather than held without bound.
    while (this.rest.length > this.maxLine) {
      parts.push(this.rest.slice(0, this.maxLine));
      this.rest = this.rest.slice(this.maxLine);
    }
    return parts;
  }
  flush(): string[] {
    const last = this.rest;
    this.rest = '';
    return last === '' ? [] : [last];
  }
}
