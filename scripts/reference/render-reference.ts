// Writes an OpenAPI document back in the text form of Zoom's rendered reference: the inverse of
// parse-reference.ts, so that rendering the imported JSON and comparing it with the reference proves
// the import lost nothing.
import {
  EXAMPLE_KEY,
  JSON_MEDIA_TYPE,
  type MediaTypeObject,
  type OpenApiDocument,
  type SchemaObject,
} from '../openapi.ts';
import { compareRenderedProperties } from './property-order.ts';

const NBSP = '\u00a0';
const BULLET = '\u2022 ';
const DASH = ' \u2014 ';

export function renderReference(doc: OpenApiDocument): string {
  const lines: string[] = [
    doc.info.title,
    '',
    `  ${BULLET}OpenAPI Version:${NBSP}${doc.openapi}`,
    `  ${BULLET}API Version:${NBSP}${doc.info.version}`,
    '',
  ];
  if (doc.info.description) lines.push(doc.info.description, '');
  lines.push('Operations');
  for (const [name, { post }] of Object.entries(doc.paths)) {
    lines.push('', `POST ${name}`, '', `  ${BULLET}Method:${NBSP}POST`, `  ${BULLET}Path:${NBSP}${name}`);
    lines.push(`  ${BULLET}Tags:${NBSP}${(post.tags ?? []).join(', ')}`, '', 'Request Body', '');
    renderMediaType(lines, post.requestBody?.content[JSON_MEDIA_TYPE], `${name} request body`);
    lines.push('', 'Responses', '', 'Status: 200');
    renderMediaType(lines, post.responses?.['200']?.content?.[JSON_MEDIA_TYPE], `${name} response 200`);
  }
  return lines.join('\n');
}

function renderMediaType(lines: string[], media: MediaTypeObject | undefined, where: string): void {
  if (!media) throw new Error(`${where}: no ${JSON_MEDIA_TYPE} content`);
  const example = media.examples?.[EXAMPLE_KEY];
  if (!example) throw new Error(`${where}: no "${EXAMPLE_KEY}" example`);
  lines.push(`Content-Type: ${JSON_MEDIA_TYPE}`);
  renderProperties(lines, media.schema, 2);
  lines.push('Example:', '', JSON.stringify(JSON.parse(example.value), null, 2));
}

function renderProperties(lines: string[], schema: SchemaObject, indent: number): void {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {})
    .map(([name, property]) => ({ name, required: required.has(name), property }))
    .sort(compareRenderedProperties);
  const pad = ' '.repeat(indent);
  for (const { name, required: isRequired, property } of entries) {
    lines.push(`${pad}${BULLET}${name}${isRequired ? ' (required)' : ''}`, '');
    renderSchema(lines, property, indent + 2);
  }
}

function renderSchema(lines: string[], schema: SchemaObject, indent: number): void {
  const pad = ' '.repeat(indent);
  let line = String(schema.type);
  if (schema.format !== undefined) line += `, format: ${schema.format}`;
  if (schema.enum !== undefined) line += `, possible values: ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.description !== undefined) line += `${DASH}${schema.description}`;
  lines.push(pad + line, '');
  if (schema.properties) renderProperties(lines, schema, indent);
  if (schema.items) {
    lines.push(`${pad}Items:`, '');
    if (schema.items.properties) renderProperties(lines, schema.items, indent);
    else renderSchema(lines, schema.items, indent);
  }
}
