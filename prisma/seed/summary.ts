// What the seed prints at the end: rows per table, the demo's shape, and the logins.
import type { Db } from "../../lib/db-client";
import { DEMO_USERS } from "./users";

export async function printSummary(db: Db, startedAt: number): Promise<void> {
  const counts: Record<string, number> = {
    User: await db.user.count(),
    Pipeline: await db.pipeline.count(),
    Stage: await db.stage.count(),
    LossReason: await db.lossReason.count(),
    Person: await db.person.count(),
    Identity: await db.identity.count(),
    Deal: await db.deal.count(),
    StageTransition: await db.stageTransition.count(),
    StageTotal: await db.stageTotal.count(),
    Event: await db.event.count(),
    Note: await db.note.count(),
    Task: await db.task.count(),
    ScoringRule: await db.scoringRule.count(),
    PersonSignal: await db.personSignal.count(),
    ApiKey: await db.apiKey.count(),
    Setting: await db.setting.count(),
    Automation: await db.automation.count(),
    AuditLog: await db.auditLog.count(),
  };
  const byStatus = await db.deal.groupBy({ by: ["status"], _count: { _all: true } });
  const byTemp = await db.person.groupBy({ by: ["temperature"], _count: { _all: true } });

  console.log("\nSeeded tables:");
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(16)} ${n}`);
  console.log(`  deals by status: ${byStatus.map((g) => `${g.status} ${g._count._all}`).join(", ")}`);
  console.log(`  people by temperature: ${byTemp.map((g) => `${g.temperature} ${g._count._all}`).join(", ")}`);
  console.log(`\nDone in ${((Date.now() - startedAt) / 1000).toFixed(1)} s. Demo logins:`);
  for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(5)} ${u.email.padEnd(20)} ${u.password}`);
}
