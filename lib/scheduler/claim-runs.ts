// Taking runs to work on, safely across instances. A run is claimed with one conditional UPDATE
// (compare-and-set on the state this scheduler read): PENDING and due, or RUNNING with an
// expired lease (its scheduler died). Only one of two schedulers racing for a run matches; the
// lease (lockedUntil) it writes is its fencing token: every later write of the run requires it.
import type { Db } from "@/lib/db-client";

export interface ClaimedRun {
  id: string;
  step: number;
  lease: Date;
}

export async function claimRuns(db: Db, options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedRun[]> {
  const { now, limit, leaseMs } = options;
  const candidates = await db.automationRun.findMany({
    where: { OR: [{ status: "PENDING", dueAt: { lte: now } }, { status: "RUNNING", lockedUntil: { lt: now } }] },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, step: true, status: true, lockedUntil: true },
  });
  const lease = new Date(now.getTime() + leaseMs);
  const claimed: ClaimedRun[] = [];
  for (const run of candidates) {
    const updated = await db.automationRun.updateMany({
      where: {
        id: run.id,
        step: run.step,
        status: run.status,
        lockedUntil: run.lockedUntil,
        ...(run.status === "PENDING" ? { dueAt: { lte: now } } : { lockedUntil: { lt: now } }),
      },
      data: { status: "RUNNING", lockedUntil: lease },
    });
    if (updated.count === 1) claimed.push({ id: run.id, step: run.step, lease });
  }
  return claimed;
}
