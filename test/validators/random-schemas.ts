// Random validation schemas over every keyword the validator writer implements, and values drawn near
// them (at and around every limit, matching and missing every pattern and format, with and without every
// property), for the differential fuzz against ajv. Seeded, so a failure can be replayed.
import type { SchemaObject } from '../../scripts/openapi.ts';
import { PALETTE } from './mutations.ts';

export type Schema = SchemaObject | boolean;

/** mulberry32: small, fast, good enough to explore schemas. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    chance: (p: number): boolean => next() < p,
    int: (below: number): number => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    some: <T>(items: readonly T[], min: number, max: number): T[] => {
      const pool = [...items];
      const count = min + Math.floor(next() * (max - min + 1));
      return Array.from(
        { length: Math.min(count, pool.length) },
        () => pool.splice(Math.floor(next() * pool.length), 1)[0]!,
      );
    },
  };
  return random;
}
type Random = ReturnType<typeof createRandom>;

const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'];
const NAMES = ['a', 'b', 'c', 'd e', 'x/y', 't~n'];
/** Property names no schema lists, and patterns that match some of them (and, sometimes, a listed name). */
const EXTRA_NAMES = ['x1', '9z', 'ze'];
const KEY_PATTERNS = ['^x', '\\d', 'e$'];
export const UNCHECKED_FORMAT = 'uuid';
const FORMATS = ['date-time', 'email', 'int32', 'int64', UNCHECKED_FORMAT];
const PATTERNS = ['^a', 'b$', '^[0-9]+$', '\\p{Lu}', '^.{2}$'];
const SCALARS = ['a', 'b', '', 1, 0, 1.5, true, null];
const LIMITS = [-1, 0, 1, 1.5, 2, 10];
const LENGTHS = [0, 1, 2, 3];

export function randomSchema(random: Random, depth = 0): Schema {
  if (depth > 0 && random.chance(0.05)) return random.chance(0.5);
  const schema: SchemaObject = {};
  const roll = random.int(10);
  if (roll < 7) schema.type = random.pick(TYPES);
  else if (roll < 8) schema.type = random.some(TYPES, 2, 3);
  const types = schema.type === undefined ? TYPES : ([] as string[]).concat(schema.type);
  const likely = (type: string): number => (types.includes(type) ? 0.3 : 0.03);
  if (random.chance(0.06)) schema.const = random.pick([...SCALARS, { a: 1 }, [1]]);
  if (random.chance(0.12)) schema.enum = random.some([...SCALARS, { a: 1 }], 1, 4);
  if (depth < 3) {
    if (random.chance(0.06)) schema.not = randomSchema(random, depth + 1);
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      if (random.chance(0.08))
        schema[keyword] = Array.from({ length: 1 + random.int(3) }, () => randomSchema(random, depth + 1));
    }
  }
  const number = likely('number') + likely('integer');
  for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
    if (random.chance(number / 2)) schema[keyword] = random.pick(LIMITS);
  if (random.chance(number / 3)) schema.multipleOf = random.pick([1, 2, 0.5]);
  for (const keyword of ['minLength', 'maxLength'])
    if (random.chance(likely('string'))) schema[keyword] = random.pick(LENGTHS);
  if (random.chance(likely('string') / 2)) schema.pattern = random.pick(PATTERNS);
  if (random.chance(likely('string') + number / 2)) schema.format = random.pick(FORMATS);
  const object = likely('object');
  for (const keyword of ['minItems', 'maxItems'])
    if (random.chance(likely('array') / 2)) schema[keyword] = random.pick(LENGTHS);
  if (random.chance(likely('array'))) schema.uniqueItems = random.chance(0.85);
  if (depth < 3 && random.chance(object / 3))
    schema.propertyNames = random.pick<SchemaObject>([
      { maxLength: 1 },
      { pattern: '^[a-z]' },
      { enum: ['a', 'b', 'x1'] },
      { not: { const: 'c' } },
    ]);
  if (depth < 3 && random.chance(object / 2)) {
    schema.patternProperties = Object.fromEntries(
      random.some(KEY_PATTERNS, 1, 2).map((pattern) => [pattern, randomSchema(random, depth + 1) as SchemaObject]),
    );
  }
  if (depth < 3 && random.chance(likely('array') * 2)) schema.items = randomSchema(random, depth + 1) as SchemaObject;
  for (const keyword of ['minProperties', 'maxProperties'])
    if (random.chance(object / 3)) schema[keyword] = random.pick(LENGTHS);
  if (depth < 3 && random.chance(object * 2.5)) {
    schema.properties = Object.fromEntries(
      random.some(NAMES, 1, 4).map((name) => [name, randomSchema(random, depth + 1) as SchemaObject]),
    );
  }
  // ajv's strict mode wants every required name among the properties.
  if (schema.properties && random.chance(0.6)) schema.required = random.some(Object.keys(schema.properties), 1, 3);
  if (random.chance(object * 1.5))
    schema.additionalProperties = random.chance(0.6)
      ? !random.chance(0.8)
      : depth < 3
        ? (randomSchema(random, depth + 1) as SchemaObject)
        : false;
  return schema;
}

const STRINGS = [
  '',
  'a',
  'ab',
  'b',
  'ba',
  'Ab',
  '12',
  'ß',
  '😀',
  '😀😀',
  '2025-02-16T13:47:51.987Z',
  '2025-02-30T25:00:00Z',
  'agent@example.com',
  'agent at example',
];

/** A value the schema probably accepts, or nearly does. */
export function randomValue(schema: Schema, random: Random, depth = 0): unknown {
  if (typeof schema === 'boolean' || depth > 4 || random.chance(0.1)) return random.pick(PALETTE);
  if (schema.const !== undefined && random.chance(0.5)) return structuredClone(schema.const);
  if (schema.enum && random.chance(0.5)) return structuredClone(random.pick(schema.enum));
  const branches = [
    ...((schema.allOf as Schema[]) ?? []),
    ...((schema.anyOf as Schema[]) ?? []),
    ...((schema.oneOf as Schema[]) ?? []),
  ];
  if (branches.length > 0 && random.chance(0.4)) return randomValue(random.pick(branches), random, depth + 1);
  const types = schema.type === undefined ? TYPES : ([] as string[]).concat(schema.type);
  switch (random.pick(types)) {
    case 'string': {
      const lengths = [schema.minLength, schema.maxLength].filter((n): n is number => typeof n === 'number');
      const around = lengths
        .flatMap((n) => [n - 1, n, n + 1])
        .filter((n) => n >= 0)
        .map((n) => 'a'.repeat(n));
      return random.pick([...STRINGS, ...around, ...around.map((s) => s.replace(/a/g, '😀'))]);
    }
    case 'number':
    case 'integer': {
      const limits = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']
        .map((k) => schema[k])
        .filter((n): n is number => typeof n === 'number');
      return random.pick([
        ...limits.flatMap((n) => [n - 1, n - 0.5, n, n + 0.5, n + 1, n * 3]),
        0,
        -0,
        2147483647,
        2147483648,
        -2147483649,
        2 ** 53 + 2,
        1e21,
        NaN,
      ]);
    }
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const length = random.pick([0, 1, 2, 3]);
      const items = Array.from({ length }, () =>
        randomValue((schema.items as Schema | undefined) ?? true, random, depth + 1),
      );
      // Duplicates, for uniqueItems: an item repeated, or "1" beside 1.
      if (items.length > 0 && random.chance(0.3)) items.push(structuredClone(random.pick(items)));
      if (random.chance(0.1)) items.push(1, '1');
      return items;
    }
    default: {
      const value: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set(schema.required ?? []);
      for (const name of random.some([...NAMES, ...EXTRA_NAMES], 0, NAMES.length)) {
        const known = Object.hasOwn(properties, name);
        if (random.chance(required.has(name) ? 0.9 : known ? 0.7 : 0.3)) {
          const sub = known
            ? properties[name]!
            : typeof schema.additionalProperties === 'object'
              ? schema.additionalProperties
              : true;
          value[name] = randomValue(sub, random, depth + 1);
        }
      }
      return value;
    }
  }
}
