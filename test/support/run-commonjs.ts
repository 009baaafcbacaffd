import { runInNewContext } from 'node:vm';

/** Runs CommonJS `code` in a fresh context, with `require` as given; returns its `module.exports`. */
export function runCommonJs(code: string, require: (path: string) => unknown): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(code, { module, exports: module.exports, require });
  return module.exports;
}
