import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildWorld, type World } from "@/lib/testing/fixtures";
import { countUnreadNotifications, listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-notifications-read";

let w: World;
beforeEach(async () => {
  await resetDatabase(db);
  w = await buildWorld();
});

it("each user reads and marks only their own notifications", async () => {
  const note = (userId: string, title: string, minutes: number) =>
    db.notification.create({ data: { userId, title, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minutes)) }, select: { id: true } });
  const first = await note(w.head.id, "Deal idle 5 days", 1);
  await note(w.head.id, "Hot lead", 2);
  await note(w.admin.id, "Someone else's", 3);

  expect((await listNotifications({ actor: w.head })).map((n) => n.title)).toEqual(["Hot lead", "Deal idle 5 days"]);
  expect(await countUnreadNotifications({ actor: w.head })).toBe(2);
  expect(await markNotificationsRead({ actor: w.rep, id: first.id })).toEqual({ count: 0 });
  expect(await markNotificationsRead({ actor: w.head, id: first.id })).toEqual({ count: 1 });
  expect(await countUnreadNotifications({ actor: w.head })).toBe(1);
  expect(await markNotificationsRead({ actor: w.head })).toEqual({ count: 1 });
  expect(await countUnreadNotifications({ actor: w.head })).toBe(0);
  expect(await countUnreadNotifications({ actor: w.admin })).toBe(1);
});
