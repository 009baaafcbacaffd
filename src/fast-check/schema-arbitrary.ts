// A small interpreter from JSON Schema to fast-check arbitraries, for the keywords the event schemas
// use (and their obvious neighbours). A keyword it does not know throws when the arbitrary is built,
// so a new kind of constraint in the document cannot quietly produce invalid events.
import {
  array,
  boolean,
  constant,
  constantFrom,
  dictionary,
  double,
  integer,
  jsonValue,
  oneof,
  record,
  string,
  type Arbitrary,
} from 'fast-check';
import type { JsonSchema } from '../../generated/event-schemas.js';
import { ANNOTATION_KEYWORDS, type FormatName, formatRule, type FORMATS } from '../kernel/index.js';
import { dateTimeArbitrary } from './date-time-arbitrary.js';
import { emailArbitrary } from './email-arbitrary.js';

export interface SchemaArbitraryOptions {
  /**
   * Add properties the document does not list to objects (Zoom adds fields without notice). Such events
   * pass the default policy but not `{ strict: true }`. Default false.
   */
  readonly unknownFields?: boolean;
}

/** Keywords that describe and never constrain. */
const ANNOTATIONS = new Set([...ANNOTATION_KEYWORDS, '$schema', '$id']);
/** Keywords read below, besides `type`, which picks the branch. */
const HANDLED = new Set([
  'type',
  'const',
  'enum',
  'anyOf',
  'format',
  'properties',
  'required',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
]);

/** The formats of the kernel's table that apply to strings, and those that apply to numbers. */
type FormatOf<T> = { [N in FormatName]: (typeof FORMATS)[N]['type'] extends T ? N : never }[FormatName];

// One entry per format of the table (the types make a new format there need one here too).
const FORMATTED_STRINGS: Readonly<Record<FormatOf<'string'>, () => Arbitrary<string>>> = {
  // "" too: the package accepts it in these fields, as Zoom sends it for some users.
  'date-time': () => oneof({ weight: 9, arbitrary: dateTimeArbitrary() }, { weight: 1, arbitrary: constant('') }),
  email: () => oneof({ weight: 9, arbitrary: emailArbitrary() }, { weight: 1, arbitrary: constant('') }),
};

const INTEGER_RANGES: Readonly<Record<FormatOf<'number'>, [number, number]>> = {
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** A constant object must not be shared between generated values, or changing one changes the next. */
const fresh = <T>(value: T): T => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

function unsupported(path: string, what: string): never {
  throw new Error(`zoom-contact-center-webhooks/fast-check: ${what} at ${path || '(root)'} is not supported`);
}

function integerArbitrary(schema: JsonSchema, path: string): Arbitrary<number> {
  const format = schema['format'];
  const integerFormat = format === undefined || formatRule(format)?.type === 'number';
  if (!integerFormat) unsupported(path, `integer format ${JSON.stringify(format)}`);
  const [low, high] = INTEGER_RANGES[(format ?? 'int64') as FormatOf<'number'>];
  const min = Math.max(
    low,
    Math.ceil(numberOr(schema['minimum'], low)),
    Math.floor(numberOr(schema['exclusiveMinimum'], low - 1)) + 1,
  );
  const max = Math.min(
    high,
    Math.floor(numberOr(schema['maximum'], high)),
    Math.ceil(numberOr(schema['exclusiveMaximum'], high + 1)) - 1,
  );
  if (min > max) unsupported(path, `an empty integer range [${min}, ${max}]`);
  return integer({ min, max });
}

function numberArbitrary(schema: JsonSchema, path: string): Arbitrary<number> {
  if (schema['format'] !== undefined) unsupported(path, `number format ${JSON.stringify(schema['format'])}`);
  const exclusive = schema['exclusiveMinimum'] !== undefined || schema['exclusiveMaximum'] !== undefined;
  const min = numberOr(schema['minimum'], numberOr(schema['exclusiveMinimum'], -Number.MAX_VALUE));
  const max = numberOr(schema['maximum'], numberOr(schema['exclusiveMaximum'], Number.MAX_VALUE));
  const numbers = double({ min, max, noNaN: true, noDefaultInfinity: true });
  if (!exclusive) return numbers;
  return numbers.filter((n) => n !== schema['exclusiveMinimum'] && n !== schema['exclusiveMaximum']);
}

/**
 * Any Unicode scalar value: control characters and astral planes included, lone surrogates not (they are
 * not well-formed text). Built by hand: fast-check's own `unit: 'binary'` takes a second to build once.
 */
const anyCodePoint = integer({ min: 0, max: 0x10ffff })
  .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
  .map((codePoint) => String.fromCodePoint(codePoint));

/** Built once and shared (arbitraries are immutable). */
let anyString: Arbitrary<string> | undefined;

function stringArbitrary(schema: JsonSchema, path: string): Arbitrary<string> {
  const format = schema['format'];
  if (format !== undefined) {
    if (schema['minLength'] !== undefined || schema['maxLength'] !== undefined)
      unsupported(path, 'a length limit on a formatted string');
    if (formatRule(format)?.type !== 'string') unsupported(path, `string format ${JSON.stringify(format)}`);
    return FORMATTED_STRINGS[format as FormatOf<'string'>]();
  }
  const minLength = numberOr(schema['minLength'], 0);
  const maxLength = schema['maxLength'] === undefined ? undefined : numberOr(schema['maxLength'], 0);
  // Length limits count code points; the default unit is one printable ASCII character, so the counts agree.
  if (schema['minLength'] !== undefined || maxLength !== undefined)
    return string(maxLength === undefined ? { minLength } : { minLength, maxLength });
  anyString ??= oneof(
    { weight: 3, arbitrary: string() },
    { weight: 1, arbitrary: string({ unit: 'grapheme' }) },
    { weight: 1, arbitrary: string({ unit: anyCodePoint }) },
  );
  return anyString;
}

function objectArbitrary(
  schema: JsonSchema,
  path: string,
  options: SchemaArbitraryOptions,
): Arbitrary<Record<string, unknown>> {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = (schema['required'] ?? []) as string[];
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties))
    model[name] = schemaArbitrary(property, `${path}/${name}`, options);
  for (const name of required) if (!Object.hasOwn(model, name)) model[name] = jsonValue();
  const known = record(model, { requiredKeys: required, noNullPrototype: true });
  if (!options.unknownFields) return known;
  const extraKey = string({ minLength: 1, maxLength: 20 }).filter((key) => !Object.hasOwn(model, key));
  const extras = dictionary(extraKey, jsonValue({ maxDepth: 2 }), { maxKeys: 3, noNullPrototype: true });
  return record({ known, extras }).map(({ known, extras }) => {
    const merged: Record<string, unknown> = { ...known };
    // defineProperty: an extra key may be "__proto__", and must stay a property.
    for (const [key, value] of Object.entries(extras))
      Object.defineProperty(merged, key, { value, writable: true, enumerable: true, configurable: true });
    return merged;
  });
}

function arrayArbitrary(schema: JsonSchema, path: string, options: SchemaArbitraryOptions): Arbitrary<unknown[]> {
  const items = (schema['items'] ?? true) as JsonSchema | boolean;
  const minLength = numberOr(schema['minItems'], 0);
  const maxLength = schema['maxItems'] === undefined ? undefined : numberOr(schema['maxItems'], 0);
  return array(
    schemaArbitrary(items, `${path}/items`, options),
    maxLength === undefined ? { minLength } : { minLength, maxLength },
  );
}

function typedArbitrary(
  type: unknown,
  schema: JsonSchema,
  path: string,
  options: SchemaArbitraryOptions,
): Arbitrary<unknown> {
  switch (type) {
    case 'object':
      return objectArbitrary(schema, path, options);
    case 'array':
      return arrayArbitrary(schema, path, options);
    case 'string':
      return stringArbitrary(schema, path);
    case 'integer':
      return integerArbitrary(schema, path);
    case 'number':
      return numberArbitrary(schema, path);
    case 'boolean':
      return boolean();
    case 'null':
      return constant(null);
    default:
      return unsupported(path, `type ${JSON.stringify(type)}`);
  }
}

/** Values valid against `schema`; throws if the schema uses a keyword this interpreter does not know. */
export function schemaArbitrary(
  schema: JsonSchema | boolean,
  path: string,
  options: SchemaArbitraryOptions,
): Arbitrary<unknown> {
  if (schema === true) return jsonValue();
  if (typeof schema !== 'object' || schema === null) return unsupported(path, `the schema ${JSON.stringify(schema)}`);
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !HANDLED.has(keyword)) unsupported(path, `the keyword "${keyword}"`);
  }
  const constraints = Object.keys(schema).filter((keyword) => HANDLED.has(keyword));
  if (schema['const'] !== undefined) return constant(schema['const']).map(fresh);
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0)
    return constantFrom(...(schema['enum'] as unknown[])).map(fresh);
  if (Array.isArray(schema['anyOf'])) {
    if (constraints.length > 1) unsupported(path, 'anyOf beside other constraints');
    return oneof(
      ...(schema['anyOf'] as JsonSchema[]).map((member, i) => schemaArbitrary(member, `${path}/anyOf/${i}`, options)),
    );
  }
  if (constraints.length === 0) return jsonValue();
  const type = schema['type'] ?? (schema['properties'] !== undefined ? 'object' : undefined);
  if (Array.isArray(type)) return oneof(...type.map((member) => typedArbitrary(member, schema, path, options)));
  return typedArbitrary(type, schema, path, options);
}
