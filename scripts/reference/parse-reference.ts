// Reads Zoom's webhook reference as rendered to text and returns the OpenAPI document it renders.
// It understands exactly the grammar of the rendering (see ../shared/docs/zoom-webhooks.md) and throws
// a ReferenceSyntaxError naming the line for anything else: a guess here would be a wrong type for
// every user, so it never guesses.
import {
  EXAMPLE_KEY,
  EXAMPLE_SUMMARY,
  JSON_MEDIA_TYPE,
  type JsonValue,
  type MediaTypeObject,
  type OpenApiDocument,
  type SchemaObject,
} from '../openapi.ts';
import { orderByExample } from './order-by-example.ts';
import { compareRenderedProperties } from './property-order.ts';

const NBSP = '\u00a0';
const BULLET = '\u2022 ';
const DASH = ' \u2014 ';
const SCHEMA_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array']);

export class ReferenceSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    source: string,
  ) {
    super(`${source}:${line}: ${message}`);
    this.name = 'ReferenceSyntaxError';
  }
}

class Cursor {
  readonly lines: string[];
  index = 0;
  constructor(
    text: string,
    readonly source: string,
  ) {
    this.lines = text.split('\n');
  }
  get done(): boolean {
    return this.index >= this.lines.length;
  }
  peek(offset = 0): string | undefined {
    return this.lines[this.index + offset];
  }
  fail(message: string, index = this.index): never {
    const found = this.lines[index];
    const shown = found === undefined ? 'end of file' : JSON.stringify(found);
    throw new ReferenceSyntaxError(index + 1, `${message}; found ${shown}`, this.source);
  }
  take(): string {
    if (this.done) this.fail('unexpected end of file');
    return this.lines[this.index++]!;
  }
  expect(exact: string): void {
    if (this.peek() !== exact) this.fail(`expected ${JSON.stringify(exact)}`);
    this.index++;
  }
  match(pattern: RegExp, what: string): RegExpExecArray {
    const m = pattern.exec(this.peek() ?? '');
    if (!m) this.fail(`expected ${what}`);
    this.index++;
    return m;
  }
  blank(): void {
    this.expect('');
  }
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Parses the rendered reference. `source` names the file in error messages. */
export function parseReference(text: string, source = 'reference'): OpenApiDocument {
  const c = new Cursor(text, source);
  const title = c.match(/^(\S.*)$/, 'the document title')[1]!;
  c.blank();
  const openapi = c.match(new RegExp(`^  ${BULLET}OpenAPI Version:${NBSP}(\\S+)$`), 'the OpenAPI version')[1]!;
  const version = c.match(new RegExp(`^  ${BULLET}API Version:${NBSP}(\\S+)$`), 'the API version')[1]!;
  c.blank();
  const descriptionLines: string[] = [];
  while (c.peek() !== '' && c.peek() !== 'Operations') descriptionLines.push(c.take());
  if (descriptionLines.length > 0) c.blank();
  c.expect('Operations');

  const doc: OpenApiDocument = {
    openapi,
    info: { title, ...(descriptionLines.length ? { description: descriptionLines.join('\n') } : {}), version },
    paths: {},
  };
  while (!c.done) {
    c.blank();
    const start = c.index;
    const name = c.match(/^POST (\S+)$/, 'an operation heading "POST <event>"')[1]!;
    if (Object.hasOwn(doc.paths, name)) c.fail(`event ${name} is listed twice`, start);
    c.blank();
    c.expect(`  ${BULLET}Method:${NBSP}POST`);
    const path = c.match(new RegExp(`^  ${BULLET}Path:${NBSP}(\\S+)$`), 'the operation path')[1]!;
    if (path !== name) c.fail(`the path ${path} differs from the heading ${name}`, c.index - 1);
    const tags = c.match(new RegExp(`^  ${BULLET}Tags:${NBSP}(.+)$`), 'the operation tags')[1]!.split(', ');
    c.blank();
    c.expect('Request Body');
    c.blank();
    const request = parseMediaType(c);
    c.blank();
    c.expect('Responses');
    c.blank();
    c.expect('Status: 200');
    const response = parseMediaType(c);
    doc.paths[name] = {
      post: {
        tags,
        operationId: name,
        requestBody: { content: { [JSON_MEDIA_TYPE]: request } },
        responses: { '200': { content: { [JSON_MEDIA_TYPE]: response } } },
      },
    };
  }
  return doc;
}

function parseMediaType(c: Cursor): MediaTypeObject {
  c.expect(`Content-Type: ${JSON_MEDIA_TYPE}`);
  const schema: SchemaObject = { type: 'object' };
  parseProperties(c, 2, schema);
  c.expect('Example:');
  c.blank();
  const exampleStart = c.index;
  const exampleLines: string[] = [];
  while (!c.done && c.peek() !== '') exampleLines.push(c.take());
  const value = exampleLines.join('\n');
  let example: JsonValue;
  try {
    example = JSON.parse(value) as JsonValue;
  } catch (error) {
    // Point at the line JSON.parse stopped on, where its message says where that was.
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? value.slice(0, Number(position[1])).split('\n').length - 1 : 0;
    c.fail(`the example is not JSON (${(error as Error).message})`, exampleStart + line);
  }
  // The example is kept as the JSON string Zoom publishes; the renderer prints it back 2-space indented.
  if (JSON.stringify(example, null, 2) !== value) c.fail('the example is not 2-space indented JSON', exampleStart);
  orderByExample(schema, example);
  return { schema, examples: { [EXAMPLE_KEY]: { summary: EXAMPLE_SUMMARY, value } } };
}

/** Parses the bullets at `indent` into `schema.properties` and `schema.required`. */
function parseProperties(c: Cursor, indent: number, schema: SchemaObject): void {
  const prefix = ' '.repeat(indent) + BULLET;
  const bullet = /^(\S+?)( \(required\))?$/;
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  const order: { name: string; required: boolean; line: number }[] = [];
  while (c.peek()?.startsWith(prefix)) {
    const line = c.index;
    const m = bullet.exec(c.take().slice(prefix.length));
    if (!m) c.fail('expected a property bullet "• name" or "• name (required)"', line);
    const name = m[1]!;
    if (Object.hasOwn(properties, name)) c.fail(`property ${name} is listed twice`, line);
    const isRequired = m[2] !== undefined;
    c.blank();
    properties[name] = parseSchema(c, indent + 2);
    if (isRequired) required.push(name);
    order.push({ name, required: isRequired, line });
  }
  if (order.length === 0) c.fail(`expected a property bullet at indent ${indent}`);
  // The renderer sorts required-first, then by name; a document that does not is one we would not
  // reproduce, so say so here rather than in a failing round trip.
  for (let i = 1; i < order.length; i++) {
    if (compareRenderedProperties(order[i - 1]!, order[i]!) >= 0) {
      c.fail('properties are not listed required-first, then by name', order[i]!.line);
    }
  }
  schema.properties = properties;
  if (required.length > 0) schema.required = required;
}

/** Parses a type line at `indent` and what hangs under it: properties of an object, items of an array. */
function parseSchema(c: Cursor, indent: number): SchemaObject {
  const lineIndex = c.index;
  const line = c.take();
  if (indentOf(line) !== indent) c.fail(`expected a type line at indent ${indent}`, lineIndex);
  const schema = parseTypeLine(line.slice(indent), (message) => c.fail(message, lineIndex));
  c.blank();
  const next = c.peek() ?? '';
  if (indentOf(next) !== indent || next === '') return schema;
  if (schema.type === 'object' && next.trimStart().startsWith(BULLET)) {
    parseProperties(c, indent, schema);
  } else if (schema.type === 'array' && next.trimStart() === 'Items:') {
    c.take();
    c.blank();
    if (c.peek()?.startsWith(' '.repeat(indent) + BULLET)) {
      const items: SchemaObject = { type: 'object' };
      parseProperties(c, indent, items);
      schema.items = items;
    } else {
      schema.items = parseSchema(c, indent);
    }
  } else {
    c.fail(`unexpected line under a schema of type ${String(schema.type)}`);
  }
  return schema;
}

/** `type[, format: F][, possible values: V, ...][ — description]` */
function parseTypeLine(text: string, fail: (message: string) => never): SchemaObject {
  const typeMatch = /^[a-z]+/.exec(text);
  const type = typeMatch?.[0];
  if (!type || !SCHEMA_TYPES.has(type))
    fail('expected a schema type (string, integer, number, boolean, object, array)');
  const schema: SchemaObject = { type };
  let rest = text.slice(type.length);
  const format = /^, format: ([A-Za-z0-9_-]+)/.exec(rest);
  if (format) {
    schema.format = format[1]!;
    rest = rest.slice(format[0].length);
  }
  if (rest.startsWith(', possible values: ')) {
    rest = rest.slice(', possible values: '.length);
    const values: JsonValue[] = [];
    for (;;) {
      const token = /^("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(rest);
      if (!token) fail('expected a quoted string or a number in "possible values"');
      const value = JSON.parse(token[1]!) as JsonValue;
      if (typeof value === 'string' ? type !== 'string' : type !== 'integer' && type !== 'number') {
        fail(`the possible value ${token[1]} does not fit type ${type}`);
      }
      if (type === 'integer' && !Number.isInteger(value)) fail(`the possible value ${token[1]} is not an integer`);
      values.push(value);
      rest = rest.slice(token[0].length);
      if (!rest.startsWith(', ')) break;
      rest = rest.slice(2);
    }
    schema.enum = values;
  }
  if (rest.startsWith(DASH)) {
    schema.description = rest.slice(DASH.length);
  } else if (rest !== '') {
    fail(`cannot read ${JSON.stringify(rest)} after the type`);
  }
  return schema;
}
