import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { listDealFieldChanges } from "./field-changes";

/** The deal page's core: details, stage stepper, person and history of stages and fields (notes and tasks load on their own). */
export async function getDeal(options: { actor: Actor; dealId: string }) {
  const { actor, dealId } = options;
  assertCan(actor, "deal.view");
  const deal = await db.deal.findUnique({
    where: { id: dealId },
    include: {
      owner: { select: { id: true, name: true } },
      person: {
        select: {
          id: true,
          name: true,
          company: true,
          temperature: true,
          score: true,
          identities: { select: { kind: true, value: true }, orderBy: { createdAt: "asc" } },
        },
      },
      pipeline: {
        select: { id: true, name: true, stages: { orderBy: { position: "asc" }, select: { id: true, name: true, probability: true, color: true } } },
      },
      stage: { select: { id: true, name: true, probability: true, rottingDays: true } },
      lossReason: { select: { label: true } },
      transitions: {
        orderBy: { at: "desc" },
        take: 200,
        select: {
          id: true,
          at: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          fromStage: { select: { name: true } },
          toStage: { select: { name: true } },
          byUser: { select: { name: true } },
          lossReason: { select: { label: true } },
        },
      },
    },
  });
  if (!deal) throw new AppError("NOT_FOUND", "This deal does not exist.");
  const fieldChanges = await listDealFieldChanges(db, dealId);
  return {
    ...deal,
    value: Number(deal.value),
    fieldChanges,
    canEdit: can(actor, "deal.edit", deal),
    canAssign: can(actor, "deal.edit", deal) && can(actor, "deal.assign"),
  };
}

export type DealDetails = Awaited<ReturnType<typeof getDeal>>;
