import "server-only";
// Admins configure scoring: rules (event type, optional channel, points, half-life, active) and
// the warm/hot thresholds. Rules keep their ids where type and channel stay the same; then every
// signal and score is rebuilt from the events, so the new rules apply to the past too.
import { z } from "zod";
import { db } from "@/lib/db";
import { lockWriters } from "@/lib/db-dialect";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { IDENTITY_LOCK } from "@/lib/people/merge-people";
import { scoringConfigSchema, type ScoringConfigInput } from "@/lib/validation/events";
import { THRESHOLDS_KEY } from "./load-scoring-config";
import { rebuildScores } from "./rebuild-scores";

type Parsed = z.output<typeof scoringConfigSchema>;

export async function saveScoringConfig(options: { actor: Actor; input: ScoringConfigInput; now?: Date }): Promise<{ rules: number; people: number }> {
  assertCan(options.actor, "settings.manage");
  const parsed = scoringConfigSchema.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message]));
    throw new AppError("VALIDATION", issue ? `${issue.path.join(".")}: ${issue.message}` : "Invalid scoring settings", { fields });
  }
  const config: Parsed = parsed.data;
  const now = options.now ?? new Date();

  return db.$transaction(
    async (tx) => {
      await lockWriters(tx, IDENTITY_LOCK);
      const existing = await tx.scoringRule.findMany({ select: { id: true, eventType: true, channel: true } });
      const keyOf = (r: { eventType: string; channel: string | null }) => `${r.eventType}|${r.channel ?? ""}`;
      const byKey = new Map(existing.map((r) => [keyOf(r), r.id]));
      const kept = new Set<string>();
      for (const rule of config.rules) {
        const id = byKey.get(keyOf(rule));
        if (id) {
          kept.add(id);
          await tx.scoringRule.update({ where: { id }, data: rule });
        } else {
          await tx.scoringRule.create({ data: rule });
        }
      }
      await tx.scoringRule.deleteMany({ where: { id: { notIn: [...kept] }, AND: { id: { in: existing.map((r) => r.id) } } } });
      const thresholds = JSON.stringify(config.thresholds);
      await tx.setting.upsert({ where: { key: THRESHOLDS_KEY }, create: { key: THRESHOLDS_KEY, value: thresholds }, update: { value: thresholds } });
      await tx.auditLog.create({
        data: { actorId: options.actor.id, action: "scoring.update", entity: "Setting", entityId: THRESHOLDS_KEY, data: JSON.stringify(config), createdAt: now },
      });
      const rebuilt = await rebuildScores({ tx, now });
      return { rules: config.rules.length, people: rebuilt.people };
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}
