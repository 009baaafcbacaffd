/** Five minutes either way: the replay window Stripe and Standard Webhooks use. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** `toleranceSeconds` checked: a number >= 0 (Infinity turns the replay check off), default 300. */
export function readToleranceSeconds(value: unknown): number {
  if (value === undefined) return DEFAULT_TOLERANCE_SECONDS;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new TypeError(`toleranceSeconds must be a number of seconds >= 0, received ${typeof value === 'number' ? value : typeof value}`);
  }
  return value;
}
