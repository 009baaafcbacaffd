import type { CompiledValidator } from './compiled-validator.js';
import { snapshot } from './snapshot.js';

/** True when `value`, read once as plain data, passes `validate`. Never throws. */
export function matches(value: unknown, validate: CompiledValidator): boolean {
  let data: unknown;
  try {
    data = snapshot(value); // inherited properties and changing getters cannot fool the check
  } catch {
    return false;
  }
  return validate(data);
}

/** A type guard for one event, from its check (default-policy) validator. */
export function createGuard<T>(validate: CompiledValidator): (value: unknown) => value is T {
  return (value: unknown): value is T => matches(value, validate);
}
