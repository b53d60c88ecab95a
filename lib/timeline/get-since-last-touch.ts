import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { latestTouch, stageTouchKind, summarizeEventTypes, type EventSummary, type TeamTouch } from "./summarize-events";

/** At most this many events are read for the summary; beyond it the count shows as "500+". */
export const SUMMARY_CAP = 500;

export interface SinceLastTouch extends EventSummary {
  /** The team's last touch (a note, a completed task, a stage change by a user); null = never. */
  lastTouch: TeamTouch | null;
}

/**
 * What the person did since the team last touched them: e.g. "3 page views, cart add, since
 * Rita's call 4 days ago". Four indexed single-row lookups, then at most SUMMARY_CAP + 1 event
 * types read on the (personId, occurredAt) index.
 */
export async function getSinceLastTouch(options: { actor: Actor; personId: string }): Promise<SinceLastTouch> {
  assertCan(options.actor, "person.view");
  const { personId } = options;
  const [person, deals] = await Promise.all([
    db.person.findUnique({ where: { id: personId }, select: { id: true } }),
    db.deal.findMany({ where: { personId }, select: { id: true } }),
  ]);
  if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
  const dealIds = deals.map((d) => d.id);

  const [note, task, transition] = await Promise.all([
    db.note.findFirst({
      where: { personId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { kind: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.task.findFirst({
      where: {
        // Tasks closed with their deal were done by no one: not a touch.
        doneAt: { not: null },
        closedWithDeal: false,
        ...(dealIds.length ? { OR: [{ personId }, { personId: null, dealId: { in: dealIds } }] } : { personId }),
      },
      orderBy: [{ doneAt: "desc" }, { id: "desc" }],
      select: { title: true, doneAt: true, assignee: { select: { name: true } } },
    }),
    dealIds.length
      ? db.stageTransition.findFirst({
          where: { dealId: { in: dealIds }, byUserId: { not: null } },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          select: { at: true, fromStatus: true, toStatus: true, toStage: { select: { name: true } }, byUser: { select: { name: true } } },
        })
      : Promise.resolve(null),
  ]);

  const lastTouch = latestTouch([
    note && { kind: note.kind === "CALL" ? "call" : "note", at: note.createdAt, by: note.author.name, label: null },
    task && task.doneAt && { kind: "task", at: task.doneAt, by: task.assignee.name, label: task.title },
    transition && {
      kind: stageTouchKind(transition.fromStatus, transition.toStatus),
      at: transition.at,
      by: transition.byUser?.name ?? null,
      label: transition.toStage?.name ?? null,
    },
  ]);

  const events = await db.event.findMany({
    where: { personId, ...(lastTouch ? { occurredAt: { gt: lastTouch.at } } : {}) },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: SUMMARY_CAP + 1,
    select: { type: true },
  });
  return { lastTouch, ...summarizeEventTypes(events.map((e) => e.type), SUMMARY_CAP) };
}
