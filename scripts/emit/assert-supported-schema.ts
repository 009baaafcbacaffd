import {
  GROUP_KEYWORDS,
  INERT_KEYWORDS,
  JSON_TYPE_TESTS,
  KEYWORD_GROUPS,
  SUBSCHEMA_KEYWORDS,
  typesOf,
  UNTYPED_KEYWORDS,
  type ValidationSchema,
} from '../../src/kernel/schema-keywords.ts';

const SUPPORTED_KEYWORDS = new Set([
  'type',
  ...INERT_KEYWORDS,
  ...UNTYPED_KEYWORDS,
  ...KEYWORD_GROUPS.flatMap((group) => GROUP_KEYWORDS[group]),
]);
const JSON_TYPES: ReadonlySet<string> = new Set(Object.keys(JSON_TYPE_TESTS));

/**
 * Fails, naming where, when a validation schema uses what the validators do not implement: a keyword
 * outside src/kernel/schema-keywords.ts, an unknown type, an empty enum, or a "__proto__" key in a
 * value (which an object literal in generated code would turn into a prototype).
 */
export function assertSupportedSchema(schema: ValidationSchema, at: string): void {
  if (typeof schema === 'boolean') return;
  for (const [key, value] of Object.entries(schema)) {
    const here = `${at}/${key}`;
    if (!SUPPORTED_KEYWORDS.has(key))
      throw new Error(`${here}: the validators do not implement "${key}" (see src/kernel/schema-keywords.ts)`);
    if (key === 'type' && !typesOf(schema).every((type) => JSON_TYPES.has(type)))
      throw new Error(`${here}: unknown type ${JSON.stringify(value)}`);
    if (key === 'enum' && (!Array.isArray(value) || value.length === 0))
      throw new Error(`${here}: enum must be a non-empty list`);
    if ((key === 'enum' || key === 'const') && JSON.stringify(value).includes('"__proto__"'))
      throw new Error(`${here}: a "__proto__" key in a value is not supported`);
    if ((SUBSCHEMA_KEYWORDS.map as readonly string[]).includes(key)) {
      for (const [name, sub] of Object.entries(value as Record<string, ValidationSchema>))
        assertSupportedSchema(sub, `${here}/${name}`);
    } else if ((SUBSCHEMA_KEYWORDS.single as readonly string[]).includes(key)) {
      assertSupportedSchema(value as ValidationSchema, here);
    } else if ((SUBSCHEMA_KEYWORDS.list as readonly string[]).includes(key)) {
      (value as ValidationSchema[]).forEach((sub, i) => {
        assertSupportedSchema(sub, `${here}/${i}`);
      });
    }
  }
}
