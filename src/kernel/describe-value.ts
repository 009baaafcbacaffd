// How a received value is named in an issue message: short, quoted safely, and never the whole of a
// hostile 10 MB string.
import { escapeControls, quoteText } from './quote-text.js';

const MAX_SHOWN = 40;
const MAX_THROWN = 200;

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${value.length} items)`;
  switch (typeof value) {
    case 'string':
      return quoteText(value, MAX_SHOWN);
    case 'number':
      return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * What foreign code threw, for a message: `TypeError: ...`, cut and escaped. Never throws itself, even for
 * a thrown Proxy or an object whose `toString` throws.
 */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    text =
      error instanceof Error
        ? `${String(error.name)}: ${String(error.message)}`
        : typeof error === 'object' && error !== null
          ? 'an object'
          : String(error);
  } catch {
    return 'a value that cannot be shown';
  }
  return escapeControls(text.length > MAX_THROWN ? `${text.slice(0, MAX_THROWN)}...` : text);
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
