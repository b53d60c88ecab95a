import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-client";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { EditDealInput } from "@/lib/validation/deals";
import { applyDealChange, readDealState, type DealState } from "./apply-deal-change";
import type { DealFields } from "./diff-deal-fields";
import { fieldChangeSelect, labelFieldChanges } from "./field-changes";

export interface EditDealOptions {
  actor: Actor;
  dealId: string;
  /** The version the editor saw: a stale one is a conflict that lists what changed meanwhile. */
  version: number;
  changes: EditDealInput["changes"];
}

export interface EditedDeal {
  id: string;
  version: number;
  title: string;
  value: number; // minor units
  currency: string;
  expectedCloseAt: string | null;
  ownerId: string;
  personId: string | null;
  source: string | null;
  closeDatePushes: number;
  /** How many fields really changed (0: the edit matched what was stored; nothing was written). */
  changed: number;
}

/**
 * Edits a deal's fields (title, money, expected close, owner, person, source) through the one
 * write path. Reps edit their own deals; giving a deal to another owner is for heads and admins
 * (a rep cannot hand a deal over: README, Roles). Open or closed deals alike.
 */
export async function editDeal(options: EditDealOptions): Promise<EditedDeal> {
  const { actor, dealId, version, changes } = options;
  return db.$transaction(async (tx) => {
    const deal = await readDealState(tx, dealId);
    assertCan(actor, "deal.edit", deal);
    if (changes.ownerId !== undefined && changes.ownerId !== deal.ownerId && !can(actor, "deal.assign")) {
      throw new AppError("FORBIDDEN", "Only heads of sales and admins can give a deal to another owner.", { fields: { ownerId: "Not allowed" } });
    }
    if (deal.version !== version) throw await conflict(tx, dealId, version);
    await checkReferences(tx, deal, changes);

    const fields: Partial<DealFields> = {
      title: changes.title,
      value: changes.value === undefined ? undefined : BigInt(changes.value),
      currency: changes.currency,
      expectedCloseAt: changes.expectedCloseAt,
      ownerId: changes.ownerId,
      personId: changes.personId,
      source: changes.source,
    };
    const result = await applyDealChange(tx, { deal, version, change: { fields }, byUserId: actor.id, at: new Date() });
    if (!result.ok) throw await conflict(tx, dealId, version);
    const d = result.deal;
    return {
      id: d.id,
      version: d.version,
      title: d.title,
      value: Number(d.value),
      currency: d.currency,
      expectedCloseAt: d.expectedCloseAt?.toISOString() ?? null,
      ownerId: d.ownerId,
      personId: d.personId,
      source: d.source,
      closeDatePushes: d.closeDatePushes,
      changed: d.changes.length,
    };
  });
}

async function checkReferences(tx: Tx, deal: DealState, changes: EditDealOptions["changes"]): Promise<void> {
  if (changes.ownerId !== undefined && changes.ownerId !== deal.ownerId) {
    const owner = await tx.user.findUnique({ where: { id: changes.ownerId }, select: { active: true } });
    if (!owner?.active) throw new AppError("VALIDATION", "The owner must be an active user.", { fields: { ownerId: "Not an active user" } });
  }
  if (changes.personId && changes.personId !== deal.personId) {
    const person = await tx.person.findUnique({ where: { id: changes.personId }, select: { mergedIntoId: true } });
    if (!person) throw new AppError("VALIDATION", "That person does not exist.", { fields: { personId: "Unknown person" } });
    if (person.mergedIntoId) {
      throw new AppError("VALIDATION", "That profile was merged into another; pick the person again.", { fields: { personId: "Merged profile" } });
    }
  }
}

/**
 * A stale edit: nothing is written, and the editor is told what the others changed since the
 * version they saw (field history rows after it) and what the deal holds now.
 */
async function conflict(tx: Tx, dealId: string, seenVersion: number): Promise<AppError> {
  const [current, rows] = await Promise.all([
    tx.deal.findUnique({ where: { id: dealId }, select: { version: true } }),
    tx.dealFieldChange.findMany({ where: { dealId, version: { gt: seenVersion } }, orderBy: [{ version: "asc" }, { id: "asc" }], take: 20, select: fieldChangeSelect }),
  ]);
  const changes = (await labelFieldChanges(tx, rows)).map((c) => ({ field: c.field, from: c.from, to: c.to, by: c.by, at: c.at.toISOString() }));
  const said = changes.map((c) => `${c.by ?? "Someone"} changed ${c.field} from ${c.from ?? "—"} to ${c.to ?? "—"}`).join("; ");
  return new AppError(
    "CONFLICT",
    `Someone else changed this deal a moment ago${said ? `: ${said}` : " (moved or closed it)"}. Your change was not saved; the deal now shows the latest version.`,
    { currentVersion: current?.version ?? null, params: { reason: "STALE_EDIT", changes } },
  );
}
