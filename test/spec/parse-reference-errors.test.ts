// The importer never guesses: anything outside the rendering's grammar fails, naming the line.
import { describe, expect, it } from 'vitest';
import { parseReference, ReferenceSyntaxError } from '../../scripts/reference/parse-reference.ts';
import { referenceText } from '../support/paths.ts';

const reference = referenceText();
const lines = reference.split('\n');
const lineOf = (needle: string): number => lines.indexOf(needle) + 1;

function errorFor(text: string): ReferenceSyntaxError {
  try {
    parseReference(text, 'ref.txt');
  } catch (error) {
    if (error instanceof ReferenceSyntaxError) return error;
    throw error;
  }
  throw new Error('expected the importer to refuse this text');
}

describe('parseReference on text it does not understand', () => {
  it('names the line of an unknown schema type', () => {
    const at = lines.findIndex(
      (line) => line.trim() === 'integer, format: int64 — The timestamp when the event occurred.',
    );
    const broken = [...lines];
    broken[at] = broken[at]!.replace('integer', 'bigint');
    const error = errorFor(broken.join('\n'));
    expect(error.line).toBe(at + 1);
    expect(error.message).toMatch(/^ref\.txt:\d+: expected a schema type/);
  });

  it('names the line of a possible value that does not fit its type', () => {
    const at = lines.findIndex((line) => line.includes('integer, possible values: 1, 2 '));
    const broken = [...lines];
    broken[at] = broken[at]!.replace('possible values: 1, 2', 'possible values: 1, "two"');
    expect(errorFor(broken.join('\n')).line).toBe(at + 1);
  });

  it('names the line of an unreadable annotation after the type', () => {
    const at = lines.findIndex((line) => line.trim().startsWith('string — '));
    const broken = [...lines];
    broken[at] = broken[at]!.replace('string — ', 'string, default: "x" — ');
    expect(errorFor(broken.join('\n')).message).toMatch(/cannot read ", default: \\"x\\"/);
  });

  it('names the line of an example that is not JSON', () => {
    const at = lineOf('Example:') + 2;
    const broken = [...lines];
    broken[at] = '{ not json';
    const error = errorFor(broken.join('\n'));
    expect(error.line).toBe(at + 1);
    expect(error.message).toMatch(/not JSON/);
  });

  it('names the line of properties out of the rendering’s order', () => {
    const text = reference.replace('  • event (required)', '  • zzz (required)\n\n    string\n\n  • event (required)');
    expect(errorFor(text).message).toMatch(/not listed required-first, then by name/);
  });

  it('refuses a path that differs from its heading', () => {
    expect(
      errorFor(reference.replace('Path:\u00a0contact_center.task_created', 'Path:\u00a0contact_center.other')).line,
    ).toBe(13);
  });

  it('refuses a truncated document', () => {
    expect(errorFor(lines.slice(0, 40).join('\n')).message).toMatch(/expected/);
  });
});
