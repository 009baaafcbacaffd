// The performance budgets (issues 5 and 14). Sizes fail `npm run budget` (and so `npm test`); timings are
// printed only, since a shared or busy machine cannot be held to them: they are ratios taken in one run.

/** Bundle (esbuild, minified, gzip -9) of a consumer that imports only parseEvent. */
export const PARSE_EVENT_BUNDLE_BYTES = 40 * 1024;
/** Bundle of a consumer that imports one type guard only (the largest of them is held to it). */
export const GUARD_BUNDLE_BYTES = 4 * 1024;
/** The package as installed: the sum of the tarball's file sizes (npm's "unpacked size"), 2.5 MB. */
export const UNPACKED_BYTES = 2_500_000;
/** parseEvent(raw) over either corpus (the examples, the realistic deliveries), as a multiple of JSON.parse(raw) alone. */
export const PARSE_RATIO = 1.15;
/** parseEvent(raw, { strict: true }) over either corpus, as a multiple of JSON.parse(raw) alone. */
export const STRICT_RATIO = 1.5;
/** A fresh process that imports the package and parses one event, as a multiple of bare `node -e 0` (median of paired runs). */
export const START_UP_RATIO = 1.1;
/** Type-checking a consumer's exhaustive switch over every event. */
export const TYPE_CHECK_MS = 1000;
