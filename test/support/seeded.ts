// One seed for every randomised test: fixed by default, so a run is repeatable, and
// overridable by FUZZ_SEED, which every failure message names, to reproduce a failure or try another seed.
import fc from 'fast-check';

export const SEED_VARIABLE = 'FUZZ_SEED';
export const SEED = Number(process.env[SEED_VARIABLE] ?? 20_241_201);
if (!Number.isSafeInteger(SEED))
  throw new Error(`${SEED_VARIABLE} must be an integer, got ${JSON.stringify(process.env[SEED_VARIABLE])}`);

/** How a failing run is reproduced: said in every failure message. */
export const reproduce = `seed ${SEED}: rerun with ${SEED_VARIABLE}=${SEED} to reproduce, or set ${SEED_VARIABLE} to try another seed`;

/** fc.assert with the seed and a fixed number of runs (never a time limit); a failure says how to reproduce it. */
export function assertProperty<T>(property: fc.IProperty<T>, numRuns: number): void {
  try {
    fc.assert(property, { seed: SEED, numRuns });
  } catch (error) {
    throw new Error(`${reproduce}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** xorshift32 from SEED (or `seed`): small, fast and repeatable, for tests that draw their own cases. */
export function seededRandom(seed = SEED): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}
