// The rendering lists properties required-first, then by name, which loses the document's own order.
// The example keeps it, so properties shown in the example are put in the example's order; the ones it
// does not show keep the rendering's order, after them. Recurses into objects and array items.
import type { JsonValue, SchemaObject } from '../openapi.ts';

export function orderByExample(schema: SchemaObject, example: JsonValue | undefined): void {
  if (schema.properties) {
    const shown = isObject(example) ? Object.keys(example).filter((key) => Object.hasOwn(schema.properties!, key)) : [];
    const ordered: Record<string, SchemaObject> = {};
    for (const key of shown) ordered[key] = schema.properties[key]!;
    for (const [key, value] of Object.entries(schema.properties))
      if (!Object.hasOwn(ordered, key)) ordered[key] = value;
    schema.properties = ordered;
    for (const [key, value] of Object.entries(ordered))
      orderByExample(value, isObject(example) ? example[key] : undefined);
  }
  if (schema.items) orderByExample(schema.items, Array.isArray(example) ? example[0] : undefined);
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
