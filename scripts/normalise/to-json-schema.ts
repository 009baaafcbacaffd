// Turns one schema of a Zoom OpenAPI document into a self-contained JSON Schema (draft 2020-12):
// every `$ref` JSON Pointer is inlined (Zoom's point anywhere in the document, even into a `components`
// object nested inside a request body), OpenAPI-only keywords become their JSON Schema equivalents, and
// anything this generator does not understand fails with its location instead of being dropped.
import {
  ANNOTATION_KEYWORDS,
  GROUP_KEYWORDS,
  KEYWORD_GROUPS,
  SUBSCHEMA_KEYWORDS,
  UNTYPED_KEYWORDS,
} from '../../src/kernel/schema-keywords.ts';
import { escapePointerToken, getAtPointer, parsePointer } from '../json-pointer.ts';
import type { JsonValue, SchemaObject } from '../openapi.ts';

const SINGLE_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.single);
const LIST_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.list);
const MAP_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.map);
/** Keywords whose value is carried over as it is: the validators' other keywords, and the annotations. */
const PLAIN_KEYWORDS: ReadonlySet<string> = new Set(
  ['type', ...UNTYPED_KEYWORDS, ...KEYWORD_GROUPS.flatMap((group) => GROUP_KEYWORDS[group]), ...ANNOTATION_KEYWORDS].filter(
    (keyword) => !SINGLE_KEYWORDS.has(keyword) && !LIST_KEYWORDS.has(keyword) && !MAP_KEYWORDS.has(keyword),
  ),
);
/** OpenAPI keywords with no JSON Schema meaning for validation; `x-` extensions are dropped too. */
const DROPPED_KEYWORDS = new Set(['xml', 'externalDocs', 'discriminator', 'components']);
/** Beside a `$ref`, annotations (and OpenAPI's `example`) override the target's. */
const isAnnotation = (key: string): boolean => ANNOTATION_KEYWORDS.has(key) || key === 'example' || key.startsWith('x-');

export class SchemaError extends Error {
  override name = 'SchemaError';
}

export function toJsonSchema(schema: unknown, document: unknown, location: string): SchemaObject {
  return convert(schema, document, location, []);
}

function convert(node: unknown, document: unknown, at: string, refStack: string[]): SchemaObject {
  if (typeof node === 'boolean') return node as unknown as SchemaObject; // true/false schemas
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new SchemaError(`${at}: expected a schema object, found ${JSON.stringify(node)}`);
  }
  const source = node as Record<string, unknown>;
  if (typeof source.$ref === 'string') return convertRef(source, document, at, refStack);

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
      out[key] = convert(value, document, here, refStack);
    } else if (LIST_KEYWORDS.has(key)) {
      if (!Array.isArray(value)) throw new SchemaError(`${here}: expected a list of schemas`);
      out[key] = value.map((item, i) => convert(item, document, `${here}/${i}`, refStack));
    } else if (MAP_KEYWORDS.has(key)) {
      if (typeof value !== 'object' || value === null) throw new SchemaError(`${here}: expected a map of schemas`);
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convert(sub, document, `${here}/${escapePointerToken(name)}`, refStack)]),
      );
    } else {
      throw new SchemaError(`${here}: the keyword "${key}" is not supported by this generator`);
    }
  }
  if (source.nullable === true) makeNullable(out);
  return out;
}

/** Inlines a `$ref`. Annotations beside it override the target's; any other sibling keeps both via allOf. */
function convertRef(source: Record<string, unknown>, document: unknown, at: string, refStack: string[]): SchemaObject {
  const ref = source.$ref as string;
  if (!ref.startsWith('#')) throw new SchemaError(`${at}: only references inside the document are supported, found ${ref}`);
  if (refStack.includes(ref)) throw new SchemaError(`${at}: recursive $ref ${ref} cannot be inlined`);
  const pointer = decodeURIComponent(ref.slice(1));
  const target = getAtPointer(document, parsePointer(pointer));
  if (target === undefined) throw new SchemaError(`${at}: $ref ${ref} points at nothing`);
  const resolved = convert(target, document, `#${pointer}`, [...refStack, ref]);
  const siblings = Object.fromEntries(Object.entries(source).filter(([key]) => key !== '$ref'));
  if (Object.keys(siblings).length === 0) return resolved;
  const convertedSiblings = convert(siblings, document, at, refStack);
  if (Object.keys(siblings).every(isAnnotation)) {
    return { ...resolved, ...convertedSiblings };
  }
  return { allOf: [resolved], ...convertedSiblings };
}

/** OpenAPI 3.0's boolean exclusiveMinimum/Maximum become JSON Schema's numeric ones. */
function convertExclusive(out: SchemaObject, source: Record<string, unknown>, key: string, value: unknown, at: string): void {
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
  return (key === 'minimum' && source.exclusiveMinimum === true) || (key === 'maximum' && source.exclusiveMaximum === true);
}

/** OpenAPI 3.0's `nullable: true` is `null` among the types (and among the enum members) in 3.1. */
function makeNullable(schema: SchemaObject): void {
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('null')) schema.type = [...types, 'null'];
  }
  if (schema.enum && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}
