// What the entry points share, shipped once as dist/runtime.{js,cjs} (an entry of the build, not in
// `exports`). Every entry point is bundled on its own, and an import of one of these modules becomes an
// import of that file (tsup.config.ts), so that:
// - the main entry's import graph stays at four files (the entry, this, the check validators and the
//   kernel) instead of the dozen chunks code splitting made, each of which Node's loader resolves, reads
//   and links at every cold start;
// - a class, such as WebhookEventError, is one class whichever entry point a user imports it from, and
//   the report validators and their schemas ship once.
// A module the main entry and another entry point both bundle must be listed here; the build fails and
// names it otherwise.
export * from '../generated/event-names.js';
export * from '../generated/validator-table.js';
export * from './errors/webhook-event-error.js';
export * from './parse/parse-event.js';
export * from './parse/read-input.js';
export * from './parse/safe-parse-event.js';
export * from './receive/hmac.js';
export * from './receive/options.js';
export * from './validation/to-issues.js';
export * from './validation/validate-event.js';
