// The one way untrusted text (event names, property names, values, thrown messages) is put in a message, a
// log line or the CLI's output, with every character a terminal or an editor could act on escaped: the C0
// and C1 controls and DEL (ESC, and 0x9B, CSI on some terminals), the line and paragraph separators, the
// invisible and bidirectional controls that make text read differently from what it is, and lone surrogates.

// With the u flag, the surrogate range matches lone surrogates only, not the pairs of an emoji.
const CONTROL_CLASS =
  '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff\\ud800-\\udfff';
const CONTROLS = /* @__PURE__ */ new RegExp(`[${CONTROL_CLASS}]`, 'gu');
const NOT_PLAIN = /* @__PURE__ */ new RegExp(`[${CONTROL_CLASS}"\\\\]`, 'u');

const escapeCharacter = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A sentence from elsewhere (a system error, a thrown message) that may embed untrusted text: controls escaped. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escapeCharacter);
}

/**
 * `text` as a double-quoted literal that is safe to print and reads as JSON: `"task\u001b[2J"`. With
 * `maxLength`, longer text is cut there and followed by its length: `"aaaa"... (10485760 characters)`.
 */
export function quoteText(text: string, maxLength = Infinity): string {
  const shown = text.length > maxLength ? text.slice(0, maxLength) : text;
  // JSON.stringify escapes quotes, backslashes, C0 controls and lone surrogates; the rest is done here.
  const quoted = escapeControls(JSON.stringify(shown));
  return shown === text ? quoted : `${quoted}... (${text.length} characters)`;
}

/**
 * `text` itself when it is plain (no control, quote or backslash, and at most `maxLength` characters),
 * else quoteText(text, maxLength). For names and paths, which are usually plain.
 */
export function printableText(text: string, maxLength = Infinity): string {
  return text.length > maxLength || NOT_PLAIN.test(text) ? quoteText(text, maxLength) : text;
}
