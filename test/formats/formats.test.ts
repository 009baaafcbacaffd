// The hand-written format checks accept exactly what ajv-formats (full mode) accepts: a differential fuzz
// over strings built to sit on the boundary (valid values, then characters replaced, inserted and
// deleted from the alphabet the grammars care about), plus the corner cases by hand.
import addFormats from 'ajv-formats';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTimeFormat, emailFormat } from '../../src/kernel/format-checks.ts';
import { FORMATS } from '../../src/kernel/formats.ts';
import { isDateTime } from '../../src/kernel/is-date-time.ts';
import { isEmail } from '../../src/kernel/is-email.ts';
import { assertProperty } from '../support/seeded.ts';

const ajv = new Ajv.default();
addFormats.default(ajv);
const reference = {
  dateTime: ajv.compile({ type: 'string', format: 'date-time' }),
  email: ajv.compile({ type: 'string', format: 'email' }),
};

/** Valid strings, then up to four edits with characters from `alphabet`. */
function nearMisses(valid: fc.Arbitrary<string>, alphabet: string): fc.Arbitrary<string> {
  const char = fc.constantFrom(...alphabet);
  const edit = fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), char);
  return fc.tuple(valid, fc.array(edit, { maxLength: 4 })).map(([text, edits]) => {
    let s = text;
    for (const [kind, at, c] of edits) {
      const i = s.length === 0 ? 0 : at % (s.length + (kind === 'insert' ? 1 : 0));
      s =
        kind === 'delete'
          ? s.slice(0, i) + s.slice(i + 1)
          : s.slice(0, i) + c + s.slice(kind === 'replace' ? i + 1 : i);
    }
    return s;
  });
}

const two = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const validDateTime = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(13),
    two(32),
    fc.constantFrom('T', 't', ' ', '\u00a0', '\u2028', '\t'),
    two(24),
    two(60),
    two(61),
    fc.option(fc.stringMatching(/^\.\d{1,9}$/), { nil: '' }),
    fc.constantFrom('Z', 'z', '+00:00', '-05:30', '+0530', '+05', '-23:59', '+24:00', '+00:60', ''),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);
const validEmail = fc.emailAddress();

describe('isDateTime', () => {
  it('agrees with ajv-formats on 200,000 boundary strings', () => {
    assertProperty(
      fc.property(
        nearMisses(validDateTime, '0123456789-:.TtZz+ \u00a0\u3000x\n'),
        (s) => isDateTime(s) === reference.dateTime(s),
      ),
      200_000,
    );
  });

  it('agrees with ajv-formats on arbitrary strings', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => isDateTime(s) === reference.dateTime(s)),
      20_000,
    );
  });

  it.each([
    ['2025-02-16T09:27:15.987Z', true],
    ['2024-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2000-02-29T00:00:00Z', true],
    ['2016-12-31T23:59:60Z', true],
    ['2016-12-31T23:59:60.5Z', true],
    ['2016-12-31T15:59:60-08:00', true],
    ['2016-12-31T23:59:60+01:00', false],
    ['2016-12-31T24:59:60+01:00', true],
    ['2025-02-16 09:27:15Z', true],
    ['2025-02-16t09:27:15z', true],
    ['2025-02-16T09:27:15', false],
    ['2025-02-16T09:27:15.Z', false],
    ['2025-02-16T09:27:15+05:3', false],
    ['2025-02-16T09:27:15+05:', false],
    ['2025-02-16T09:27:15+0530', true],
    ['2025-02-16T09:27:59.99999999999999999999Z', false], // rounds to 60 seconds, not at 23:59
    ['2016-12-31T23:59:59.99999999999999999999Z', true], // rounds to a leap second
    ['\uFF12025-02-16T09:27:15Z', false],
    ['', false],
  ])('%j -> %s (as ajv-formats)', (s, expected) => {
    expect(reference.dateTime(s)).toBe(expected);
    expect(isDateTime(s)).toBe(expected);
  });
});

describe('isEmail', () => {
  it('agrees with ajv-formats on 200,000 boundary strings', () => {
    assertProperty(
      fc.property(nearMisses(validEmail, 'aZ09.-@_+!~ \u00e9\u212a'), (s) => isEmail(s) === reference.email(s)),
      200_000,
    );
  });

  it('agrees with ajv-formats on arbitrary strings', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (s) => isEmail(s) === reference.email(s)),
      20_000,
    );
  });

  it.each([
    ['jane.doe@example.com', true],
    ['a@b.c', true],
    ['a@b', false],
    ['.a@b.c', false],
    ['a.@b.c', false],
    ['a..b@c.d', false],
    ['a@-b.c', false],
    ['a@b-.c', false],
    ['a@b..c', false],
    ['a@b.c.', false],
    ['a@@b.c', false],
    ["!#$%&'*+/=?^_`{|}~-@x.y", true],
    ['J\u212aNE@example.com', false],
    ['user@exa_mple.com', false],
    ['', false],
  ])('%j -> %s (as ajv-formats)', (s, expected) => {
    expect(reference.email(s)).toBe(expected);
    expect(isEmail(s)).toBe(expected);
  });
});

describe('the checks the validators call', () => {
  it('add only the empty string to ajv-formats’ accept set', () => {
    expect(dateTimeFormat('')).toBe(true);
    expect(emailFormat('')).toBe(true);
    for (const s of [' ', '\u200b', 'x']) {
      expect(dateTimeFormat(s)).toBe(false);
      expect(emailFormat(s)).toBe(false);
    }
  });
});

describe('passesEveryInteger', () => {
  // The generator drops such a check after an integer type test; this holds the flag to the check.
  const flagged = Object.entries(FORMATS).filter(([, rule]) => 'passesEveryInteger' in rule && rule.passesEveryInteger);
  const integers = fc.oneof(
    fc.integer(),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => Math.trunc(n)),
    fc.constantFrom(0, -0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 2 ** 63, -(2 ** 63), 1e19, 1.7976931348623157e308),
  );

  it('is set on int64 only', () => {
    expect(flagged.map(([name]) => name)).toEqual(['int64']);
  });

  it.each(flagged)('%s: every integer passes its check', (_name, rule) => {
    assertProperty(
      fc.property(integers, (n) => (rule.check as (value: number) => boolean)(n)),
      2_000,
    );
  });

  it('every other number format refuses some integer, so its check must stay after an integer test', () => {
    const others = Object.entries(FORMATS).filter(
      ([, rule]) => rule.type === 'number' && !flagged.some(([, flaggedRule]) => flaggedRule === rule),
    );
    expect(others.map(([name]) => name)).toEqual(['int32']);
    for (const [name, rule] of others) {
      const refused = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 63].filter(
        (n) => !(rule.check as (value: number) => boolean)(n),
      );
      expect(refused.length, name).toBeGreaterThan(0);
    }
  });
});
