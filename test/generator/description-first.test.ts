// Doc comments of the generated types: the description is the main text, not an @description tag.
import { describe, expect, it } from 'vitest';
import { descriptionFirst } from '../../scripts/emit/description-first.ts';
import { readRepoFile } from '../support/paths.ts';

describe('descriptionFirst', () => {
  it.each([
    ['a description alone', '* @description The task ID. ', '* The task ID. '],
    [
      'a format, then the description',
      '*\n * Format: int64\n * @description When.\n ',
      '*\n * When.\n *\n * Format: int64\n ',
    ],
    [
      'a description, then a tag',
      '*\n * @description The status.\n * @enum {string}\n ',
      '*\n * The status.\n * @enum {string}\n ',
    ],
    [
      'a description on two lines, and a tag',
      '*\n * @description First line.\n *     Second line.\n * @deprecated\n ',
      '*\n * First line.\n * Second line.\n * @deprecated\n ',
    ],
    [
      'a title, a format, the description, a default over two lines',
      '*\n * Title\n * Format: date-time\n * @description Text.\n * @default {\n *       "a": 1\n *     }\n ',
      '*\n * Text.\n *\n * Title\n * Format: date-time\n * @default {\n *       "a": 1\n *     }\n ',
    ],
  ])('%s', (_case, given, want) => {
    expect(descriptionFirst(given)).toBe(want);
  });

  it.each([
    ['no description', '*\n * Format: int64\n * @constant\n '],
    ['a comment of another form', ' a plain block comment '],
    ['a description tag inside the text only', '* Says @description inline '],
  ])('leaves %s as it is', (_case, given) => {
    expect(descriptionFirst(given)).toBe(given);
  });
});

describe('generated/types.ts', () => {
  it('has no @description tag, and starts doc comments with the field description', () => {
    const types = readRepoFile('generated/types.ts');
    expect(types).not.toContain('@description');
    expect(types).toContain("\n            /** The task's ID. */\n            task_id: string;");
  });
});
