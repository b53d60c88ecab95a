// Configuration rows: scoring rules and thresholds, the demo logins (demo mode), two sample
// automations (inactive, so they never fire behind a test's back), and a few audit entries for
// the admin's setup.
import type { Prisma } from "../../lib/generated/prisma/client";
import { addDays, newId } from "./random";
import type { SeedData } from "./types";
import { DEMO_LOGINS_SETTING } from "../../lib/accounts/setting-keys";
import { DEMO_PASSWORD, DEMO_USERS, type UserIds } from "./users";

export const SCORING_POINTS: Record<string, number> = {
  page_view: 1,
  cart_add: 8,
  cart_abandoned: 5,
  checkout_started: 12,
  order: 30,
  message: 6,
  call: 10,
  email_open: 2,
  email_click: 4,
  form_submit: 15,
  ad_click: 3,
};
export const HALF_LIFE_DAYS = 14;
export const THRESHOLDS = { warm: 25, hot: 60 };

export function addSettings(data: SeedData, users: UserIds, pipelineIds: string[], now: Date): void {
  data.scoringRules.push(
    ...Object.entries(SCORING_POINTS).map(([eventType, points]) => ({
      id: newId(),
      eventType,
      channel: null,
      points,
      halfLifeDays: HALF_LIFE_DAYS,
      active: true,
    })),
  );
  data.settings.push({ key: "scoring.thresholds", value: JSON.stringify(THRESHOLDS) });
  // Demo mode: the sign-in page lists these logins only while this row exists.
  data.settings.push({
    key: DEMO_LOGINS_SETTING,
    value: JSON.stringify({ password: DEMO_PASSWORD, users: DEMO_USERS.map(({ email, role }) => ({ email, role })) }),
  });

  const setupAt = addDays(now, -195);
  const automations: Prisma.AutomationCreateManyInput[] = [
    {
      id: newId(),
      name: "Left the cart → task",
      active: false,
      trigger: JSON.stringify({ kind: "event", eventType: "cart_abandoned" }),
      actions: JSON.stringify([{ kind: "create_task", title: "Call about the abandoned cart", dueInDays: 1 }]),
      createdAt: setupAt,
      updatedAt: setupAt,
    },
    {
      id: newId(),
      name: "Demo request → call within the hour",
      active: false,
      trigger: JSON.stringify({ kind: "event", eventType: "form_submit" }),
      actions: JSON.stringify([{ kind: "create_task", title: "Call the new lead back", dueInDays: 0 }]),
      createdAt: setupAt,
      updatedAt: setupAt,
    },
  ];
  data.automations.push(...automations);

  const audit = (action: string, entity: string, entityId: string, body: object, daysAgo: number) =>
    data.auditLogs.push({ id: newId(), actorId: users.admin, action, entity, entityId, data: JSON.stringify(body), createdAt: addDays(now, -daysAgo) });
  pipelineIds.forEach((id, i) => audit("pipeline.create", "Pipeline", id, { seeded: true }, 199 - i));
  automations.forEach((a) => audit("automation.create", "Automation", a.id!, { name: a.name }, 195));
  audit("scoring.update", "Setting", "scoring.thresholds", THRESHOLDS, 194);
}
