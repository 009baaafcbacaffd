// Size and shape: 10 MB strings, 100,000-element arrays and 10,000-deep nesting, inside fields the
// document does not know and inside ones it does, as text and as values. Each gets its verdict, by
// default and in strict mode, with no stack overflow. Their times are budgeted by `npm run budget`
// (scripts/budget/measure-hostile-input.ts), not asserted here.
import { describe, expect, it } from 'vitest';
import { sizeAndShapeCases, taskWithObject } from '../../scripts/budget/hostile-inputs.ts';
import { safeParseEvent } from '../../src/index.ts';

describe('size and shape', () => {
  it.each(sizeAndShapeCases().map((testCase) => [testCase.label, testCase] as const))(
    '%s',
    (_label, { input, valid }) => {
      expect(safeParseEvent(input).success).toBe(valid);
      const strict = safeParseEvent(input, { strict: true });
      if (!valid) expect(strict.success).toBe(false);
      // Strictly, unknown fields are refused; every other case judges the same.
      else if (!_label.includes('unknown field') && !_label.includes('array items')) expect(strict.success).toBe(true);
    },
  );

  it('100,000 invalid items: the first 100 issues, truncated', () => {
    const result = safeParseEvent(taskWithObject({ teams: Array.from({ length: 100_000 }, () => ({ team_id: 1 })) }));
    expect(result.error?.issues).toHaveLength(100);
    expect(result.error?.truncated).toBe(true);
  });
});
