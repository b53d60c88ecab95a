import "server-only";
// The event API's domain function: one batch (≤ 1000 events) from a verified API key. Every event
// is checked on its own (bad ones are reported, never stored); the valid ones are written in one
// transaction (write-events.ts), shared with requests that arrive at the same moment
// (group-commit.ts).
import type { VerifiedApiKey } from "@/lib/api-keys/verify-api-key";
import { commitEvents } from "./group-commit";
import { parseEvents, readEnvelope, type RejectedEvent } from "./parse-batch";

export interface IngestResult {
  /** Events stored by this request. */
  accepted: number;
  /** Valid events whose id was already stored (a retry) or repeated within the batch. */
  duplicates: number;
  /** Events not stored, with why; they can be fixed and sent again. */
  rejected: RejectedEvent[];
}

/**
 * Ingests `body` ({ events: [...] }, already parsed from JSON). A wrong envelope throws
 * AppError VALIDATION (a 400); anything wrong with single events is reported in `rejected`.
 */
export async function ingestEvents(options: { key: VerifiedApiKey; body: unknown; now?: Date }): Promise<IngestResult> {
  const batch = parseEvents(readEnvelope(options.body), options.now ?? new Date());
  const accepted = batch.events.length > 0 ? await commitEvents({ events: batch.events, key: options.key }) : 0;
  return { accepted, duplicates: batch.duplicatesInBatch + batch.events.length - accepted, rejected: batch.rejected };
}
