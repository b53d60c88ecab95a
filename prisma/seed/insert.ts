// Writes the generated rows with createMany in batches, parents before children.
import type { Tx } from "../../lib/db-client";
import { rebuildStageVisits } from "../../lib/deals/rebuild-stage-visits";
import type { SeedData } from "./types";

const BATCH = 500;

async function inBatches<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function insertAll(tx: Tx, data: SeedData): Promise<void> {
  await tx.user.createMany({ data: data.users });
  await tx.apiKey.createMany({ data: data.apiKeys });
  await tx.pipeline.createMany({ data: data.pipelines });
  await tx.stage.createMany({ data: data.stages });
  await tx.lossReason.createMany({ data: data.lossReasons });
  await tx.leadSource.createMany({ data: data.leadSources });
  await inBatches(data.people, (data) => tx.person.createMany({ data }));
  await inBatches(data.identities, (data) => tx.identity.createMany({ data }));
  await inBatches(data.deals, (data) => tx.deal.createMany({ data }));
  await inBatches(data.transitions, (data) => tx.stageTransition.createMany({ data }));
  await rebuildStageVisits(tx);
  await inBatches(data.events, (data) => tx.event.createMany({ data }));
  await inBatches(data.notes, (data) => tx.note.createMany({ data }));
  await inBatches(data.tasks, (data) => tx.task.createMany({ data }));
  await tx.scoringRule.createMany({ data: data.scoringRules });
  await inBatches(data.personSignals, (data) => tx.personSignal.createMany({ data }));
  await tx.setting.createMany({ data: data.settings });
  await tx.automation.createMany({ data: data.automations });
  await tx.auditLog.createMany({ data: data.auditLogs });
}
