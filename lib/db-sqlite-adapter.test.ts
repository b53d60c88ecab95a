// The SQLite adapter beside other writers, on a real file with a real second process (a plain
// better-sqlite3 connection, as a command run beside the app has). Independent of the database the
// test run uses: it is about SQLite connections, so it runs on its own file in both runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteSynchronous } from "./db-adapter";
import { SqliteAdapterFactory, type SqliteSynchronous } from "./db-sqlite-adapter";
import { startSqlShell, type TestProcess } from "./testing/spawn-process";

let dir: string;
let file: string;
const open: { $disconnect(): Promise<void> }[] = [];
const shells: TestProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-adapter-"));
  file = path.join(dir, "test.db");
  const setup = new Database(file);
  setup.pragma("journal_mode = WAL");
  setup.exec("CREATE TABLE t (who TEXT NOT NULL)");
  setup.close();
});

afterEach(async () => {
  for (const shell of shells.splice(0)) shell.child.kill();
  for (const client of open.splice(0)) await client.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

function client(options: { busyTimeoutMs?: number; synchronous?: SqliteSynchronous } = {}) {
  const adapter = new SqliteAdapterFactory(file, { busyTimeoutMs: options.busyTimeoutMs ?? 10_000, synchronous: options.synchronous ?? "normal" });
  const prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: 20_000 } });
  open.push(prisma);
  return prisma;
}

async function shell(): Promise<TestProcess> {
  const process = startSqlShell(file, 10_000);
  shells.push(process);
  await process.waitFor(/^ready$/);
  return process;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rows = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT who FROM t ORDER BY who").all() as { who: string }[]).map((r) => r.who);
  } finally {
    db.close();
  }
};

/** Counts timer ticks while `work` runs: zero means the event loop was blocked throughout. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { result, ticks };
}

describe("the SQLite adapter beside another process", () => {
  it("a transaction that reads, then writes after the other process tried to commit, succeeds", async () => {
    const prisma = client();
    const other = await shell();
    let otherAnswer: Promise<string> | undefined;
    await prisma.$transaction(async (tx) => {
      await tx.$queryRawUnsafe("SELECT count(*) AS n FROM t");
      other.send("INSERT INTO t VALUES ('other')");
      otherAnswer = other.waitFor(/^(ok|error)/);
      await sleep(300); // with a deferred BEGIN the other process commits here, and the write below fails
      await tx.$executeRawUnsafe("INSERT INTO t VALUES ('mine')");
    });
    expect(await otherAnswer).toBe("ok");
    expect(rows()).toEqual(["mine", "other"]);
  });

  it("waits for the other process's write lock without blocking the event loop, then writes", async () => {
    const prisma = client();
    const other = await shell();
    other.send("BEGIN IMMEDIATE; INSERT INTO t VALUES ('other')");
    expect(await other.waitFor(/^(ok|error)/)).toBe("ok");
    setTimeout(() => other.send("COMMIT"), 300);
    const { result, ticks } = await ticksDuring(prisma.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('mine')")));
    expect(result.status).toBe("fulfilled");
    expect(ticks).toBeGreaterThan(5);
    expect(rows()).toEqual(["mine", "other"]);
  });

  it("gives up after the busy timeout as Prisma's P1008, and the client works again once the lock is free", async () => {
    const prisma = client({ busyTimeoutMs: 400 });
    const other = await shell();
    other.send("BEGIN IMMEDIATE");
    expect(await other.waitFor(/^(ok|error)/)).toBe("ok");
    const { result, ticks } = await ticksDuring(prisma.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('mine')")));
    expect(result.status).toBe("rejected");
    expect((result as PromiseRejectedResult).reason).toMatchObject({ code: "P1008" });
    expect(ticks).toBeGreaterThan(5);

    other.send("ROLLBACK");
    expect(await other.waitFor(/^(ok|error)/)).toBe("ok");
    await prisma.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('after')"));
    expect(rows()).toEqual(["after"]);
  });

  it("two clients in one process write in overlapping transactions without stalling each other", async () => {
    const [a, b] = [client(), client()];
    await Promise.all([a.$queryRawUnsafe("SELECT 1"), b.$queryRawUnsafe("SELECT 1")]);
    let releaseA: () => void = () => {};
    const aHolds = new Promise<void>((resolve) => (releaseA = resolve));
    const first = a.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO t VALUES ('a')");
      await aHolds;
    });
    await sleep(50);
    const second = b.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES ('b')"));
    setTimeout(releaseA, 200);
    const { result, ticks } = await ticksDuring(Promise.all([first, second]));
    expect(result.status).toBe("fulfilled");
    expect(ticks).toBeGreaterThan(5);
    expect(rows()).toEqual(["a", "b"]);
  });
});

describe("the SQLite adapter in one process", () => {
  it("a query outside a transaction waits for it: it neither reads its uncommitted rows nor is undone by its rollback", async () => {
    const prisma = client();
    let inserted: () => void = () => {};
    const insertedInTransaction = new Promise<void>((resolve) => (inserted = resolve));
    const failing = prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t VALUES ('uncommitted')");
        inserted();
        await sleep(150);
        throw new Error("conflict found late");
      })
      .catch((error: Error) => error.message);
    await insertedInTransaction;
    // Sent now (a Prisma query starts when it is awaited or then-ed), one at a time (queries sent
    // in the same tick are batched into a transaction of their own).
    const read = Promise.resolve(prisma.$queryRawUnsafe<{ who: string }[]>("SELECT who FROM t"));
    await sleep(10);
    const write = Promise.resolve(prisma.$executeRawUnsafe("INSERT INTO t VALUES ('outside')"));
    expect(await failing).toBe("conflict found late");
    expect(await read).toEqual([]);
    expect(await write).toBe(1);
    expect(rows()).toEqual(["outside"]);
  });

  it("a query waiting for a transaction goes before transactions that came after it", async () => {
    const prisma = client();
    const order: string[] = [];
    let begun: () => void = () => {};
    const firstBegun = new Promise<void>((resolve) => (begun = resolve));
    const first = prisma.$transaction(async (tx) => {
      begun();
      await sleep(100);
      await tx.$executeRawUnsafe("INSERT INTO t VALUES ('1 tx')");
      order.push("1 tx");
    });
    await firstBegun;
    const second = prisma.$executeRawUnsafe("INSERT INTO t VALUES ('2 write')").then(() => order.push("2 write"));
    await sleep(20);
    const third = prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO t VALUES ('3 tx')");
      order.push("3 tx");
    });
    await Promise.all([first, second, third]);
    expect(order).toEqual(["1 tx", "2 write", "3 tx"]);
  });
});

describe("connection settings", () => {
  it("runs in WAL mode with the synchronous level asked for", async () => {
    for (const [setting, level] of [["normal", 1], ["full", 2]] as const) {
      const prisma = client({ synchronous: setting });
      const [mode] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [sync] = await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      expect({ mode: mode.journal_mode, sync: Number(sync.synchronous) }).toEqual({ mode: "wal", sync: level });
    }
  });

  it("reads SQLITE_SYNCHRONOUS, full by default, and refuses anything else", () => {
    expect(sqliteSynchronous(undefined)).toBe("full");
    expect(sqliteSynchronous("")).toBe("full");
    expect(sqliteSynchronous("NORMAL")).toBe("normal");
    expect(() => sqliteSynchronous("off")).toThrow(/SQLITE_SYNCHRONOUS must be "full" or "normal"/);
  });
});
