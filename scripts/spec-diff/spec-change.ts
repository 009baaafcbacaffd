// What changed between two versions of the document, and the semver bump each change implies for this
// package. The rule: a change that makes the validators refuse a delivery they accepted (an event or
// field removed, a field now required, a type, enum or format narrowed) is major; a change that only
// makes them accept more (an event or optional field added, a type or enum widened) is minor, even though
// it can break an exhaustive `switch` at compile time: so does a new event, which is minor by convention;
// a change to descriptions and other annotations only is a patch.

export type Bump = 'major' | 'minor' | 'patch';

export interface SpecChange {
  /** The event's name, as Zoom sends it. */
  event: string;
  /** Where in the event: "payload.object.teams[].team_id"; "" for the event itself. */
  path: string;
  bump: Bump;
  /** What changed, for a person: `enum value "wrapping" removed`. */
  message: string;
}

export interface SpecDiff {
  oldVersion: string;
  newVersion: string;
  oldEventCount: number;
  newEventCount: number;
  addedEvents: string[];
  removedEvents: string[];
  /** Changes inside events present in both documents, by event then path. */
  changes: SpecChange[];
}

const ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

/** The bump a whole diff implies: the highest of its parts, or undefined when nothing changed. */
export function impliedBump(diff: SpecDiff): Bump | undefined {
  const bumps: Bump[] = [
    ...diff.changes.map((change) => change.bump),
    ...(diff.addedEvents.length > 0 ? (['minor'] as const) : []),
    ...(diff.removedEvents.length > 0 ? (['major'] as const) : []),
  ];
  if (bumps.length === 0) return undefined;
  return ORDER[Math.max(...bumps.map((bump) => ORDER.indexOf(bump)))];
}
