// The check validators: ajv standalone code, compiled here, ahead of time, from the open (default-policy)
// schemas, so the verdict on every delivery is ajv's own and nothing is compiled where the package runs.
// Shaped for the common case, a valid delivery, and for small bundles:
// - a subschema that recurs (the `teams` arrays, the task objects shared by the task events, ...) gets an
//   $id of its own, so ajv writes one function for it and calls it wherever it occurs;
// - stopping at the first error (allErrors: false); the error objects ajv would build are dropped, a
//   failing sub-validator only bumps the error count ajv steers by, and the call
//   context ajv passes only to build error paths is dropped: the verdict is all this pass gives (issues
//   come from the report pass), and ajv's control flow is left as ajv wrote it;
// - formats and ajv's runtime helpers become named ESM imports, so the package needs neither ajv nor
//   ajv-formats at run time and bundlers can keep only the events an import reaches.
// test/validators/ checks the verdicts against ajv compiled at run time.
import Ajv, { _, type Format } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { SchemaObject } from '../openapi.ts';
import { mapSubschemas as mapEachSubschema } from '../../src/kernel/map-subschemas.ts';
import { collectFormats } from '../normalise/validation-schemas.ts';
import type { CheckModuleOptions, ValidatorRoot } from './validator-module-types.ts';

/** ajv runtime helpers the generated code may require, and the names the kernel exports them under. */
const RUNTIME_HELPERS: Record<string, string> = { ucs2length: 'ucs2length', equal: 'equal' };
const SHAPE_ID = 'shape';

export function writeAjvCheckModule(roots: readonly ValidatorRoot[], options: CheckModuleOptions): string {
  const { shapes, roots: rewritten } = hoistSharedShapes(roots);
  const ajv = new Ajv.default({
    code: { source: true, esm: true, lines: false, optimize: true, formats: _`formats` },
    allErrors: false,
    messages: false,
    strict: true,
    strictTypes: false,
    allowUnionTypes: true,
    unicodeRegExp: true,
    inlineRefs: false, // a shared shape stays one function
  });
  const used = new Set<string>();
  for (const root of roots) collectFormats(root.schema, used);
  for (const format of used) {
    const checked = options.formats[format];
    // At compile time only the name and type matter; the written code calls src/kernel.
    ajv.addFormat(format, checked ? ({ type: checked.type, validate: () => true } as Format) : true);
  }
  for (const shape of shapes) ajv.addSchema(shape);
  for (const root of rewritten) ajv.addSchema({ ...root.schema, $id: root.exportName });
  const code = standaloneCode.default(ajv, Object.fromEntries(roots.map((root) => [root.exportName, root.exportName])));
  return rewrite(code, options);
}

/** Structural subschemas (objects, arrays, compositions) that occur more than once, by canonical JSON. */
function hoistSharedShapes(roots: readonly ValidatorRoot[]): { shapes: SchemaObject[]; roots: ValidatorRoot[] } {
  const counts = new Map<string, number>();
  const count = (schema: SchemaObject): void => {
    forEachSubschema(schema, (child) => {
      if (isStructural(child)) counts.set(JSON.stringify(child), (counts.get(JSON.stringify(child)) ?? 0) + 1);
      count(child);
    });
  };
  for (const root of roots) count(root.schema);
  const ids = new Map<string, string>();
  for (const [key, n] of counts) if (n > 1) ids.set(key, `${SHAPE_ID}${ids.size}`);
  const replace = (schema: SchemaObject): SchemaObject =>
    mapSubschemas(schema, (child) => {
      const id = ids.get(JSON.stringify(child));
      return id !== undefined ? { $ref: id } : replace(child);
    });
  return {
    shapes: [...ids].map(([key, id]) => ({ ...replace(JSON.parse(key) as SchemaObject), $id: id })),
    roots: roots.map((root) => ({ exportName: root.exportName, schema: replace(root.schema) })),
  };
}

const isStructural = (schema: SchemaObject): boolean =>
  typeof schema === 'object' && schema !== null && ['properties', 'items', 'allOf', 'anyOf', 'oneOf', 'not'].some((key) => key in schema);

function forEachSubschema(schema: SchemaObject, visit: (child: SchemaObject) => void): void {
  mapSubschemas(schema, (child) => {
    visit(child);
    return child;
  });
}

/** A copy of `schema` with each direct subschema object (booleans stay) replaced by `map(subschema)`. */
function mapSubschemas(schema: SchemaObject, map: (child: SchemaObject) => SchemaObject): SchemaObject {
  if (typeof schema !== 'object' || schema === null) return schema;
  const mapObject = (child: unknown): unknown => (typeof child === 'object' && child !== null ? map(child as SchemaObject) : child);
  return mapEachSubschema(schema, mapObject);
}

/** The index just past the bracketed group that opens at `start` (strings respected). */
function closingIndex(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced brackets in ajv output');
}

/** Replaces each `<marker><bracketed group>` in `code` with `replacement`. */
function replaceGroups(code: string, marker: RegExp, replacement: (group: string) => string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(marker)) {
    if (match.index! < from) continue;
    const open = match.index! + match[0].length - 1;
    const end = closingIndex(code, open);
    out += code.slice(from, match.index!) + replacement(code.slice(match.index!, end));
    from = end;
  }
  return out + code.slice(from);
}

/** ajv embeds a schema as `const schemaN = {...};` for its error objects; without those, most are unused. */
function withoutUnusedSchemaConstants(code: string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(/const (schema\d+) = \{/g)) {
    if (match.index! < from) continue;
    const end = closingIndex(code, match.index! + match[0].length - 1);
    const uses = code.match(new RegExp(`\\b${match[1]}\\b`, 'g'))!.length;
    if (uses > 1 || code[end] !== ';') continue;
    out += code.slice(from, match.index!);
    from = end + 1;
  }
  return out + code.slice(from);
}

function rewrite(code: string, options: CheckModuleOptions): string {
  const runtime = new Map<string, string>();
  const formats = new Map<string, string>();
  let body = code.replace(/^"use strict";/, '');
  body = body.replace(/const (func\d+) = require\("ajv\/dist\/runtime\/(\w+)"\)\.default;/g, (_m, local: string, helper: string) => {
    const name = RUNTIME_HELPERS[helper];
    if (!name) throw new Error(`the validators need ajv's runtime helper "${helper}", which the package does not provide`);
    runtime.set(local, name);
    return '';
  });
  body = body.replace(/const (formats\d+) = formats(?:\.([\w$]+)|\["([^"]+)"\]);/g, (_m, local: string, dotted?: string, quoted?: string) => {
    const format = (dotted ?? quoted)!;
    const checked = options.formats[format];
    if (!checked) throw new Error(`the validators reference format "${format}", which has no check`);
    formats.set(local, checked.check);
    return '';
  });
  body = body.replace(/\b(formats\d+)\.validate\(/g, '$1(');
  if (/\brequire\(/.test(body)) throw new Error('the validators still contain require(): unknown ajv output');
  // Errors: none are kept (only the verdict is used, and a failing sub-validator is counted, not read).
  body = replaceGroups(body, /validate\d+\.errors = \[/g, () => '');
  body = body.replace(/([{;]);return false;/g, '$1return false;');
  body = replaceGroups(body, /(const err\d+ = )\{/g, (group) => `${/^const err\d+ = /.exec(group)![0]}{}`);
  // Calls: the context argument only feeds error paths.
  body = replaceGroups(body, /validate\d+\(/g, (call) => {
    const context = call.indexOf(', {instancePath:');
    return context === -1 ? call : `${call.slice(0, context)})`;
  });
  // A sub-validator's failure only has to count (ajv compares error counts to steer); no list is kept.
  body = body.replace(/\{vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;\}/g, '{errors++;}');
  body = body.replace(/validate\d+\.errors = vErrors;return errors === 0;/g, 'return errors === 0;');
  body = body.replace(/\/\*# sourceURL="[^"]*" \*\/;?/g, '');
  body = body.replace(/(const pattern\d+ = )new RegExp\(/g, '$1/*#__PURE__*/ new RegExp(');
  // Whatever error handling is left is ajv output this rewrite does not know: stop rather than guess.
  const leftover = /.{40}(?:[^{;]validate\d+\.errors|;;).{40}/.exec(body);
  if (leftover) throw new Error(`unexpected error handling in ajv output: ${leftover[0]}`);
  body = withoutUnusedSchemaConstants(body);
  // One event per line, so a diff of the generated file shows which events changed.
  body = body.replace(/([;}])export const /g, '$1\nexport const ');
  const names = [...runtime, ...formats].map(([local, name]) => `${name} as ${local}`);
  const imports = names.length > 0 ? [`import { ${names.join(', ')} } from ${JSON.stringify(options.kernel)};`] : [];
  return `${options.header}
${imports.join('\n')}
${body}
`;
}
