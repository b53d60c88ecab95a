import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const COMMON_EVENT_TYPES = ["page_view", "cart_add", "cart_abandoned", "checkout_started", "order", "form_submit", "message", "call", "email_open", "email_click", "ad_click"];

/** What the automation editor offers: stages by pipeline, loss reasons, active users, event types. */
export async function getAutomationOptions(options: { actor: Actor }) {
  assertCan(options.actor, "settings.manage");
  const [pipelines, lossReasons, users, rules] = await Promise.all([
    db.pipeline.findMany({
      orderBy: [{ archived: "asc" }, { position: "asc" }],
      select: { id: true, name: true, archived: true, stages: { orderBy: { position: "asc" }, select: { id: true, name: true } } },
    }),
    db.lossReason.findMany({ orderBy: [{ active: "desc" }, { position: "asc" }], select: { id: true, label: true, active: true } }),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.scoringRule.findMany({ distinct: ["eventType"], select: { eventType: true } }),
  ]);
  const eventTypes = [...new Set([...COMMON_EVENT_TYPES, ...rules.map((r) => r.eventType)])].sort();
  return { pipelines, lossReasons, users, eventTypes };
}
