// E-mail addresses with exactly the accept set of ajv-formats' "email" (full mode), written as a single
// linear scan: the regular expression it replaces backtracks on long hostile domains.
// test/formats.test.ts fuzzes it against ajv-formats.

const isAlphanumeric = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The local part's characters besides letters, digits and ".": !#$%&'*+/=?^_`{|}~- */
const LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

export function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0) return false;
  // Local part: symbol-or-alphanumeric runs joined by single dots.
  let afterDot = true;
  for (let i = 0; i < at; i++) {
    const code = s.charCodeAt(i);
    if (code === 46) {
      if (afterDot) return false;
      afterDot = true;
    } else if (isAlphanumeric(code) || (code < 128 && LOCAL_SYMBOLS.includes(s[i]!))) {
      afterDot = false;
    } else {
      return false;
    }
  }
  if (afterDot) return false;
  // Domain: two or more labels joined by dots; a label is alphanumerics and hyphens, not at its ends.
  let labels = 0;
  let labelStart = at + 1;
  for (let i = labelStart; i <= s.length; i++) {
    const code = i === s.length ? 46 : s.charCodeAt(i);
    if (code === 46) {
      if (i === labelStart || s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false;
      labels++;
      labelStart = i + 1;
    } else if (!isAlphanumeric(code) && code !== 45) {
      return false;
    }
  }
  return labels >= 2;
}
