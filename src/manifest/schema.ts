/**
 * Walks the positioned TOML tree against `MANIFEST_FIELDS`: reports unknown keys (a warning with
 * a "did you mean", or an error under --strict) and values of the wrong TOML type, each at the
 * position of the offending key or value. Fields that fail here are remembered so the semantic
 * rules do not report them twice.
 */
import type { Finding } from '../report/index.js';
import { MANIFEST_FIELDS, suggestKey, type FieldSpec } from './fields.js';
import { describeType, type TomlNode } from './toml.js';

export interface SchemaContext {
  file: string;
  strict: boolean;
  findings: Finding[];
  /** Dotted paths whose value has the wrong type. */
  badTypes: Set<string>;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  'string[]': 'an array of strings',
  table: 'a table',
  'string-map': 'a table of strings',
  'any-table': 'a table',
};

/** Checks the whole manifest tree against the field specification. */
export function checkSchema(root: TomlNode, ctx: SchemaContext): void {
  walkTable(root, MANIFEST_FIELDS, '', ctx);
}

function walkTable(
  node: TomlNode,
  fields: Record<string, FieldSpec>,
  prefix: string,
  ctx: SchemaContext,
): void {
  const known = Object.keys(fields);
  for (const [key, child] of node.entries ?? []) {
    const path = prefix ? `${prefix}.${key}` : key;
    const spec = fields[key];
    if (!spec) {
      const suggestion = suggestKey(key, known);
      const where = prefix ? `[${prefix}]` : 'the top level';
      ctx.findings.push({
        severity: ctx.strict ? 'error' : 'warning',
        rule: 'unknown-key',
        message: `unknown key "${key}" in ${where}; Samuel ignores it${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
        fix: suggestion
          ? `rename "${key}" to "${suggestion}"`
          : `remove "${key}" (known keys here: ${known.join(', ')})`,
        field: path,
        file: ctx.file,
        line: child.keyPos.line,
        col: child.keyPos.col,
      });
      continue;
    }
    checkType(child, spec, path, ctx);
  }
}

function typeError(
  node: TomlNode,
  expected: string,
  path: string,
  ctx: SchemaContext,
  what?: string,
): void {
  ctx.badTypes.add(path);
  ctx.findings.push({
    severity: 'error',
    rule: 'type',
    message: `${what ?? `"${path}"`} must be ${expected}, found ${describeType(node)}`,
    fix: `change "${path}" to ${expected}`,
    field: path,
    file: ctx.file,
    line: node.valuePos.line,
    col: node.valuePos.col,
  });
}

function checkType(node: TomlNode, spec: FieldSpec, path: string, ctx: SchemaContext): void {
  const expected = TYPE_WORDS[spec.type]!;
  switch (spec.type) {
    case 'string':
    case 'boolean':
    case 'integer':
      if (node.type !== spec.type) typeError(node, expected, path, ctx);
      return;
    case 'string[]':
      if (node.type !== 'array') {
        typeError(node, expected, path, ctx);
        return;
      }
      node.items!.forEach((item, i) => {
        if (item.type !== 'string') {
          typeError(item, 'a string', path, ctx, `element ${i + 1} of "${path}"`);
        }
      });
      return;
    case 'table':
      if (node.type !== 'table') {
        typeError(node, expected, path, ctx);
        return;
      }
      walkTable(node, spec.fields, path, ctx);
      return;
    case 'any-table':
      if (node.type !== 'table') typeError(node, expected, path, ctx);
      return;
    case 'string-map':
      if (node.type !== 'table') {
        typeError(node, expected, path, ctx);
        return;
      }
      for (const [key, value] of node.entries!) {
        if (value.type !== 'string') {
          typeError(value, 'a version range string', `${path}.${key}`, ctx);
        }
      }
      return;
  }
}
