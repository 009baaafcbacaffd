// Property-based fuzzing of the parsing entry points: whatever comes in, safeParseEvent answers (never
// throws), parseEvent throws only WebhookEventError, and the same input always gets the same answer.
// The seed and the runs are fixed (support/seeded.ts): FUZZ_SEED picks another seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { eventNames, isEvent, parseEvent, safeParseEvent, WebhookEventError } from '../../src/index.ts';
import { assertProperty } from '../support/seeded.ts';
import { anyJavaScriptValue } from './hostile-values.ts';

function checkInput(input: unknown): void {
  const first = safeParseEvent(input);
  const second = safeParseEvent(input);
  expect(second).toEqual(first);
  if (!first.success) {
    expect(first.error).toBeInstanceOf(WebhookEventError);
    expect(first.error.issues.length).toBeGreaterThan(0);
    for (const issue of first.error.issues) {
      expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
      expect(typeof issue.message).toBe('string');
    }
  }
  try {
    parseEvent(input);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookEventError);
  }
  for (const name of ['contact_center.task_created', 'contact_center.user_created'] as const)
    expect(typeof isEvent(input, name)).toBe('boolean');
}

/** Envelopes with a real event name around arbitrary payloads, so fuzzing reaches the validators. */
const envelope = fc.record({
  event: fc.constantFrom(...eventNames),
  event_ts: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
  payload: fc.oneof(fc.jsonValue(), fc.record({ account_id: fc.string(), object: fc.jsonValue() })),
});

describe('fuzzing', () => {
  it('arbitrary JSON values, as values and as text', () => {
    assertProperty(
      fc.property(fc.jsonValue(), (value) => {
        checkInput(value);
        checkInput(JSON.stringify(value));
      }),
      3000,
    );
  });

  it('arbitrary JavaScript values (functions, symbols, bigints, typed arrays, dates, maps)', () => {
    assertProperty(
      fc.property(anyJavaScriptValue(), (value) => {
        checkInput(value);
      }),
      3000,
    );
  });

  it('arbitrary strings: lone surrogates, NUL, a BOM, JSON fragments', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'binary' }).map((s) => `\uFEFF${s}`),
      fc.string().map((s) => `{"event":"contact_center.task_created","payload":${s}}`),
      fc.constantFrom(
        '\u0000',
        '{"event":"\u0000"}',
        '{"event":"\uD800"}',
        '\uFEFF',
        '\uFEFF\uFEFF{}',
        'null',
        'true',
        '1e400',
        '"',
      ),
    );
    assertProperty(
      fc.property(text, (s) => checkInput(s)),
      5000,
    );
  });

  it('arbitrary bytes: invalid UTF-8, overlong encodings, BOMs, NUL', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 50 }).map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])),
      fc.constantFrom(
        new Uint8Array([0xc0, 0xaf]),
        new Uint8Array([0xed, 0xa0, 0x80]),
        new Uint8Array([0x7b, 0x00, 0x7d]),
        new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
      ),
    );
    assertProperty(
      fc.property(bytes, (b) => {
        checkInput(b);
        checkInput(b.buffer);
        checkInput(Buffer.from(b));
      }),
      3000,
    );
  });

  it('envelopes of real events around arbitrary payloads', () => {
    assertProperty(
      fc.property(envelope, (value) => {
        checkInput(value);
        checkInput(JSON.stringify(value));
      }),
      5000,
    );
  });

  it('valid events with an arbitrary value spliced in anywhere', () => {
    const name = fc.constantFrom(...eventNames);
    assertProperty(
      fc.property(name, fc.jsonValue(), fc.nat(), (event, value, pick) => {
        const text = JSON.stringify(examples[event]);
        const colons = [...text.matchAll(/":/g)].map((m) => m.index! + 2);
        const at = colons[pick % colons.length]!;
        const end = findValueEnd(text, at);
        checkInput(text.slice(0, at) + JSON.stringify(value) + text.slice(end));
      }),
      5000,
    );
  });
});

/** Where the JSON value starting at `start` ends (good enough for the compact JSON of our examples). */
function findValueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === ',' && depth === 0) return i;
  }
  return text.length;
}
