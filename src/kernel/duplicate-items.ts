import { equal } from './ajv-runtime.js';
import { JSON_TYPE_TESTS, type JsonType } from './schema-keywords.js';

/**
 * The indices [i, j] of two equal items, as ajv's uniqueItems finds them, or undefined. When the items
 * schema names types, none of them object or array, ajv compares only items of those types, by their
 * text as property keys of an object (strings marked apart from numbers when there are several types);
 * otherwise it compares every pair with deep equality. Both ways are reproduced, quirks included.
 */
export function duplicateItems(
  items: readonly unknown[],
  itemTypes: readonly JsonType[],
): [number, number] | undefined {
  let i = items.length;
  if (i <= 1) return undefined;
  if (itemTypes.length > 0 && !itemTypes.some((type) => type === 'object' || type === 'array')) {
    const tests = itemTypes.map((type) => JSON_TYPE_TESTS[type]);
    const indices: Record<string, unknown> = {};
    while (i--) {
      let item = items[i];
      if (!tests.some((test) => test(item))) continue;
      if (itemTypes.length > 1 && typeof item === 'string') item += '_';
      const key = item as string;
      if (typeof indices[key] === 'number') return [i, indices[key] as number];
      indices[key] = i;
    }
    return undefined;
  }
  while (i--) {
    for (let j = i; j--; ) if (equal(items[i], items[j])) return [i, j];
  }
  return undefined;
}
