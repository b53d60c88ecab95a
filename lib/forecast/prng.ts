// A small seeded pseudo-random generator (mulberry32): the Monte Carlo forecast gives the same
// numbers for the same pipeline every time, so a page reload never changes the forecast.
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
}

export const FORECAST_SEED = 0x566f726f; // "Voro"

export function createPrng(seed: number = FORECAST_SEED): Prng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
