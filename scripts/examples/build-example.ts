// A valid, realistic value for a JSON Schema, chosen deterministically (same schema, same value):
// Zoom-style IDs, RFC 3339 times with milliseconds, E.164 numbers where a field holds a phone number,
// valid e-mail addresses, the first enum member, arrays with one element. A field's own example is used
// where it has one: the normaliser keeps only examples the field's schema accepts (the repair
// field-example-invalid), so none that disagrees with its type reaches here. `optional: 'all'` fills every
// optional property; `'none'` leaves them out. The generator validates every result before writing it.
import type { JsonValue, SchemaObject } from '../openapi.ts';

export interface BuildOptions {
  optional: 'all' | 'none';
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const BASE_TIME = Date.UTC(2025, 1, 16, 9, 27, 15, 987); // 2025-02-16T09:27:15.987Z
const HOUR = 3_600_000;
/** event_ts: after every time the event describes. */
const EVENT_TIME = BASE_TIME + 3 * HOUR;

/**
 * A time for a field, coherent across the event: starts and creations first, ends and modifications
 * last, everything else between, all before event_ts; `created_time` and `created_time_ms` agree.
 */
function timeFor(key: string): string {
  const order = /(^|_)(end|ended|stop|stopped|last_modified|modified|updated|completed|deleted|archived)(_|$)/.test(key)
    ? 2
    : /(^|_)(start|started|begin|created)(_|$)/.test(key)
      ? 0
      : 1;
  return new Date(BASE_TIME + order * HOUR).toISOString();
}

/** FNV-1a, for stable per-path variety without randomness. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function zoomId(seed: string): string {
  let h = hash(seed);
  let id = '';
  for (let i = 0; i < 22; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    id += ID_ALPHABET[h % 64];
  }
  return id;
}

function firstType(schema: SchemaObject): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null') ?? schema.type[0];
  return schema.type;
}

function stringFor(name: string, schema: SchemaObject, path: string): string {
  const key = name.toLowerCase();
  if (schema.format === 'date-time') return timeFor(key);
  if (schema.format === 'email' || key.endsWith('email'))
    return `${key.includes('user') ? 'agent' : 'jane.doe'}@example.com`;
  if (key === 'account_id') return 'D8cJuqWVQ623CI4Q8yQK0Q';
  if (key === 'timezone' || key.endsWith('time_zone')) return 'America/New_York';
  if (key.startsWith('dtmf')) return '1234#';
  if (key === 'file_name') return 'photo.png';
  if (key.endsWith('id') || key.endsWith('_ids') || /\bID\b/.test(schema.description ?? '')) return zoomId(path);
  if (key === 'first_name') return 'Jane';
  if (key === 'last_name') return 'Doe';
  if (key.endsWith('display_name')) return 'Jane Doe';
  if (key.endsWith('name')) return `Example ${name.replace(/_name$/, '').replace(/_/g, ' ')}`.trim();
  // A field that holds a phone number gets one in E.164 form.
  if (/(^|_)(number|phone|caller|callee|from|to)$/.test(key))
    return `+1205555${String(hash(path) % 10_000).padStart(4, '0')}`;
  if (key.includes('url') || key.includes('link')) return 'https://example.com/zoom/contact-center';
  if (key.includes('country')) return 'US';
  if (key.includes('language')) return 'en-US';
  if (key.includes('time') || key.includes('date')) return timeFor(key);
  return `example ${name.replace(/_/g, ' ')}`;
}

/** Fits a string to minLength/maxLength, and to a pattern where one of a few plain candidates matches. */
function constrainedString(value: string, schema: SchemaObject, path: string): string {
  const fitted = (candidate: string): string => {
    let s = typeof schema.maxLength === 'number' ? [...candidate].slice(0, schema.maxLength).join('') : candidate;
    if (typeof schema.minLength === 'number') s = s.padEnd(schema.minLength, 'x');
    return s;
  };
  if (typeof schema.pattern !== 'string') return fitted(value);
  const pattern = new RegExp(schema.pattern, 'u');
  const candidate = [value, zoomId(path), 'example', 'a', '0', 'A1'].map(fitted).find((text) => pattern.test(text));
  if (candidate === undefined)
    throw new Error(`${path}: cannot build an example string for the pattern /${schema.pattern}/`);
  return candidate;
}

function integerFor(name: string, schema: SchemaObject): number {
  const key = name.toLowerCase();
  let value =
    key.endsWith('_ts') || key.endsWith('timestamp')
      ? EVENT_TIME
      : key.includes('count') || key.includes('duration')
        ? 30
        : 1;
  if (typeof schema.minimum === 'number' && value < schema.minimum) value = Math.ceil(schema.minimum);
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = Math.floor(schema.maximum);
  return value;
}

export function buildExample(schema: SchemaObject, options: BuildOptions, name = '', path = ''): JsonValue {
  if (typeof schema !== 'object' || schema === null) return null;
  if (schema.const !== undefined) return structuredClone(schema.const);
  const [example] = Array.isArray(schema.examples) ? (schema.examples as JsonValue[]) : [];
  // Only for a leaf: an object's or array's example would bypass `optional` (and the name rules inside).
  if (example !== undefined && (typeof example !== 'object' || example === null)) return example;
  if (schema.enum !== undefined && schema.enum.length > 0)
    return structuredClone(schema.enum.find((value) => value !== null) ?? schema.enum[0]!);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const members = schema[key] as SchemaObject[] | undefined;
    if (members?.length) return buildExample({ ...schema, [key]: undefined, ...members[0] }, options, name, path);
  }
  if (Array.isArray(schema.allOf)) {
    const merged: SchemaObject = { ...schema, allOf: undefined };
    for (const member of schema.allOf as SchemaObject[]) {
      Object.assign(merged, member, {
        properties: { ...merged.properties, ...member.properties },
        required: [...(merged.required ?? []), ...(member.required ?? [])],
      });
    }
    return buildExample(merged, options, name, path);
  }
  switch (firstType(schema) ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      const value: Record<string, JsonValue> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (options.optional === 'all' || required.has(key))
          value[key] = buildExample(property, options, key, `${path}/${key}`);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
      const items = schema.items ?? { type: 'string' };
      return Array.from({ length: count }, (_, i) =>
        buildExample(items, options, name.replace(/s$/, ''), `${path}/${i}`),
      );
    }
    case 'string':
      return constrainedString(stringFor(name, schema, path), schema, path);
    case 'integer':
      return integerFor(name, schema);
    case 'number':
      return integerFor(name, schema) + 0.5;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return stringFor(name, schema, path);
  }
}
