// E-mail addresses of every shape the package's format check accepts: a local part of letters, digits
// and !#$%&'*+/=?^_`{|}~- in dot-separated runs, and a domain of two or more labels of letters, digits
// and inner hyphens.
import { array, constantFrom, oneof, tuple, type Arbitrary } from 'fast-check';

const ALPHANUMERIC = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const LOCAL_SYMBOLS = [..."!#$%&'*+/=?^_`{|}~-"];

const run = (characters: Arbitrary<string>, maxLength: number): Arbitrary<string> =>
  array(characters, { minLength: 1, maxLength }).map((chars) => chars.join(''));

const alphanumeric = constantFrom(...ALPHANUMERIC);
const localCharacter = oneof(
  { weight: 4, arbitrary: alphanumeric },
  { weight: 1, arbitrary: constantFrom(...LOCAL_SYMBOLS) },
);

const localPart = array(run(localCharacter, 10), { minLength: 1, maxLength: 3 }).map((runs) => runs.join('.'));

/** A label: starts and ends with a letter or digit, hyphens only inside. */
const label = oneof(
  run(alphanumeric, 8),
  tuple(alphanumeric, run(oneof(alphanumeric, constantFrom('-')), 8), alphanumeric).map((parts) => parts.join('')),
);

const domain = array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));

export function emailArbitrary(): Arbitrary<string> {
  return tuple(localPart, domain).map(([local, host]) => `${local}@${host}`);
}
