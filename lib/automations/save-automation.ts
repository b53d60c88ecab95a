import "server-only";
// Creates or updates an automation. The trigger, conditions and steps are checked against the
// rows they name (stages, loss reasons, users), and webhook steps share one secret per
// automation (kept when the automation is edited, generated when it has none yet). A rule acts
// from the moment it is created, switched on, or given a new trigger (see active-since.ts).
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { newWebhookSecret } from "@/lib/webhooks/sign";
import { automationInputSchema, parseActions, type AutomationAction, type AutomationConfig, type AutomationInput } from "@/lib/validation/automations";
import { nextActiveSince } from "./active-since";
import { checkReferences } from "./check-references";

export async function saveAutomation(options: { actor: Actor; id?: string | null; input: AutomationInput; now?: Date }) {
  const { actor } = options;
  assertCan(actor, "settings.manage");
  const config = parseSettingsInput(automationInputSchema, options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await checkReferences(tx, config);
    if (!options.id) {
      const actions = withSecret(config.actions, null);
      const created = await tx.automation.create({
        data: { name: config.name, active: config.active, trigger: JSON.stringify(config.trigger), actions: JSON.stringify(actions), activeSince: now, createdAt: now },
        select: { id: true },
      });
      await writeAuditLog(tx, { actor, action: "automation.create", entity: "Automation", entityId: created.id, after: redact({ ...config, actions }), at: now });
      return { id: created.id };
    }
    const before = await tx.automation.findUnique({ where: { id: options.id }, select: { name: true, active: true, trigger: true, actions: true } });
    if (!before) throw new AppError("NOT_FOUND", "This automation no longer exists.");
    const actions = withSecret(config.actions, secretOf(parseActions(before.actions) ?? []));
    const activeSince = nextActiveSince(before, config, now);
    await tx.automation.update({
      where: { id: options.id },
      data: { name: config.name, active: config.active, trigger: JSON.stringify(config.trigger), actions: JSON.stringify(actions), ...(activeSince ? { activeSince } : {}) },
    });
    await writeAuditLog(tx, {
      actor,
      action: "automation.update",
      entity: "Automation",
      entityId: options.id,
      before: redact({ name: before.name, active: before.active, trigger: safeJson(before.trigger), actions: parseActions(before.actions) ?? [] }),
      after: redact({ ...config, actions }),
      details: activeSince ? { activeSince: activeSince.toISOString() } : undefined,
      at: now,
    });
    return { id: options.id };
  });
}

function secretOf(actions: readonly AutomationAction[]): string | null {
  for (const a of actions) if (a.kind === "webhook" && a.secret) return a.secret;
  return null;
}

/** Every webhook step signs with the same secret: the one given, the stored one, or a new one. */
function withSecret(actions: AutomationConfig["actions"], stored: string | null): AutomationAction[] {
  const secret = secretOf(actions) ?? stored ?? newWebhookSecret();
  return actions.map((a) => (a.kind === "webhook" ? { ...a, secret } : a));
}

/** What the audit log keeps: everything but webhook secrets. */
export function redact<T extends { actions: readonly AutomationAction[] }>(config: T): T {
  return { ...config, actions: config.actions.map((a) => (a.kind === "webhook" ? { ...a, secret: "••••" } : a)) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

