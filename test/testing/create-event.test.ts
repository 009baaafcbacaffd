import { describe, expect, it } from 'vitest';
import { eventNames, parseEvent, WebhookEventError } from '../../src/index.ts';
import { createEvent, examples, minimalExamples } from '../../src/testing.ts';

const NAME = 'contact_center.task_created';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('createEvent', () => {
  it('without overrides, equals the example but is a fresh, changeable copy', () => {
    for (const name of eventNames) {
      const event = createEvent(name);
      expect(event).toEqual(examples[name]);
      expect(event).not.toBe(examples[name]);
      expect(Object.isFrozen(event)).toBe(false);
    }
    const event = createEvent(NAME);
    event.payload.object.task_status = 'completed';
    expect(createEvent(NAME).payload.object.task_status).toBe('pending');
  });

  it('with optionalFields: false, starts from the minimal example', () => {
    for (const name of eventNames)
      expect(createEvent(name, undefined, { optionalFields: false })).toEqual(minimalExamples[name]);
  });

  it('merges objects at any depth, leaving the rest of the example as it was', () => {
    const event = createEvent(NAME, { event_ts: 1_700_000_000_000, payload: { object: { task_status: 'completed' } } });
    const { event_ts: _ts, ...expectedEnvelope } = examples[NAME];
    expect(event).toEqual({
      ...expectedEnvelope,
      event_ts: 1_700_000_000_000,
      payload: { ...examples[NAME].payload, object: { ...examples[NAME].payload.object, task_status: 'completed' } },
    });
  });

  it('replaces arrays whole rather than merging them element by element', () => {
    const teams = [
      { team_id: 'kH3bW0xKQnm9Rq5Uj1Pz2A' },
      { team_id: 'Zq8u1v0PmYc3Qe7rT2xL9a', team_name: 'Night shift' },
    ];
    const event = createEvent(NAME, { payload: { object: { teams } } });
    expect(event.payload.object.teams).toEqual(teams);
    expect(event.payload.object.teams).not.toBe(teams); // the result never shares objects with the overrides
    expect(createEvent(NAME, { payload: { object: { teams: [] } } }).payload.object.teams).toEqual([]);
  });

  it('adds an optional field the minimal example leaves out', () => {
    const event = createEvent(NAME, { payload: { object: { queue_name: 'Billing' } } }, { optionalFields: false });
    expect(event.payload.object).toEqual({ ...minimalExamples[NAME].payload.object, queue_name: 'Billing' });
  });

  it('removes an optional field given as undefined', () => {
    const event = createEvent(NAME, { payload: { object: { teams: undefined, queue_name: undefined } } });
    expect(Object.keys(event.payload.object)).toEqual(
      Object.keys(examples[NAME].payload.object).filter((k) => k !== 'teams' && k !== 'queue_name'),
    );
  });

  it('accepts the empty string in date-time and e-mail fields, as the package does', () => {
    const event = createEvent('contact_center.user_opt_out', {
      payload: { object: { user_email: '', date_time_ms: '' } },
    });
    expect(event.payload.object.user_email).toBe('');
  });

  it('explains an override that breaks the event, with every issue and its path', () => {
    const error = thrown(() =>
      createEvent(NAME, {
        payload: { object: { task_status: 'paused', task_priority: 1.5, extra: true } },
      } as never),
    );
    expect(error).toBeInstanceOf(WebhookEventError);
    const { code, event, issues, message } = error as WebhookEventError;
    expect(code).toBe('invalid_payload');
    expect(event).toBe(NAME);
    expect(issues).toEqual([
      {
        path: '/payload/object/extra',
        keyword: 'additionalProperties',
        message: 'unknown property "extra" (not in the document; refused in strict mode)',
      },
      {
        path: '/payload/object/task_status',
        keyword: 'enum',
        message:
          'expected one of "pending", "reserved", "assigned", "canceled", "completed", "wrapping", received "paused"',
      },
      { path: '/payload/object/task_priority', keyword: 'type', message: 'expected integer, received the number 1.5' },
    ]);
    expect(message).toMatch(
      /^createEvent\("contact_center\.task_created"\): the overrides make the event invalid\. Invalid contact_center\.task_created payload: /,
    );
  });

  it('explains a removed required field and a malformed date-time', () => {
    const error = thrown(() =>
      createEvent(NAME, { payload: { object: { created_time: '2025-02-30T10:00:00Z', task_id: undefined } } } as never),
    ) as WebhookEventError;
    expect(error.issues.map((issue) => [issue.path, issue.keyword])).toEqual(
      expect.arrayContaining([
        ['/payload/object/task_id', 'required'],
        ['/payload/object/created_time', 'format'],
      ]),
    );
  });

  it('does not change the example or the overrides', () => {
    const overrides = { payload: { object: { task_status: 'assigned' as const } } };
    const before = JSON.stringify(overrides);
    createEvent(NAME, overrides);
    expect(JSON.stringify(overrides)).toBe(before);
    expect(examples[NAME].payload.object.task_status).toBe('pending');
  });

  it('keeps an own "__proto__" key in overrides as data, which strict validation then refuses', () => {
    const overrides = JSON.parse('{"payload":{"object":{"__proto__":{"polluted":true}}}}') as never;
    const error = thrown(() => createEvent(NAME, overrides)) as WebhookEventError;
    expect(error.issues).toEqual([
      {
        path: '/payload/object/__proto__',
        keyword: 'additionalProperties',
        message: 'unknown property "__proto__" (not in the document; refused in strict mode)',
      },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a name that is not an event of the document, as a mistake in the test', () => {
    expect(() => createEvent('contact_center.nope' as never)).toThrow(
      new TypeError('"contact_center.nope" is not an event of the Zoom Contact Center document'),
    );
  });

  it('gives events that parseEvent accepts, strictly', () => {
    for (const name of eventNames)
      expect(parseEvent(createEvent(name, undefined, { optionalFields: false }), { strict: true }).event).toBe(name);
  });
});
