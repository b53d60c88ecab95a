// One pass over every kind of trigger; each scan enqueues AutomationRun rows with unique dedupe
// keys, so running it on two instances at once (or twice) enqueues each fact once.
import type { Db } from "@/lib/db-client";
import { loadActiveRules } from "./load-rules";
import { scanEvents } from "./scan-events";
import { scanHot, scanIdle } from "./scan-states";
import { scanTransitions } from "./scan-transitions";

export async function scanTriggers(db: Db, now: Date): Promise<number> {
  const rules = await loadActiveRules(db);
  let enqueued = 0;
  enqueued += await scanTransitions(db, rules, now);
  enqueued += await scanEvents(db, rules, now);
  if (rules.length === 0) return enqueued;
  enqueued += await scanIdle(db, rules, now);
  enqueued += await scanHot(db, rules, now);
  return enqueued;
}
