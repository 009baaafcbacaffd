import { describe, expect, it } from 'vitest';
import { schemaTable } from '../../src/kernel/schema-table.ts';

const JSON_TEXT = '[{"type":"string"},{"type":"object","properties":{"a":0,"b":0}}]';

describe('schemaTable', () => {
  it('links each index to the schema at that index, from the JSON text or from a function returning it', () => {
    for (const source of [JSON_TEXT, () => JSON_TEXT]) {
      const schemas = schemaTable(source);
      const object = schemas(1) as { properties: Record<string, unknown> };
      expect(object.properties.a).toBe(schemas(0));
      expect(object.properties.b).toBe(schemas(0));
    }
  });

  it('calls the function on first use only, and once', () => {
    let calls = 0;
    const schemas = schemaTable(() => {
      calls += 1;
      return JSON_TEXT;
    });
    expect(calls).toBe(0);
    schemas(0);
    schemas(1);
    expect(calls).toBe(1);
  });
});
