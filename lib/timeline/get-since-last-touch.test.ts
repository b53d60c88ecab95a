import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { expectAppError } from "@/lib/testing/db-state";
import { getSinceLastTouch, SUMMARY_CAP } from "./get-since-last-touch";
import { addEvent, addNote, addTask, addTransition, at, timelineWorld, type TimelineWorld } from "./test-world";

let w: TimelineWorld;
const summary = () => getSinceLastTouch({ actor: w.otherRep, personId: w.personId });

beforeEach(async () => {
  await resetDatabase(db);
  w = await timelineWorld();
});

describe("getSinceLastTouch", () => {
  it("counts what the person did after the team's last note, done task or stage change by a user", async () => {
    await addEvent(w.personId, "old-view", at(0));
    await addNote(w, "note-call", at(10), "CALL");
    await addTask(w, "task-open", at(11)); // created, not done: no touch
    await addTransition(w, "tr-system", at(12), { byUserId: null }); // no user: no touch
    await addEvent(w.personId, "v1", at(12));
    await addEvent(w.personId, "v2", at(13));
    await addEvent(w.personId, "cart", at(14), "cart_add", { product: "Espresso machine" });
    await addEvent(w.personId, "v3", at(15));

    expect(await summary()).toEqual({
      lastTouch: { kind: "call", at: at(10), by: w.rep.name, label: null },
      counts: [
        { type: "page_view", count: 3 },
        { type: "cart_add", count: 1 },
      ],
      total: 4,
      capped: false,
    });
  });

  it("takes the latest of the three kinds of touch", async () => {
    await addNote(w, "n", at(1));
    await addTask(w, "t", at(0), at(3), "deal");
    await addTransition(w, "tr", at(2));
    await addEvent(w.personId, "before", at(2));
    await addEvent(w.personId, "after", at(4), "email_open");
    const result = await summary();
    expect(result.lastTouch).toEqual({ kind: "task", at: at(3), by: w.rep.name, label: "task t" });
    expect(result.counts).toEqual([{ type: "email_open", count: 1 }]);

    await addTransition(w, "won", at(5), { toStatus: "WON" });
    expect(await summary()).toMatchObject({ lastTouch: { kind: "won", at: at(5), label: "Встреча" }, total: 0, counts: [] });
  });

  it("a task closed with its deal is no one's touch", async () => {
    await addNote(w, "n", at(1));
    await addTask(w, "t", at(0), at(3), "deal");
    await db.task.update({ where: { id: "t" }, data: { closedWithDeal: true } });
    expect((await summary()).lastTouch).toEqual({ kind: "note", at: at(1), by: w.rep.name, label: null });
  });

  it("counts every event when the team never touched the person, capped for very active people", async () => {
    await addEvent(w.personId, "a", at(0));
    await addEvent(w.personId, "b", at(1), "message");
    expect(await summary()).toMatchObject({ lastTouch: null, total: 2, capped: false });

    await db.event.createMany({
      data: Array.from({ length: SUMMARY_CAP }, (_, i) => ({ externalId: `bulk-${i}`, personId: w.personId, type: "page_view", occurredAt: at(100 + i) })),
    });
    expect(await summary()).toMatchObject({ lastTouch: null, total: SUMMARY_CAP, capped: true });
  });

  it("refuses an unknown person", async () => {
    await expectAppError(getSinceLastTouch({ actor: w.rep, personId: "nobody" }), "NOT_FOUND");
  });
});
