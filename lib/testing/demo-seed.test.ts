// The demo company `npm run db:seed` writes, loaded into a real database: one language throughout,
// dates around the seeding day, every source labelled, analytics with something to show.
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import { buildSeedData } from "@/prisma/seed/build";
import { insertAll } from "@/prisma/seed/insert";
import { getFunnel } from "@/lib/analytics/get-funnel";

const now = new Date();
const CYRILLIC = /\p{Script=Cyrillic}/u;

beforeAll(async () => {
  await resetDatabase(db);
  const data = await buildSeedData(now);
  await db.$transaction((tx) => insertAll(tx, data), { timeout: 120_000, maxWait: 10_000 });
}, 120_000);

it("the English demo has no Russian in stages, loss reasons, titles, notes, tasks or messages", async () => {
  const texts = [
    ...(await db.stage.findMany({ select: { name: true } })).map((s) => s.name),
    ...(await db.pipeline.findMany({ select: { name: true } })).map((p) => p.name),
    ...(await db.lossReason.findMany({ select: { label: true } })).map((r) => r.label),
    ...(await db.deal.findMany({ select: { title: true, lossNote: true } })).flatMap((d) => [d.title, d.lossNote ?? ""]),
    ...(await db.note.findMany({ select: { body: true } })).map((n) => n.body),
    ...(await db.task.findMany({ select: { title: true } })).map((t) => t.title),
    ...(await db.person.findMany({ select: { name: true } })).map((p) => p.name),
    ...(await db.event.findMany({ select: { properties: true } })).map((e) => e.properties),
  ];
  expect(texts.length).toBeGreaterThan(1000);
  expect(texts.filter((t) => CYRILLIC.test(t))).toEqual([]);
});

it("open tasks are mostly ahead: a rep's first sign-in shows a few overdue, not dozens", async () => {
  const open = await db.task.findMany({ where: { doneAt: null, dueAt: { not: null } }, select: { dueAt: true, assigneeId: true } });
  const overdue = open.filter((t) => t.dueAt!.getTime() < now.getTime());
  expect(open.length).toBeGreaterThan(50);
  expect(overdue.length / open.length).toBeLessThan(0.3);
  const reps = await db.user.findMany({ where: { role: "REP" }, select: { id: true } });
  for (const rep of reps) expect(overdue.filter((t) => t.assigneeId === rep.id).length).toBeLessThanOrEqual(12);
});

it("every source on a deal or event is in the sources list, with a label in both languages", async () => {
  const listed = new Map((await db.leadSource.findMany()).map((s) => [s.code, s]));
  const used = new Set([
    ...(await db.deal.findMany({ where: { source: { not: null } }, select: { source: true }, distinct: ["source"] })).map((d) => d.source!),
    ...(await db.event.findMany({ where: { channel: { not: null } }, select: { channel: true }, distinct: ["channel"] })).map((e) => e.channel!),
  ]);
  expect(used.size).toBeGreaterThan(3);
  for (const code of used) {
    const source = listed.get(code);
    expect(source, code).toBeDefined();
    expect(source!.labelRu, code).toMatch(CYRILLIC.test(source!.labelRu) || /^[A-Z]/.test(source!.labelRu) ? /./ : /^$/);
  }
});

it("analytics has something to show for the last 90 days", async () => {
  const head = await db.user.findFirstOrThrow({ where: { role: "HEAD" }, select: { id: true } });
  for (const pipeline of await db.pipeline.findMany({ select: { id: true } })) {
    const from = new Date(now.getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
    const report = await getFunnel({ actor: { id: head.id, role: "HEAD" }, filters: { pipeline: pipeline.id, from, to: now.toISOString().slice(0, 10) } as never, now });
    expect(report.stages.reduce((s, st) => s + st.entered, 0)).toBeGreaterThan(0);
  }
});
