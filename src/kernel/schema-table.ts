import { mapSubschemas } from './map-subschemas.js';
import type { ValidationSchema } from './schema-keywords.js';

type Node = { [keyword: string]: unknown };

/**
 * The validation schemas of a generated report module, read from JSON on first use: a list of schemas in
 * which a number where a subschema belongs stands for the schema at that index (so a shared schema is
 * written once). Parsing JSON text costs a fraction of evaluating as many object literals, and nothing
 * at all until a delivery is refused or strict mode is used. The text may be given as a function, called
 * then: the CommonJS build reads it from a file of its own on first use.
 */
export function schemaTable(json: string | (() => string)): (index: number) => ValidationSchema {
  let schemas: ValidationSchema[] | undefined;
  const link = (node: ValidationSchema): ValidationSchema => {
    if (typeof node === 'boolean') return node;
    const record = node as Node;
    const resolve = (child: unknown): ValidationSchema =>
      typeof child === 'number' ? schemas![child]! : link(child as ValidationSchema);
    mapSubschemas(record, resolve, record); // in place: the table's entries are the linked schemas
    return node;
  };
  return (index) => {
    if (!schemas) {
      schemas = JSON.parse(typeof json === 'string' ? json : json()) as ValidationSchema[];
      schemas.forEach(link);
    }
    return schemas[index]!;
  };
}
