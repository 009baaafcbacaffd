// Every property of an event's schema, located in a full example: the facts the per-event tests mutate.
import { escapePointerToken } from '../../src/kernel/json-pointer.ts';

export interface PropertyFact {
  /** JSON Pointer into the example (array items at index 0). */
  pointer: string;
  /** Pointer tokens, for editing a copy. */
  tokens: (string | number)[];
  name: string;
  required: boolean;
  schema: Record<string, unknown>;
}

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; items?: Schema };

export function propertyFacts(schema: Schema, example: unknown, tokens: (string | number)[] = []): PropertyFact[] {
  const facts: PropertyFact[] = [];
  if (schema.properties && typeof example === 'object' && example !== null && !Array.isArray(example)) {
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!Object.hasOwn(example, name)) continue;
      const here = [...tokens, name];
      facts.push({ pointer: toPointer(here), tokens: here, name, required: required.has(name), schema: property });
      facts.push(...propertyFacts(property, (example as Record<string, unknown>)[name], here));
    }
  }
  if (schema.items && Array.isArray(example) && example.length > 0)
    facts.push(...propertyFacts(schema.items, example[0], [...tokens, 0]));
  return facts;
}

export const toPointer = (tokens: readonly (string | number)[]): string =>
  tokens.map((token) => `/${escapePointerToken(token)}`).join('');

/** A deep copy of `value` with the value at `tokens` replaced (or deleted, for `remove`). */
export function edit(
  value: unknown,
  tokens: readonly (string | number)[],
  replacement: unknown,
  remove = false,
): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string | number, unknown>;
  const last = tokens[tokens.length - 1]!;
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A value of a different JSON type than the schema allows. */
export function wrongTypeFor(schema: Record<string, unknown>): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('string')) return 'not the right type';
  return 12345;
}
