// How `validate` cuts a stream into deliveries, driven in process: NDJSON line by line, documents over
// lines, one delivery as the whole source, and the same result wherever the chunks happen to end.
import { describe, expect, it } from 'vitest';
import { DeliverySplitter, MAX_DELIVERY_BYTES, type Delivery } from '../../src/cli/split-deliveries.ts';
import { reproduce, seededRandom } from '../support/seeded.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The deliveries of `text` fed in chunks cut at `cuts` (byte offsets), as { line, text, tooLarge }. */
function split(
  input: string | Uint8Array,
  cuts: readonly number[] = [],
): { line?: number; text: string; tooLarge?: number }[] {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  const splitter = new DeliverySplitter('in');
  const found: Delivery[] = [];
  const keep = (deliveries: Delivery[]): void => {
    for (const delivery of deliveries) found.push({ ...delivery, body: delivery.body.slice() }); // bodies may be views of the chunk
  };
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    keep(splitter.push(bytes.subarray(at, cut)));
    at = cut;
  }
  keep(splitter.end());
  return found.map(({ line, body, tooLarge }) => ({
    ...(line === undefined ? {} : { line }),
    text: decoder.decode(body),
    ...(tooLarge === undefined ? {} : { tooLarge }),
  }));
}

describe('DeliverySplitter', () => {
  it('NDJSON: each non-blank line alone, numbered; a broken line is one delivery', () => {
    expect(split('{"a":1}\n\n{"b":2}\r\n{not json\n{"c":3}')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, text: '{"b":2}\r' },
      { line: 4, text: '{not json' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it('documents over lines: gathered until their brackets close, strings and escapes understood', () => {
    const first = '{\n  "a": "} ] \\" {",\n  "b": [1,\n 2]\n}';
    const second = '[\n  {"c": "\\\\"}\n]';
    expect(split(`${first}\n\n${second}\n`)).toEqual([
      { line: 1, text: `${first}\n` },
      { line: 7, text: `${second}\n` },
    ]);
  });

  it('one delivery is the whole source, without a line number; nothing at all is one empty delivery', () => {
    expect(split('{\n  "a": 1\n}\n')).toEqual([{ text: '{\n  "a": 1\n}\n' }]);
    expect(split('{"a":1}\n')).toEqual([{ text: '{"a":1}' }]);
    expect(split('')).toEqual([{ text: '' }]);
    expect(split('\n  \n')).toEqual([{ text: '' }]);
  });

  it('a document that never closes ends with the source', () => {
    expect(split('{\n "a": 1\n')).toEqual([{ text: '{\n "a": 1\n' }]);
  });

  it('a line of invalid UTF-8 is a delivery of its own, its bytes untouched', () => {
    const bytes = new Uint8Array([
      ...encoder.encode('{"a":1}\n'),
      0x7b,
      0xe9,
      0x7d,
      0x0a,
      ...encoder.encode('{"b":2}\n'),
    ]);
    const splitter = new DeliverySplitter('in');
    const bodies = [...splitter.push(bytes), ...splitter.end()].map((delivery) => [...delivery.body]);
    expect(bodies).toEqual([[...encoder.encode('{"a":1}')], [0x7b, 0xe9, 0x7d], [...encoder.encode('{"b":2}')]]);
  });

  it(`a delivery over ${MAX_DELIVERY_BYTES} bytes is reported by its size, and the next line still read`, () => {
    const huge = new Uint8Array(MAX_DELIVERY_BYTES + 10).fill(0x78);
    const bytes = Buffer.concat([encoder.encode('{"a":1}\n'), huge, encoder.encode('\n{"b":2}')]);
    const cuts = Array.from({ length: 40 }, (_, i) => 8 + i * 1024 * 1024);
    expect(split(bytes, cuts)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '', tooLarge: MAX_DELIVERY_BYTES + 10 },
      { line: 3, text: '{"b":2}' },
    ]);
  });

  it('the same deliveries wherever the chunks end (seeded cuts)', () => {
    const text = '{"a":"x\\"y"}\n\n{"b":[1,2]}\r\n{broken\n\u00e9\u{1F600}{"c":3}\n';
    const documents = '{\n "a": [\n  1\n ]\n}\n{\n "b": "}"\n}\n';
    const next = seededRandom();
    for (const input of [text, documents]) {
      const whole = split(input);
      const length = encoder.encode(input).length;
      for (let round = 0; round < 300; round++) {
        const cuts = [
          ...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => Math.floor(next() * length))),
        ].sort((a, b) => a - b);
        expect(split(input, cuts), `${reproduce}; cuts ${cuts.join(',')}`).toEqual(whole);
      }
    }
  });
});
