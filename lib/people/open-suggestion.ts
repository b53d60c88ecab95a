import "server-only";
import type { Tx } from "@/lib/db-client";
import { AppError } from "@/lib/errors/app-error";

/** A suggested merge still waiting for a decision, read inside the deciding transaction. */
export async function openSuggestion(tx: Tx, id: string) {
  const suggestion = await tx.mergeSuggestion.findUnique({
    where: { id },
    select: { id: true, personAId: true, personBId: true, identityKind: true, identityValue: true, eventId: true, status: true },
  });
  if (!suggestion) throw new AppError("NOT_FOUND", "This suggested merge does not exist.");
  if (suggestion.status !== "OPEN") {
    throw new AppError("CONFLICT", `This suggested merge was already ${suggestion.status === "CONFIRMED" ? "confirmed" : "dismissed"}.`);
  }
  return suggestion;
}
