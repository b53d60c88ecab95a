import "server-only";
import { db } from "@/lib/db";

/** The notes that explain a deal: what the person wants, what holds them back, the context. */
export const WHY_KINDS = ["OBJECTION", "CONTEXT", "MOTIVATION"] as const;
/** Notes shown per deal. */
export const WHY_NOTES = 3;

export interface DealBehind {
  id: string;
  title: string;
  value: number;
  currency: string;
  status: "OPEN" | "WON" | "LOST";
  stage: string;
  owner: string;
  person: string | null;
  source: string | null;
  createdAt: string;
  closedAt: string | null;
  lossReason: string | null;
  lossNote: string | null;
  /** The latest objection, context and motivation notes of the deal or its person. */
  notes: { kind: (typeof WHY_KINDS)[number]; body: string; createdAt: string; resolved: boolean }[];
}

/** The deals (in the given order) with their last "why" notes. */
export async function loadDealsBehind(ids: string[]): Promise<DealBehind[]> {
  if (ids.length === 0) return [];
  const deals = await db.deal.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      value: true,
      currency: true,
      status: true,
      source: true,
      createdAt: true,
      closedAt: true,
      lossNote: true,
      personId: true,
      stage: { select: { name: true } },
      owner: { select: { name: true } },
      person: { select: { name: true } },
      lossReason: { select: { label: true } },
    },
  });
  const personIds = [...new Set(deals.map((d) => d.personId).filter((p): p is string => p !== null))];
  const notes = await db.note.findMany({
    where: { kind: { in: [...WHY_KINDS] }, OR: [{ dealId: { in: ids } }, { personId: { in: personIds } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { dealId: true, personId: true, kind: true, body: true, createdAt: true, resolved: true },
  });
  const byId = new Map(deals.map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    // The deal's own notes and its person's general notes (those not about another deal).
    const mine = notes.filter((n) => n.dealId === d.id || (n.dealId === null && d.personId !== null && n.personId === d.personId));
    return [
      {
        id: d.id,
        title: d.title,
        value: Number(d.value),
        currency: d.currency,
        status: d.status as DealBehind["status"],
        stage: d.stage.name,
        owner: d.owner.name,
        person: d.person?.name ?? null,
        source: d.source,
        createdAt: d.createdAt.toISOString(),
        closedAt: d.closedAt?.toISOString() ?? null,
        lossReason: d.lossReason?.label ?? null,
        lossNote: d.lossNote,
        notes: mine.slice(0, WHY_NOTES).map((n) => ({ kind: n.kind as DealBehind["notes"][number]["kind"], body: n.body, createdAt: n.createdAt.toISOString(), resolved: n.resolved })),
      },
    ];
  });
}
