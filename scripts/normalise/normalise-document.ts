// Normalising: one self-contained JSON Schema (draft 2020-12) per event, taken from the event's request
// body, with every $ref inlined and `event` fixed to the event's literal name. Everything the generator
// emits is derived from this, so types, validators and published schemas cannot disagree.
import type { OpenApiDocument, SchemaObject } from '../openapi.ts';
import { findEvents } from './find-events.ts';
import { RepairLog } from './repairs.ts';
import { SchemaError } from './schema-error.ts';
import { toJsonSchema } from './to-json-schema.ts';
import { eventTypeNames } from './type-names.ts';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export interface NormalisedEvent {
  /** The event's name as Zoom sends it in `event`, e.g. contact_center.task_created. */
  name: string;
  /** The TypeScript name of its type, e.g. TaskCreatedEvent. */
  typeName: string;
  /** The event's JSON Schema, self-contained. */
  schema: SchemaObject;
}

/** The document's events, normalised; the repairs the document needed are added to `log`. */
export function normaliseDocument(document: OpenApiDocument, log = new RepairLog()): NormalisedEvent[] {
  const found = findEvents(document, log);
  const typeNames = eventTypeNames(found.map((event) => event.name));
  return found.map(({ name, at, schema, description }): NormalisedEvent => {
    const typeName = typeNames.get(name)!;
    const converted = withEventLiteral(toJsonSchema(schema, document, at, log), name, at);
    return {
      name,
      typeName,
      schema: { $schema: JSON_SCHEMA_DIALECT, title: typeName, ...(description ? { description } : {}), ...converted },
    };
  });
}

/** The `event` property becomes the literal name, required, keeping its description. */
function withEventLiteral(schema: SchemaObject, name: string, at: string): SchemaObject {
  const event = schema.properties?.event;
  if (schema.type !== 'object' || !event || typeof event !== 'object') {
    throw new SchemaError(`${at}: an event's schema must be an object with an "event" property`);
  }
  const { description } = event;
  const literal: SchemaObject = { type: 'string', const: name, ...(description !== undefined ? { description } : {}) };
  const required = schema.required?.includes('event') ? schema.required : ['event', ...(schema.required ?? [])];
  return { ...schema, required, properties: { ...schema.properties, event: literal } };
}
