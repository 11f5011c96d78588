/** A TOML syntax error with the position (in the original text) the parser stopped at. */
export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}
