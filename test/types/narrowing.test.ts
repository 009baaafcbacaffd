// Type-level tests, checked by `npm run typecheck` (tsc --strict over test/) and run by vitest: the union
// narrows on `event`, guards and isEvent narrow, and the helper types resolve to the events' own types.
import { describe, expectTypeOf, it } from 'vitest';
import { examples } from '../../generated/examples.ts';
import {
  isEvent,
  isTaskCreatedEvent,
  parseEvent,
  safeParseEvent,
  eventNames,
  type ContactCenterEvent,
  type EventMap,
  type EventName,
  type EventOf,
  type PayloadObjectOf,
  type TaskCreatedEvent,
  type UserStatusChangedEvent,
  type WebhookEventError,
} from '../../src/index.ts';

describe('types', () => {
  it('parseEvent returns the union, and a switch on event narrows it', () => {
    const event = parseEvent(JSON.stringify(examples['contact_center.task_created']));
    expectTypeOf(event).toEqualTypeOf<ContactCenterEvent>();
    switch (event.event) {
      case 'contact_center.task_created':
        expectTypeOf(event).toEqualTypeOf<TaskCreatedEvent>();
        expectTypeOf(event.payload.object.task_status).toEqualTypeOf<
          'pending' | 'reserved' | 'assigned' | 'canceled' | 'completed' | 'wrapping' | undefined
        >();
        expectTypeOf(event.payload.object.task_id).toEqualTypeOf<string>();
        break;
      case 'contact_center.user_status_changed':
        expectTypeOf(event).toEqualTypeOf<UserStatusChangedEvent>();
        break;
      default:
        expectTypeOf(event).not.toEqualTypeOf<TaskCreatedEvent>();
    }
  });

  it('safeParseEvent returns data or error', () => {
    const result = safeParseEvent('{}');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<ContactCenterEvent>();
    else expectTypeOf(result.error).toEqualTypeOf<WebhookEventError>();
  });

  it('guards and isEvent narrow unknown values', () => {
    const value: unknown = examples['contact_center.task_created'];
    if (isTaskCreatedEvent(value)) expectTypeOf(value).toEqualTypeOf<TaskCreatedEvent>();
    if (isEvent(value, 'contact_center.user_status_changed'))
      expectTypeOf(value).toEqualTypeOf<UserStatusChangedEvent>();
  });

  it('EventMap, EventName, EventOf and PayloadObjectOf agree', () => {
    expectTypeOf<EventOf<'contact_center.task_created'>>().toEqualTypeOf<TaskCreatedEvent>();
    expectTypeOf<EventMap['contact_center.task_created']>().toEqualTypeOf<TaskCreatedEvent>();
    expectTypeOf<PayloadObjectOf<'contact_center.task_created'>>().toEqualTypeOf<
      TaskCreatedEvent['payload']['object']
    >();
    expectTypeOf<TaskCreatedEvent['event']>().toEqualTypeOf<'contact_center.task_created'>();
    expectTypeOf(eventNames).toEqualTypeOf<readonly EventName[]>();
    expectTypeOf<'contact_center.not_an_event'>().not.toExtend<EventName>();
    expectTypeOf<ContactCenterEvent['event']>().toEqualTypeOf<EventName>();
  });

  it('refuses what the document does not allow', () => {
    const event = examples['contact_center.task_created'] as TaskCreatedEvent;
    // @ts-expect-error a field the document does not list
    void event.payload.object.not_a_field;
    // @ts-expect-error an enum member the document does not list
    const status: TaskCreatedEvent['payload']['object']['task_status'] = 'paused';
    void status;
    // @ts-expect-error a name the document does not define
    isEvent(event, 'contact_center.not_an_event');
  });
});
