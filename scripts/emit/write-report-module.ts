// Report validators as data: the validation schemas themselves, as JSON, for
// src/kernel/collect-errors.ts to read when a delivery is refused (or in strict mode). A schema that
// occurs more than once (the shared leaves, the `teams` arrays, the task objects) is written once and
// referred to by its index wherever it occurs (see src/kernel/schema-table.ts), so the module is a
// fraction of the size code for every event would be, and costs nothing to load: the JSON is parsed on
// first use only.
import { mapSubschemas } from '../../src/kernel/map-subschemas.ts';
import type { ValidationSchema } from '../../src/kernel/schema-keywords.ts';
import { assertSupportedSchema } from './assert-supported-schema.ts';
import type { ValidatorRoot } from './validator-module-types.ts';

export function writeReportModule(
  roots: readonly ValidatorRoot[],
  options: { kernel: string; header: string },
): string {
  for (const root of roots) assertSupportedSchema(root.schema, root.exportName);
  // How often each schema object occurs, by its JSON; those that recur, and the roots, get an index.
  const counts = new Map<string, number>();
  const count = (schema: ValidationSchema): void => {
    if (typeof schema === 'boolean') return;
    const json = JSON.stringify(schema);
    counts.set(json, (counts.get(json) ?? 0) + 1);
    if (counts.get(json) === 1) mapSubschemas(schema, (sub) => count(sub as ValidationSchema));
  };
  for (const root of roots) count(root.schema);

  const table: unknown[] = [];
  const indices = new Map<string, number>();
  const encode = (schema: ValidationSchema, root = false): unknown => {
    if (typeof schema === 'boolean') return schema;
    const json = JSON.stringify(schema);
    const known = indices.get(json);
    if (known !== undefined) return known;
    const encoded = mapSubschemas(schema, (sub) => encode(sub as ValidationSchema));
    if (!root && (counts.get(json) ?? 0) < 2) return encoded;
    indices.set(json, table.length);
    table.push(encoded);
    return table.length - 1;
  };
  const rootIndices = roots.map((root) => encode(root.schema, true) as number);
  const exports = roots.map(
    (root, at) =>
      `export const ${root.exportName} = /* @__PURE__ */ reportValidator(() => schemas(${rootIndices[at]}));`,
  );
  const json = JSON.stringify(table).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `${[
    options.header,
    `import { reportValidator, schemaTable } from ${JSON.stringify(options.kernel)};`,
    `const schemas = /* @__PURE__ */ schemaTable('${json}');`,
    // For the validator table, which makes an event's report validator on its first lookup: the 122
    // declarations below, made at load, cost about 0.5 ms of a cold start (bundles drop them unused).
    `const roots = [${rootIndices.join(',')}];`,
    "/** The schema of the root at `index`, in the order of the roots (the events' order). */",
    'export const rootSchema = (index) => schemas(roots[index]);',
    ...exports,
  ].join('\n')}\n`;
}

/** The line writeReportModule writes the schema table in; the literal's text is group 1. */
const TABLE_LINE = /^const schemas = \/\* @__PURE__ \*\/ schemaTable\(('(?:[^'\\\n]|\\.)*')\);$/m;

/**
 * A report module's schema table apart from its code: the single-quoted literal that holds the JSON text,
 * and the module with that literal replaced by `replacement` (an expression schemaTable accepts: the
 * text, or a function that returns it). The CommonJS build reads the text from a file of its own on first
 * use (tsup.config.ts): 82 KB of string literal cost about 1 ms to load, for a pass that explains a
 * refusal. Throws when the module does not hold exactly one such line.
 */
export function splitSchemaTable(source: string): { literal: string; withTable: (replacement: string) => string } {
  const match = TABLE_LINE.exec(source);
  if (match === null || TABLE_LINE.exec(source.slice(match.index + match[0].length)) !== null) {
    throw new Error('expected one `const schemas = schemaTable(...)` line, as writeReportModule writes it');
  }
  const literal = match[1]!;
  const start = match.index + match[0].indexOf(literal);
  return {
    literal,
    withTable: (replacement) => `${source.slice(0, start)}${replacement}${source.slice(start + literal.length)}`,
  };
}
