// Deliveries whose fields look like Zoom's, one per event, drawn from the event's schema with a seeded
// generator (the same seed gives the same bytes): 22-character IDs, times with milliseconds, E.164 phone
// numbers, e-mail addresses, display names, 1-3 items per array, and about one optional field in five
// left out. The generated examples fill every field with a short placeholder; these are what the
// validators meet in production. Every delivery is checked valid, by default and strictly, before use.
import { eventNames } from '../generated/event-names.ts';
import { eventSchemas, type JsonSchema } from '../generated/event-schemas.ts';

/** The seed of the realistic corpus; BENCH_SEED=<n> draws another one. */
export const REALISTIC_SEED = Number(process.env.BENCH_SEED ?? 20_261_201);

const ID_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const FIRST_NAMES = ['Ana', 'Kenji', 'Priya', 'Tomás', 'Grace', 'Olu', 'Mei', 'Lukas', 'Sofia', 'Arjun'];
const LAST_NAMES = ['Silva', 'Tanaka', 'Sharma', 'García', 'Hopper', 'Adeyemi', 'Chen', 'Weber', 'Rossi', 'Nair'];
const WORDS = ['billing', 'support', 'sales', 'onboarding', 'renewals', 'escalations', 'priority', 'callback'];
/** Delivery times fall in the 30 days before this instant (ms). */
const NEWEST_MS = Date.UTC(2026, 10, 30, 12, 0, 0, 0);
const LEAVE_OUT = 0.2;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Draw {
  random: () => number;
  /** The delivery's time; the fields' times lie in the hour before it. */
  eventMs: number;
}

const pick = <T>(draw: Draw, items: readonly T[]): T => items[Math.floor(draw.random() * items.length)]!;
const id = (draw: Draw): string => Array.from({ length: 22 }, () => pick(draw, [...ID_CHARACTERS])).join('');
const digits = (draw: Draw, n: number): string =>
  Array.from({ length: n }, () => Math.floor(draw.random() * 10)).join('');
const name = (draw: Draw): string => `${pick(draw, FIRST_NAMES)} ${pick(draw, LAST_NAMES)}`;
const timeMs = (draw: Draw): number => draw.eventMs - Math.floor(draw.random() * 3_600_000);

/** A string for the field `key`, by what its name says it holds. */
function stringFor(key: string, schema: JsonSchema, draw: Draw): string {
  if (schema.format === 'date-time') return new Date(timeMs(draw)).toISOString(); // always with milliseconds
  if (schema.format === 'email' || key.endsWith('email')) {
    return `${pick(draw, FIRST_NAMES)}.${pick(draw, LAST_NAMES)}@example.com`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^\w.@-]/g, '');
  }
  if (/(?:^|_)(?:number|from|to)$/.test(key) && !key.endsWith('_id'))
    return `+1${pick(draw, ['415', '646', '312', '206'])}555${digits(draw, 4)}`;
  if (/(?:^|_)ids?$/.test(key)) return id(draw);
  if (/display_name$|(?:^|_)(?:user|owner|first|last)_name$|^modified_by$/.test(key)) return name(draw);
  if (key.endsWith('_url') || key.endsWith('location')) return `https://zoom.us/cc/files/${id(draw)}`;
  if (key === 'timezone') return pick(draw, ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo']);
  if (key.endsWith('_name')) return `${pick(draw, WORDS)} ${pick(draw, WORDS)}`;
  return `${pick(draw, WORDS)} ${digits(draw, 3)}`;
}

function valueFor(key: string, schema: JsonSchema, draw: Draw): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return pick(draw, schema.enum);
  switch (schema.type) {
    case 'object': {
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const out: Record<string, unknown> = {};
      for (const [child, childSchema] of Object.entries(
        (schema.properties as Record<string, JsonSchema> | undefined) ?? {},
      )) {
        if (!required.has(child) && draw.random() < LEAVE_OUT) continue;
        out[child] = valueFor(child, childSchema, draw);
      }
      return out;
    }
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? { type: 'string' };
      const singular = key.replace(/s$/, '');
      return Array.from({ length: 1 + Math.floor(draw.random() * 3) }, () => valueFor(singular, items, draw));
    }
    case 'integer':
      if (key === 'event_ts' || /(?:_ts|_time|_ms)$/.test(key)) return key === 'event_ts' ? draw.eventMs : timeMs(draw);
      return Math.floor(draw.random() * 600);
    case 'number':
      return Math.round(draw.random() * 10_000) / 100;
    case 'boolean':
      return draw.random() < 0.5;
    case 'string':
      return stringFor(key, schema, draw);
    default:
      throw new Error(`the realistic corpus cannot draw a value for ${key}: ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

/** One realistic delivery of every event, as compact JSON text, in eventNames order. */
export function realisticDeliveries(seed = REALISTIC_SEED): string[] {
  const random = createRandom(seed);
  return eventNames.map((event) => {
    const draw = { random, eventMs: NEWEST_MS - Math.floor(random() * 30 * 86_400_000) };
    return JSON.stringify(valueFor('', eventSchemas[event], draw));
  });
}
