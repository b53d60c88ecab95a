// Two demo pipelines. Stages follow the source articles: a B2B funnel where deals leak between
// demo and proposal, and a shop funnel "visited → returned → cart → checkout → paid → delivered"
// ("Зашёл — заинтересовался, вернулся — запомнил, положил в корзину — почти купил").
import type { Prisma } from "../../lib/generated/prisma/client";
import { newId } from "./random";
import type { StageRow } from "./types";

export type PipelineKey = "b2b" | "shop";

interface StageDef {
  key: string;
  name: string;
  probability: number;
  rottingDays: number | null;
  color: string;
}

interface PipelineDef {
  key: PipelineKey;
  name: string;
  currency: string;
  stages: StageDef[];
}

export const PIPELINE_DEFS: PipelineDef[] = [
  {
    key: "b2b",
    name: "B2B Sales",
    currency: "RUB",
    stages: [
      { key: "lead", name: "Lead in", probability: 10, rottingDays: 3, color: "#94a3b8" },
      { key: "qualified", name: "Qualified", probability: 20, rottingDays: 5, color: "#60a5fa" },
      { key: "discovery", name: "Discovery call", probability: 30, rottingDays: 7, color: "#38bdf8" },
      { key: "demo", name: "Demo", probability: 45, rottingDays: 7, color: "#818cf8" },
      { key: "proposal", name: "Proposal sent", probability: 60, rottingDays: 10, color: "#a78bfa" },
      { key: "negotiation", name: "Negotiation", probability: 75, rottingDays: 14, color: "#f59e0b" },
      { key: "contract", name: "Contract", probability: 90, rottingDays: 14, color: "#22c55e" },
    ],
  },
  {
    key: "shop",
    name: "Online store / E-commerce",
    currency: "RUB",
    stages: [
      { key: "visited", name: "Visited", probability: 5, rottingDays: 7, color: "#94a3b8" },
      { key: "returned", name: "Returned", probability: 10, rottingDays: 5, color: "#60a5fa" },
      { key: "cart", name: "Cart", probability: 25, rottingDays: 2, color: "#f97316" },
      { key: "checkout", name: "Checkout started", probability: 45, rottingDays: 1, color: "#eab308" },
      { key: "payment", name: "Payment pending", probability: 70, rottingDays: 1, color: "#a78bfa" },
      { key: "confirmed", name: "Order confirmed", probability: 85, rottingDays: 3, color: "#14b8a6" },
      { key: "delivery", name: "Delivery", probability: 95, rottingDays: null, color: "#22c55e" },
    ],
  },
];

export interface PipelineRef {
  key: PipelineKey;
  id: string;
  currency: string;
  /** Stages in board order; `stageKeys[i]` is the definition key of `stages[i]`. */
  stages: StageRow[];
  stageKeys: string[];
}

export type Pipelines = Record<PipelineKey, PipelineRef>;

/** Index of a stage by its definition key, e.g. stageIndex(p.shop, "cart"). */
export function stageIndex(pipeline: PipelineRef, key: string): number {
  const i = pipeline.stageKeys.indexOf(key);
  if (i < 0) throw new Error(`Unknown stage "${key}" in pipeline ${pipeline.key}`);
  return i;
}

export function buildPipelines(now: Date): {
  pipelines: Prisma.PipelineCreateManyInput[];
  stages: StageRow[];
  refs: Pipelines;
} {
  const pipelines: Prisma.PipelineCreateManyInput[] = [];
  const stages: StageRow[] = [];
  const refs = {} as Pipelines;
  const createdAt = new Date(now.getTime() - 200 * 86_400_000);
  PIPELINE_DEFS.forEach((def, position) => {
    const id = newId();
    pipelines.push({ id, name: def.name, position, currency: def.currency, createdAt });
    const rows: StageRow[] = def.stages.map((s, i) => ({
      id: newId(),
      pipelineId: id,
      name: s.name,
      position: i,
      probability: s.probability,
      rottingDays: s.rottingDays,
      color: s.color,
    }));
    stages.push(...rows);
    refs[def.key] = { key: def.key, id, currency: def.currency, stages: rows, stageKeys: def.stages.map((s) => s.key) };
  });
  return { pipelines, stages, refs };
}
