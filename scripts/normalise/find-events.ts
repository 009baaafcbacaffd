// Where a Zoom webhook document keeps its events: POST operations under `paths` (Zoom's shape, keyed by
// the bare event name) or under OpenAPI 3.1's `webhooks`. Request bodies and media types may be $refs.
import { escapePointerToken, getAtPointer, parsePointer } from '../json-pointer.ts';
import { JSON_MEDIA_TYPE, type JsonValue, type OpenApiDocument } from '../openapi.ts';
import { pointerOf, RepairLog } from './repairs.ts';
import { SchemaError } from './schema-error.ts';

export interface FoundEvent {
  name: string;
  /** JSON Pointer (as a URI fragment) of the request body's schema, for error messages. */
  at: string;
  /** The request body's schema as the document has it ($refs not yet followed). */
  schema: unknown;
  /** The request body's description, where it has one. */
  description?: string;
  /** The document's example delivery, parsed from its JSON string, where there is one. */
  example?: unknown;
}

export function findEvents(document: OpenApiDocument, log = new RepairLog()): FoundEvent[] {
  if (typeof document !== 'object' || document === null || typeof document.openapi !== 'string') {
    throw new SchemaError('the document is not an OpenAPI document (no "openapi" version)');
  }
  const sections = [
    ['#/paths', document.paths],
    ['#/webhooks', document.webhooks],
  ] as const;
  const events: FoundEvent[] = [];
  for (const [base, section] of sections) {
    for (const [key, item] of Object.entries((section as Record<string, unknown> | undefined) ?? {})) {
      const itemAt = `${base}/${escapePointerToken(key)}`;
      const post = resolveObject(item, document, itemAt).post;
      if (post === undefined) continue;
      const name = key.replace(/^\//, '');
      if (events.some((event) => event.name === name))
        throw new SchemaError(`${itemAt}: event ${name} is defined twice`);
      const bodyAt = `${itemAt}/post/requestBody`;
      const body = resolveObject((post as Record<string, unknown>).requestBody, document, bodyAt);
      const content = resolveObject(body.content, document, `${bodyAt}/content`);
      const mediaAt = `${bodyAt}/content/${escapePointerToken(JSON_MEDIA_TYPE)}`;
      const media = resolveObject(content[JSON_MEDIA_TYPE], document, mediaAt);
      if (media.schema === undefined) throw new SchemaError(`${mediaAt}: no schema`);
      const example = readExample(media, mediaAt, log);
      events.push({
        name,
        at: `${mediaAt}/schema`,
        schema: media.schema,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
        ...(example !== undefined ? { example } : {}),
      });
    }
  }
  if (events.length === 0)
    throw new SchemaError('the document defines no events (no POST operations under paths or webhooks)');
  return events;
}

/** Follows `$ref`s to an object. */
function resolveObject(value: unknown, document: unknown, at: string, seen: string[] = []): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new SchemaError(`${at}: expected an object`);
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return value as Record<string, unknown>;
  if (!ref.startsWith('#') || seen.includes(ref)) throw new SchemaError(`${at}: cannot follow $ref ${ref}`);
  return resolveObject(getAtPointer(document, parsePointer(decodeURIComponent(ref.slice(1)))), document, ref, [
    ...seen,
    ref,
  ]);
}

/** The first example, parsed: Zoom publishes examples as JSON strings. One that is not JSON is left out. */
function readExample(media: Record<string, unknown>, at: string, log: RepairLog): unknown {
  const examples = media.examples as Record<string, { value?: unknown }> | undefined;
  const [key, first] = examples && typeof examples === 'object' ? (Object.entries(examples)[0] ?? []) : [];
  const value = key !== undefined ? first?.value : media.example;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    const path =
      key !== undefined ? `${pointerOf(at)}/examples/${escapePointerToken(key)}` : `${pointerOf(at)}/example`;
    log.add({
      repair: 'example-not-json',
      pointer: key !== undefined ? `${path}/value` : path,
      message: `the example is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      erratum: [{ path, from: structuredClone((key !== undefined ? first : value) as JsonValue) }],
    });
    return undefined;
  }
}
