// Seeds one benchmark database with raw better-sqlite3: the schema from the migration SQL files,
// then users, a 7-stage pipeline, people, N open deals (+20% closed), tasks and transitions in
// one transaction, then the StageTotal counters. 100k open deals take a few seconds.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { evenRanks } from "../lib/deals/rank";
import {
  ADMIN_ID, BENCH_SEED, CURRENCIES, LOSS_REASONS, PIPELINE_ID, SOURCES, STAGES, USERS,
  createRandom, dealsPerStage, isoDate, namePools, type Random,
} from "./bench-fixture";

export interface SeedSummary {
  openDeals: number;
  closedDeals: number;
  people: number;
  tasks: number;
  transitions: number;
  seconds: number;
}

const DAY = 86_400_000;
const MIGRATIONS_DIR = path.join(import.meta.dirname, "..", "prisma", "migrations");

/** Runs every prisma/migrations/<name>/migration.sql in name order. */
export function applyMigrations(db: Database.Database): void {
  const dirs = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of dirs.map((d) => d.name).sort()) {
    const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
    if (fs.existsSync(file)) db.exec(fs.readFileSync(file, "utf8"));
  }
}

/**
 * Drops the secondary indexes of the bulk-loaded tables and returns a function that recreates
 * them from their own SQL (sqlite_master): building an index once is much faster than keeping
 * it sorted through hundreds of thousands of random-order inserts.
 */
function deferIndexes(db: Database.Database, tables: readonly string[]): () => void {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(",")})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return () => indexes.forEach((index) => db.exec(index.sql));
}

function shuffle<T>(items: T[], rnd: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function seedBenchData(options: { file: string; openDeals: number; now?: number }): SeedSummary {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const rnd = createRandom(BENCH_SEED + options.openDeals);
  const pools = namePools();
  const db = new Database(options.file);
  // No journal while seeding (a crash just means a re-run); the app later runs the file in WAL mode.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144"); // 256 MiB: random-order index inserts stay in memory
  applyMigrations(db);
  const restoreIndexes = deferIndexes(db, ["Person", "Deal", "StageTransition", "Task"]);

  const ins = {
    user: db.prepare(`INSERT INTO User (id, email, name, passwordHash, role, locale, active, createdAt, updatedAt)
      VALUES (?, ?, ?, 'bench-no-login', ?, 'ru', 1, ?, ?)`),
    pipeline: db.prepare(`INSERT INTO Pipeline (id, name, position, currency, archived, createdAt) VALUES (?, ?, 0, 'RUB', 0, ?)`),
    stage: db.prepare(`INSERT INTO Stage (id, pipelineId, name, position, probability, rottingDays, color) VALUES (?, ?, ?, ?, ?, ?, '#64748b')`),
    reason: db.prepare(`INSERT INTO LossReason (id, label, active, position) VALUES (?, ?, 1, ?)`),
    person: db.prepare(`INSERT INTO Person (id, name, company, ownerId, score, temperature, lastTouchAt, createdAt, updatedAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deal: db.prepare(`INSERT INTO Deal (id, title, value, currency, expectedCloseAt, status, ownerId, personId, pipelineId,
      stageId, rank, lossReasonId, source, stageEnteredAt, lastTouchAt, closedAt, version, createdAt, updatedAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`),
    transition: db.prepare(`INSERT INTO StageTransition (id, dealId, pipelineId, fromStageId, toStageId, fromStatus, toStatus, at, byUserId, lossReasonId)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    task: db.prepare(`INSERT INTO Task (id, dealId, personId, assigneeId, createdById, title, dueAt, doneAt, createdAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };

  const created = isoDate(now - 400 * DAY);
  const peopleCount = Math.ceil(options.openDeals * 0.7);
  const closedCount = Math.ceil(options.openDeals * 0.2);
  let transitions = 0;
  let tasks = 0;
  const transition = (dealId: string, from: string | null, to: string | null, fromStatus: string | null, toStatus: string, at: string, reason: string | null = null) => {
    ins.transition.run(`bench-t${transitions++}`, dealId, PIPELINE_ID, from, to, fromStatus, toStatus, at, rnd.pick(USERS).id, reason);
  };

  db.transaction(() => {
    for (const u of USERS) ins.user.run(u.id, `${u.id}@voronka.test`, u.name, u.role, created, created);
    ins.pipeline.run(PIPELINE_ID, "Бенчмарк: B2B продажи", created);
    STAGES.forEach((s, i) => ins.stage.run(s.id, PIPELINE_ID, s.name, i, s.probability, s.rottingDays));
    LOSS_REASONS.forEach((label, i) => ins.reason.run(`bench-lr${i}`, label, i));

    for (let i = 0; i < peopleCount; i++) {
      const touched = isoDate(now - rnd.int(0, 60) * DAY);
      ins.person.run(`bench-p${i}`, rnd.pick(pools.people), rnd.chance(0.8) ? rnd.pick(pools.companies) : null,
        rnd.pick(USERS).id, rnd.int(0, 100), ["COLD", "WARM", "HOT"][rnd.weightedIndex([5, 3, 2])], touched, created, touched);
    }

    // Open deals: each stage's ranks are evenly spread keys, handed out in random order so that
    // rank order and insertion (rowid) order differ, as they do after months of real moves.
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
      const entered = Math.min(now, createdAt + rnd.int(0, 30) * DAY);
      const touched = isoDate(Math.min(now, entered + rnd.int(0, 20) * DAY));
      ins.deal.run(id, `${rnd.pick(pools.products)} — ${rnd.pick(pools.companies)}`, rnd.int(100, 50_000) * 10_000,
        CURRENCIES[rnd.weightedIndex(CURRENCIES.map((c) => c[1]))][0], isoDate(now + rnd.int(1, 120) * DAY), "OPEN",
        owner, personId, PIPELINE_ID, STAGES[s].id, ranks[s][next[s]++], null, rnd.pick(SOURCES),
        isoDate(entered), touched, null, isoDate(createdAt), touched);
      transition(id, null, STAGES[0].id, null, "OPEN", isoDate(createdAt));
      if (s > 0) transition(id, STAGES[rnd.int(0, s - 1)].id, STAGES[s].id, "OPEN", "OPEN", isoDate(entered));
      if (rnd.chance(0.25)) {
        const done = rnd.chance(0.3) ? isoDate(now - rnd.int(0, 10) * DAY) : null;
        ins.task.run(`bench-k${tasks++}`, id, personId, owner, ADMIN_ID, rnd.pick(pools.tasks),
          isoDate(now + rnd.int(-10, 20) * DAY), done, isoDate(createdAt));
      }
    }

    for (let i = 0; i < closedCount; i++) {
      const id = `bench-c${i}`;
      const won = rnd.chance(0.35);
      const s = won ? STAGES.length - 1 : rnd.int(0, STAGES.length - 1);
      const createdAt = now - rnd.int(30, 365) * DAY;
      const closed = isoDate(createdAt + rnd.int(1, 29) * DAY);
      const reason = won ? null : `bench-lr${rnd.int(0, LOSS_REASONS.length - 1)}`;
      ins.deal.run(id, `${rnd.pick(pools.products)} — ${rnd.pick(pools.companies)}`, rnd.int(100, 50_000) * 10_000,
        "RUB", null, won ? "WON" : "LOST", rnd.pick(USERS).id, `bench-p${rnd.int(0, peopleCount - 1)}`, PIPELINE_ID,
        STAGES[s].id, "a0", reason, rnd.pick(SOURCES), closed, closed, closed, isoDate(createdAt), closed);
      transition(id, null, STAGES[0].id, null, "OPEN", isoDate(createdAt));
      transition(id, STAGES[s].id, STAGES[s].id, "OPEN", won ? "WON" : "LOST", closed, reason);
    }

    restoreIndexes();
    db.exec(`INSERT INTO StageTotal (stageId, ownerId, currency, count, value)
      SELECT stageId, ownerId, currency, COUNT(*), SUM(value) FROM Deal WHERE status = 'OPEN'
      GROUP BY stageId, ownerId, currency`);
  })();
  db.pragma("journal_mode = WAL");
  db.close();

  return {
    openDeals: options.openDeals,
    closedDeals: closedCount,
    people: peopleCount,
    tasks,
    transitions,
    seconds: (performance.now() - started) / 1000,
  };
}
