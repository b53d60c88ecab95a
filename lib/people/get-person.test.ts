import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, inPipeline, insertDeals, type World } from "@/lib/testing/fixtures";
import { expectAppError } from "@/lib/testing/db-state";
import { getPerson } from "./get-person";
import { getPersonChannels } from "./get-person-channels";

let w: World;
const now = new Date("2026-03-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

async function found(actor: World["rep"], personId: string) {
  const result = await getPerson({ actor, personId, now });
  if (result.status !== "found") throw new Error(`expected a person, got ${result.status}`);
  return result.person;
}

beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

describe("getPerson", () => {
  it("lets a REP view anyone's person but edit only their own", async () => {
    const mine = await db.person.create({ data: { name: "Mine", ownerId: w.rep.id }, select: { id: true } });
    const theirs = await db.person.create({ data: { name: "Theirs", ownerId: w.otherRep.id }, select: { id: true } });
    expect(await found(w.rep, mine.id)).toMatchObject({ name: "Mine", canEdit: true, canChangeOwner: false, canMerge: false, owner: { id: w.rep.id } });
    expect(await found(w.rep, theirs.id)).toMatchObject({ name: "Theirs", canEdit: false, canChangeOwner: false });
    expect(await found(w.head, theirs.id)).toMatchObject({ canEdit: true, canChangeOwner: true, canMerge: true });
    await expectAppError(getPerson({ actor: w.rep, personId: "nobody" }), "NOT_FOUND");
  });

  it("shows identities, deals open first (then won, lost with reason) and the top signals decayed to now", async () => {
    const person = await db.person.create({
      data: {
        name: "Мария",
        identities: { create: [{ kind: "PHONE", value: "+79120001122" }, { kind: "EMAIL", value: "maria@romashka.ru" }] },
      },
      select: { id: true },
    });
    const [lost, open, won] = await insertDeals(inPipeline(w.pipeline, 1), [
      { ownerId: w.rep.id, personId: person.id, title: "Lost one" },
      { ownerId: w.rep.id, personId: person.id, title: "Open one" },
      { ownerId: w.rep.id, personId: person.id, title: "Won one", value: 990_000 },
    ]);
    await db.deal.update({ where: { id: lost }, data: { status: "LOST", lossReasonId: w.reasons.price, lossNote: "Too expensive" } });
    await db.deal.update({ where: { id: won }, data: { status: "WON" } });
    const rule = (eventType: string, halfLifeDays: number) => db.scoringRule.create({ data: { eventType, points: 5, halfLifeDays }, select: { id: true } });
    const cart = await rule("cart_add", 14);
    const view = await rule("page_view", 7);
    await db.personSignal.createMany({
      data: [
        { personId: person.id, ruleId: cart.id, value: 16, at: daysAgo(14), events: 2 },
        { personId: person.id, ruleId: view.id, value: 12, at: daysAgo(0), events: 12 },
      ],
    });

    const p = await found(w.rep, person.id);
    expect(p.identities.map((i) => `${i.kind}:${i.value}`)).toEqual(["EMAIL:maria@romashka.ru", "PHONE:+79120001122"]);
    expect(p.deals.map((d) => [d.title, d.status, d.lossReason?.label ?? null])).toEqual([
      ["Open one", "OPEN", null],
      ["Won one", "WON", null],
      ["Lost one", "LOST", "Дорого"],
    ]);
    expect(p.deals[1]).toMatchObject({ value: 990_000, stage: { name: "Встреча" } });
    expect(p.signals).toEqual([
      { ruleId: view.id, eventType: "page_view", channel: null, events: 12, points: 12, share: 0.6 },
      { ruleId: cart.id, eventType: "cart_add", channel: null, events: 2, points: 8, share: 0.4 },
    ]);
    expect(p.scoreNow).toBe(20);
    expect(open).toBeTruthy();
  });

  it("answers a merged person with the person it was merged into, following a chain", async () => {
    const final = await db.person.create({ data: { name: "Final" }, select: { id: true } });
    const middle = await db.person.create({ data: { name: "Middle", mergedIntoId: final.id }, select: { id: true } });
    const first = await db.person.create({ data: { name: "First", mergedIntoId: middle.id }, select: { id: true } });
    expect(await getPerson({ actor: w.rep, personId: first.id })).toEqual({ status: "merged", intoId: final.id });
  });
});

describe("getPersonChannels", () => {
  it("gives the first-touch channel and the channels the person came back through", async () => {
    const person = await db.person.create({ data: { name: "Олег" }, select: { id: true } });
    const events = [
      ["ads", 20],
      ["direct", 10],
      ["email", 5],
      ["direct", 2],
      [null, 1],
    ] as const;
    await db.event.createMany({
      data: events.map(([channel, days], i) => ({ externalId: `e${i}`, personId: person.id, type: "page_view", channel, occurredAt: daysAgo(days) })),
    });
    expect(await getPersonChannels({ actor: w.rep, personId: person.id, firstTouchChannel: null })).toEqual({
      firstTouch: "ads",
      returns: [
        { channel: "direct", count: 2, last: daysAgo(2) },
        { channel: "email", count: 1, last: daysAgo(5) },
      ],
    });
  });
});
