// The email step. The OutboundEmail row's id is derived from run and step, so every attempt
// works on the same row:
// - no SMTP configured: the email goes to the OUTBOX in the same transaction that ends the step;
// - SMTP: the row goes QUEUED → SENDING (while the lease is held) before the SMTP conversation
//   and SENDING → SENT in the transaction that ends the step. A scheduler that takes over a run
//   and finds SENDING cannot know whether the mail left, so it never sends it again (at most
//   once); the Message-ID is stable too, so a mail server can drop a repeat.
import type { Db } from "@/lib/db-client";
import { renderTemplate, type TemplateContext } from "@/lib/automations/template";
import type { Mailer } from "@/lib/email/create-mailer";
import type { AutomationAction } from "@/lib/validation/automations";
import type { ClaimedRun } from "../claim-runs";
import { holdsLease, LeaseLost } from "../finish-step";
import type { RunContext } from "../load-run-context";
import type { DeliveryResult } from "./delivery";

export const emailIdFor = (run: ClaimedRun) => `em_${run.id}_${run.step}`;

export async function sendEmailStep(options: {
  db: Db;
  run: ClaimedRun;
  ctx: RunContext;
  action: Extract<AutomationAction, { kind: "send_email" }>;
  fields: TemplateContext;
  mailer: Mailer | null;
  now: Date;
}): Promise<DeliveryResult> {
  const { db, run, ctx, action, fields, mailer, now } = options;
  const to = ctx.person?.email;
  if (!to) return { outcome: { status: "skipped", detail: "The person has no email address" }, fenced: true };
  const id = emailIdFor(run);
  const existing = await db.outboundEmail.findUnique({ where: { id }, select: { status: true } });
  if (existing?.status === "SENT" || existing?.status === "OUTBOX") {
    return { outcome: { status: "done", detail: `Email to ${to} (${existing.status.toLowerCase()})` }, fenced: true };
  }
  if (existing?.status === "SENDING") {
    return {
      outcome: { status: "failed", detail: `Email to ${to} was interrupted while sending; not sent again to avoid a duplicate` },
      fenced: true,
      finalize: (tx) => tx.outboundEmail.updateMany({ where: { id, status: "SENDING" }, data: { status: "FAILED", error: "Interrupted while sending; not sent again to avoid a duplicate." } }),
    };
  }
  const row = { id, to, subject: renderTemplate(action.subject, fields).slice(0, 200), body: renderTemplate(action.body, fields) };
  const links = { automationRunId: run.id, personId: ctx.person?.id ?? null, dealId: ctx.deal?.id ?? null, createdAt: now };
  if (!mailer) {
    return {
      outcome: { status: "done", detail: `Email to ${to} kept in the outbox (no SMTP configured)` },
      fenced: true,
      finalize: async (tx) => {
        await tx.outboundEmail.deleteMany({ where: { id, status: "QUEUED" } });
        await tx.outboundEmail.create({ data: { ...row, ...links, status: "OUTBOX" } });
      },
    };
  }
  await db.$transaction(async (tx) => {
    if (!(await holdsLease(tx, run))) throw new LeaseLost(run.id);
    if (!existing) await tx.outboundEmail.create({ data: { ...row, ...links, status: "QUEUED" } });
    await tx.outboundEmail.updateMany({ where: { id, status: "QUEUED" }, data: { status: "SENDING", subject: row.subject, body: row.body, to } });
  });
  try {
    await mailer.send({ to, subject: row.subject, text: row.body, messageId: `<${id}@voronka>` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.outboundEmail.updateMany({ where: { id, status: "SENDING" }, data: { status: "QUEUED", error: message.slice(0, 500) } });
    return {
      outcome: { status: "retry", detail: `SMTP: ${message}`, attempt: 0 },
      fenced: false,
      // After the last attempt the email is given up.
      finalize: (tx, final) => (final.status === "failed" ? tx.outboundEmail.updateMany({ where: { id, status: "QUEUED" }, data: { status: "FAILED" } }) : Promise.resolve()),
    };
  }
  return {
    outcome: { status: "done", detail: `Email sent to ${to}` },
    // Sent is sent: the row says so even if another scheduler took the run over meanwhile.
    fenced: false,
    finalize: (tx) => tx.outboundEmail.updateMany({ where: { id, status: "SENDING" }, data: { status: "SENT", sentAt: now, error: null } }),
  };
}
