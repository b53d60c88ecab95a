// A pipeline of the test's own (so the demo pipelines the other specs use stay as they are),
// removed with everything in it when the test ends.
import { e2eDb, type Db } from "../fixtures/db";
import { uniqueTitle } from "../fixtures/seed";

export interface TestPipeline {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

export async function createTestPipeline(stageNames: string[], db: Db = e2eDb()): Promise<TestPipeline> {
  const name = uniqueTitle("pipeline");
  const last = await db.pipeline.aggregate({ _max: { position: true } });
  const pipeline = await db.pipeline.create({
    data: { name, position: (last._max.position ?? 0) + 1, stages: { create: stageNames.map((s, position) => ({ name: s, position, probability: 10 + position * 20 })) } },
    select: { id: true, name: true, stages: { orderBy: { position: "asc" }, select: { id: true, name: true } } },
  });
  return pipeline;
}

/** Deletes a test pipeline with its deals (and their tasks, transitions, totals). */
export async function removePipeline(id: string, db: Db = e2eDb()): Promise<void> {
  const deals = await db.deal.findMany({ where: { pipelineId: id }, select: { id: true } });
  await db.automationRun.deleteMany({ where: { dealId: { in: deals.map((d) => d.id) } } });
  await db.stageTransition.deleteMany({ where: { pipelineId: id } });
  await db.deal.deleteMany({ where: { pipelineId: id } });
  await db.stage.deleteMany({ where: { pipelineId: id } });
  await db.pipeline.delete({ where: { id } }).catch(() => {});
}

/** The stage names of a pipeline in board order, as stored. */
export async function stageOrder(pipelineId: string, db: Db = e2eDb()): Promise<string[]> {
  const stages = await db.stage.findMany({ where: { pipelineId }, orderBy: { position: "asc" }, select: { name: true } });
  return stages.map((s) => s.name);
}

