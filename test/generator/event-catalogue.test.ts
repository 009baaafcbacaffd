// The event catalogue (docs/events/, from scripts/emit/emit-event-catalogue.ts): every event once, on its
// family's page, reachable from the index, with its fields, names and the example `examples` ships.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFields, eventFamily, headingAnchor } from '../../scripts/emit/emit-event-catalogue.ts';
import { CATALOGUE_DIR } from '../../scripts/spec-paths.ts';
import { eventNames } from '../../generated/event-names.ts';
import { examples } from '../../generated/examples.ts';
import { ROOT, readRepoFile } from '../support/paths.ts';

const pages = new Map(
  readdirSync(join(ROOT, CATALOGUE_DIR)).map((file) => [file, readRepoFile(`${CATALOGUE_DIR}/${file}`)] as const),
);
/** Each event's section (from its heading to the next), by event name, with the page it is on. */
const sections = new Map<string, { page: string; text: string }>();
for (const [page, text] of pages) {
  for (const section of text.split(/^(?=## )/m).slice(1))
    sections.set(section.slice(3, section.indexOf('\n')), { page, text: section });
}

describe('the event catalogue', () => {
  it('has one section per event, on the page of its family, and nothing else', () => {
    expect([...sections.keys()].sort()).toEqual([...eventNames].sort());
    for (const [name, { page }] of sections) expect(page, name).toBe(`${eventFamily(name)}.md`);
    expect([...pages.keys()].sort()).toEqual(
      ['index.md', ...new Set(eventNames.map((name) => `${eventFamily(name)}.md`))].sort(),
    );
  });

  it('links every event from the index, to its page and heading', () => {
    const index = pages.get('index.md')!;
    for (const name of eventNames) {
      expect(index, name).toContain(`| [${name}](${eventFamily(name)}.md#${headingAnchor(name)}) |`);
    }
  });

  it("shows each event's own example, as `examples` ships it", () => {
    for (const [name, { text }] of sections) {
      const json = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
      expect(JSON.parse(json ?? 'null'), name).toEqual(examples[name as keyof typeof examples]);
    }
  });

  it('gives the type and guard names, and a row per field with its type, format or enum and requiredness', () => {
    const { text } = sections.get('contact_center.task_created')!;
    expect(text).toContain("- Type: `TaskCreatedEvent` (`EventOf<'contact_center.task_created'>`)");
    expect(text).toContain("- Guard: `isTaskCreatedEvent(value)`, or `isEvent(value, 'contact_center.task_created')`");
    expect(text).toContain("| `payload.object.task_id` | string |  | yes | The task's ID. |");
    expect(text).toContain("| `payload.object.teams[].team_id` | string |  |  | The team's ID. |");
    expect(text).toContain(
      '| `payload.object.created_time` | string | `date-time` |  | The date and time when the task was created',
    );
    expect(text).toContain(
      '| `payload.object.channel_name` | string | one of `"voice"`, `"sms"`, `"chat"`, `"video"`, `"in_app_chat"` |  |',
    );
  });
});

describe('catalogueFields', () => {
  it('walks objects, array items, maps and unions, with constraints and escaped text', () => {
    const schema = {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          oneOf: [
            { type: 'integer', minimum: 1 },
            { type: 'string', maxLength: 36 },
          ],
          description: 'A | B',
        },
        tags: { type: 'array', items: { type: 'object', properties: { name: { type: ['string', 'null'] } } } },
        settings: { type: 'object', additionalProperties: { type: 'object', properties: { on: { type: 'boolean' } } } },
        old: { type: 'string', deprecated: true, description: 'Gone.' },
      },
    };
    expect(catalogueFields(schema)).toEqual([
      { path: 'id', type: 'one of (integer, string)', constraints: '', required: true, description: 'A | B' },
      { path: 'tags', type: 'array of object', constraints: '', required: false, description: '' },
      { path: 'tags[].name', type: 'string or null', constraints: '', required: false, description: '' },
      { path: 'settings', type: 'map of object', constraints: '', required: false, description: '' },
      { path: 'settings.*.on', type: 'boolean', constraints: '', required: false, description: '' },
      { path: 'old', type: 'string', constraints: '', required: false, description: '(Deprecated.) Gone.' },
    ]);
  });
});

describe('eventFamily and headingAnchor', () => {
  it.each([
    ['contact_center.task_created', 'task'],
    ['contact_center.call_control_make_call_executed', 'call_control'],
    ['contact_center.business_hours_created', 'business_hours'],
    ['contact_center.cx_engagement_end_data_ready', 'engagement'],
    ['contact_center.sms_status', 'sms'],
  ])('%s is a %s event', (name, family) => {
    expect(eventFamily(name)).toBe(family);
  });

  it('makes the anchor GitHub makes of a heading', () => {
    expect(headingAnchor('contact_center.task_created')).toBe('contact_centertask_created');
    expect(headingAnchor('Receiving API: `toNodeListener(handler)`')).toBe('receiving-api-tonodelistenerhandler');
  });
});
