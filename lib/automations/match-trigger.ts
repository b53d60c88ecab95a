// Which stored facts fire which rule, and whether the subject meets the rule's conditions.
// Pure: the scanner (lib/scheduler/scan-*.ts) reads the facts and asks here.
import type { Conditions, Trigger } from "@/lib/validation/automations";

export interface TransitionFact {
  fromStageId: string | null;
  toStageId: string | null;
  fromStatus: string | null;
  toStatus: string;
  lossReasonId: string | null;
  /** null for moves made by an automation: automations do not trigger each other (no loops). */
  byUserId: string | null;
}

/** "Deal entered stage X": created in X, moved into X, or reopened into X. */
export function entersStage(trigger: Trigger, t: TransitionFact): boolean {
  if (trigger.kind !== "stage_entered" || t.byUserId === null) return false;
  if (t.toStatus !== "OPEN" || t.toStageId !== trigger.stageId) return false;
  return t.fromStatus !== "OPEN" || t.fromStageId !== t.toStageId;
}

/** "Deal lost (with reason X)": any reason when the rule names none. */
export function isLoss(trigger: Trigger, t: TransitionFact): boolean {
  if (trigger.kind !== "deal_lost" || t.toStatus !== "LOST" || t.fromStatus === "LOST") return false;
  return !trigger.lossReasonId || trigger.lossReasonId === t.lossReasonId;
}

export function transitionFires(trigger: Trigger, t: TransitionFact): boolean {
  return entersStage(trigger, t) || isLoss(trigger, t);
}

export interface SubjectFacts {
  deal: { pipelineId: string; ownerId: string; value: bigint | number; source: string | null } | null;
  person: { temperature: string } | null;
}

/** Every condition the rule sets must hold; a condition on a deal fails when there is no deal. */
export function meetsConditions(conditions: Conditions | undefined, subject: SubjectFacts): boolean {
  if (!conditions) return true;
  const { deal, person } = subject;
  if (conditions.pipelineId && deal?.pipelineId !== conditions.pipelineId) return false;
  if (conditions.ownerId && deal?.ownerId !== conditions.ownerId) return false;
  if (conditions.minValue !== null && conditions.minValue !== undefined) {
    if (!deal || Number(deal.value) < conditions.minValue) return false;
  }
  if (conditions.source && (deal?.source ?? "").toLowerCase() !== conditions.source.toLowerCase()) return false;
  if (conditions.temperature && person?.temperature !== conditions.temperature) return false;
  return true;
}

/** Dedupe keys: one run per rule × subject × triggering fact, whichever instance sees it first. */
export const dedupeKeys = {
  transition: (automationId: string, transitionId: string) => `${automationId}:t:${transitionId}`,
  event: (automationId: string, eventId: string) => `${automationId}:e:${eventId}`,
  hot: (automationId: string, personId: string) => `${automationId}:hot:${personId}`,
  idle: (automationId: string, dealId: string, lastTouchAt: Date) => `${automationId}:idle:${dealId}:${lastTouchAt.getTime()}`,
};
