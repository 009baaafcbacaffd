// The one table of formats the package checks: its name, the JSON type it applies to (values of other
// types pass, as in ajv-formats), the check, and how an issue words what was expected. The generator
// writes the check code from it, the reporter and the issue messages read it, the normaliser reports
// every other format as an annotation only, and the fast-check arbitraries cover each name in it.
import { dateTimeFormat, emailFormat, int32Format, int64Format } from './format-checks.js';

export interface FormatRule {
  /** The JSON type group the format applies to. */
  readonly type: 'string' | 'number';
  /** The check; generated code imports it from the kernel entry under its export name. */
  readonly check: (value: never) => boolean;
  /** What an issue says was expected, e.g. 'an e-mail address (or "")'. */
  readonly expected: string;
  /**
   * True when every integer passes the check, so that after an integer type test it decides nothing and
   * the generator leaves it out of the check code. test/formats/formats.test.ts holds each such check to it.
   */
  readonly passesEveryInteger?: boolean;
}

export const FORMATS = {
  'date-time': {
    type: 'string',
    check: dateTimeFormat,
    expected: 'an RFC 3339 date-time such as "2025-02-16T09:27:15.987Z" (or "")',
  },
  email: { type: 'string', check: emailFormat, expected: 'an e-mail address (or "")' },
  int32: { type: 'number', check: int32Format, expected: 'a 32-bit integer' },
  // As ajv-formats: any integer JavaScript holds (its precision, not int64's range, is the limit).
  int64: { type: 'number', check: int64Format, expected: 'a 64-bit integer', passesEveryInteger: true },
} as const satisfies Readonly<Record<string, FormatRule>>;

export type FormatName = keyof typeof FORMATS;

/** The rule of a format, or undefined for a format the package does not check (an annotation). */
export function formatRule(name: unknown): FormatRule | undefined {
  return typeof name === 'string' && Object.hasOwn(FORMATS, name) ? FORMATS[name as FormatName] : undefined;
}
