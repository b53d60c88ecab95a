import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { containsText } from "@/lib/db-dialect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { phoneDigits } from "./normalize-identity";

export const PEOPLE_PAGE_SIZE = 50;

export interface PeopleListFilters {
  q?: string;
  temperature?: "HOT" | "WARM" | "COLD";
  /** "me", "none" (nobody owns them), a user id, or undefined for everyone. */
  owner?: string;
}

/**
 * People whose name, company or any identity contains the text; a phone typed as people write it
 * ("8 912 000-11-22") matches the stored form ("+79120001122"). Shared by the list and the pickers.
 */
export function matchingText(text: string): Prisma.PersonWhereInput {
  const q = text.trim();
  const or: Prisma.PersonWhereInput[] = [
    { name: containsText(q) },
    { company: containsText(q) },
    { identities: { some: { value: containsText(q.toLowerCase()) } } },
  ];
  const digits = phoneDigits(q);
  if (/^[+\d\s().-]+$/.test(q) && digits.replace("+", "").length >= 3 && digits !== q) {
    or.push({ identities: { some: { value: { contains: digits } } } });
  }
  return { OR: or };
}

/** Search by name, company, email, phone or any identity; a typed phone matches however it was spaced. */
export function peopleWhere(actor: Actor, filters: PeopleListFilters): Prisma.PersonWhereInput {
  const q = filters.q?.trim() ?? "";
  const and: Prisma.PersonWhereInput[] = [{ mergedIntoId: null }];
  if (q) and.push(matchingText(q));
  if (filters.temperature) and.push({ temperature: filters.temperature });
  if (filters.owner === "me") and.push({ ownerId: actor.id });
  else if (filters.owner === "none") and.push({ ownerId: null });
  else if (filters.owner && filters.owner !== "all") and.push({ ownerId: filters.owner });
  return { AND: and };
}

/** The People list: filtered, most recently touched first (never touched last), a page at a time. */
export async function listPeople(options: { actor: Actor; filters: PeopleListFilters; page?: number; pageSize?: number }) {
  const { actor } = options;
  assertCan(actor, "person.view");
  const pageSize = Math.min(Math.max(1, options.pageSize ?? PEOPLE_PAGE_SIZE), 200);
  const where = peopleWhere(actor, options.filters);
  const total = await db.person.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db.person.findMany({
    where,
    orderBy: [{ lastTouchAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      name: true,
      company: true,
      temperature: true,
      score: true,
      lastTouchAt: true,
      owner: { select: { id: true, name: true } },
      _count: { select: { deals: { where: { status: "OPEN" } } } },
    },
  });
  const people = rows.map(({ _count, ...person }) => ({ ...person, openDeals: _count.deals }));
  return { people, total, page, pageCount, pageSize };
}

export type PeopleListPage = Awaited<ReturnType<typeof listPeople>>;
export type PeopleListRow = PeopleListPage["people"][number];
