import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

/** Names of the stages, reasons and users rules refer to (for one-line summaries). */
export async function loadRuleNames(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [stages, reasons, users] = await Promise.all([
    db.stage.findMany({ select: { id: true, name: true, pipeline: { select: { name: true } } } }),
    db.lossReason.findMany({ select: { id: true, label: true } }),
    db.user.findMany({ select: { id: true, name: true } }),
  ]);
  const stage = new Map(stages.map((s) => [s.id, `${s.pipeline.name} → ${s.name}`]));
  const reason = new Map(reasons.map((r) => [r.id, r.label]));
  const user = new Map(users.map((u) => [u.id, u.name]));
  return {
    stage: (id: string) => stage.get(id) ?? "?",
    reason: (id: string) => reason.get(id) ?? "?",
    user: (id: string) => user.get(id) ?? "?",
  };
}
