import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { scoreNow, topSignals } from "./top-signals";

const MAX_MERGE_HOPS = 10;
const STATUS_ORDER = { OPEN: 0, WON: 1, LOST: 2 } as const;
const KIND_ORDER = { EMAIL: 0, PHONE: 1, MESSENGER: 2, ANON_ID: 3, EXTERNAL: 4 } as const;

/**
 * Everything the person page's header and side panel show: profile, identities, owner, score
 * with its top signals, and all their deals. A person merged into another answers with the id
 * to redirect to (following a chain of merges).
 */
export async function getPerson(options: { actor: Actor; personId: string; now?: Date }) {
  const { actor } = options;
  assertCan(actor, "person.view");
  const now = options.now ?? new Date();
  const person = await db.person.findUnique({
    where: { id: options.personId },
    select: {
      id: true,
      name: true,
      company: true,
      score: true,
      temperature: true,
      firstTouchChannel: true,
      lastTouchAt: true,
      mergedIntoId: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { id: true, name: true } },
      identities: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, value: true } },
      signals: { select: { value: true, at: true, events: true, rule: { select: { id: true, eventType: true, channel: true, halfLifeDays: true } } } },
      deals: {
        orderBy: { updatedAt: "desc" },
        take: 100,
        select: {
          id: true,
          title: true,
          value: true,
          currency: true,
          status: true,
          closedAt: true,
          lossNote: true,
          updatedAt: true,
          stage: { select: { name: true, color: true } },
          pipeline: { select: { name: true } },
          lossReason: { select: { label: true } },
          owner: { select: { name: true } },
        },
      },
    },
  });
  if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
  if (person.mergedIntoId) return { status: "merged" as const, intoId: await finalTarget(person.mergedIntoId) };

  const { signals, deals, ...profile } = person;
  return {
    status: "found" as const,
    person: {
      ...profile,
      identities: profile.identities.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]),
      signals: topSignals(signals, now),
      /** The score decayed to now from the signals (the stored score is as of `scoreAt`). */
      scoreNow: scoreNow(signals, now) ?? profile.score,
      // Open first, then won, then lost (enum order differs between the databases: sorted here).
      deals: deals.map((deal) => ({ ...deal, value: Number(deal.value) })).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
      canEdit: can(actor, "person.edit", { ownerId: person.owner?.id ?? "" }),
      canChangeOwner: can(actor, "person.assign"),
      canMerge: can(actor, "person.merge"),
    },
  };
}

async function finalTarget(id: string): Promise<string> {
  let current = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const next = await db.person.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!next?.mergedIntoId) return current;
    current = next.mergedIntoId;
  }
  return current;
}

export type PersonDetails = Extract<Awaited<ReturnType<typeof getPerson>>, { status: "found" }>["person"];
