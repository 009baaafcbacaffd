/**
 * A header as the caller has it: `request.headers.get(name)` (string or null), Node's `req.headers[name]`
 * (string, string[] or undefined), or for the timestamp a number.
 */
export type HeaderValue = string | readonly string[] | null | undefined;
