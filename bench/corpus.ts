// The deliveries every benchmark and budget runs over, as raw JSON text: one valid delivery of every event
// from the generated examples, one from the realistic corpus (bench/realistic-deliveries.ts), a few large
// ones (every array in the example grown to hundreds of items), and, for both per-event sets, one invalid
// delivery of every event (a field deep in the payload of the wrong type).
import { eventNames } from '../generated/event-names.ts';
import { examples } from '../generated/examples.ts';
import { realisticDeliveries } from './realistic-deliveries.ts';

export interface Corpus {
  /** One valid delivery of every event: the generated example (JSON text). */
  valid: string[];
  /** One valid delivery of every event with fields that look like Zoom's (seeded, see realistic-deliveries.ts). */
  realistic: string[];
  /** The realistic deliveries, each with its last leaf field replaced by a value of the wrong type. */
  realisticInvalid: string[];
  /** A few valid deliveries of hundreds of kilobytes: the examples with the most arrays, every array grown. */
  large: string[];
  /** One invalid delivery of every event: its last leaf field replaced by a value of the wrong type. */
  invalid: string[];
}

const LARGE_COUNT = 3;
const ITEMS_PER_ARRAY = 400;

/** Copies of `item` whose ids (long strings of letters, digits and capitals) differ, as real lists' do. */
function grow(item: unknown, count: number): unknown[] {
  const text = JSON.stringify(item);
  return Array.from({ length: count }, (_, i) =>
    JSON.parse(
      text.replace(
        /:"((?=[\w-]*[A-Z])(?=[\w-]*\d)[\w-]{16,})"/g,
        (_m, id: string) => `:"${id.slice(0, -4)}${String(i).padStart(4, '0')}"`,
      ),
    ),
  );
}

/** The example with every array grown to ITEMS_PER_ARRAY items, and how many arrays it has. */
function enlarge(value: unknown): { value: unknown; arrays: number } {
  if (Array.isArray(value)) {
    const items = value.length > 0 ? grow(value[0], ITEMS_PER_ARRAY) : [];
    return { value: items, arrays: 1 };
  }
  if (typeof value !== 'object' || value === null) return { value, arrays: 0 };
  let arrays = 0;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const enlarged = enlarge(child);
    copy[key] = enlarged.value;
    arrays += enlarged.arrays;
  }
  return { value: copy, arrays };
}

/** The value with its last (depth-first) string, number or boolean leaf replaced by one of another type. */
function breakLastLeaf(value: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let parent: Record<string | number, unknown> | undefined;
  let key: string | number | undefined;
  const visit = (node: Record<string | number, unknown>): void => {
    for (const [k, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null) visit(child as Record<string, unknown>);
      else if (k !== 'event') [parent, key] = [node, Array.isArray(node) ? Number(k) : k];
    }
  };
  visit(copy);
  if (!parent || key === undefined) throw new Error('an example without a leaf field');
  parent[key] = typeof parent[key] === 'string' ? 12345 : 'not the right type';
  return copy;
}

export function buildCorpus(): Corpus {
  const valid = eventNames.map((name) => JSON.stringify(examples[name]));
  const large = eventNames
    .map((name) => enlarge(examples[name]))
    .filter((enlarged) => enlarged.arrays > 0)
    .sort((a, b) => b.arrays - a.arrays || JSON.stringify(b.value).length - JSON.stringify(a.value).length)
    .slice(0, LARGE_COUNT)
    .map((enlarged) => JSON.stringify(enlarged.value));
  const invalid = eventNames.map((name) => JSON.stringify(breakLastLeaf(examples[name])));
  const realistic = realisticDeliveries();
  const realisticInvalid = realistic.map((raw) => JSON.stringify(breakLastLeaf(JSON.parse(raw))));
  return { valid, realistic, realisticInvalid, large, invalid };
}
