import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, createPerson, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { getChannels } from "./get-channels";
import { listDealsBehind } from "./list-deals-behind";
import { day, dealWithHistory, period } from "./testing/histories";

let w: World;
const now = day(60);
let events = 0;
const touch = (personId: string, at: number, channel: string | null, type = "page_view") =>
  db.event.create({ data: { externalId: `e${++events}`, personId, type, channel, occurredAt: day(at) } });

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
  const p = w.pipeline;
  const [p1, p2, p3, p4] = await Promise.all(["Пётр", "Полина", "Павел", "Прохор"].map((name) => createPerson({ name })));
  // p1: four touches with a channel before the win (one without a channel, one after the win).
  await touch(p1.id, 0, "ads", "ad_click");
  await touch(p1.id, 2, "email", "email_open");
  await touch(p1.id, 3, null);
  await touch(p1.id, 5, "email", "email_click");
  await touch(p1.id, 8, "phone", "call");
  await touch(p1.id, 12, "ads", "ad_click");
  await touch(p2.id, 1, "organic");
  const won = (at: number) => [{ at: at - 0.5, move: 3 }, { at, won: true as const }];
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 0, value: 1000, source: "ads", personId: p1.id, steps: won(10) });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, value: 500, source: "organic", personId: p2.id, steps: won(4) });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 1, value: 300, source: "ads", personId: null, steps: won(3) });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 2, value: 200, source: null, personId: p3.id, steps: won(6) });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 2, value: 700, source: "ads", personId: p4.id, steps: [{ at: 3, lost: w.reasons.price }] });
  await dealWithHistory({ pipeline: p, ownerId: w.rep.id, createdAt: 3, value: 900, source: "email", personId: p1.id });
});

const channels = (more: Record<string, string> = {}) => getChannels({ actor: w.head, filters: { pipeline: w.pipeline.id, ...period(0, 59), ...more }, now });

describe("getChannels", () => {
  it("sums people, deals, wins, revenue, conversion and cycle per source channel", async () => {
    const r = await channels();
    const row = (source: string | null) => r.channels.find((c) => c.source === source);
    expect(row("ads")).toEqual({ source: "ads", people: 2, deals: 3, won: 2, lost: 1, revenue: 1300, conversion: 2 / 3, cycleDays: 2 });
    expect(row("organic")).toEqual({ source: "organic", people: 1, deals: 1, won: 1, lost: 0, revenue: 500, conversion: 1, cycleDays: 3 });
    expect(row(null)).toMatchObject({ deals: 1, won: 1, revenue: 200, cycleDays: 4 });
    expect(row("email")).toEqual({ source: "email", people: 1, deals: 1, won: 0, lost: 0, revenue: 0, conversion: 0, cycleDays: null });
    expect(r.channels.map((c) => c.source)).toEqual(["ads", "organic", null, "email"]); // by revenue
  });

  it("shares won revenue over the touches before the win under four models", async () => {
    const r = await channels();
    const credit = Object.fromEntries(r.attribution.map((a) => [a.channel, a.credit]));
    expect(credit.ads).toEqual({ first: 1000, last: 0, linear: 250, ushaped: 400 });
    expect(credit.email).toEqual({ first: 0, last: 0, linear: 500, ushaped: 200 });
    expect(credit.phone).toEqual({ first: 0, last: 1000, linear: 250, ushaped: 400 });
    expect(credit.organic).toEqual({ first: 500, last: 500, linear: 500, ushaped: 500 });
    // Every model hands out exactly the attributed revenue.
    for (const model of ["first", "last", "linear", "ushaped"] as const) {
      expect(r.attribution.reduce((s, a) => s + a.credit[model], 0)).toBeCloseTo(1500, 9);
    }
    expect(r.unattributed).toEqual({ deals: 2, revenue: 500 });
    expect(r.touchesToWin.filter((b) => b.deals > 0)).toEqual([
      { band: "1", deals: 1, revenue: 500 },
      { band: "4", deals: 1, revenue: 1000 },
    ]);
  });

  it("is empty for a period without deals, and lists a channel's deals", async () => {
    const empty = await channels(period(100, 110));
    expect(empty.channels).toEqual([]);
    expect(empty.attribution).toEqual([]);
    expect(empty.touchesToWin).toEqual([]);
    const filters = { pipeline: w.pipeline.id, ...period(0, 59) };
    expect((await listDealsBehind({ actor: w.head, filters, cell: { kind: "channel", source: "ads", status: "WON" }, now })).total).toBe(2);
    expect((await listDealsBehind({ actor: w.head, filters, cell: { kind: "channel", source: "none" }, now })).total).toBe(1);
  });

  it("lists the won deals a channel touched, and those won after a band of touches", async () => {
    const filters = { pipeline: w.pipeline.id, ...period(0, 59) };
    const behind = async (cell: Parameters<typeof listDealsBehind>[0]["cell"]) =>
      (await listDealsBehind({ actor: w.head, filters, cell, now })).deals.map((d) => d.value).sort((a, b) => a - b);
    // p1's deal (1000) was touched by ads, email and phone; p2's (500) by organic only.
    expect(await behind({ kind: "attribution", channel: "ads" })).toEqual([1000]);
    expect(await behind({ kind: "attribution", channel: "organic" })).toEqual([500]);
    expect(await behind({ kind: "attribution", channel: "chat" })).toEqual([]);
    expect(await behind({ kind: "touches", band: "4" })).toEqual([1000]);
    expect(await behind({ kind: "touches", band: "1" })).toEqual([500]);
    expect(await behind({ kind: "touches", band: "6–10" })).toEqual([]);
  });

  it("is for heads and admins only", async () => {
    await expectAppError(getChannels({ actor: w.rep, filters: {} }), "FORBIDDEN");
  });
});
