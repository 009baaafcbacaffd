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
import { type RewriteState, rewriteAjvOutput } from './rewrite-ajv-output.ts';
import type { CheckModuleOptions, ValidatorRoot } from './validator-module-types.ts';

/** ajv runtime helpers the generated code may require, and the names the kernel exports them under. */
export const RUNTIME_HELPERS: Readonly<Record<string, string>> = { ucs2length: 'ucs2length', equal: 'equal' };
const SHAPE_ID = 'shape';

export function writeAjvCheckModule(roots: readonly ValidatorRoot[], options: CheckModuleOptions): string {
  return rewrite(ajvStandaloneOutput(roots, options.formats), options);
}

/** ajv's standalone code for `roots`, as ajv writes it (one ESM export per root). */
export function ajvStandaloneOutput(roots: readonly ValidatorRoot[], formats: CheckModuleOptions['formats']): string {
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
    const checked = formats[format];
    // At compile time only the name and type matter; the written code calls src/kernel.
    ajv.addFormat(format, checked ? ({ type: checked.type, validate: () => true } as Format) : true);
  }
  for (const shape of shapes) ajv.addSchema(shape);
  for (const root of rewritten) ajv.addSchema({ ...root.schema, $id: root.exportName });
  return standaloneCode.default(ajv, Object.fromEntries(roots.map((root) => [root.exportName, root.exportName])));
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
  typeof schema === 'object' &&
  schema !== null &&
  ['properties', 'items', 'allOf', 'anyOf', 'oneOf', 'not'].some((key) => key in schema);

function forEachSubschema(schema: SchemaObject, visit: (child: SchemaObject) => void): void {
  mapSubschemas(schema, (child) => {
    visit(child);
    return child;
  });
}

/** A copy of `schema` with each direct subschema object (booleans stay) replaced by `map(subschema)`. */
function mapSubschemas(schema: SchemaObject, map: (child: SchemaObject) => SchemaObject): SchemaObject {
  if (typeof schema !== 'object' || schema === null) return schema;
  const mapObject = (child: unknown): unknown =>
    typeof child === 'object' && child !== null ? map(child as SchemaObject) : child;
  return mapEachSubschema(schema, mapObject);
}

/** A fresh state for rewriteAjvOutput, from the checked formats. */
export function rewriteStateOf(formats: CheckModuleOptions['formats']): RewriteState {
  const checks = Object.values(formats);
  return {
    runtimeHelpers: RUNTIME_HELPERS,
    formatChecks: Object.fromEntries(Object.entries(formats).map(([format, checked]) => [format, checked.check])),
    imports: new Map<string, string>(),
    passEveryInteger: new Set(checks.flatMap((checked) => (checked.passesEveryInteger ? [checked.check] : []))),
  };
}

function rewrite(code: string, options: CheckModuleOptions): string {
  const state = rewriteStateOf(options.formats);
  const { code: body } = rewriteAjvOutput(code, state);
  const names = [...state.imports].map(([local, name]) => `${name} as ${local}`);
  const imports = names.length > 0 ? [`import { ${names.join(', ')} } from ${JSON.stringify(options.kernel)};`] : [];
  return `${options.header}
${imports.join('\n')}
${body}
`;
}
