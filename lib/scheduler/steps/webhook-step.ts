// The webhook step: POST a signed JSON description of the run to the rule's URL. The delivery id
// (run + step) is the same on every retry, so the receiver can drop a repeat; failures retry
// with exponential backoff (see chain.ts) until MAX_ATTEMPTS.
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";
import type { AutomationAction } from "@/lib/validation/automations";
import type { ClaimedRun } from "../claim-runs";
import type { RunContext } from "../load-run-context";
import type { DeliveryResult } from "./delivery";

export async function webhookStep(options: {
  run: ClaimedRun;
  ctx: RunContext;
  action: Extract<AutomationAction, { kind: "webhook" }>;
  now: Date;
}): Promise<DeliveryResult> {
  const { run, ctx, action, now } = options;
  if (!action.secret) return { outcome: { status: "failed", detail: "The webhook has no signing secret; save the automation again" }, fenced: true };
  const deliveryId = `${run.id}:${run.step}`;
  const { deal, person } = ctx;
  const payload = {
    id: deliveryId,
    type: "automation.step",
    occurredAt: now.toISOString(),
    automation: { id: ctx.automation.id, name: ctx.automation.name, trigger: ctx.automation.trigger?.kind ?? null, step: run.step },
    deal: deal
      ? { id: deal.id, title: deal.title, status: deal.status, value: deal.value.toString(), currency: deal.currency, pipelineId: deal.pipelineId, stageId: deal.stageId, stage: deal.stage.name, ownerId: deal.ownerId, owner: deal.owner.name }
      : null,
    person: person ? { id: person.id, name: person.name, company: person.company, email: person.email, temperature: person.temperature } : null,
  };
  const result = await deliverWebhook({ url: action.url, secret: action.secret, deliveryId, payload, now });
  if (result.ok) return { outcome: { status: "done", detail: `Webhook answered ${result.status}` }, fenced: false };
  return { outcome: { status: "retry", detail: `Webhook: ${result.error}`, attempt: 0 }, fenced: false };
}
