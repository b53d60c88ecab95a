import "server-only";
// Every settings change leaves one AuditLog row, written in the same transaction as the change:
// who, what (`stage.update`), which row, and the values before and after.
import type { Tx } from "@/lib/db-client";
import type { Actor } from "@/lib/auth/permissions";

export interface AuditEntry {
  actor: Actor | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping (e.g. how many deals moved). */
  details?: Record<string, unknown>;
  at?: Date;
}

/** JSON.stringify that writes BigInt money as a number string instead of throwing. */
export function auditJson(value: unknown): string {
  return JSON.stringify(value ?? {}, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

export async function writeAuditLog(tx: Tx, entry: AuditEntry): Promise<void> {
  const data: Record<string, unknown> = { ...entry.details };
  if (entry.before !== undefined) data.before = entry.before;
  if (entry.after !== undefined) data.after = entry.after;
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      data: auditJson(data),
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}
