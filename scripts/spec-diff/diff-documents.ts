// Two versions of a Zoom webhook document, compared event by event through the generator's own
// normaliser, so $refs, OpenAPI quirks and the event literal are read exactly as `npm run generate` reads them.
import { normaliseDocument } from '../normalise/normalise-document.ts';
import type { OpenApiDocument } from '../openapi.ts';
import { diffSchema } from './diff-schema.ts';
import type { SpecChange, SpecDiff } from './spec-change.ts';

export function diffDocuments(before: OpenApiDocument, after: OpenApiDocument): SpecDiff {
  const oldEvents = new Map(normaliseDocument(before).map((event) => [event.name, event]));
  const newEvents = new Map(normaliseDocument(after).map((event) => [event.name, event]));
  const changes: SpecChange[] = [];
  for (const [name, event] of newEvents) {
    const previous = oldEvents.get(name);
    if (previous === undefined) continue;
    for (const change of diffSchema(previous.schema, event.schema, '', [])) changes.push({ event: name, ...change });
  }
  return {
    oldVersion: before.info?.version ?? '(no version)',
    newVersion: after.info?.version ?? '(no version)',
    oldEventCount: oldEvents.size,
    newEventCount: newEvents.size,
    addedEvents: [...newEvents.keys()].filter((name) => !oldEvents.has(name)),
    removedEvents: [...oldEvents.keys()].filter((name) => !newEvents.has(name)),
    changes,
  };
}
