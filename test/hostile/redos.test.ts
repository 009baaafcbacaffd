// ReDoS: every format check is a linear scan. 100 KB adversarial strings, built to make the regular
// expressions of ajv-formats backtrack, take under 50 ms each, alone and through parseEvent.
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import { isDateTime } from '../../src/kernel/is-date-time.ts';
import { isEmail } from '../../src/kernel/is-email.ts';
import { safeParseEvent } from '../../src/index.ts';

const SIZE = 100 * 1024;
const fill = (unit: string, prefix = '', suffix = ''): string => prefix + unit.repeat(Math.ceil((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;

const ADVERSARIAL = {
  email: [
    fill('a.', 'x@', '!'),
    fill('a-', 'x@', '!'),
    fill('a', 'x@', '-'),
    fill('a.a-', 'x@', '.'),
    fill('a', '', '@'),
    fill('.a', 'a', '@b.c!'),
    fill('@'),
  ],
  dateTime: [
    fill('9', '2025-02-16T09:27:15.', ''),
    fill('9', '2025-02-16T09:27:15.', 'x'),
    fill('T'),
    fill(' '),
    fill('0'),
    fill('2025-02-16T09:27:15Z'),
    fill(':', '2025-02-16T09:27:15+05'),
  ],
};

function worstMs(check: (s: string) => boolean, inputs: readonly string[]): number {
  let worst = 0;
  for (const input of inputs) {
    const started = performance.now();
    check(input);
    worst = Math.max(worst, performance.now() - started);
  }
  return worst;
}

describe('format checks on 100 KB adversarial strings', () => {
  it.each([
    ['email', isEmail, ADVERSARIAL.email],
    ['date-time', isDateTime, ADVERSARIAL.dateTime],
  ] as const)('%s: each under 50 ms', (_name, check, inputs) => {
    for (const input of inputs) expect(input.length).toBeGreaterThanOrEqual(SIZE - 30);
    worstMs(check, inputs); // warm up
    expect(worstMs(check, inputs)).toBeLessThan(50);
  });

  it('through parseEvent, in date-time and email fields: each under 50 ms', () => {
    const task = examples['contact_center.task_created'];
    const user = examples['contact_center.user_created'];
    const inputs = [
      ...ADVERSARIAL.dateTime.map((s) => JSON.stringify({ ...task, payload: { ...task.payload, object: { ...task.payload.object, created_time: s } } })),
      ...ADVERSARIAL.email.map((s) => JSON.stringify({ ...user, payload: { ...user.payload, object: { ...user.payload.object, user_email: s } } })),
    ];
    const parse = (text: string): boolean => safeParseEvent(text).success;
    worstMs(parse, inputs);
    const worst = worstMs(parse, inputs);
    console.info(`ReDoS: slowest 100 KB adversarial delivery ${worst.toFixed(2)} ms`);
    expect(worst).toBeLessThan(50);
  });
});
