import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** The reasons a rep may pick when losing a deal (active ones, in the admin's order). */
export async function listActiveLossReasons(options: { actor: Actor }) {
  void options.actor;
  return db.lossReason.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
    select: { id: true, label: true },
  });
}

export type LossReasonOption = Awaited<ReturnType<typeof listActiveLossReasons>>[number];
