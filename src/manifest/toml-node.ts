/** The positioned TOML tree toml.ts builds (and toml-fast.ts builds for the common shape). */
import type { Position } from './types.js';

export type TomlType =
  'string' | 'integer' | 'float' | 'boolean' | 'datetime' | 'array' | 'table' | 'array-of-tables';

export interface TomlNode {
  type: TomlType;
  /** Position of the key (or table header) that introduced the value. */
  keyPos: Position;
  /** Position of the value itself (the table header for tables). */
  valuePos: Position;
  /** Scalars: the JS value. */
  value?: string | number | boolean | Date;
  /** Tables: children by key, in source order. */
  entries?: Map<string, TomlNode>;
  /** Arrays and arrays of tables: elements in order. */
  items?: TomlNode[];
}
