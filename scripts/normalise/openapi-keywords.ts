// The keywords the normaliser reads in a schema of a Zoom OpenAPI document, derived from the kernel's
// lists (what the validators implement, and the annotations), plus OpenAPI's own.
import {
  ANNOTATION_KEYWORDS,
  GROUP_KEYWORDS,
  KEYWORD_GROUPS,
  SUBSCHEMA_KEYWORDS,
  UNTYPED_KEYWORDS,
} from '../../src/kernel/schema-keywords.ts';

export const SINGLE_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.single);
export const LIST_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.list);
export const MAP_KEYWORDS: ReadonlySet<string> = new Set(SUBSCHEMA_KEYWORDS.map);
const isSubschemaKeyword = (keyword: string): boolean =>
  SINGLE_KEYWORDS.has(keyword) || LIST_KEYWORDS.has(keyword) || MAP_KEYWORDS.has(keyword);
/** Keywords whose value is carried over as it is: the validators' other keywords, and the annotations. */
export const PLAIN_KEYWORDS: ReadonlySet<string> = new Set(
  [
    'type',
    ...UNTYPED_KEYWORDS,
    ...KEYWORD_GROUPS.flatMap((group) => GROUP_KEYWORDS[group]),
    ...ANNOTATION_KEYWORDS,
  ].filter((keyword) => !isSubschemaKeyword(keyword)),
);
/** OpenAPI keywords with no JSON Schema meaning for validation; `x-` extensions are dropped too. */
export const DROPPED_KEYWORDS: ReadonlySet<string> = new Set(['xml', 'externalDocs', 'discriminator', 'components']);
/** OpenAPI 3.0 keywords the normaliser turns into their JSON Schema form. */
const OPENAPI_KEYWORDS: ReadonlySet<string> = new Set(['$ref', 'nullable', 'example']);

/** Beside a `$ref`, annotations (and OpenAPI's `example`) override the target's. */
export const isAnnotation = (key: string): boolean =>
  ANNOTATION_KEYWORDS.has(key) || key === 'example' || key.startsWith('x-');

/** Whether the normaliser knows `key` as a keyword of a schema. */
export const isKnownKeyword = (key: string): boolean =>
  key.startsWith('x-') ||
  PLAIN_KEYWORDS.has(key) ||
  isSubschemaKeyword(key) ||
  DROPPED_KEYWORDS.has(key) ||
  OPENAPI_KEYWORDS.has(key);
