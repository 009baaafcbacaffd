// The performance budgets of issue 5. Sizes fail `npm run budget` (and so `npm test`); timings are
// printed only, since a shared or busy machine cannot be held to them.

/** Bundle (esbuild, minified, gzip -9) of a consumer that imports only parseEvent. */
export const PARSE_EVENT_BUNDLE_BYTES = 40 * 1024;
/** Bundle of a consumer that imports one type guard only (the largest of them is held to it). */
export const GUARD_BUNDLE_BYTES = 4 * 1024;
/** parseEvent(raw) over the corpus, as a multiple of JSON.parse(raw) alone. */
export const PARSE_RATIO = 1.25;
/** A fresh process that imports the package and parses one event, over bare `node -e 0`. */
export const START_UP_MS = 15;
/** Type-checking a consumer's exhaustive switch over every event. */
export const TYPE_CHECK_MS = 1000;
