import type { Tx } from "@/lib/db-client";
import type { StepOutcome } from "../finish-step";

/**
 * What a step that talks to the outside (SMTP, webhook) hands back: its outcome, whether the
 * run's final write must still hold the lease (`fenced`: yes when `finalize` only records; no
 * once something left the building, which must be recorded anyway), and the writes that go into
 * the transaction ending the step, given the outcome after the retry policy.
 */
export interface DeliveryResult {
  outcome: StepOutcome;
  fenced: boolean;
  finalize?: (tx: Tx, final: StepOutcome) => Promise<unknown>;
}
