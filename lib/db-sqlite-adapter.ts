// The SQLite driver adapter: Prisma's better-sqlite3 adapter with each connection set up for
// writers in several processes (the app, and commands such as the seed or a restore run beside it).
// - Pragmas on the connection itself, before any query: WAL and the chosen `synchronous` level.
// - Transactions begin with BEGIN IMMEDIATE. Prisma's adapter sends a plain (deferred) BEGIN: a
//   transaction then reads first and asks for the write lock late, and if another process wrote
//   in between SQLite refuses it (SQLITE_BUSY_SNAPSHOT, or SQLITE_BUSY at once, since the busy
//   timeout cannot help a reader that must upgrade). Taking the lock at BEGIN makes writers queue.
// - Waiting for that lock happens between event-loop turns: BEGIN IMMEDIATE is tried without a
//   busy wait, and while another process holds the lock the transaction is given back and tried
//   again a moment later. better-sqlite3's busy wait would block the whole process (every request,
//   and any second connection in it that holds the lock). After `busyTimeoutMs` the transaction
//   fails as SQLITE_BUSY does (Prisma P1008: "database busy", for routes a 503 with Retry-After).
// - Queries outside a transaction wait while one is open (all work on the connection takes turns,
//   first come first served). They share its connection and Prisma's adapter lets them through, so
//   they would otherwise run inside it: read its uncommitted rows, and have a write of theirs undone
//   when it rolls back (acknowledged, then gone).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";

export type SqliteSynchronous = "normal" | "full";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
/** What Prisma's adapter keeps that the setup below uses (checked at connect time). */
type AdapterInternals = { client: Database.Database; onError(error: unknown): never };

const isBusy = (error: unknown) => String((error as { code?: unknown })?.code ?? "").startsWith("SQLITE_BUSY");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SqliteAdapterFactory extends PrismaBetterSQLite3 {
  readonly #settings: { busyTimeoutMs: number; synchronous: SqliteSynchronous };

  constructor(file: string, settings: { busyTimeoutMs: number; synchronous: SqliteSynchronous }) {
    // `timeout` is better-sqlite3's busy timeout, still used by writes outside a transaction.
    super({ url: file, timeout: settings.busyTimeoutMs });
    this.#settings = settings;
  }

  async connect(): Promise<Adapter> {
    return setUpConnection(await super.connect(), this.#settings);
  }
}

function setUpConnection(adapter: Adapter, settings: { busyTimeoutMs: number; synchronous: SqliteSynchronous }): Adapter {
  const internals = adapter as unknown as AdapterInternals;
  const client = internals.client;
  if (typeof client?.prepare !== "function" || typeof internals.onError !== "function") {
    throw new Error("@prisma/adapter-better-sqlite3 changed shape: review lib/db-sqlite-adapter.ts");
  }
  client.pragma("journal_mode = WAL");
  client.pragma(`synchronous = ${settings.synchronous.toUpperCase()}`);

  // Prisma's adapter starts every transaction with `client.prepare("BEGIN").run()` while holding
  // its in-process mutex, and never releases that mutex if BEGIN throws: this BEGIN never throws
  // on a busy database, it falls back to a deferred BEGIN and says so in `lastBegin`.
  // The prototype's prepare, looked up at each call (so a spy on it still sees every statement).
  const prepare = (sql: string) => (Object.getPrototypeOf(client) as Database.Database).prepare.call(client, sql) as Database.Statement<[]>;
  const immediate = prepare("BEGIN IMMEDIATE");
  const deferred = prepare("BEGIN");
  let lastBegin: "locked" | "busy" = "locked";
  const begin = {
    run() {
      // (A PRAGMA takes effect when it is prepared, so these cannot be prepared once.)
      client.pragma("busy_timeout = 0");
      try {
        immediate.run();
        lastBegin = "locked";
      } catch (error) {
        if (!isBusy(error)) throw error;
        lastBegin = "busy";
        deferred.run();
      } finally {
        client.pragma(`busy_timeout = ${settings.busyTimeoutMs}`);
      }
      return { changes: 0, lastInsertRowid: 0 };
    },
  };
  client.prepare = ((sql: string) => (sql === "BEGIN" ? begin : prepare(sql))) as typeof client.prepare;

  // Everything on the connection takes turns, first come first served: a transaction from BEGIN
  // to COMMIT or ROLLBACK, a query outside one for its statement.
  const turns = new Turns();
  const rollback = prepare("ROLLBACK");
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const deadline = Date.now() + settings.busyTimeoutMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
      const done = await turns.take();
      const transaction = await startTransaction(isolationLevel).catch((error: unknown) => {
        done();
        throw error;
      });
      if (lastBegin === "locked") {
        for (const end of ["commit", "rollback"] as const) {
          const original = transaction[end].bind(transaction);
          transaction[end] = () => original().finally(done);
        }
        return transaction;
      }
      // Another process writes. Nothing ran in this transaction yet: end it, let the queries
      // waiting here run, and try again shortly.
      rollback.run();
      await transaction.rollback();
      done();
      if (Date.now() + pause > deadline) internals.onError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }));
      await sleep(pause / 2 + Math.random() * pause);
    }
  };
  const inTurn = <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const done = await turns.take();
      try {
        return await run(...args);
      } finally {
        done();
      }
    };
  adapter.queryRaw = inTurn(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = inTurn(adapter.executeRaw.bind(adapter));
  adapter.executeScript = inTurn(adapter.executeScript.bind(adapter));
  return adapter;
}

/** A first-come-first-served lock: `take()` resolves, in call order, with the function that gives the turn back. */
class Turns {
  #last: Promise<void> = Promise.resolve();

  take(): Promise<() => void> {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#last;
    this.#last = previous.then(() => released);
    return previous.then(() => release);
  }
}
