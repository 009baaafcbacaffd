// Values near a valid one: every node replaced by each value of a palette (every JSON type, edge numbers,
// strings that are and are not date-times or e-mail addresses, and values only an already-parsed input
// can hold), every property deleted, an unknown property added to every object. Each variant copies only
// the objects on the path to its change, so the value itself is never edited.

export const PALETTE: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  10,
  2147483648,
  -2147483649,
  2 ** 53,
  NaN,
  Infinity,
  '',
  'a',
  'not-a-member',
  '2025-02-16T13:47:51.987Z',
  '2025-02-30T25:00:00Z',
  'agent@example.com',
  'agent at example',
  [],
  [{}],
  ['a'],
  {},
  { extra: 1 },
];

/** A copy of `items` with one item replaced. */
const replaced = (items: readonly unknown[], index: number, item: unknown): unknown[] =>
  items.map((old, i) => (i === index ? item : old));

export function* mutationsOf(node: unknown): Generator<unknown> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      for (const replacement of PALETTE) yield replaced(node, i, replacement);
      for (const inner of mutationsOf(node[i])) yield replaced(node, i, inner);
    }
    return;
  }
  const object = node as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    for (const replacement of PALETTE) yield { ...object, [key]: replacement };
    yield Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
    for (const inner of mutationsOf(object[key])) yield { ...object, [key]: inner };
  }
  yield { ...object, unknown_field: 'x' };
}
