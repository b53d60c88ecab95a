// Empties every application table, children before parents, so foreign keys never complain.
// Prisma's own _prisma_migrations table is left alone.
import type { Tx } from "../../lib/db-client";

export async function wipeAll(tx: Tx): Promise<void> {
  await tx.automationRun.deleteMany({});
  await tx.automation.deleteMany({});
  await tx.stageTotal.deleteMany({});
  await tx.stageVisit.deleteMany({});
  await tx.stageTransition.deleteMany({});
  await tx.task.deleteMany({});
  await tx.note.deleteMany({});
  await tx.personSignal.deleteMany({});
  await tx.event.deleteMany({});
  await tx.mergeSuggestion.deleteMany({});
  await tx.identity.deleteMany({});
  await tx.deal.deleteMany({});
  await tx.person.deleteMany({});
  await tx.stage.deleteMany({});
  await tx.pipeline.deleteMany({});
  await tx.lossReason.deleteMany({});
  await tx.leadSource.deleteMany({});
  await tx.scoringRule.deleteMany({});
  await tx.setting.deleteMany({});
  await tx.apiKey.deleteMany({});
  await tx.auditLog.deleteMany({});
  await tx.rateLimit.deleteMany({});
  await tx.loginBackoff.deleteMany({});
  await tx.outboundEmail.deleteMany({});
  await tx.accountToken.deleteMany({});
  await tx.notification.deleteMany({});
  await tx.revokedSession.deleteMany({});
  await tx.user.deleteMany({});
}
