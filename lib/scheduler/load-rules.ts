// The active automations with their parsed trigger and steps. A rule whose stored JSON no longer
// parses is left out (it never fires) rather than stopping every other rule.
import type { Db } from "@/lib/db-client";
import { parseActions, parseTrigger, type AutomationAction, type Trigger } from "@/lib/validation/automations";

export interface Rule<T extends Trigger = Trigger> {
  id: string;
  name: string;
  /** Facts from this moment on fire the rule (see lib/automations/active-since.ts). */
  activeSince: Date;
  trigger: T;
  actions: AutomationAction[];
}

export async function loadActiveRules(db: Db): Promise<Rule[]> {
  const rows = await db.automation.findMany({ where: { active: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, activeSince: true, trigger: true, actions: true } });
  const rules: Rule[] = [];
  for (const row of rows) {
    const trigger = parseTrigger(row.trigger);
    const actions = parseActions(row.actions);
    if (trigger && actions) rules.push({ id: row.id, name: row.name, activeSince: row.activeSince, trigger, actions });
  }
  return rules;
}

export function rulesOf<K extends Trigger["kind"]>(rules: readonly Rule[], ...kinds: K[]): Rule<Extract<Trigger, { kind: K }>>[] {
  return rules.filter((r): r is Rule<Extract<Trigger, { kind: K }>> => (kinds as string[]).includes(r.trigger.kind));
}
