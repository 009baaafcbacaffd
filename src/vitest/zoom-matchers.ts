// biome-ignore-all lint/suspicious/noExplicitAny: the augmentation must repeat vitest's own `any` parameters
// Types only, erased from the JavaScript: the declaration build resolves 'vitest' for the augmentation below
// through it, and nothing is imported from vitest at run time (Jest users may not have it).
import type {} from 'vitest';
import type { EventName } from '../../generated/types.js';
import { toBeZoomEvent, type ToBeZoomEventOptions } from './to-be-zoom-event.js';

/** The matchers, for `expect.extend(zoomMatchers)` in vitest or Jest. */
export const zoomMatchers = { toBeZoomEvent };

/** The matchers' types; vitest's are added below, Jest users extend `jest.Matchers<R>` with this. */
export interface ZoomMatchers<R = unknown> {
  /** The value is a valid Zoom Contact Center event of any name. */
  toBeZoomEvent(options?: ToBeZoomEventOptions): R;
  /** The value is a valid `name` event. */
  toBeZoomEvent(name: EventName, options?: ToBeZoomEventOptions): R;
}

// `Matchers` is where vitest 3.2+ looks; the compiler honours it whichever of this file and vitest's
// types it reads first, which it does not for `Assertion` (re-exported from @vitest/expect). `Assertion`
// and `AsymmetricMatchersContaining` serve older vitest. All return `any`, as vitest's own examples do,
// so that expect (which extends two of them) sees one signature. The type parameter repeats vitest's.
declare module 'vitest' {
  interface Matchers<T = any> extends ZoomMatchers<any> {}
  interface Assertion<T = any> extends ZoomMatchers<any> {}
  interface AsymmetricMatchersContaining extends ZoomMatchers<any> {}
}
