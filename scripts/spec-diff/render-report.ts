// The diff as a person reads it in a terminal: events added and removed, then each changed event with
// one line per change, its bump first.
import { impliedBump, type SpecChange, type SpecDiff } from './spec-change.ts';

const at = (path: string): string => (path === '' ? '(the event)' : path);

export function renderReport(diff: SpecDiff, oldLabel: string, newLabel: string): string {
  const lines = [
    `Compared ${oldLabel} (version ${diff.oldVersion}, ${diff.oldEventCount} events) with ${newLabel} (version ${diff.newVersion}, ${diff.newEventCount} events).`,
    '',
  ];
  if (diff.addedEvents.length > 0)
    lines.push('Added events (minor):', ...diff.addedEvents.map((name) => `  + ${name}`), '');
  if (diff.removedEvents.length > 0)
    lines.push('Removed events (major):', ...diff.removedEvents.map((name) => `  - ${name}`), '');
  const byEvent = new Map<string, SpecChange[]>();
  for (const change of diff.changes) byEvent.set(change.event, [...(byEvent.get(change.event) ?? []), change]);
  if (byEvent.size > 0) lines.push(`Changed events (${byEvent.size}):`);
  for (const [event, changes] of byEvent) {
    lines.push(`  ${event}`);
    for (const change of changes) lines.push(`    ${change.bump.padEnd(5)}  ${at(change.path)}: ${change.message}`);
  }
  if (byEvent.size > 0) lines.push('');
  const bump = impliedBump(diff);
  lines.push(bump === undefined ? 'No changes to events or fields: no release needed.' : `Implied bump: ${bump}.`);
  return `${lines.join('\n')}\n`;
}
