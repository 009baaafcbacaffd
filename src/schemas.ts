// zoom-contact-center-webhooks/schemas: the JSON Schema of every event. A subpath of its own, so the
// schemas' descriptions stay out of bundles that only parse.
export { eventSchemas, type JsonSchema } from '../generated/event-schemas.js';
