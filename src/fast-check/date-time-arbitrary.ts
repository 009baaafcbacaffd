// Every form of RFC 3339 date-time the package's format check accepts, not only what
// Date.toISOString() writes: any year 0000-9999, real calendar days (29 February in leap years only),
// "T", "t" or white space between date and time, fractions of 1 to 9 digits (more nines than that
// round 59.999... up to 60 and are refused, by ajv-formats as by this package), "Z", "z" or an offset
// (+hh, +hhmm, +hh:mm), and leap seconds, which are valid only at 23:59:60 UTC.
import { constant, constantFrom, integer, oneof, record, array, type Arbitrary } from 'fast-check';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** What `\s` matches, which the check accepts between date and time; "T" and "t" come far more often. */
const SEPARATORS = ['T', 't', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'];

interface Offset {
  /** Minutes east of UTC. */
  readonly minutes: number;
  readonly text: string;
}

const offsetArbitrary: Arbitrary<Offset> = oneof(
  constantFrom<Offset>({ minutes: 0, text: 'Z' }, { minutes: 0, text: 'z' }),
  record({
    sign: constantFrom(1, -1),
    hours: integer({ min: 0, max: 23 }),
    minutes: integer({ min: 0, max: 59 }),
    style: constantFrom('hh:mm', 'hhmm', 'hh'),
  }).map(({ sign, hours, minutes, style }): Offset => {
    const shown = style === 'hh' ? 0 : minutes;
    const head = `${sign < 0 ? '-' : '+'}${pad(hours)}`;
    return {
      minutes: sign * (hours * 60 + shown),
      text: style === 'hh' ? head : `${head}${style === 'hh:mm' ? ':' : ''}${pad(shown)}`,
    };
  }),
);

const dateArbitrary: Arbitrary<string> = record({
  year: integer({ min: 0, max: 9999 }),
  month: integer({ min: 1, max: 12 }),
  day: integer({ min: 1, max: 31 }),
}).map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`);

const fractionArbitrary: Arbitrary<string> = oneof(
  { weight: 2, arbitrary: constantFrom('') },
  {
    weight: 3,
    arbitrary: array(integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 9 }).map(
      (digits) => `.${digits.join('')}`,
    ),
  },
);

const separatorArbitrary: Arbitrary<string> = oneof(
  { weight: 8, arbitrary: constantFrom('T', 't') },
  { weight: 2, arbitrary: constantFrom(...SEPARATORS) },
);

/** 23:59:60 UTC as local time at `offset`. */
function leapSecondAt(offset: Offset): string {
  const local = (((23 * 60 + 59 + offset.minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(local / 60))}:${pad(local % 60)}:60`;
}

/** A time of day, as local time at `offset`; one time in twenty a leap second (23:59:60 UTC). */
const timeArbitrary = (offset: Offset): Arbitrary<string> =>
  oneof(
    {
      weight: 19,
      arbitrary: record({
        hour: integer({ min: 0, max: 23 }),
        minute: integer({ min: 0, max: 59 }),
        second: integer({ min: 0, max: 59 }),
      }).map(({ hour, minute, second }) => `${pad(hour)}:${pad(minute)}:${pad(second)}`),
    },
    {
      weight: 1,
      arbitrary: constant(leapSecondAt(offset)),
    },
  );

export function dateTimeArbitrary(): Arbitrary<string> {
  return offsetArbitrary.chain((offset) =>
    record({
      date: dateArbitrary,
      separator: separatorArbitrary,
      time: timeArbitrary(offset),
      fraction: fractionArbitrary,
    }).map(({ date, separator, time, fraction }) => `${date}${separator}${time}${fraction}${offset.text}`),
  );
}
