// A guard per event: true only for a fully valid event of that name, never fooled by inherited
// properties or getters, never throwing.
import { describe, expect, it } from 'vitest';
import * as guards from '../../generated/guards.ts';
import { examples } from '../../generated/examples.ts';
import { eventNames, isEvent, isTaskCreatedEvent } from '../../src/index.ts';
import { eventTypeNames, guardName } from '../../scripts/normalise/type-names.ts';

const typeNames = eventTypeNames(eventNames);
const guardOf = (name: string): ((value: unknown) => boolean) =>
  (guards as Record<string, (value: unknown) => boolean>)[guardName(typeNames.get(name)!)]!;

describe('generated guards', () => {
  it('exist for every event, one each', () => {
    expect(Object.keys(guards).sort()).toEqual(eventNames.map((name) => `is${typeNames.get(name)}`).sort());
  });

  it.each(eventNames.map((name) => [name]))('%s: true for its example only', (name) => {
    const guard = guardOf(name);
    for (const other of eventNames) expect(guard(examples[other]), other).toBe(other === name);
  });

  it('are false for invalid events and for non-objects, without throwing', () => {
    const valid = examples['contact_center.task_created'];
    expect(isTaskCreatedEvent({ ...valid, event_ts: '1' })).toBe(false);
    for (const value of [undefined, null, 0, '', 'contact_center.task_created', [], [valid], () => valid]) {
      expect(isTaskCreatedEvent(value)).toBe(false);
    }
  });

  it('are not fooled by inherited properties', () => {
    const inherited = Object.create(examples['contact_center.task_created']) as unknown;
    expect(isTaskCreatedEvent(inherited)).toBe(false);
    expect(isEvent(inherited, 'contact_center.task_created')).toBe(false);
  });

  it('validate one snapshot: a getter that changes between reads cannot pass', () => {
    const valid = examples['contact_center.task_created'];
    let reads = 0;
    const shifty = {
      ...valid,
      get event_ts(): unknown {
        reads++;
        return reads === 1 ? 1 : 'changed';
      },
    };
    // Read once, as the integer 1, and validated as such; a validator reading twice would see both.
    expect(isTaskCreatedEvent(shifty)).toBe(true);
    expect(reads).toBe(1);
    let flips = 0;
    const flipper = {
      ...valid,
      get payload(): unknown {
        flips++;
        return flips === 1 ? 'not an object' : valid.payload;
      },
    };
    expect(isTaskCreatedEvent(flipper)).toBe(false);
    expect(flips).toBe(1);
  });

  it('return false for a getter that throws or a cycle', () => {
    const throwing = {
      ...examples['contact_center.task_created'],
      get payload(): never {
        throw new Error('boom');
      },
    };
    expect(isTaskCreatedEvent(throwing)).toBe(false);
    const cyclic: Record<string, unknown> = { ...examples['contact_center.task_created'] };
    cyclic.self = cyclic;
    expect(isTaskCreatedEvent(cyclic)).toBe(false);
  });
});

describe('isEvent', () => {
  it('checks the named event, with the same policy as parseEvent', () => {
    const valid = examples['contact_center.task_created'];
    expect(isEvent(valid, 'contact_center.task_created')).toBe(true);
    expect(isEvent(valid, 'contact_center.task_deleted')).toBe(false);
    expect(isEvent({ ...valid, extra: 1 }, 'contact_center.task_created')).toBe(true);
    expect(isEvent({ ...valid, extra: 1 }, 'contact_center.task_created', { strict: true })).toBe(false);
  });

  it('is false for names the document does not define', () => {
    expect(isEvent({ event: 'x' }, 'x' as never)).toBe(false);
    expect(isEvent({ event: 'toString' }, 'toString' as never)).toBe(false);
  });
});
