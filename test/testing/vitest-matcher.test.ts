import { describe, expect, expectTypeOf, it } from 'vitest';
import { createEvent, examples } from '../../src/testing.ts';
import { toBeZoomEvent, zoomMatchers } from '../../src/vitest.ts';

expect.extend(zoomMatchers);

const NAME = 'contact_center.task_created';

/** The message vitest shows when `run` fails an assertion. */
function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
}

describe('toBeZoomEvent', () => {
  it('passes for valid events, of any name or of the given one', () => {
    expect(examples[NAME]).toBeZoomEvent();
    expect(examples[NAME]).toBeZoomEvent(NAME);
    expect(examples[NAME]).toBeZoomEvent(NAME, { strict: true });
    expect(examples[NAME]).toBeZoomEvent({ strict: true });
    expect({ ...examples[NAME], extra: 1 }).toBeZoomEvent(NAME);
  });

  it('lists every issue with its path when it fails', () => {
    const event = {
      ...createEvent(NAME),
      payload: {
        account_id: 7,
        object: { ...createEvent(NAME).payload.object, task_status: 'paused', task_id: undefined },
      },
    };
    expect(failure(() => expect(event).toBeZoomEvent(NAME))).toBe(
      [
        'expected value to be a valid contact_center.task_created event, but it is not:',
        '  /payload/account_id: expected string, received the integer 7',
        '  /payload/object/task_id: required property "task_id" is missing',
        '  /payload/object/task_status: expected one of "pending", "reserved", "assigned", "canceled", "completed", "wrapping", received "paused"',
      ].join('\n'),
    );
  });

  it('in strict mode, lists the fields the document does not list', () => {
    const event = { ...examples[NAME], extra: true, payload: { ...examples[NAME].payload, more: 1 } };
    expect(failure(() => expect(event).toBeZoomEvent(NAME, { strict: true }))).toBe(
      [
        'expected value to be a valid contact_center.task_created event (strict), but it is not:',
        '  /extra: unknown property "extra" (not in the document; refused in strict mode)',
        '  /payload/more: unknown property "more" (not in the document; refused in strict mode)',
      ].join('\n'),
    );
  });

  it('judges a value against the named event, so another event fails at /event', () => {
    const other = examples['contact_center.task_deleted'];
    expect(other).toBeZoomEvent();
    expect(failure(() => expect(other).toBeZoomEvent(NAME))).toBe(
      'expected value to be a valid contact_center.task_created event, but it is not:\n' +
        '  /event: expected "contact_center.task_created", received "contact_center.task_deleted"',
    );
  });

  it('fails for an unknown event, a non-event and a JSON string (a body, not an event)', () => {
    expect(failure(() => expect({ event: 'contact_center.nope' }).toBeZoomEvent())).toBe(
      'expected value to be a valid Zoom Contact Center event, but it is not:\n' +
        '  /event: "contact_center.nope" is not an event of the Zoom Contact Center document',
    );
    expect(failure(() => expect(null).toBeZoomEvent())).toBe(
      'expected value to be a valid Zoom Contact Center event, but it is not:\n  (root): expected an object, received null',
    );
    expect(failure(() => expect('{}').toBeZoomEvent(NAME))).toBe(
      'expected value to be a valid contact_center.task_created event, but it is not:\n' +
        '  (root): expected an event object, received the string "{}" (parse a body with parseEvent)',
    );
  });

  it('says when the issues were too many to list', () => {
    const object = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`extra_${i}`, i]));
    const message = failure(() =>
      expect({
        ...examples[NAME],
        payload: { ...examples[NAME].payload, object: { ...examples[NAME].payload.object, ...object } },
      }).toBeZoomEvent(NAME, { strict: true }),
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(102);
    expect(lines[101]).toBe('  ...and more: only the first 100 issues are listed');
  });

  it('works with .not', () => {
    expect({ event: NAME }).not.toBeZoomEvent();
    expect(failure(() => expect(examples[NAME]).not.toBeZoomEvent(NAME))).toBe(
      'expected value not to be a valid contact_center.task_created event, but it is',
    );
  });

  it('works as an asymmetric matcher', () => {
    expect({ delivered: [examples[NAME]] }).toEqual({ delivered: [expect.toBeZoomEvent(NAME)] });
    expect({ delivered: [{}] }).toEqual({ delivered: [expect.not.toBeZoomEvent()] });
  });

  it('throws, rather than failing or passing, for an expected name that is not an event', () => {
    expect(() => expect(examples[NAME]).not.toBeZoomEvent('contact_center.nope' as never)).toThrow(
      new TypeError('"contact_center.nope" is not an event of the Zoom Contact Center document'),
    );
  });

  it('follows the contract Jest matchers share: a plain function of `this` and the value, returning { pass, message }', () => {
    const jestContext = { isNot: false, promise: '', equals: () => false };
    const passed = toBeZoomEvent.call(jestContext, examples[NAME], NAME);
    expect(passed.pass).toBe(true);
    const failed = toBeZoomEvent.call(jestContext, {}, NAME);
    expect(failed.pass).toBe(false);
    expect(failed.message()).toBe(
      'expected value to be a valid contact_center.task_created event, but it is not:\n' +
        '  /event: required property "event" is missing\n' +
        '  /event_ts: required property "event_ts" is missing\n' +
        '  /payload: required property "payload" is missing',
    );
  });

  it('is typed on Assertion and on the asymmetric matchers', () => {
    expectTypeOf(expect(1).toBeZoomEvent).toBeFunction();
    expectTypeOf(expect.toBeZoomEvent).toBeFunction();
    // @ts-expect-error not an event of the document
    expect(() => expect(examples[NAME]).toBeZoomEvent('contact_center.nope')).toThrow(TypeError);
    // @ts-expect-error strict is a boolean
    expect(examples[NAME]).toBeZoomEvent(NAME, { strict: 'yes' });
  });
});
