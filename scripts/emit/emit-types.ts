// Types: openapi-typescript turns the normalised schemas into TypeScript (its output on Zoom's raw
// documents does not compile; on the normalised ones, with every $ref inlined, it does). Its output
// nests every schema inside `components["schemas"]`; each event's type literal is lifted out into an
// exported interface of its own, so an editor shows the fields, not a chain of indexed lookups.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { putDescriptionsFirst } from './description-first.ts';

export async function emitTypes(events: readonly NormalisedEvent[], header: string): Promise<string> {
  const schemas = Object.fromEntries(events.map((event) => [event.typeName, withoutDialect(event.schema)]));
  const nodes = await openapiTS(
    { openapi: '3.1.0', info: { title: 'events', version: '0' }, paths: {}, components: { schemas } } as never,
    // defaultNonNullable: false: a field with a default may still be absent from a delivery, so it stays optional.
    {
      silent: true,
      emptyObjectsUnknown: true,
      alphabetize: false,
      additionalProperties: false,
      defaultNonNullable: false,
    },
  );
  const members = schemaMembers(nodes);
  const declarations: ts.Node[] = [];
  for (const event of events) {
    const member = members.get(event.typeName);
    if (!member?.type) throw new Error(`openapi-typescript emitted no type for ${event.typeName}`);
    const exported = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];
    const declaration = ts.isTypeLiteralNode(member.type)
      ? ts.factory.createInterfaceDeclaration(exported, event.typeName, undefined, undefined, member.type.members)
      : ts.factory.createTypeAliasDeclaration(exported, event.typeName, undefined, member.type);
    ts.setSyntheticLeadingComments(declaration, [eventDoc(event), ...(ts.getSyntheticLeadingComments(member) ?? [])]);
    putDescriptionsFirst(declaration);
    declarations.push(declaration);
  }
  const eventMap = events.map((event) => `  ${JSON.stringify(event.name)}: ${event.typeName};`).join('\n');
  return `${header}
${astToString(declarations)}
/** Every event in the document, by its name. */
export interface EventMap {
${eventMap}
}

/** The name of an event in the document, e.g. \`${events[0]!.name}\`. */
export type EventName = keyof EventMap;

/** Any event in the document: switch on \`event\` to narrow it. */
export type ContactCenterEvent = EventMap[EventName];

/** The type of the event named \`N\`. */
export type EventOf<N extends EventName> = EventMap[N];

/** The \`payload.object\` of the event named \`N\`, where its payload has one. */
export type PayloadObjectOf<N extends EventName> = EventMap[N] extends { payload: { object?: infer O } } ? O : never;
`;
}

/**
 * The event interface's JSDoc: its name, then the document's description of it (Zoom's Markdown: what
 * triggers the event, its prerequisites and scopes), which the request body carries.
 */
function eventDoc(event: NormalisedEvent): ts.SynthesizedComment {
  const description = typeof event.schema.description === 'string' ? event.schema.description.trim() : '';
  const lines = [`The \`${event.name}\` event.`, ...(description ? ['', ...description.split(/\r?\n/)] : [])];
  const text = lines.map((line) => line.replace(/\*\//g, '*\\/').trimEnd()).map((line) => (line ? ` * ${line}` : ' *'));
  const body = text.length === 1 ? `*${text[0]!.slice(2)} ` : `*\n${text.join('\n')}\n `;
  return { kind: ts.SyntaxKind.MultiLineCommentTrivia, text: body, hasTrailingNewLine: true, pos: -1, end: -1 };
}

/** The root's dialect and title name the schema, and its description is the event's own JSDoc (above). */
function withoutDialect(schema: object): object {
  const { $schema: _dialect, title: _title, description: _description, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/** The property signatures of `components.schemas` in openapi-typescript's output, by name. */
function schemaMembers(nodes: readonly ts.Node[]): Map<string, ts.PropertySignature> {
  const components = nodes.find(
    (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'components',
  );
  const schemas = components?.members.find(
    (member): member is ts.PropertySignature => ts.isPropertySignature(member) && propertyName(member) === 'schemas',
  );
  if (!schemas?.type || !ts.isTypeLiteralNode(schemas.type))
    throw new Error('openapi-typescript output has no components.schemas');
  const members = new Map<string, ts.PropertySignature>();
  for (const member of schemas.type.members) {
    if (ts.isPropertySignature(member)) members.set(propertyName(member), member);
  }
  return members;
}

function propertyName(member: ts.PropertySignature): string {
  const name = member.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}
