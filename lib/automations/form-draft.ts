// The automation editor's state: strings as the inputs hold them, turned into the saved shape
// (lib/validation/automations.ts) on submit. Delays are edited as a number and a unit.
import type { AutomationAction, AutomationInput, Trigger } from "@/lib/validation/automations";

export type DelayUnit = "minutes" | "hours" | "days";
const MINUTES: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 1440 };

export interface StepDraft {
  key: string;
  kind: AutomationAction["kind"];
  delay: string;
  unit: DelayUnit;
  onlyIfNoTouch: boolean;
  title: string;
  dueInDays: string;
  subject: string;
  body: string;
  url: string;
  secret: string;
  stageId: string;
  ownerId: string;
}

export interface FormDraft {
  name: string;
  active: boolean;
  kind: Trigger["kind"];
  stageId: string;
  days: string;
  eventType: string;
  lossReasonId: string;
  conditions: { pipelineId: string; ownerId: string; minValue: string; source: string; temperature: string };
  steps: StepDraft[];
}

let seq = 0;
export const stepKey = () => `step-${++seq}`;

export function emptyStep(kind: AutomationAction["kind"] = "create_task"): StepDraft {
  return { key: stepKey(), kind, delay: "0", unit: "days", onlyIfNoTouch: false, title: "", dueInDays: "1", subject: "", body: "", url: "", secret: "", stageId: "", ownerId: "" };
}

function splitDelay(minutes: number): { delay: string; unit: DelayUnit } {
  if (minutes > 0 && minutes % 1440 === 0) return { delay: String(minutes / 1440), unit: "days" };
  if (minutes > 0 && minutes % 60 === 0) return { delay: String(minutes / 60), unit: "hours" };
  return { delay: String(minutes), unit: minutes === 0 ? "days" : "minutes" };
}

export function draftFrom(config: { name: string; active: boolean; trigger: Trigger | null; actions: AutomationAction[] } | null): FormDraft {
  const trigger = config?.trigger ?? null;
  const c = trigger?.conditions ?? {};
  return {
    name: config?.name ?? "",
    active: config?.active ?? true,
    kind: trigger?.kind ?? "idle",
    stageId: trigger && "stageId" in trigger ? trigger.stageId : "",
    days: trigger?.kind === "idle" ? String(trigger.days) : "3",
    eventType: trigger?.kind === "event" ? trigger.eventType : "cart_abandoned",
    lossReasonId: trigger?.kind === "deal_lost" ? (trigger.lossReasonId ?? "") : "",
    conditions: {
      pipelineId: c.pipelineId ?? "",
      ownerId: c.ownerId ?? "",
      minValue: c.minValue !== null && c.minValue !== undefined ? String(c.minValue / 100) : "",
      source: c.source ?? "",
      temperature: c.temperature ?? "",
    },
    steps: (config?.actions.length ? config.actions : [null]).map((a) => {
      if (!a) return emptyStep();
      const step = { ...emptyStep(a.kind), ...splitDelay(a.delayMinutes), onlyIfNoTouch: a.onlyIfNoTouch };
      if (a.kind === "create_task") return { ...step, title: a.title, dueInDays: String(a.dueInDays) };
      if (a.kind === "send_email") return { ...step, subject: a.subject, body: a.body };
      if (a.kind === "webhook") return { ...step, url: a.url, secret: a.secret ?? "" };
      if (a.kind === "move_deal") return { ...step, stageId: a.stageId };
      if (a.kind === "change_owner") return { ...step, ownerId: a.ownerId };
      return { ...step, title: a.title };
    }),
  };
}

const num = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

export function inputFrom(draft: FormDraft): AutomationInput {
  const c = draft.conditions;
  const conditions = {
    ...(c.pipelineId ? { pipelineId: c.pipelineId } : {}),
    ...(c.ownerId ? { ownerId: c.ownerId } : {}),
    ...(c.minValue.trim() ? { minValue: Math.round(num(c.minValue) * 100) } : {}),
    ...(c.source.trim() ? { source: c.source.trim() } : {}),
    ...(c.temperature ? { temperature: c.temperature as "COLD" | "WARM" | "HOT" } : {}),
  };
  const trigger = (() => {
    switch (draft.kind) {
      case "stage_entered":
        return { kind: draft.kind, stageId: draft.stageId, conditions };
      case "idle":
        return { kind: draft.kind, stageId: draft.stageId, days: num(draft.days), conditions };
      case "event":
        return { kind: draft.kind, eventType: draft.eventType.trim(), conditions };
      case "became_hot":
        return { kind: draft.kind, conditions };
      case "deal_lost":
        return { kind: draft.kind, lossReasonId: draft.lossReasonId || null, conditions };
    }
  })();
  const actions = draft.steps.map((s) => {
    const base = { delayMinutes: Math.round((num(s.delay) || 0) * MINUTES[s.unit]), onlyIfNoTouch: s.onlyIfNoTouch };
    switch (s.kind) {
      case "create_task":
        return { kind: s.kind, title: s.title, dueInDays: num(s.dueInDays), ...base };
      case "send_email":
        return { kind: s.kind, subject: s.subject, body: s.body, ...base };
      case "webhook":
        return { kind: s.kind, url: s.url.trim(), ...(s.secret ? { secret: s.secret } : {}), ...base };
      case "move_deal":
        return { kind: s.kind, stageId: s.stageId, ...base };
      case "change_owner":
        return { kind: s.kind, ownerId: s.ownerId, ...base };
      case "notify_head":
        return { kind: s.kind, title: s.title, ...base };
    }
  });
  return { name: draft.name, active: draft.active, trigger, actions } as AutomationInput;
}
