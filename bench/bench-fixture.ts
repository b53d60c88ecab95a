// Fixed shape of the benchmark data: ids, users, the 7-stage pipeline, name pools and a fast
// seeded random generator. Shared by the seeding (parent process) and the measuring (child).
import { fakerRU } from "@faker-js/faker";

export const BENCH_SEED = 20261123;
export const PIPELINE_ID = "bench-pipeline";
export const ADMIN_ID = "bench-u0";

export const USERS = [
  { id: ADMIN_ID, role: "ADMIN", name: "Анна Админова" },
  { id: "bench-u1", role: "HEAD", name: "Борис Главный" },
  { id: "bench-u2", role: "REP", name: "Вера Продажина" },
  { id: "bench-u3", role: "REP", name: "Глеб Сделкин" },
] as const;

/** Stages in board order, with the share of open deals each holds (a funnel: wide at the top). */
export const STAGES = [
  { id: "bench-s1", name: "Новый лид", probability: 10, rottingDays: 3, share: 30 },
  { id: "bench-s2", name: "Квалификация", probability: 20, rottingDays: 5, share: 20 },
  { id: "bench-s3", name: "Встреча", probability: 35, rottingDays: 7, share: 15 },
  { id: "bench-s4", name: "Предложение", probability: 50, rottingDays: 7, share: 12 },
  { id: "bench-s5", name: "Переговоры", probability: 65, rottingDays: 10, share: 10 },
  { id: "bench-s6", name: "Договор", probability: 80, rottingDays: 14, share: 8 },
  { id: "bench-s7", name: "Оплата", probability: 90, rottingDays: null, share: 5 },
] as const;

export const LOSS_REASONS = ["Дорого", "Выбрали конкурента", "Нет бюджета", "Пропал"] as const;
export const SOURCES = ["ads", "organic", "referral", "email", "event"] as const;
export const CURRENCIES = [
  ["RUB", 90],
  ["USD", 7],
  ["EUR", 3],
] as const;

/** mulberry32: tiny, fast and deterministic; faker is too slow for hundreds of thousands of rows. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((s, w) => s + w, 0);
    let roll = next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) return i;
    }
    return weights.length - 1;
  };
  return { next, int, pick, weightedIndex, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

/** Pools of realistic Russian names, companies and deal titles, drawn once from seeded faker. */
export function namePools(size = 2000) {
  fakerRU.seed(BENCH_SEED);
  const people = Array.from({ length: size }, () => fakerRU.person.fullName());
  const companies = Array.from({ length: size / 2 }, () => fakerRU.company.name());
  const products = Array.from({ length: 200 }, () => fakerRU.commerce.productName());
  const tasks = ["Перезвонить", "Отправить КП", "Назначить демо", "Уточнить бюджет", "Выслать договор"];
  return { people, companies, products, tasks };
}

/** How many of `total` open deals each stage gets (exact: the remainder goes to the first stage). */
export function dealsPerStage(total: number): number[] {
  const shareSum = STAGES.reduce((s, st) => s + st.share, 0);
  const counts = STAGES.map((st) => Math.floor((total * st.share) / shareSum));
  counts[0] += total - counts.reduce((s, c) => s + c, 0);
  return counts;
}

/** DateTime as Prisma's SQLite adapter stores it: ISO-8601 text with an explicit +00:00. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}
