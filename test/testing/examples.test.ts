import { describe, expect, it } from 'vitest';
import { eventNames, parseEvent } from '../../src/index.ts';
import { examples, minimalExamples } from '../../src/testing.ts';

describe('examples', () => {
  it('has one full and one minimal example for every event', () => {
    expect(Object.keys(examples).sort()).toEqual([...eventNames].sort());
    expect(Object.keys(minimalExamples).sort()).toEqual([...eventNames].sort());
  });

  it.each(eventNames)('%s: both examples validate, by default and strictly', (name) => {
    for (const example of [examples[name], minimalExamples[name]]) {
      expect(example.event).toBe(name);
      expect(parseEvent(example)).toEqual(example);
      expect(parseEvent(example, { strict: true })).toEqual(example);
      expect(parseEvent(JSON.stringify(example), { strict: true })).toEqual(example);
    }
  });

  it('the minimal example has fewer fields wherever the event has optional ones', () => {
    const fieldCount = (value: unknown): number =>
      typeof value === 'object' && value !== null
        ? Object.values(value).reduce((n: number, v) => n + 1 + fieldCount(v), 0)
        : 0;
    const shrunk = eventNames.filter((name) => fieldCount(minimalExamples[name]) < fieldCount(examples[name]));
    expect(shrunk.length).toBeGreaterThan(eventNames.length / 2);
  });

  it('is frozen at every depth, so one test cannot change it for the next', () => {
    const example = examples['contact_center.task_created'];
    expect(() => {
      (example.payload.object as { task_status: string }).task_status = 'completed';
    }).toThrow(TypeError);
    expect(() => {
      (example.payload.object.teams as unknown[]).push({});
    }).toThrow(TypeError);
    expect(example.payload.object.task_status).toBe('pending');
  });
});
