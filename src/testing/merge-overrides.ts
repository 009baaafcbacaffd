// How createEvent applies overrides: plain objects merge key by key, at any depth; anything else
// (arrays included) replaces what was there; `undefined` removes the property. Neither input is changed.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function mergeOverrides(base: unknown, overrides: unknown): unknown {
  if (overrides === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete merged[key];
    // defineProperty, not assignment: an own "__proto__" key (from JSON.parse) stays a property.
    else
      Object.defineProperty(merged, key, {
        value: mergeOverrides(Object.hasOwn(merged, key) ? merged[key] : undefined, value),
        writable: true,
        enumerable: true,
        configurable: true,
      });
  }
  return merged;
}
