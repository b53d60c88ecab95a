import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { revokeSession } from "./revoked-sessions";

let w: World;
const now = new Date("2026-05-04T09:00:00.000Z");
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("revokeSession", () => {
  it("records a signed-out session once, and drops the rows of sessions that have expired", async () => {
    await db.revokedSession.create({ data: { sid: "old", userId: w.rep.id, expiresAt: later(-1) } });
    await db.revokedSession.create({ data: { sid: "still-valid", userId: w.head.id, expiresAt: later(3) } });

    await revokeSession({ sid: "s1", userId: w.rep.id, expiresAt: later(30), now });
    await revokeSession({ sid: "s1", userId: w.rep.id, expiresAt: later(30), now }); // a second click

    const rows = await db.revokedSession.findMany({ orderBy: { sid: "asc" }, select: { sid: true, userId: true, expiresAt: true } });
    expect(rows).toEqual([
      { sid: "s1", userId: w.rep.id, expiresAt: later(30) },
      { sid: "still-valid", userId: w.head.id, expiresAt: later(3) },
    ]);
  });
});
