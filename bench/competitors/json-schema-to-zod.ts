// zod 4 schemas built from the package's published JSON Schemas, for the benchmark only (not shipped):
// what a user who prefers zod would write by hand, field for field. Unknown fields are accepted (loose
// objects), as the package's default policy does; date-time and e-mail fields accept "" as Zoom sends it.
import { z } from 'zod';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
};

const literal = (value: unknown): z.ZodType => z.literal(value as string | number | boolean | null);

function typed(schema: Schema, type: string): z.ZodType {
  switch (type) {
    case 'string':
      if (schema.format === 'date-time') return z.union([z.literal(''), z.iso.datetime({ offset: true })]);
      if (schema.format === 'email') return z.union([z.literal(''), z.email()]);
      return z.string();
    case 'integer':
      return z.int();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'null':
      return z.null();
    case 'array':
      return z.array(schema.items ? toZod(schema.items) : z.unknown());
    case 'object': {
      const required = new Set(schema.required ?? []);
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => {
          const member = toZod(property);
          return [name, required.has(name) ? member : member.optional()];
        }),
      );
      return z.looseObject(shape);
    }
    default:
      throw new Error(`json-schema-to-zod: type "${type}" is not handled`);
  }
}

export function toZod(schema: Schema): z.ZodType {
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum)
    return schema.enum.length === 1
      ? literal(schema.enum[0])
      : z.union(schema.enum.map(literal) as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  if (schema.type === undefined) return z.unknown();
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const members = types.map((type) => typed(schema, type));
  return members.length === 1 ? members[0]! : z.union(members as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}
