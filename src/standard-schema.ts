// zoom-contact-center-webhooks/standard-schema: every event's validator as a Standard Schema v1 object,
// for libraries that accept one. A subpath of its own: parse-only users never load it (CommonJS does not
// tree-shake), and the main entry's declarations stay free of the Standard Schema interface.
export { eventStandardSchema } from './standard-schema/event-standard-schema.js';
export { contactCenterEventSchema } from './standard-schema/contact-center-event-schema.js';
export type { StandardSchemaV1 } from './standard-schema/standard-schema-v1.js';
