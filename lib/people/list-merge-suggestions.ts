import "server-only";
// Open suggested merges for heads and admins (person.merge): one person's (the notice on their
// page) or everyone's (the People page), newest first, each with both people, the claimed
// identity and the event that claimed it. A pair whose person was merged away meanwhile is
// carried to the kept person by the merge itself (suggest-merges.ts), so both sides are live.
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface MergeSuggestionItem {
  id: string;
  people: [{ id: string; name: string }, { id: string; name: string }];
  identity: { kind: "EMAIL" | "PHONE" | "ANON_ID" | "MESSENGER" | "EXTERNAL"; value: string };
  event: { id: string; type: string | null; occurredAt: Date | null };
  createdAt: Date;
}

export async function listMergeSuggestions(options: { actor: Actor; personId?: string; take?: number }): Promise<{ total: number; items: MergeSuggestionItem[] }> {
  assertCan(options.actor, "person.merge");
  const live = { mergedIntoId: null };
  const where: Prisma.MergeSuggestionWhereInput = {
    status: "OPEN",
    personA: live,
    personB: live,
    ...(options.personId ? { OR: [{ personAId: options.personId }, { personBId: options.personId }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.mergeSuggestion.count({ where }),
    db.mergeSuggestion.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: Math.min(Math.max(1, options.take ?? 20), 100),
      select: {
        id: true,
        identityKind: true,
        identityValue: true,
        eventId: true,
        createdAt: true,
        personA: { select: { id: true, name: true } },
        personB: { select: { id: true, name: true } },
      },
    }),
  ]);
  const events = await db.event.findMany({
    where: { externalId: { in: rows.map((r) => r.eventId) } },
    select: { externalId: true, type: true, occurredAt: true },
  });
  const eventOf = new Map(events.map((e) => [e.externalId, e]));
  const items = rows.map((r): MergeSuggestionItem => {
    // The person asked about first, so the page can say "the same person as <the other>".
    const people: MergeSuggestionItem["people"] = r.personB.id === options.personId ? [r.personB, r.personA] : [r.personA, r.personB];
    const event = eventOf.get(r.eventId);
    return {
      id: r.id,
      people,
      identity: { kind: r.identityKind, value: r.identityValue },
      event: { id: r.eventId, type: event?.type ?? null, occurredAt: event?.occurredAt ?? null },
      createdAt: r.createdAt,
    };
  });
  return { total, items };
}
