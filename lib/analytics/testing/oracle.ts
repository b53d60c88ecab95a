// An independent, plain-JavaScript reading of the metric definitions (docs/metrics.md) over rows
// loaded one by one: the integration tests compare the SQL reports with it on the demo data.
// Slow and simple on purpose; it shares no SQL and no grouping code with lib/analytics.
import { db } from "@/lib/db";

const DAY = 86_400_000;

export async function loadPipeline(pipelineId: string) {
  const [stages, deals, transitions] = await Promise.all([
    db.stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" } }),
    db.deal.findMany({ where: { pipelineId } }),
    db.stageTransition.findMany({ where: { pipelineId }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
  ]);
  const byDeal = new Map<string, typeof transitions>();
  for (const t of transitions) byDeal.set(t.dealId, [...(byDeal.get(t.dealId) ?? []), t]);
  const position = new Map(stages.map((s) => [s.id, s.position]));
  return { stages, deals, transitions, byDeal, position };
}
export type Loaded = Awaited<ReturnType<typeof loadPipeline>>;

/** The same pipeline with only the deals `keep` accepts (an owner's, a source's), and their transitions. */
export function onlyDeals(data: Loaded, keep: (deal: Loaded["deals"][number]) => boolean): Loaded {
  const deals = data.deals.filter(keep);
  const ids = new Set(deals.map((d) => d.id));
  return {
    ...data,
    deals,
    transitions: data.transitions.filter((t) => ids.has(t.dealId)),
    byDeal: new Map([...data.byDeal].filter(([dealId]) => ids.has(dealId))),
  };
}

export interface Visit {
  dealId: string;
  stageId: string;
  at: number;
  entry: boolean;
  next: { at: number; stageId: string | null; status: string } | null;
}

/** Every visit: a row leaving the deal open in a stage, until the deal's next row. */
export function visitsOf(data: Loaded): Visit[] {
  const visits: Visit[] = [];
  for (const [dealId, rows] of data.byDeal) {
    rows.forEach((r, i) => {
      if (r.toStatus !== "OPEN" || !r.toStageId) return;
      const n = rows[i + 1];
      visits.push({
        dealId,
        stageId: r.toStageId,
        at: r.at.getTime(),
        entry: r.fromStageId === null || r.fromStageId !== r.toStageId,
        next: n ? { at: n.at.getTime(), stageId: n.toStageId, status: n.toStatus } : null,
      });
    });
  }
  return visits;
}

export function funnelOracle(data: Loaded, from: number, to: number) {
  const visits = visitsOf(data).filter((v) => v.at >= from);
  const deal = new Map(data.deals.map((d) => [d.id, d]));
  return data.stages.map((stage) => {
    const mine = visits.filter((v) => v.stageId === stage.id);
    const entered = [...new Set(mine.filter((v) => v.entry && v.at < to).map((v) => v.dealId))];
    const forward = (v: Visit) => v.next !== null && (v.next.status === "WON" || (v.next.status === "OPEN" && data.position.get(v.next.stageId!)! > stage.position));
    const backward = (v: Visit) => v.next !== null && v.next.status === "OPEN" && data.position.get(v.next.stageId!)! < stage.position;
    const of = (id: string) => mine.filter((v) => v.dealId === id);
    return {
      stageId: stage.id,
      entered: entered.length,
      advanced: entered.filter((id) => of(id).some(forward)).length,
      back: entered.filter((id) => of(id).some(backward)).length,
      lost: entered.filter((id) => deal.get(id)!.status === "LOST" && deal.get(id)!.stageId === stage.id).length,
      here: entered.filter((id) => deal.get(id)!.status === "OPEN" && deal.get(id)!.stageId === stage.id).length,
    };
  });
}

/** Per stage: each deal's latest finished visit begun in [from, to), and its total. */
export function stageDaysOracle(data: Loaded, from: number, to: number) {
  const done = visitsOf(data).filter((v) => v.at >= from && v.at < to && v.next !== null);
  return data.stages.map((stage) => {
    const perDeal = new Map<string, { latestAt: number; latest: number; total: number }>();
    for (const v of done.filter((x) => x.stageId === stage.id)) {
      const days = (v.next!.at - v.at) / DAY;
      const entry = perDeal.get(v.dealId) ?? { latestAt: -Infinity, latest: 0, total: 0 };
      entry.total += days;
      if (v.at > entry.latestAt) Object.assign(entry, { latestAt: v.at, latest: days });
      perDeal.set(v.dealId, entry);
    }
    return { stageId: stage.id, latest: [...perDeal.values()].map((e) => e.latest), total: [...perDeal.values()].map((e) => e.total) };
  });
}

/** Final losses in [from, to): the lost deals' last rows. */
export function lossesOracle(data: Loaded, from: number, to: number) {
  return data.deals
    .filter((d) => d.status === "LOST")
    .map((d) => ({ deal: d, last: data.byDeal.get(d.id)!.at(-1)! }))
    .filter(({ last }) => last.toStatus === "LOST" && last.at.getTime() >= from && last.at.getTime() < to);
}
