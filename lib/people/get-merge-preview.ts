import "server-only";
// What the person page's "Merge with…" dialog shows before anything is written: both profiles
// side by side (name, company, identities, how many deals and events) and which one stays, the
// older one, exactly as mergePeople will decide. Refuses what mergePeople would refuse.
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { SELF_MERGE_MESSAGE } from "@/lib/validation/people";
import { KEPT_FIRST, alreadyMergedMessage } from "./merge-people";

/** Identities shown per profile; the rest are counted. */
const SHOWN_IDENTITIES = 6;
const KIND_ORDER = { EMAIL: 0, PHONE: 1, MESSENGER: 2, ANON_ID: 3, EXTERNAL: 4 } as const;

export async function getMergePreview(options: { actor: Actor; personId: string; otherId: string }) {
  assertCan(options.actor, "person.merge");
  if (options.personId === options.otherId) throw new AppError("VALIDATION", SELF_MERGE_MESSAGE);
  const people = await db.person.findMany({
    where: { id: { in: [options.personId, options.otherId] } },
    orderBy: KEPT_FIRST,
    select: {
      id: true,
      name: true,
      company: true,
      createdAt: true,
      mergedIntoId: true,
      owner: { select: { name: true } },
      identities: { orderBy: { createdAt: "asc" }, take: 50, select: { id: true, kind: true, value: true } },
      _count: { select: { identities: true, deals: true, events: true } },
    },
  });
  if (people.length !== 2) throw new AppError("NOT_FOUND", "One of these people no longer exists.");
  const gone = people.find((p) => p.mergedIntoId !== null);
  if (gone) throw new AppError("CONFLICT", alreadyMergedMessage(gone.name));

  const [kept, merged] = people.map((p) => ({
    id: p.id,
    name: p.name,
    company: p.company,
    ownerName: p.owner?.name ?? null,
    createdAt: p.createdAt.toISOString(),
    identities: p.identities.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).slice(0, SHOWN_IDENTITIES),
    moreIdentities: Math.max(0, p._count.identities - SHOWN_IDENTITIES),
    deals: p._count.deals,
    events: p._count.events,
  }));
  return { kept, merged };
}

export type MergePreview = Awaited<ReturnType<typeof getMergePreview>>;
export type MergeProfile = MergePreview["kept"];
