import type { AutomationAction, Trigger } from "@/lib/validation/automations";

type T = (key: string, values?: Record<string, string | number>) => string;

export interface Names {
  stage: (id: string) => string;
  reason: (id: string) => string;
  user: (id: string) => string;
  /** An event type worded in the UI language (the code itself when unknown). */
  event?: (type: string) => string;
}

/** "Deal idle 3 days in “Предложение”" — one line for a trigger, in the UI language. */
export function triggerSummary(t: T, trigger: Trigger | null, names: Names): string {
  if (!trigger) return t("summary.unreadable");
  switch (trigger.kind) {
    case "stage_entered":
      return t("summary.stage_entered", { stage: names.stage(trigger.stageId) });
    case "idle":
      return t("summary.idle", { stage: names.stage(trigger.stageId), days: trigger.days });
    case "event":
      return t("summary.event", { type: names.event?.(trigger.eventType) ?? trigger.eventType });
    case "became_hot":
      return t("summary.became_hot");
    case "deal_lost":
      return trigger.lossReasonId ? t("summary.deal_lost_reason", { reason: names.reason(trigger.lossReasonId) }) : t("summary.deal_lost");
  }
}

/** "after 2 days, if nothing happened: send an email" — one line per step. */
export function stepSummary(t: T, action: AutomationAction, names: Names): string {
  const what = (() => {
    switch (action.kind) {
      case "create_task":
        return t("summary.create_task", { title: action.title });
      case "send_email":
        return t("summary.send_email", { subject: action.subject });
      case "webhook":
        return t("summary.webhook", { host: hostOf(action.url) });
      case "move_deal":
        return t("summary.move_deal", { stage: names.stage(action.stageId) });
      case "change_owner":
        return t("summary.change_owner", { user: names.user(action.ownerId) });
      case "notify_head":
        return t("summary.notify_head", { title: action.title });
    }
  })();
  const wait = action.delayMinutes > 0 ? t("summary.after", { delay: delayText(t, action.delayMinutes) }) : "";
  const guard = action.onlyIfNoTouch ? t("summary.ifNoTouch") : "";
  return [wait, guard, what].filter(Boolean).join(" ");
}

export function delayText(t: T, minutes: number): string {
  if (minutes % 1440 === 0) return t("summary.days", { count: minutes / 1440 });
  if (minutes % 60 === 0) return t("summary.hours", { count: minutes / 60 });
  return t("summary.minutes", { count: minutes });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
