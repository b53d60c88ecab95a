// "From now on": a rule acts on the facts whose moment is at or after its activeSince, which is
// set when the rule is created, switched on (off → on), or saved with a different trigger while on
// (a new stage, event type, idle days or condition is, for the scheduler, a new rule). Editing only
// the name or the steps keeps it. What each trigger kind counts as a fact's moment:
//   event           the event's arrival (Event.receivedAt)
//   stage_entered   the move into the stage (StageTransition.at)
//   deal_lost       the loss (StageTransition.at)
//   idle N days     when the deal crossed the line: its last touch + N days
//   became_hot      the hot person's last activity (Person.lastTouchAt)
// Older facts are acted on only through an explicit replay (lib/automations/replay-automation.ts).
import { parseTrigger, type Trigger } from "@/lib/validation/automations";

/** The activeSince to write with a save, or undefined to keep the stored one. */
export function nextActiveSince(
  before: { active: boolean; trigger: string } | null,
  after: { active: boolean; trigger: Trigger },
  now: Date,
): Date | undefined {
  if (!after.active) return before ? undefined : now;
  if (!before || !before.active) return now;
  const stored = parseTrigger(before.trigger);
  return stored && canonical(stored) === canonical(after.trigger) ? undefined : now;
}

/** JSON with sorted keys and no empty values, so equal triggers compare equal however stored. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
