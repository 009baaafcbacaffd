// ReDoS: every format check is a linear scan, so the 100 KB adversarial strings built to make the
// regular expressions of ajv-formats backtrack get their verdict at once. Here the verdicts; the times
// (50 ms each at most) are budgeted by `npm run budget` (scripts/budget/measure-hostile-input.ts).
import { describe, expect, it } from 'vitest';
import {
  ADVERSARIAL_MIN_LENGTH,
  ADVERSARIAL_STRINGS,
  adversarialDeliveries,
} from '../../scripts/budget/hostile-inputs.ts';
import { isDateTime } from '../../src/kernel/is-date-time.ts';
import { isEmail } from '../../src/kernel/is-email.ts';
import { safeParseEvent } from '../../src/index.ts';

describe('format checks on 100 KB adversarial strings', () => {
  it.each([
    ['email', isEmail, ADVERSARIAL_STRINGS.email],
    ['date-time', isDateTime, ADVERSARIAL_STRINGS.dateTime],
  ] as const)('%s: every one is refused', (_name, check, inputs) => {
    for (const input of inputs) {
      expect(input.length).toBeGreaterThanOrEqual(ADVERSARIAL_MIN_LENGTH);
      expect(check(input), input.slice(0, 40)).toBe(false);
    }
  });

  it('through parseEvent, in date-time and e-mail fields: each delivery is refused at that field', () => {
    for (const raw of adversarialDeliveries()) {
      const result = safeParseEvent(raw);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.keyword)).toEqual(['format']);
    }
  });
});
