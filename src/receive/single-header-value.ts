/**
 * A header as the caller has it: `request.headers.get(name)` (string or null), Node's `req.headers[name]`
 * (string, string[] or undefined), or for the timestamp a number.
 */
export type HeaderValue = string | readonly string[] | null | undefined;

/**
 * The one value of a header, trimmed, or why there is none. A list of several is 'malformed': Zoom sends
 * each header once, so two means something rewrote the request, and picking one would be a guess. (Fetch
 * `Headers` and Node join repeats with ", ", which each caller's format check refuses.)
 */
export function singleHeaderValue(value: HeaderValue): string | 'missing' | 'malformed' {
  if (Array.isArray(value) && value.length > 1) return 'malformed';
  const text = (Array.isArray(value) ? value[0] : value) as unknown;
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) return 'missing';
  return typeof text === 'string' ? text.trim() : 'malformed';
}
