// Seeded randomness and time helpers shared by every seed module. All random choices come from
// these two faker instances (reset by seedRandom), so the demo's shape is the same on every run;
// only "now" moves.
import { faker, fakerRU } from "@faker-js/faker";

export const SEED = 20261123;

/** Resets both generators; called once at the start of every build so each run is identical. */
export function seedRandom(seed: number = SEED): void {
  faker.seed(seed);
  fakerRU.seed(seed + 1);
}

export { faker, fakerRU };

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A cuid-shaped id ("c" + 24 lowercase alphanumerics), drawn from the seeded generator. */
export function newId(): string {
  return "c" + faker.string.alphanumeric({ length: 24, casing: "lower" });
}

export function chance(p: number): boolean {
  return faker.number.float({ min: 0, max: 1 }) < p;
}

export function int(min: number, max: number): number {
  return faker.number.int({ min, max });
}

export function float(min: number, max: number): number {
  return faker.number.float({ min, max });
}

export function pick<T>(items: readonly T[]): T {
  return faker.helpers.arrayElement(items);
}

/** Picks by weight: `weighted([["a", 3], ["b", 1]])` returns "a" three times as often. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = float(0, total);
  for (const [value, w] of entries) {
    roll -= w;
    if (roll <= 0) return value;
  }
  return entries[entries.length - 1][0];
}

export function shuffle<T>(items: T[]): T[] {
  return faker.helpers.shuffle(items);
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + Math.round(ms));
}

export function addDays(date: Date, days: number): Date {
  return addMs(date, days * DAY);
}

/** A random moment in [from, to]. */
export function between(from: Date, to: Date): Date {
  const a = from.getTime();
  const b = Math.max(a, to.getTime());
  return new Date(a + Math.round(float(0, 1) * (b - a)));
}

export function maxDate(...dates: (Date | null | undefined)[]): Date {
  let best = 0;
  for (const d of dates) if (d && d.getTime() > best) best = d.getTime();
  return new Date(best);
}
