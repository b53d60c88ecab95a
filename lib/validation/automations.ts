import { z } from "zod";
import { idString as id, multiLine, singleLine } from "./text";

// The shapes of Automation.trigger and Automation.actions (JSON text columns). The demo seed's
// rules ({ kind: "event", eventType } → [{ kind: "create_task", title, dueInDays }]) parse as is.

const text = (max: number, message = "Required") => singleLine().min(1, message).max(max, `At most ${max} characters`);
const eventType = singleLine()
  .min(1, "Name the event type, e.g. cart_abandoned")
  .max(64)
  .regex(/^[a-z0-9_.:-]+$/i, "Letters, digits and _ . : - only");

/** Extra filters on the subject, checked when the trigger fires (all optional, all must hold). */
export const conditionsSchema = z
  .object({
    pipelineId: id.nullish(),
    ownerId: id.nullish(),
    /** Deal value at least this much, in minor units. */
    minValue: z.number().int().min(0).nullish(),
    source: singleLine().max(64).nullish(),
    temperature: z.enum(["COLD", "WARM", "HOT"]).nullish(),
  })
  .default({});
export type Conditions = z.infer<typeof conditionsSchema>;

export const triggerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("stage_entered"), stageId: id, conditions: conditionsSchema }),
  z.object({
    kind: z.literal("idle"),
    stageId: id,
    days: z.number({ error: "Days must be a number" }).min(0.01, "At least a little idle time").max(365, "At most 365 days"),
    conditions: conditionsSchema,
  }),
  z.object({ kind: z.literal("event"), eventType, conditions: conditionsSchema }),
  z.object({ kind: z.literal("became_hot"), conditions: conditionsSchema }),
  z.object({ kind: z.literal("deal_lost"), lossReasonId: id.nullish(), conditions: conditionsSchema }),
]);
export type Trigger = z.infer<typeof triggerSchema>;
export type TriggerKind = Trigger["kind"];
export const TRIGGER_KINDS = ["stage_entered", "idle", "event", "became_hot", "deal_lost"] as const satisfies readonly TriggerKind[];

/** Every step: wait `delayMinutes` after the previous one; optionally only if nothing happened. */
const stepBase = {
  delayMinutes: z.number().int().min(0).max(60 * 24 * 365).default(0),
  /** Stop the chain here when the deal or person was touched since the chain started. */
  onlyIfNoTouch: z.boolean().default(false),
};

export const actionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("create_task"), title: text(200, "Say what needs doing"), dueInDays: z.number().min(0).max(365).default(1), ...stepBase }),
  z.object({ kind: z.literal("send_email"), subject: text(200, "Write a subject"), body: multiLine().min(1, "Write the message").max(10_000, "At most 10000 characters"), ...stepBase }),
  z.object({
    kind: z.literal("webhook"),
    url: z.url({ protocol: /^https?$/, error: "Enter an http(s) URL" }).max(2000),
    /** HMAC-SHA256 key; the automation's own, generated when saved without one. */
    secret: singleLine({ trim: false }).min(16).max(200).optional(),
    ...stepBase,
  }),
  z.object({ kind: z.literal("move_deal"), stageId: id, ...stepBase }),
  z.object({ kind: z.literal("change_owner"), ownerId: id, ...stepBase }),
  z.object({ kind: z.literal("notify_head"), title: text(200, "Write what the head of sales should know"), ...stepBase }),
]);
export type AutomationAction = z.infer<typeof actionSchema>;
export type ActionKind = AutomationAction["kind"];
export const ACTION_KINDS = ["create_task", "send_email", "webhook", "move_deal", "change_owner", "notify_head"] as const satisfies readonly ActionKind[];

export const actionsSchema = z.array(actionSchema).min(1, "Add at least one action").max(10, "At most 10 steps");

export const automationInputSchema = z.object({
  name: text(120, "Give the automation a name"),
  active: z.boolean().default(true),
  trigger: triggerSchema,
  actions: actionsSchema,
});
export type AutomationInput = z.input<typeof automationInputSchema>;
export type AutomationConfig = z.output<typeof automationInputSchema>;

export const updateAutomationSchema = automationInputSchema.extend({ id });
export const automationIdSchema = z.object({ id });
export const setAutomationActiveSchema = z.object({ id, active: z.boolean() });

/** Reads a stored trigger; null when the JSON no longer fits (the rule is then never fired). */
export function parseTrigger(json: string): Trigger | null {
  try {
    const parsed = triggerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseActions(json: string): AutomationAction[] | null {
  try {
    const parsed = actionsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How far back "Run on past data…" may reach, in days. */
export const REPLAY_WINDOWS = [1, 7, 30, 90] as const;
export type ReplayWindow = (typeof REPLAY_WINDOWS)[number];
export const replayPreviewSchema = z.object({ id, days: z.literal(REPLAY_WINDOWS, { error: "Choose 1, 7, 30 or 90 days" }) });
/** The replay itself carries the count the admin confirmed: more than that is refused. */
export const replayAutomationSchema = replayPreviewSchema.extend({ expectedRuns: z.number().int().min(0).max(1_000_000) });

export const notificationIdSchema = z.object({ id: id.nullish() });
