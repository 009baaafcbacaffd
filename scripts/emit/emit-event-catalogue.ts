// The event catalogue, docs/events/: Markdown that GitHub renders, one page per event family (task,
// engagement, queue, ...) and an index. For every event: when it fires (the document's description,
// where it has one), its fields as a table, its type and guard names, and its full valid example (the
// one `examples` ships). Read from the normalised schemas, like everything else generated.
import { buildExample } from '../examples/build-example.ts';
import type { NormalisedEvent } from '../normalise/normalise-document.ts';
import { SUBSCHEMA_KEYWORDS } from '../../src/kernel/schema-keywords.ts';
import { guardName } from '../normalise/type-names.ts';
import type { JsonValue, SchemaObject } from '../openapi.ts';

/** Families named by two words, and events filed under another family than their first word. */
const FAMILY_PREFIXES: readonly (readonly [prefix: string, family: string])[] = [
  ['call_control_', 'call_control'],
  ['business_hours_', 'business_hours'],
  ['outbound_campaign_', 'outbound_campaign'],
  ['cx_engagement_', 'engagement'],
  ['legacy_engagement_', 'engagement'],
];

/** The family of an event: the first word of its name after the product prefix, as a rule. */
export function eventFamily(name: string): string {
  const bare = name.slice(name.indexOf('.') + 1);
  const known = FAMILY_PREFIXES.find(([prefix]) => bare.startsWith(prefix));
  return known ? known[1] : bare.split('_')[0]!;
}

/** GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
export const headingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

export interface CatalogueField {
  /** Where the field is: `payload.object.teams[].team_id`. */
  path: string;
  type: string;
  /** Format, enum members, constant and bounds, as Markdown. */
  constraints: string;
  /** Required in the object that holds it. */
  required: boolean;
  description: string;
}

/** Every field of an event's schema, depth first, in the schema's order. */
export function catalogueFields(schema: SchemaObject, path = ''): CatalogueField[] {
  const fields: CatalogueField[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const here = path === '' ? name : `${path}.${name}`;
    fields.push({
      path: here,
      type: typeOf(property),
      constraints: constraintsOf(property),
      required: required.has(name),
      description: `${property.deprecated === true ? '(Deprecated.) ' : ''}${property.description ?? ''}`,
    });
    fields.push(...nestedFields(property, here));
  }
  return fields;
}

function nestedFields(schema: SchemaObject, path: string): CatalogueField[] {
  const fields = catalogueFields(schema, path);
  if (typeof schema.items === 'object') fields.push(...nestedFields(schema.items, `${path}[]`));
  if (typeof schema.additionalProperties === 'object')
    fields.push(...nestedFields(schema.additionalProperties, `${path}.*`));
  for (const keyword of SUBSCHEMA_KEYWORDS.list) {
    for (const member of (schema[keyword] as SchemaObject[] | undefined) ?? [])
      fields.push(...nestedFields(member, path));
  }
  return fields;
}

function typeOf(schema: SchemaObject): string {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const named = types.map((type) =>
    type === 'array' && typeof schema.items === 'object' ? `array of ${typeOf(schema.items)}` : type,
  );
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const members = schema[keyword] as SchemaObject[] | undefined;
    if (members) named.push(`${keyword === 'oneOf' ? 'one' : 'any'} of (${members.map(typeOf).join(', ')})`);
  }
  if (typeof schema.additionalProperties === 'object' && named.includes('object')) {
    named[named.indexOf('object')] = `map of ${typeOf(schema.additionalProperties)}`;
  }
  return named.length > 0 ? named.join(' or ') : 'any';
}

const code = (value: JsonValue | undefined): string => `\`${JSON.stringify(value)}\``;

function constraintsOf(schema: SchemaObject): string {
  const parts: string[] = [];
  if (schema.const !== undefined) parts.push(`always ${code(schema.const)}`);
  if (typeof schema.format === 'string') parts.push(`\`${schema.format}\``);
  if (schema.enum) parts.push(`one of ${schema.enum.map(code).join(', ')}`);
  const bounds: [keyword: string, words: string][] = [
    ['minimum', 'at least'],
    ['exclusiveMinimum', 'more than'],
    ['maximum', 'at most'],
    ['exclusiveMaximum', 'less than'],
    ['minLength', 'at least this many characters:'],
    ['maxLength', 'at most this many characters:'],
    ['minItems', 'at least this many items:'],
    ['maxItems', 'at most this many items:'],
    ['pattern', 'matches'],
  ];
  for (const [keyword, words] of bounds) {
    if (schema[keyword] !== undefined) parts.push(`${words} ${code(schema[keyword] as JsonValue)}`);
  }
  return parts.join('; ');
}

/** Text for one cell of a Markdown table: one line, pipes and HTML escaped. */
const cell = (text: string): string =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\|/g, '\\|');

function whenItFires(event: NormalisedEvent): string {
  if (event.schema.description) return event.schema.description.trim();
  const object = event.schema.properties?.payload?.properties?.object?.description;
  return `The document does not describe when it fires.${object ? ` Its \`payload.object\`: ${object}` : ''}`;
}

function eventSection(event: NormalisedEvent): string {
  const rows = catalogueFields(event.schema).map(
    (field) =>
      `| \`${field.path}\` | ${cell(field.type)} | ${cell(field.constraints)} | ${field.required ? 'yes' : ''} | ${cell(field.description)} |`,
  );
  const example = JSON.stringify(buildExample(event.schema, { optional: 'all' }), null, 2);
  return `## ${event.name}

${whenItFires(event)}

- Type: \`${event.typeName}\` (\`EventOf<'${event.name}'>\`)
- Guard: \`${guardName(event.typeName)}(value)\`, or \`isEvent(value, '${event.name}')\`

| Path | Type | Format or enum | Required | Description |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

<details>
<summary>A valid example</summary>

\`\`\`json
${example}
\`\`\`

</details>
`;
}

const familyTitle = (family: string): string => {
  const words = family.split('_').join(' ');
  return `${words[0]!.toUpperCase()}${words.slice(1)} events`;
};

/** The catalogue's files, by path relative to its folder: `index.md` and one `<family>.md` per family. */
export function emitEventCatalogue(events: readonly NormalisedEvent[], source: string): Map<string, string> {
  const families = new Map<string, NormalisedEvent[]>();
  for (const event of events) {
    const family = eventFamily(event.name);
    families.set(family, [...(families.get(family) ?? []), event]);
  }
  const ordered = [...families.keys()].sort();
  const notice = `<!-- Generated by scripts/generate.ts from ${source}. Do not edit: run \`npm run generate\`. -->`;
  const files = new Map<string, string>();
  for (const family of ordered) {
    const members = families.get(family)!;
    const contents = members.map((event) => `- [${event.name}](#${headingAnchor(event.name)})`);
    files.set(
      `${family}.md`,
      `${notice}
# ${familyTitle(family)}

[All events](index.md). ${members.length} event${members.length === 1 ? '' : 's'}, in the document's order:

${contents.join('\n')}

In the tables, _Required_ means required in the object that holds the field: a required field of an
optional object is there whenever that object is. \`[]\` stands for every item of an array.

${members.map(eventSection).join('\n')}`,
    );
  }
  const familyRows = ordered.map(
    (family) => `| [${familyTitle(family)}](${family}.md) | ${families.get(family)!.length} |`,
  );
  const eventRows = ordered.flatMap((family) =>
    families
      .get(family)!
      .map(
        (event) =>
          `| [${event.name}](${family}.md#${headingAnchor(event.name)}) | \`${event.typeName}\` | \`${guardName(event.typeName)}\` |`,
      ),
  );
  files.set(
    'index.md',
    `${notice}
# Zoom Contact Center webhook events

Every event of Zoom's Contact Center webhook document (${events.length} events), by family. Each family's page
says, for every event, when it fires, what its fields are (path, type, format or enum, whether required,
description), the names of its TypeScript type and type guard, and a valid example.

| Family | Events |
| --- | ---: |
${familyRows.join('\n')}

| Event | Type | Guard |
| --- | --- | --- |
${eventRows.join('\n')}
`,
  );
  return files;
}
