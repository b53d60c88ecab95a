import "server-only";
import type { Tx } from "@/lib/db-client";

/**
 * A real touch (a note written, a task done) at `at`: the deal's and the person's lastTouchAt
 * move forward to it, never back. Runs inside the caller's transaction.
 */
export async function recordTouch(tx: Tx, subject: { dealId?: string | null; personId?: string | null; at: Date }): Promise<void> {
  const { dealId, personId, at } = subject;
  if (dealId) await tx.deal.updateMany({ where: { id: dealId, lastTouchAt: { lt: at } }, data: { lastTouchAt: at } });
  if (personId) {
    await tx.person.updateMany({
      where: { id: personId, OR: [{ lastTouchAt: null }, { lastTouchAt: { lt: at } }] },
      data: { lastTouchAt: at },
    });
  }
}

const latest = (...dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d.getTime() > max.getTime()) ? d : max), null);

/**
 * A touch at `at` was taken back (a done task undone). Where it was the latest touch, the deal's
 * and the person's lastTouchAt fall back to the latest touch that remains, computed the way the
 * demo seed derives them: stage changes, notes, done tasks and the person's events.
 */
export async function withdrawTouch(tx: Tx, subject: { dealId?: string | null; personId?: string | null; at: Date }): Promise<void> {
  const { dealId, personId, at } = subject;
  if (dealId) {
    const deal = await tx.deal.findUnique({ where: { id: dealId }, select: { lastTouchAt: true, createdAt: true, closedAt: true, personId: true } });
    if (deal && deal.lastTouchAt.getTime() === at.getTime()) {
      // One after the other: a transaction is one connection.
      const moves = await tx.stageTransition.aggregate({ where: { dealId }, _max: { at: true } });
      const notes = await tx.note.aggregate({ where: { dealId }, _max: { createdAt: true } });
      const tasks = await tx.task.aggregate({ where: { dealId, doneAt: { not: null }, closedWithDeal: false }, _max: { doneAt: true } });
      const events = deal.personId
        ? await tx.event.aggregate({
            where: { personId: deal.personId, occurredAt: { gte: deal.createdAt, lte: deal.closedAt ?? new Date() } },
            _max: { occurredAt: true },
          })
        : null;
      const last = latest(moves._max.at, notes._max.createdAt, tasks._max.doneAt, events?._max.occurredAt) ?? deal.createdAt;
      await tx.deal.update({ where: { id: dealId }, data: { lastTouchAt: last } });
    }
  }
  if (personId) {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { lastTouchAt: true } });
    if (person?.lastTouchAt && person.lastTouchAt.getTime() === at.getTime()) {
      const events = await tx.event.aggregate({ where: { personId }, _max: { occurredAt: true } });
      const deals = await tx.deal.aggregate({ where: { personId }, _max: { lastTouchAt: true } });
      const notes = await tx.note.aggregate({ where: { personId }, _max: { createdAt: true } });
      const tasks = await tx.task.aggregate({ where: { personId, doneAt: { not: null }, closedWithDeal: false }, _max: { doneAt: true } });
      const last = latest(events._max.occurredAt, deals._max.lastTouchAt, notes._max.createdAt, tasks._max.doneAt);
      await tx.person.update({ where: { id: personId }, data: { lastTouchAt: last } });
    }
  }
}
