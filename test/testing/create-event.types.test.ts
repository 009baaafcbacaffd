// Type-level tests for createEvent's overrides, checked by `npm run typecheck` (each @ts-expect-error
// fails the type check if the line below it compiles) and run by vitest (the same wrong overrides are
// also refused at run time, for JavaScript callers).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { WebhookEventError, type EventOf, type TaskCreatedEvent } from '../../src/index.ts';
import { createEvent, type DeepPartial } from '../../src/testing.ts';

describe('createEvent types', () => {
  it('returns the named event type', () => {
    expectTypeOf(createEvent('contact_center.task_created')).toEqualTypeOf<TaskCreatedEvent>();
    expectTypeOf(createEvent('contact_center.task_created', {}, { optionalFields: false })).toEqualTypeOf<
      EventOf<'contact_center.task_created'>
    >();
  });

  it('accepts any subset of the event, at any depth, and whole arrays', () => {
    const event = createEvent('contact_center.task_created', {
      event_ts: 1_700_000_000_000,
      payload: { object: { task_status: 'completed', teams: [{ team_id: 'kH3bW0xKQnm9Rq5Uj1Pz2A' }] } },
    });
    expectTypeOf(event.payload.object.task_status).toEqualTypeOf<
      TaskCreatedEvent['payload']['object']['task_status']
    >();
    expect(event.payload.object.task_status).toBe('completed');
  });

  it('lets `undefined` remove an optional property, and only an optional one', () => {
    const event = createEvent('contact_center.task_created', { payload: { object: { queue_name: undefined } } });
    expect('queue_name' in event.payload.object).toBe(false);
    expect(() =>
      // @ts-expect-error task_id is required, so it cannot be removed
      createEvent('contact_center.task_created', { payload: { object: { task_id: undefined } } }),
    ).toThrow(WebhookEventError);
  });

  it('refuses a value outside an enum', () => {
    expect(() =>
      createEvent('contact_center.task_created', {
        // @ts-expect-error "paused" is not a task status
        payload: { object: { task_status: 'paused' } },
      }),
    ).toThrow(/task_status: expected one of "pending"/);
  });

  it('refuses a wrong type', () => {
    // @ts-expect-error event_ts is a number
    expect(() => createEvent('contact_center.task_created', { event_ts: '1739698035987' })).toThrow(
      /\/event_ts: expected integer/,
    );
  });

  it('refuses a property the event does not have', () => {
    expect(() =>
      createEvent('contact_center.task_created', {
        // @ts-expect-error taskStatus is not a property of the task
        payload: { object: { taskStatus: 'completed' } },
      }),
    ).toThrow(/unknown property "taskStatus"/);
  });

  it('refuses another event name, and overrides of another event', () => {
    // @ts-expect-error the event is fixed by the first argument
    expect(() => createEvent('contact_center.task_created', { event: 'contact_center.task_deleted' })).toThrow(
      WebhookEventError,
    );
    expect(() =>
      createEvent('contact_center.task_created', {
        // @ts-expect-error user_status belongs to another event
        payload: { object: { user_status: 'Offline' } },
      }),
    ).toThrow(WebhookEventError);
    // @ts-expect-error not an event of the document
    expect(() => createEvent('contact_center.task_paused')).toThrow(TypeError);
  });

  it('takes arrays whole: an array override must hold whole elements of the right type', () => {
    expect(() =>
      createEvent('contact_center.task_created', {
        // @ts-expect-error an element must be an object, not a string
        payload: { object: { teams: ['kH3bW0xKQnm9Rq5Uj1Pz2A'] } },
      }),
    ).toThrow(/\/payload\/object\/teams\/0: expected object/);
  });

  it('DeepPartial keeps arrays whole and makes objects partial', () => {
    type Overrides = DeepPartial<TaskCreatedEvent>;
    expectTypeOf<NonNullable<NonNullable<NonNullable<Overrides['payload']>['object']>['teams']>>().toEqualTypeOf<
      NonNullable<TaskCreatedEvent['payload']['object']['teams']>
    >();
    // biome-ignore lint/complexity/noBannedTypes: the empty object literal's type is the point: no override at all
    expectTypeOf<{}>().toExtend<Overrides>();
  });
});
