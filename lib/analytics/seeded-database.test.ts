// The analytics on the demo data (308 deals with backward moves, skips and reopenings, events,
// notes), each compared with an independent computation over the raw rows (testing/oracle.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/auth/permissions";
import { buildSeedData } from "@/prisma/seed/build";
import { insertAll } from "@/prisma/seed/insert";
import { getLeaks } from "./get-leaks";
import { getFunnel } from "./get-funnel";
import { getTimeInStage } from "./get-time-in-stage";
import { getChannels } from "./get-channels";
import { listDealsBehind } from "./list-deals-behind";
import { attribute, MODELS } from "./attribution";
import { NONE } from "./leak-rollup";
import { percentileOf } from "./percentile";
import { dayStart } from "./periods";
import { funnelOracle, loadPipeline, lossesOracle, onlyDeals, stageDaysOracle, type Loaded } from "./testing/oracle";
import { getForecast } from "@/lib/forecast/get-forecast";
import { getVelocity } from "@/lib/forecast/get-velocity";

const now = new Date("2026-06-15T10:00:00Z");
const DAY = 86_400_000;
let head: Actor;
let pipelines: { id: string; currency: string }[];
const loaded = new Map<string, Loaded>();
// The last 120 days, as calendar days in Moscow (UTC+3).
const filters = (pipeline: string, more: Record<string, string> = {}) => ({ pipeline, from: "2026-02-16", to: "2026-06-15", ...more });
const from = dayStart("2026-02-16", 180).getTime();
const to = dayStart("2026-06-16", 180).getTime();

beforeAll(async () => {
  await resetDatabase(db);
  const data = await buildSeedData(now);
  await db.$transaction((tx) => insertAll(tx, data), { timeout: 120_000, maxWait: 10_000 });
  const user = await db.user.findFirstOrThrow({ where: { role: "HEAD" } });
  head = { id: user.id, role: "HEAD" };
  pipelines = await db.pipeline.findMany({ orderBy: { position: "asc" }, select: { id: true, currency: true } });
  for (const p of pipelines) loaded.set(p.id, await loadPipeline(p.id));
}, 120_000);

describe("analytics on the demo data, against an independent computation", () => {
  it("has the histories the checks need: backward moves, skips, reopenings", async () => {
    const all = [...loaded.values()];
    const backward = all.flatMap((d) => d.transitions.filter((t) => t.fromStatus === "OPEN" && t.toStatus === "OPEN" && d.position.get(t.toStageId!)! < d.position.get(t.fromStageId!)!));
    expect(backward.length).toBeGreaterThan(5);
    expect(all.flatMap((d) => d.transitions.filter((t) => t.fromStatus === "LOST" && t.toStatus === "OPEN")).length).toBeGreaterThan(2);
  });

  it("leaks: every cell equals the final losses counted deal by deal", async () => {
    for (const p of pipelines) {
      const report = await getLeaks({ actor: head, filters: filters(p.id), now });
      const losses = lossesOracle(loaded.get(p.id)!, from, to);
      expect(report.total.deals).toBe(losses.length);
      expect(report.total.value).toBe(losses.reduce((s, l) => s + (l.deal.currency === p.currency ? Number(l.deal.value) : 0), 0));
      for (const row of report.byStage) {
        for (const [reason, cell] of Object.entries(row.cells)) {
          const expected = losses.filter((l) => l.last.fromStageId === row.key && (l.last.lossReasonId ?? NONE) === reason);
          expect(cell.deals, `${row.label} × ${reason}`).toBe(expected.length);
        }
      }
      for (const row of report.bySource) expect(row.deals).toBe(losses.filter((l) => (l.deal.source ?? NONE) === row.key).length);
      for (const row of report.byOwner) expect(row.deals).toBe(losses.filter((l) => l.deal.ownerId === row.key).length);
      // A drill-down lists exactly the deals of its cell.
      const busiest = [...report.byStage].sort((a, b) => b.deals - a.deals)[0];
      const behind = await listDealsBehind({ actor: head, filters: filters(p.id), cell: { kind: "lost", stageId: busiest.key }, now });
      expect(behind.total).toBe(busiest.deals);
      expect(behind.deals.every((d) => d.status === "LOST")).toBe(true);
    }
  });

  /** Every pipeline as a whole, for one owner and for one source, with the oracle's data to match. */
  const variants = () =>
    pipelines.flatMap((p): { pipeline: string; more: Record<string, string>; data: Loaded }[] => {
      const data = loaded.get(p.id)!;
      const owner = data.deals[0].ownerId;
      const source = data.deals.find((d) => d.source)!.source!;
      return [
        { pipeline: p.id, more: {}, data },
        { pipeline: p.id, more: { owner }, data: onlyDeals(data, (d) => d.ownerId === owner) },
        { pipeline: p.id, more: { source }, data: onlyDeals(data, (d) => d.source === source) },
      ];
    });

  it("funnel: entered, advanced, back, lost and still here per stage; the matrix counts every transition", async () => {
    for (const { pipeline, more, data } of variants()) {
      expect(data.deals.length).toBeGreaterThan(0);
      const report = await getFunnel({ actor: head, filters: filters(pipeline, more), now });
      const expected = funnelOracle(data, from, to);
      expect(report.stages.map(({ stageId, entered, advanced, back, lost, here }) => ({ stageId, entered, advanced, back, lost, here }))).toEqual(expected);
      const inPeriod = data.transitions.filter((t) => t.at.getTime() >= from && t.at.getTime() < to);
      expect(report.matrix.reduce((s, m) => s + m.moves, 0)).toBe(inPeriod.length);
      for (const m of report.matrix) {
        const same = inPeriod.filter((t) => t.fromStageId === m.fromStageId && t.toStageId === m.toStageId && t.fromStatus === m.fromStatus && t.toStatus === m.toStatus);
        expect(m.moves).toBe(same.length);
      }
    }
  });

  it("time in stage: nearest-rank median and p90 of the latest and total finished visits", async () => {
    for (const { pipeline, more, data } of variants()) {
      const report = await getTimeInStage({ actor: head, filters: filters(pipeline, more), now });
      const expected = stageDaysOracle(data, from, to);
      report.stages.forEach((row, i) => {
        const e = expected[i];
        expect(row.latest.n).toBe(e.latest.length);
        for (const [got, want] of [
          [row.latest.p50, percentileOf(e.latest, 50)],
          [row.latest.p90, percentileOf(e.latest, 90)],
          [row.cumulative.p50, percentileOf(e.total, 50)],
          [row.cumulative.p90, percentileOf(e.total, 90)],
        ]) {
          if (want === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(want, 5);
        }
      });
      const open = data.deals.filter((d) => d.status === "OPEN");
      for (const row of report.stages) expect(row.openNow).toBe(open.filter((d) => d.stageId === row.stageId).length);
    }
  });

  it("channels and attribution: per source counts and revenue; each model's credit from the touches", async () => {
    const p = pipelines[0];
    const report = await getChannels({ actor: head, filters: filters(p.id), now });
    const created = loaded.get(p.id)!.deals.filter((d) => d.createdAt.getTime() >= from && d.createdAt.getTime() < to);
    for (const row of report.channels) {
      const mine = created.filter((d) => d.source === row.source);
      expect(row.deals).toBe(mine.length);
      expect(row.won).toBe(mine.filter((d) => d.status === "WON").length);
      expect(row.revenue).toBe(mine.filter((d) => d.status === "WON" && d.currency === p.currency).reduce((s, d) => s + Number(d.value), 0));
      expect(row.people).toBe(new Set(mine.map((d) => d.personId).filter(Boolean)).size);
    }
    const won = loaded.get(p.id)!.deals.filter((d) => d.status === "WON" && d.closedAt!.getTime() >= from && d.closedAt!.getTime() < to && d.personId);
    const events = await db.event.findMany({ where: { personId: { in: won.map((d) => d.personId!) }, channel: { not: null } }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
    const touched = won.map((d) => ({
      value: d.currency === p.currency ? Number(d.value) : 0,
      touches: events.filter((e) => e.personId === d.personId && e.occurredAt <= d.closedAt!).map((e) => e.channel!),
    }));
    for (const model of MODELS) {
      const credit = attribute(model, touched);
      for (const row of report.attribution) expect(row.credit[model]).toBeCloseTo(credit.get(row.channel) ?? 0, 3);
      expect(report.attribution.length).toBe(credit.size);
    }
  });

  it("forecast: the weighted pipeline and the calibration history equal their definitions", async () => {
    for (const p of pipelines) {
      const data = loaded.get(p.id)!;
      const report = await getForecast({ actor: head, filters: filters(p.id), now });
      const open = data.deals.filter((d) => d.status === "OPEN");
      const probability = new Map(data.stages.map((s) => [s.id, s.probability / 100]));
      const value = (d: (typeof open)[number]) => (d.currency === p.currency ? Number(d.value) : 0);
      const weighted = open.reduce((s, d) => s + value(d) * probability.get(d.stageId)!, 0);
      expect(report.weighted.reduce((s, r) => s + r.weighted, 0)).toBeCloseTo(weighted, 3);
      expect(report.weighted.reduce((s, r) => s + r.count, 0)).toBe(open.length);
      expect(report.weighted.find((r) => r.key === "none")!.count).toBe(open.filter((d) => d.expectedCloseAt === null).length);
      // Calibration: every visit of the deals closed in the last 12 months (from 1 June 2025).
      const since = dayStart("2025-06-01", 180).getTime();
      const closed = data.deals.filter((d) => d.status !== "OPEN" && d.closedAt!.getTime() >= since && d.closedAt!.getTime() < now.getTime());
      for (const row of report.stages) {
        const visits = (status: string) =>
          closed.filter((d) => d.status === status).flatMap((d) => data.byDeal.get(d.id)!.filter((t) => t.toStatus === "OPEN" && t.toStageId === row.stageId)).length;
        expect([row.won, row.lost], row.name).toEqual([visits("WON"), visits("LOST")]);
      }
      expect(report.total.p10).toBeLessThanOrEqual(report.total.p90);
    }
  });

  it("velocity: open deals × win rate × average won ÷ cycle", async () => {
    const p = pipelines[0];
    const report = await getVelocity({ actor: head, filters: filters(p.id), now });
    const deals = loaded.get(p.id)!.deals;
    const closed = deals.filter((d) => d.status !== "OPEN" && d.closedAt!.getTime() >= from && d.closedAt!.getTime() < to);
    const won = closed.filter((d) => d.status === "WON");
    expect(report.team.openDeals).toBe(deals.filter((d) => d.status === "OPEN").length);
    expect(report.team.winRate).toBeCloseTo(won.length / closed.length, 12);
    const cycle = won.reduce((s, d) => s + (d.closedAt!.getTime() - d.createdAt.getTime()) / DAY, 0) / won.length;
    expect(report.team.cycleDays).toBeCloseTo(cycle, 5);
  });
});
