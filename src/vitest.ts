// zoom-contact-center-webhooks/vitest: `expect(value).toBeZoomEvent(name?, { strict? })`.
// Register it once, in a setup file or a test: `expect.extend(zoomMatchers)` (vitest or Jest).
export { zoomMatchers, type ZoomMatchers } from './vitest/zoom-matchers.js';
export { toBeZoomEvent, type ToBeZoomEventOptions, type ZoomMatcherResult } from './vitest/to-be-zoom-event.js';
