// Turns one schema of a Zoom OpenAPI document into a self-contained JSON Schema (draft 2020-12):
// every `$ref` JSON Pointer is inlined (Zoom's point anywhere in the document, even into a `components`
// object nested inside a request body), OpenAPI-only keywords become their JSON Schema equivalents, and
// anything this generator does not understand fails with its location instead of being dropped.
import { formatRule } from '../../src/kernel/formats.ts';
import { escapePointerToken, getAtPointer, parsePointer } from '../json-pointer.ts';
import type { JsonValue, SchemaObject } from '../openapi.ts';
import { isValidExample } from './judge-example.ts';
import {
  DROPPED_KEYWORDS,
  isAnnotation,
  LIST_KEYWORDS,
  MAP_KEYWORDS,
  PLAIN_KEYWORDS,
  SINGLE_KEYWORDS,
} from './openapi-keywords.ts';
import { repairSchemaNode, type SchemaRole } from './repair-schema.ts';
import { pointerOf, RepairLog } from './repairs.ts';
import { SchemaError } from './schema-error.ts';

export { SchemaError };

interface Context {
  document: unknown;
  log: RepairLog;
  refStack: string[];
}

/** The schema at `location`, converted; the repairs it needed are added to `log`. */
export function toJsonSchema(
  schema: unknown,
  document: unknown,
  location: string,
  log = new RepairLog(),
): SchemaObject {
  return convert(schema, location, 'root', { document, log, refStack: [] });
}

function convert(node: unknown, at: string, role: SchemaRole, context: Context): SchemaObject {
  if (typeof node === 'boolean') return node as unknown as SchemaObject; // true/false schemas
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new SchemaError(`${at}: expected a schema object, found ${JSON.stringify(node)}`);
  }
  if (typeof (node as { $ref?: unknown }).$ref === 'string')
    return convertRef(node as Record<string, unknown>, at, role, context);
  const source = repairSchemaNode(node as Record<string, unknown>, at, role, context.log);

  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(source)) {
    const here = `${at}/${escapePointerToken(key)}`;
    if (key.startsWith('x-') || DROPPED_KEYWORDS.has(key) || key === 'nullable') continue;
    if (key === 'example') {
      if (!Object.hasOwn(source, 'examples')) out.examples = [value as JsonValue];
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      convertExclusive(out, source, key, value, here);
    } else if (PLAIN_KEYWORDS.has(key)) {
      if (isReplacedBound(source, key)) continue;
      out[key] = structuredClone(value);
    } else if (SINGLE_KEYWORDS.has(key)) {
      if (Array.isArray(value)) throw new SchemaError(`${here}: tuple "items" (an array) is not supported`);
      out[key] = convert(value, here, key as SchemaRole, context);
    } else if (LIST_KEYWORDS.has(key)) {
      if (!Array.isArray(value)) throw new SchemaError(`${here}: expected a list of schemas`);
      out[key] = value.map((item, i) => convert(item, `${here}/${i}`, key as SchemaRole, context));
    } else if (MAP_KEYWORDS.has(key)) {
      if (typeof value !== 'object' || value === null) throw new SchemaError(`${here}: expected a map of schemas`);
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          name,
          convert(sub, `${here}/${escapePointerToken(name)}`, key as SchemaRole, context),
        ]),
      );
    } else {
      throw new SchemaError(`${here}: the keyword "${key}" is not supported by this generator`);
    }
  }
  if (source.nullable === true) makeNullable(out);
  checkAnnotations(out, source, at, context.log);
  return out;
}

/** Formats without a check whose meaning is plain: the erratum a report suggests for them. */
const FORMAT_MEANINGS: Readonly<Record<string, string>> = {
  datetime: 'date-time',
  date_time: 'date-time',
  'e-mail': 'email',
};

/** Field examples the field's own schema refuses are dropped; a format without a check is reported. */
function checkAnnotations(out: SchemaObject, source: Record<string, unknown>, at: string, log: RepairLog): void {
  const pointer = pointerOf(at);
  if (typeof out.format === 'string' && formatRule(out.format) === undefined) {
    log.add({
      repair: 'format-without-check',
      pointer: `${pointer}/format`,
      message: `format ${JSON.stringify(out.format)} is not checked`,
      erratum: [
        {
          path: `${pointer}/format`,
          from: out.format,
          ...(FORMAT_MEANINGS[out.format] ? { to: FORMAT_MEANINGS[out.format] } : {}),
        },
      ],
    });
  }
  if (!Array.isArray(out.examples)) return;
  const examples = out.examples as JsonValue[];
  const kept = examples.filter((example) => isValidExample(out, example));
  if (kept.length === examples.length) return;
  const key = Object.hasOwn(source, 'examples') ? 'examples' : 'example';
  examples.forEach((example, i) => {
    if (kept.includes(example)) return;
    const path = key === 'examples' ? `${pointer}/examples/${i}` : `${pointer}/example`;
    log.add({
      repair: 'field-example-invalid',
      pointer: path,
      message: `example ${JSON.stringify(example)} is refused by its own schema`,
      erratum: [{ path, from: example }],
    });
  });
  if (kept.length > 0) out.examples = kept;
  else delete out.examples;
}

/** Inlines a `$ref`. Annotations beside it override the target's; any other sibling keeps both via allOf. */
function convertRef(source: Record<string, unknown>, at: string, role: SchemaRole, context: Context): SchemaObject {
  const { document, refStack } = context;
  const ref = source.$ref as string;
  if (!ref.startsWith('#'))
    throw new SchemaError(`${at}: only references inside the document are supported, found ${ref}`);
  if (refStack.includes(ref)) throw new SchemaError(`${at}: recursive $ref ${ref} cannot be inlined`);
  const pointer = decodeURIComponent(ref.slice(1));
  const target = getAtPointer(document, parsePointer(pointer));
  if (target === undefined) throw new SchemaError(`${at}: $ref ${ref} points at nothing`);
  const resolved = convert(target, `#${pointer}`, role, { ...context, refStack: [...refStack, ref] });
  const siblings = Object.fromEntries(Object.entries(source).filter(([key]) => key !== '$ref'));
  if (Object.keys(siblings).length === 0) return resolved;
  const convertedSiblings = convert(siblings, at, role, context);
  if (Object.keys(siblings).every(isAnnotation)) {
    return { ...resolved, ...convertedSiblings };
  }
  return { allOf: [resolved], ...convertedSiblings };
}

/** OpenAPI 3.0's boolean exclusiveMinimum/Maximum become JSON Schema's numeric ones. */
function convertExclusive(
  out: SchemaObject,
  source: Record<string, unknown>,
  key: string,
  value: unknown,
  at: string,
): void {
  if (typeof value === 'number') {
    out[key] = value;
    return;
  }
  if (typeof value !== 'boolean') throw new SchemaError(`${at}: expected a number or a boolean`);
  if (!value) return;
  const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
  if (typeof source[bound] !== 'number') throw new SchemaError(`${at}: "${key}: true" without "${bound}"`);
  out[key] = source[bound] as number;
}

/** `minimum: 5, exclusiveMinimum: true` (OpenAPI 3.0) is `exclusiveMinimum: 5` alone. */
function isReplacedBound(source: Record<string, unknown>, key: string): boolean {
  return (
    (key === 'minimum' && source.exclusiveMinimum === true) || (key === 'maximum' && source.exclusiveMaximum === true)
  );
}

/** OpenAPI 3.0's `nullable: true` is `null` among the types (and among the enum members) in 3.1. */
function makeNullable(schema: SchemaObject): void {
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('null')) schema.type = [...types, 'null'];
  }
  if (schema.enum && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}
