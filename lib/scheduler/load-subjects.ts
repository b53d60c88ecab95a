// The facts conditions are checked against: deals by id, and each person's current deal (their
// open deal touched last) with the person's temperature. Loaded in batches, not per fact.
import type { Db } from "@/lib/db-client";
import type { SubjectFacts } from "@/lib/automations/match-trigger";

const DEAL = { id: true, pipelineId: true, ownerId: true, value: true, source: true, personId: true } as const;
export type DealRow = { id: string; pipelineId: string; ownerId: string; value: bigint; source: string | null; personId: string | null };

export interface Subjects {
  deal(id: string | null): DealRow | null;
  /** The person's open deal touched last, or null. */
  currentDeal(personId: string | null): DealRow | null;
  facts(deal: DealRow | null, personId: string | null): SubjectFacts;
}

export async function loadSubjects(db: Db, options: { dealIds?: string[]; personIds?: string[] }): Promise<Subjects> {
  const dealIds = [...new Set(options.dealIds ?? [])];
  const deals = dealIds.length ? await db.deal.findMany({ where: { id: { in: dealIds } }, select: DEAL }) : [];
  const personIds = [...new Set([...(options.personIds ?? []), ...deals.map((d) => d.personId).filter((p): p is string => Boolean(p))])];
  const [people, openDeals] = personIds.length
    ? await Promise.all([
        db.person.findMany({ where: { id: { in: personIds } }, select: { id: true, temperature: true } }),
        options.personIds?.length
          ? db.deal.findMany({ where: { personId: { in: options.personIds }, status: "OPEN" }, orderBy: [{ lastTouchAt: "desc" }, { id: "asc" }], select: DEAL })
          : Promise.resolve([] as DealRow[]),
      ])
    : [[], [] as DealRow[]];
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const current = new Map<string, DealRow>();
  for (const d of openDeals) if (d.personId && !current.has(d.personId)) current.set(d.personId, d);
  const temperature = new Map(people.map((p) => [p.id, p.temperature as string]));
  return {
    deal: (id) => (id ? (dealById.get(id) ?? null) : null),
    currentDeal: (personId) => (personId ? (current.get(personId) ?? null) : null),
    facts(deal, personId) {
      const pid = personId ?? deal?.personId ?? null;
      return { deal, person: pid && temperature.has(pid) ? { temperature: temperature.get(pid)! } : null };
    },
  };
}
