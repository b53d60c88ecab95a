// Steps whose whole effect is rows in the database (a task, notifications): written in the same
// transaction that advances the run, so a step is done exactly once or not at all.
import type { Tx } from "@/lib/db-client";
import { renderTemplate, type TemplateContext } from "@/lib/automations/template";
import type { AutomationAction } from "@/lib/validation/automations";
import type { StepOutcome } from "../finish-step";
import type { RunContext } from "../load-run-context";

const DAY = 86_400_000;

export async function createTaskStep(
  tx: Tx,
  ctx: RunContext,
  action: Extract<AutomationAction, { kind: "create_task" }>,
  fields: TemplateContext,
  now: Date,
): Promise<StepOutcome> {
  const assigneeId = ctx.deal?.ownerId ?? ctx.person?.ownerId ?? null;
  if (!assigneeId) return { status: "skipped", detail: "No owner to give the task to" };
  const task = await tx.task.create({
    data: {
      title: renderTemplate(action.title, fields).slice(0, 200) || action.title,
      dueAt: new Date(now.getTime() + action.dueInDays * DAY),
      assigneeId,
      createdById: null,
      dealId: ctx.deal?.id ?? null,
      personId: ctx.person?.id ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  return { status: "done", detail: `Task ${task.id} for ${ctx.deal?.owner.name ?? "the person's owner"}` };
}

export async function notifyHeadStep(
  tx: Tx,
  ctx: RunContext,
  action: Extract<AutomationAction, { kind: "notify_head" }>,
  fields: TemplateContext,
  now: Date,
): Promise<StepOutcome> {
  const heads = await tx.user.findMany({ where: { role: "HEAD", active: true }, select: { id: true } });
  if (heads.length === 0) return { status: "skipped", detail: "No active head of sales to notify" };
  const subject = ctx.deal?.title ?? ctx.person?.name ?? "";
  await tx.notification.createMany({
    data: heads.map((h) => ({
      userId: h.id,
      title: renderTemplate(action.title, fields).slice(0, 200) || action.title,
      body: [ctx.automation.name, subject].filter(Boolean).join(" · "),
      link: ctx.deal ? `/deals/${ctx.deal.id}` : ctx.person ? `/people/${ctx.person.id}` : null,
      createdAt: now,
    })),
  });
  return { status: "done", detail: `Notified ${heads.length} head(s) of sales` };
}
