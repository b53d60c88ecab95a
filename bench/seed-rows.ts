// The benchmark data, independent of the database: users, a 7-stage pipeline, people, N open deals
// (+20% closed), tasks and transitions, produced row by row by one seeded generator. The writers
// (seed-sqlite.ts, seed-postgres.ts) turn the rows into inserts; both databases get the same data.
import fs from "node:fs";
import path from "node:path";
import { evenRanks } from "../lib/deals/rank";
import {
  ADMIN_ID, BENCH_SEED, CURRENCIES, LOSS_REASONS, PIPELINE_ID, SOURCES, STAGES, USERS,
  createRandom, dealsPerStage, isoDate, namePools, type Random,
} from "./bench-fixture";

/** Inserted columns per table, in the order of each row's cells; tables in foreign-key order. */
export const COLUMNS = {
  User: ["id", "email", "name", "passwordHash", "role", "locale", "active", "createdAt", "updatedAt"],
  Pipeline: ["id", "name", "position", "currency", "archived", "createdAt"],
  Stage: ["id", "pipelineId", "name", "position", "probability", "rottingDays", "color"],
  LossReason: ["id", "label", "active", "position"],
  Person: ["id", "name", "company", "ownerId", "score", "temperature", "lastTouchAt", "createdAt", "updatedAt"],
  Deal: ["id", "title", "value", "currency", "expectedCloseAt", "status", "ownerId", "personId", "pipelineId", "stageId",
    "rank", "lossReasonId", "source", "stageEnteredAt", "lastTouchAt", "closedAt", "version", "createdAt", "updatedAt"],
  StageTransition: ["id", "dealId", "pipelineId", "fromStageId", "toStageId", "fromStatus", "toStatus", "at", "byUserId", "lossReasonId"],
  Task: ["id", "dealId", "personId", "assigneeId", "createdById", "title", "dueAt", "doneAt", "createdAt"],
} as const;

export type Table = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as Table[];
/** Timestamps are ISO-8601 strings with +00:00: SQLite stores them as is, PostgreSQL parses them. */
export type Cell = string | number | boolean | null;
export type Row = readonly [Table, Cell[]];

/** The tables that get hundreds of thousands of rows (writers defer their indexes). */
export const BULK_TABLES: readonly Table[] = ["Person", "Deal", "StageTransition", "Task"];
/** Bulk tables filled from the others once their rows are in (rebuild-stage-visits.ts). */
export const DERIVED_TABLES = ["StageVisit"] as const;

export interface SeedSummary {
  openDeals: number;
  closedDeals: number;
  people: number;
  tasks: number;
  transitions: number;
  seconds: number;
}

export interface SeedOptions {
  openDeals: number;
  /** The clock the data is generated around (default: now). */
  now?: number;
}

const DAY = 86_400_000;

/** The migration SQL files of a migrations folder, in the order `prisma migrate deploy` applies them. */
export function migrationSql(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name, "migration.sql"))
    .filter((file) => fs.existsSync(file))
    .sort()
    .map((file) => fs.readFileSync(file, "utf8"));
}

/** Counts rows per table as a writer inserts them, and turns the counts into a SeedSummary. */
export function seedCounter(openDeals: number) {
  const started = performance.now();
  const counts = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<Table, number>;
  return {
    count: (table: Table) => counts[table]++,
    summary: (): SeedSummary => ({
      openDeals,
      closedDeals: counts.Deal - openDeals,
      people: counts.Person,
      tasks: counts.Task,
      transitions: counts.StageTransition,
      seconds: (performance.now() - started) / 1000,
    }),
  };
}

function shuffle<T>(items: T[], rnd: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Every row of the benchmark data; a row only references rows yielded before it. */
export function* benchRows(options: SeedOptions): Generator<Row> {
  const now = options.now ?? Date.now();
  const rnd = createRandom(BENCH_SEED + options.openDeals);
  const pools = namePools();
  const created = isoDate(now - 400 * DAY);
  const peopleCount = Math.ceil(options.openDeals * 0.7);
  const closedCount = Math.ceil(options.openDeals * 0.2);
  let transitions = 0;
  let tasks = 0;
  const transition = (dealId: string, from: string | null, to: string | null, fromStatus: string | null, toStatus: string, at: string, reason: string | null = null): Row =>
    ["StageTransition", [`bench-t${transitions++}`, dealId, PIPELINE_ID, from, to, fromStatus, toStatus, at, rnd.pick(USERS).id, reason]];

  for (const u of USERS) yield ["User", [u.id, `${u.id}@voronka.test`, u.name, "bench-no-login", u.role, "ru", true, created, created]];
  yield ["Pipeline", [PIPELINE_ID, "Бенчмарк: B2B продажи", 0, "RUB", false, created]];
  for (const [i, s] of STAGES.entries()) yield ["Stage", [s.id, PIPELINE_ID, s.name, i, s.probability, s.rottingDays, "#64748b"]];
  for (const [i, label] of LOSS_REASONS.entries()) yield ["LossReason", [`bench-lr${i}`, label, true, i]];

  for (let i = 0; i < peopleCount; i++) {
    const touched = isoDate(now - rnd.int(0, 60) * DAY);
    yield ["Person", [`bench-p${i}`, rnd.pick(pools.people), rnd.chance(0.8) ? rnd.pick(pools.companies) : null,
      rnd.pick(USERS).id, rnd.int(0, 100), ["COLD", "WARM", "HOT"][rnd.weightedIndex([5, 3, 2])], touched, created, touched]];
  }

  // Open deals: each stage's ranks are evenly spread keys, handed out in random order so that
  // rank order and insertion order differ, as they do after months of real moves.
  const counts = dealsPerStage(options.openDeals);
  const ranks = counts.map((n) => shuffle(evenRanks(n), rnd));
  const stageOfDeal = shuffle(counts.flatMap((n, s) => Array<number>(n).fill(s)), rnd);
  const next = counts.map(() => 0);
  for (let i = 0; i < options.openDeals; i++) {
    const s = stageOfDeal[i];
    const id = `bench-d${i}`;
    const owner = rnd.pick(USERS).id;
    const personId = rnd.chance(0.95) ? `bench-p${rnd.int(0, peopleCount - 1)}` : null;
    const createdAt = now - rnd.int(1, 300) * DAY;
    const steps = historySteps(s, "OPEN", rnd);
    const entered = steps.length === 0 ? createdAt : Math.min(now - 3_600_000, createdAt + rnd.int(1, 30) * DAY);
    const touched = isoDate(Math.min(now, entered + rnd.int(0, 20) * DAY));
    yield ["Deal", [id, `${rnd.pick(pools.products)} — ${rnd.pick(pools.companies)}`, rnd.int(100, 50_000) * 10_000,
      CURRENCIES[rnd.weightedIndex(CURRENCIES.map((c) => c[1]))][0], isoDate(now + rnd.int(1, 120) * DAY), "OPEN",
      owner, personId, PIPELINE_ID, STAGES[s].id, ranks[s][next[s]++], null, rnd.pick(SOURCES),
      isoDate(entered), touched, null, 1, isoDate(createdAt), touched]];
    yield* history(id, steps, createdAt, entered);
    if (rnd.chance(0.25)) {
      const done = rnd.chance(0.3) ? isoDate(now - rnd.int(0, 10) * DAY) : null;
      yield ["Task", [`bench-k${tasks++}`, id, personId, owner, ADMIN_ID, rnd.pick(pools.tasks),
        isoDate(now + rnd.int(-10, 20) * DAY), done, isoDate(createdAt)]];
    }
  }

  for (let i = 0; i < closedCount; i++) {
    const id = `bench-c${i}`;
    const won = rnd.chance(0.35);
    const s = won ? STAGES.length - (rnd.chance(0.8) ? 1 : 2) : rnd.int(0, STAGES.length - 1);
    const createdAt = now - rnd.int(30, 365) * DAY;
    const closedAt = createdAt + rnd.int(1, 29) * DAY;
    const closed = isoDate(closedAt);
    const reason = won ? null : `bench-lr${rnd.int(0, LOSS_REASONS.length - 1)}`;
    const steps = historySteps(s, won ? "WON" : "LOST", rnd, reason);
    yield ["Deal", [id, `${rnd.pick(pools.products)} — ${rnd.pick(pools.companies)}`, rnd.int(100, 50_000) * 10_000,
      "RUB", isoDate(closedAt + rnd.int(-10, 10) * DAY), won ? "WON" : "LOST", rnd.pick(USERS).id, `bench-p${rnd.int(0, peopleCount - 1)}`, PIPELINE_ID,
      STAGES[s].id, "a0", reason, rnd.pick(SOURCES), closed, closed, closed, 1, isoDate(createdAt), closed]];
    yield* history(id, steps, createdAt, closedAt);
  }

  /** The transitions of `steps`, spread between the deal's creation and `end` (the last step's moment). */
  function* history(dealId: string, steps: HistoryStep[], createdAt: number, end: number): Generator<Row> {
    yield transition(dealId, null, STAGES[0].id, null, "OPEN", isoDate(createdAt));
    let stage = 0;
    let status = "OPEN";
    // Uneven gaps between the steps (some stages take longer), the last step exactly at `end`.
    const weights = steps.map(() => 0.2 + rnd.next());
    const total = weights.reduce((a, b) => a + b, 0);
    let sum = 0;
    for (const [i, step] of steps.entries()) {
      sum += weights[i];
      const at = isoDate(i === steps.length - 1 ? end : createdAt + Math.max(i + 1, Math.round(((end - createdAt) * sum) / total)));
      if (step.kind === "move") {
        yield transition(dealId, STAGES[stage].id, STAGES[step.to].id, "OPEN", "OPEN", at);
        stage = step.to;
      } else {
        yield transition(dealId, STAGES[stage].id, STAGES[stage].id, status, step.kind, at, step.kind === "LOST" ? step.reason : null);
        status = step.kind;
      }
    }
  }
}

type HistoryStep = { kind: "move"; to: number } | { kind: "WON" | "LOST" | "OPEN"; reason: string | null };

/**
 * A believable path to stage `final` and outcome: forward moves with an occasional skip, now and
 * then a step back and forward again, some deals lost and reopened on the way; closed deals end
 * with a win (from the last two stages) or a loss with its reason.
 */
function historySteps(final: number, outcome: "OPEN" | "WON" | "LOST", rnd: Random, reason: string | null = null): HistoryStep[] {
  const path: number[] = [];
  let i = 0;
  while (i < final) {
    i += rnd.chance(0.12) && i + 2 <= final ? 2 : 1;
    path.push(i);
  }
  if (path.length >= 2 && rnd.chance(0.1)) {
    const at = rnd.int(1, path.length - 1);
    path.splice(at + 1, 0, Math.max(0, path[at] - (rnd.chance(0.7) ? 1 : 2)), path[at]);
  }
  const steps: HistoryStep[] = path.map((to) => ({ kind: "move", to }));
  if (steps.length >= 2 && outcome !== "LOST" && rnd.chance(0.06)) {
    const at = rnd.int(1, steps.length - 1);
    steps.splice(at, 0, { kind: "LOST", reason: `bench-lr${rnd.int(0, LOSS_REASONS.length - 1)}` }, { kind: "OPEN", reason: null });
  }
  if (outcome !== "OPEN") steps.push({ kind: outcome, reason });
  return steps;
}

/** The StageTotal counters from the open deals: the same SQL on both databases. */
export const STAGE_TOTALS_SQL = `INSERT INTO "StageTotal" ("stageId", "ownerId", "currency", "count", "value")
  SELECT "stageId", "ownerId", "currency", COUNT(*), SUM("value") FROM "Deal" WHERE "status" = 'OPEN'
  GROUP BY "stageId", "ownerId", "currency"`;
