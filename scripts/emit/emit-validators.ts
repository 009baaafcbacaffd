// Validators: ajv standalone code, compiled here, ahead of time, so nothing is compiled (and no
// `new Function` runs) where the package is used. Two modules, each with one export per event:
// - fast.js: the default policy (unknown fields accepted), stopping at the first error. Valid
//   deliveries, the common case, pay for this pass only.
// - full.js: strict (unknown fields refused), every error. Run only when the fast pass failed, or in
//   strict mode; in default mode its unknown-field errors are dropped (see src/validation).
// The schemas compiled here carry no descriptions or examples (see validation-schemas.ts).
import Ajv, { _, type Format, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { SchemaObject } from '../openapi.ts';
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { closedSchema, openSchema } from '../normalise/validation-schemas.ts';

/** Formats with a check in src/formats/format-checks.ts, by the name that module exports it under. */
export const CHECKED_FORMATS: Record<string, string> = {
  'date-time': 'dateTimeFormat',
  email: 'emailFormat',
  int32: 'int32Format',
  int64: 'int64Format',
};
/** The JSON type each checked format applies to (as in ajv-formats); values of other types pass. */
const FORMAT_TYPES: Record<string, 'string' | 'number'> = { 'date-time': 'string', email: 'string', int32: 'number', int64: 'number' };
/** ajv runtime helpers the generated code may require, and where our own copies live. */
const RUNTIME_HELPERS: Record<string, string> = { ucs2length: 'ucs2length', equal: 'equal' };

export interface ValidatorModules {
  fast: string;
  full: string;
  /** Formats the document uses that are not checked (they stay annotations, as JSON Schema allows). */
  uncheckedFormats: string[];
}

export function emitValidators(
  events: readonly NormalisedEvent[],
  imports: { formats: string; runtime: string },
  header: string,
): ValidatorModules {
  const formats = new Set<string>();
  for (const event of events) collectFormats(event.schema, formats);
  const uncheckedFormats = [...formats].filter((format) => !Object.hasOwn(CHECKED_FORMATS, format)).sort();
  const compile = (allErrors: boolean, derive: (schema: SchemaObject) => SchemaObject): string => {
    const options: Options = {
      code: { source: true, esm: true, lines: false, optimize: true, formats: _`formats` },
      allErrors,
      messages: false,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
      unicodeRegExp: true,
      inlineRefs: true,
    };
    const ajv = new Ajv.default(options);
    for (const format of formats) {
      // At compile time only the name and type matter; the generated code calls our checks.
      ajv.addFormat(format, Object.hasOwn(CHECKED_FORMATS, format) ? ({ type: FORMAT_TYPES[format]!, validate: () => true } as Format) : true);
    }
    for (const event of events) ajv.addSchema({ ...derive(event.schema), $id: event.name });
    const exports = Object.fromEntries(events.map((event) => [event.typeName, event.name]));
    return rewriteImports(standaloneCode.default(ajv, exports), imports, header);
  };
  return {
    fast: compile(false, openSchema),
    full: compile(true, closedSchema),
    uncheckedFormats,
  };
}

function collectFormats(node: unknown, into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' && typeof value === 'string') into.add(value);
    else collectFormats(value, into);
  }
}

/**
 * ajv's standalone output is CommonJS-flavoured even in ESM mode: it requires its runtime helpers and
 * reads formats off one object. Both become named ESM imports, so bundlers can tree-shake per event and
 * the package needs neither ajv nor ajv-formats at run time.
 */
function rewriteImports(code: string, imports: { formats: string; runtime: string }, header: string): string {
  const runtime = new Map<string, string>();
  const formats = new Map<string, string>();
  let body = code.replace(/^"use strict";/, '');
  body = body.replace(/const (func\d+) = require\("ajv\/dist\/runtime\/(\w+)"\)\.default;/g, (_match, local: string, helper: string) => {
    const name = RUNTIME_HELPERS[helper];
    if (!name) throw new Error(`generated validators need ajv's runtime helper "${helper}", which the package does not provide`);
    runtime.set(local, name);
    return '';
  });
  body = body.replace(/const (formats\d+) = formats(?:\.([\w$]+)|\["([^"]+)"\]);/g, (_match, local: string, dotted?: string, quoted?: string) => {
    const format = (dotted ?? quoted)!;
    const name = CHECKED_FORMATS[format];
    if (!name) throw new Error(`generated validators reference format "${format}", which has no check`);
    formats.set(local, name);
    return '';
  });
  body = body.replace(/\b(formats\d+)\.validate\(/g, '$1(');
  if (/\brequire\(/.test(body)) throw new Error('generated validators still contain require(): unknown ajv output');
  // Top-level `new RegExp(...)` is pure; saying so lets bundlers drop the patterns of unused events.
  body = body.replace(/(const pattern\d+ = )new RegExp\(/g, '$1/*#__PURE__*/ new RegExp(');
  const importLines = [
    runtime.size > 0 ? `import { ${[...runtime].map(([local, name]) => `${name} as ${local}`).join(', ')} } from ${JSON.stringify(imports.runtime)};` : '',
    formats.size > 0 ? `import { ${[...formats].map(([local, name]) => `${name} as ${local}`).join(', ')} } from ${JSON.stringify(imports.formats)};` : '',
  ].filter(Boolean);
  return `${header}\n${importLines.join('\n')}\n${body}\n`;
}
