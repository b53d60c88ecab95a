// Runs the current step of one claimed run and ends it (see finish-step.ts for the fencing).
// Before the step: a rule switched off, a closed deal (except for "deal lost" rules) or, for an
// "only if nothing happened" step, a touch since the chain started, ends the chain instead.
import type { Db } from "@/lib/db-client";
import { MAX_ATTEMPTS, touchedSince } from "@/lib/automations/chain";
import type { Mailer } from "@/lib/email/create-mailer";
import type { ClaimedRun } from "./claim-runs";
import { finishStep, LeaseLost, parseResult, type StepOutcome } from "./finish-step";
import { loadRunContext, templateContext } from "./load-run-context";
import { changeOwnerStep, moveDealStep } from "./steps/deal-steps";
import type { DeliveryResult } from "./steps/delivery";
import { createTaskStep, notifyHeadStep } from "./steps/record-steps";
import { sendEmailStep } from "./steps/send-email-step";
import { webhookStep } from "./steps/webhook-step";

export async function executeRun(db: Db, run: ClaimedRun, options: { now: Date; mailer: Mailer | null }): Promise<StepOutcome["status"] | "lost"> {
  const { now, mailer } = options;
  const ctx = await loadRunContext(db, run.id);
  if (!ctx) return "lost";
  const actions = ctx.automation.actions ?? [];
  const action = actions[run.step];
  const end = (outcome: StepOutcome, kind = action?.kind ?? "none") => finish(db, { run, actions, outcome, now, kind, fenced: true });

  if (!ctx.automation.active) return end({ status: "skipped", detail: "The automation was switched off" });
  if (!ctx.automation.trigger || !action) return end({ status: "failed", detail: "The automation's configuration cannot be read" });
  if (ctx.deal && ctx.deal.status !== "OPEN" && ctx.automation.trigger.kind !== "deal_lost") {
    return end({ status: "skipped", detail: `The deal is ${ctx.deal.status.toLowerCase()}` });
  }
  if (action.onlyIfNoTouch && touchedSince(ctx.run.createdAt, ctx.deal?.lastTouchAt, ctx.person?.lastTouchAt)) {
    return end({ status: "skipped", detail: "Stopped: there was a touch since the chain started" });
  }

  const fields = await templateContext(db, ctx);
  if (action.kind === "send_email" || action.kind === "webhook") {
    const delivery: DeliveryResult =
      action.kind === "send_email" ? await sendEmailStep({ db, run, ctx, action, fields, mailer, now }) : await webhookStep({ run, ctx, action, now });
    const outcome = withRetryPolicy(delivery.outcome, parseResult(ctx.run.result).attempts ?? 0);
    return finish(db, { run, actions, outcome, now, kind: action.kind, fenced: delivery.fenced, finalize: delivery.finalize });
  }
  // Record steps: the effect and the step's end in one transaction, or neither.
  try {
    return await db.$transaction(async (tx) => {
      const raw =
        action.kind === "create_task"
          ? await createTaskStep(tx, ctx, action, fields, now)
          : action.kind === "notify_head"
            ? await notifyHeadStep(tx, ctx, action, fields, now)
            : action.kind === "move_deal"
              ? await moveDealStep(tx, ctx, action, now)
              : await changeOwnerStep(tx, ctx, action, now);
      const outcome = withRetryPolicy(raw, parseResult(ctx.run.result).attempts ?? 0);
      if (outcome.status === "retry" || outcome.status === "failed") {
        // Nothing of a step that did not succeed is kept: roll back, then record the outcome.
        throw new StepNotDone(outcome);
      }
      if (!(await finishStep(tx, { run, actions, outcome, now, kind: action.kind }))) throw new LeaseLost(run.id);
      return outcome.status;
    });
  } catch (error) {
    if (error instanceof StepNotDone) return end(error.outcome);
    if (error instanceof LeaseLost) return "lost";
    throw error;
  }
}

class StepNotDone extends Error {
  constructor(readonly outcome: StepOutcome) {
    super(outcome.detail);
  }
}

/** A failed delivery retries with backoff; after MAX_ATTEMPTS it is given up. */
function withRetryPolicy(outcome: StepOutcome, previousAttempts: number): StepOutcome {
  if (outcome.status !== "retry") return outcome;
  const attempt = previousAttempts + 1;
  if (attempt >= MAX_ATTEMPTS) return { status: "failed", detail: `${outcome.detail} (gave up after ${attempt} attempts)` };
  return { ...outcome, attempt };
}

async function finish(
  db: Db,
  options: Parameters<typeof finishStep>[1] & { fenced: boolean; finalize?: DeliveryResult["finalize"] },
): Promise<StepOutcome["status"] | "lost"> {
  const { fenced, finalize, ...rest } = options;
  try {
    return await db.$transaction(async (tx) => {
      await finalize?.(tx, rest.outcome);
      const held = await finishStep(tx, rest);
      if (!held && fenced) throw new LeaseLost(rest.run.id);
      return held ? rest.outcome.status : "lost";
    });
  } catch (error) {
    if (error instanceof LeaseLost) return "lost";
    throw error;
  }
}
