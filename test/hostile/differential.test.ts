// Differential fuzzing: random mutations of valid events (delete, retype, replace, add fields, deepen),
// judged by the package and by a reference validator (ajv compiled at run time from the published JSON
// Schemas, with ajv-formats), must get the same accept-or-refuse every time, by default and in strict mode.
// The reference is given the package's one documented departure from ajv-formats: "" is accepted in
// date-time and email fields. A fixed count of mutations from a fixed seed (support/seeded.ts, FUZZ_SEED
// picks another) makes every run the same and any disagreement reproducible.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { eventSchemas } from '../../generated/event-schemas.ts';
import { examples, minimalExamples } from '../../generated/examples.ts';
import { eventNames, isEvent, safeParseEvent } from '../../src/index.ts';
import { reproduce, seededRandom } from '../support/seeded.ts';

const MUTATIONS = 100_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function createReference(closed: boolean): Map<string, (data: unknown) => boolean> {
  const ajv = new Ajv2020.default({ allErrors: false, strict: false });
  addFormats.default(ajv);
  const dateTime = fullFormats['date-time'] as { validate: (s: string) => boolean };
  ajv.addFormat('date-time', (s: string) => s === '' || dateTime.validate(s));
  ajv.addFormat('email', (s: string) => s === '' || (fullFormats.email as RegExp).test(s));
  return new Map(
    eventNames.map((name) => [
      name,
      ajv.compile(closed ? close(eventSchemas[name]) : eventSchemas[name]) as (data: unknown) => boolean,
    ]),
  );
}

/** Strict mode, written independently of the generator: every object that lists properties is closed. */
function close(schema: unknown): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.properties && n.additionalProperties === undefined) n.additionalProperties = false;
    for (const value of Object.values(n)) visit(value);
  };
  visit(copy);
  return copy;
}

const STRINGS = [
  '',
  ' ',
  'x',
  'voice',
  'pending',
  'inbound',
  '2025-02-16T09:27:15.987Z',
  '2025-02-16t09:27:15z',
  '2025-02-16 09:27:15+05:30',
  '2016-12-31T23:59:60Z',
  '2025-02-30T09:27:15Z',
  '2025-02-16T09:27:15',
  'jane.doe@example.com',
  'a@b',
  'a@b.c',
  '.a@b.c',
  '0',
  '1',
  'true',
  'null',
  '\u0000',
  '\uD800',
  '__proto__',
  'constructor',
];

function mutate(value: Json, next: () => number): Json {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const anyValue = (depth = 0): Json => {
    const kind = Math.floor(next() * (depth > 2 ? 5 : 7));
    switch (kind) {
      case 0:
        return null;
      case 1:
        return next() < 0.5;
      case 2:
        return pick([0, 1, -1, 2, 7, 10, 1.5, 2 ** 31, 2 ** 53, -0, 1e21]);
      case 3:
        return pick(STRINGS);
      case 4:
        return Math.floor(next() * 1e6);
      case 5:
        return [anyValue(depth + 1)];
      default:
        return { [pick(['a', 'team_id', 'event', '__proto__', 'constructor', 'prototype'])]: anyValue(depth + 1) };
    }
  };
  const copy = structuredClone(value);
  // Collect every container and key, then edit one.
  const slots: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node))
      node.forEach((child, i) => {
        slots.push({ parent: node, key: i });
        walk(child);
      });
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        slots.push({ parent: node, key });
        walk(child);
      }
  };
  walk(copy);
  if (slots.length === 0) return anyValue();
  const { parent, key } = pick(slots);
  const current = (parent as Record<string | number, Json>)[key]!;
  const set = (v: Json): void => {
    if (key === '__proto__')
      Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });
    else (parent as Record<string | number, Json>)[key] = v;
  };
  switch (pick(['delete', 'retype', 'replace', 'add', 'deepen'] as const)) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'retype':
      set(anyValue());
      break;
    case 'replace':
      set(
        typeof current === 'string'
          ? pick(STRINGS)
          : typeof current === 'number'
            ? pick([0, 1, 3, 11, -1, 1.5, 999])
            : anyValue(),
      );
      break;
    case 'add': {
      const target =
        current && typeof current === 'object' && !Array.isArray(current)
          ? current
          : copy && typeof copy === 'object' && !Array.isArray(copy)
            ? copy
            : undefined;
      // An own property even for "__proto__" (as JSON.parse makes it): plain assignment would instead
      // change the prototype, and ajv's `for...in` would then see inherited keys the package rightly ignores.
      if (target)
        Object.defineProperty(target, pick(['extra', 'future_field', '__proto__', 'constructor', 'team_id']), {
          value: anyValue(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else set(anyValue());
      break;
    }
    case 'deepen':
      set(next() < 0.5 ? [current] : { nested: current });
      break;
  }
  return copy;
}

describe('differential fuzzing against ajv + ajv-formats compiled at run time', () => {
  it(`agrees on ${MUTATIONS.toLocaleString('en')} mutated events, by default and in strict mode`, () => {
    const open = createReference(false);
    const closed = createReference(true);
    const next = seededRandom();
    let runs = 0;
    let accepted = 0;
    const disagreements: string[] = [];
    while (runs < MUTATIONS) {
      const name = eventNames[Math.floor(next() * eventNames.length)]!;
      let value = (next() < 0.7 ? examples[name] : minimalExamples[name]) as unknown as Json;
      const edits = 1 + Math.floor(next() * 3);
      for (let i = 0; i < edits; i++) value = mutate(value, next);
      const event =
        value && typeof value === 'object' && !Array.isArray(value) && typeof value.event === 'string'
          ? value.event
          : undefined;
      for (const [strict, reference] of [
        [false, open],
        [true, closed],
      ] as const) {
        const validate = event !== undefined ? reference.get(event) : undefined;
        const expected = validate ? validate(value) : false;
        const actual = safeParseEvent(value, { strict }).success;
        if (
          actual !== expected ||
          (event !== undefined && validate && isEvent(value, event as never, { strict }) !== expected)
        ) {
          disagreements.push(
            `run ${runs}, strict ${strict}: package ${actual}, reference ${expected}: ${JSON.stringify(value).slice(0, 500)}`,
          );
        }
        if (expected) accepted++;
      }
      runs++;
    }
    expect(disagreements.slice(0, 5), reproduce).toEqual([]);
    expect(accepted, reproduce).toBeGreaterThan(MUTATIONS / 10); // the mutations are not all trivially fatal
  });
});
