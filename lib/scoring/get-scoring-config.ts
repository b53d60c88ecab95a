import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseThresholds, THRESHOLDS_KEY } from "./load-scoring-config";
import type { Thresholds } from "./score-math";

export interface ScoringRuleRow {
  id: string;
  eventType: string;
  channel: string | null;
  points: number;
  halfLifeDays: number;
  active: boolean;
}

/** Every scoring rule (inactive ones too) and the thresholds, for the settings form. */
export async function getScoringConfig(options: { actor: Actor }): Promise<{ rules: ScoringRuleRow[]; thresholds: Thresholds }> {
  assertCan(options.actor, "settings.manage");
  const [rules, setting] = await Promise.all([
    db.scoringRule.findMany({ orderBy: [{ eventType: "asc" }, { channel: "asc" }, { id: "asc" }] }),
    db.setting.findUnique({ where: { key: THRESHOLDS_KEY } }),
  ]);
  return { rules, thresholds: parseThresholds(setting?.value) };
}
