import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DEFAULT_PERIOD_DAYS, addDays } from "./periods";
import { displayToday } from "./resolve-scope";

export interface FilterOptions {
  pipelines: { id: string; name: string }[];
  owners: { id: string; name: string }[];
  sources: string[];
  today: string;
  defaultFrom: string;
}

/** What the analytics filters offer: active pipelines, people who own deals, known source channels. */
export async function listFilterOptions(options: { actor: Actor; now?: Date }): Promise<FilterOptions> {
  assertCan(options.actor, "analytics.view");
  const now = options.now ?? new Date();
  const [pipelines, owners, sources] = await Promise.all([
    db.pipeline.findMany({ where: { archived: false }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.user.findMany({ where: { OR: [{ active: true }, { deals: { some: {} } }] }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<{ source: string }[]>(Prisma.sql`SELECT DISTINCT d."source" FROM "Deal" d WHERE d."source" IS NOT NULL ORDER BY d."source"`),
  ]);
  const today = displayToday(now);
  return { pipelines, owners, sources: sources.map((s) => s.source), today, defaultFrom: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)) };
}
