// "Did you mean": the event names closest to a mistyped one, by edit distance (a swap of two neighbouring
// letters counts as one edit), over the names without their "contact_center." prefix.
import { eventNames } from '../../generated/event-names.js';

const PREFIX = 'contact_center.';
const bare = (name: string): string => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name);

/** Optimal string alignment distance, or Infinity once it must exceed `limit` (so long inputs cost little). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousBest = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    // A swap reaches back two rows, so only two rows over the limit in a row rule every path out.
    if (best > limit && previousBest > limit) return Infinity;
    previousBest = best;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Up to 3 known event names that `name` may have meant: the closest, then those it is part of; none when nothing is close. */
export function suggestEventNames(name: string): string[] {
  const typed = bare(name);
  const limit = Math.max(2, Math.floor(typed.length / 4));
  const close = eventNames
    .map((known) => ({ known, edits: distance(typed, bare(known), limit) }))
    .filter(({ edits }) => edits <= limit);
  const fewest = Math.min(...close.map(({ edits }) => edits));
  const nearest = close.filter(({ edits }) => edits === fewest).map(({ known }) => known);
  // A fragment of a name ("queue_agent") is close to none of them, but is in some.
  const containing = typed.length >= 3 ? eventNames.filter((known) => bare(known).includes(typed)) : [];
  return [...new Set([...nearest, ...containing])].slice(0, 3);
}
