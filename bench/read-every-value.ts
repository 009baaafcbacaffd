// The floor under any validator of a parsed delivery: read every value once and look at its type, check
// nothing. A validator must at least read each field it checks, so `JSON.parse` plus this walk is the
// least a parse that validates can cost; the bench and the budget time it beside parseEvent.

/** Reads every value of a parsed JSON value once (depth first) and counts the strings; judges nothing. */
export function readEveryValue(value: unknown): number {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? 1 : 0;
  let strings = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) strings += readEveryValue(value[i]);
    return strings;
  }
  for (const key in value) strings += readEveryValue((value as Record<string, unknown>)[key]);
  return strings;
}
