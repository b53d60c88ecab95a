import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDaysBetween, sqlTimestamp } from "@/lib/db-dialect";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { percentilesSql } from "./percentile-sql";
import { resolveScope, type AnalyticsScope } from "./resolve-scope";
import { type Model, MODELS, TOUCH_BANDS, type TouchBand, touchBand } from "./attribution";
import { dealFilters, num, numOrNull, valueInCurrency } from "./sql";
import { touchesCte } from "./touches-sql";

export interface ChannelRow {
  /** The deal's source channel; null for deals without one. */
  source: string | null;
  people: number;
  deals: number;
  won: number;
  lost: number;
  revenue: number;
  /** won ÷ deals. */
  conversion: number | null;
  /** Median days from creation to win of the won deals. */
  cycleDays: number | null;
}

export interface AttributionRow {
  channel: string;
  credit: Record<Model, number>;
  touches: number;
  deals: number;
}

export interface ChannelReport {
  scope: AnalyticsScope;
  channels: ChannelRow[];
  attribution: AttributionRow[];
  /** Won deals with no recorded touch before the win (or no person): their revenue is not attributed. */
  unattributed: { deals: number; revenue: number };
  /** How many touches won deals had before the win, in bands ("1" … "10", "11–20", "21+"). */
  touchesToWin: { band: TouchBand; deals: number; revenue: number }[];
}

/** Per source channel, the deals created in the period: people, deals, wins, revenue, cycle. */
async function channelRows(scope: AnalyticsScope): Promise<ChannelRow[]> {
  const created = Prisma.sql`d."pipelineId" = ${scope.pipeline.id} AND d."createdAt" >= ${sqlTimestamp(scope.from)} AND d."createdAt" < ${sqlTimestamp(scope.to)} ${dealFilters(scope)}`;
  const [rows, cycles] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT d."source", COUNT(*) AS "deals", COUNT(DISTINCT d."personId") AS "people",
        SUM(CASE WHEN d."status" = 'WON' THEN 1 ELSE 0 END) AS "won", SUM(CASE WHEN d."status" = 'LOST' THEN 1 ELSE 0 END) AS "lost",
        SUM(CASE WHEN d."status" = 'WON' THEN ${valueInCurrency(scope)} ELSE 0 END) AS "revenue"
      FROM "Deal" d WHERE ${created}
      GROUP BY d."source"`),
    db.$queryRaw<Record<string, unknown>[]>(
      percentilesSql(Prisma.sql`
        SELECT COALESCE(d."source", '') AS "key", ${sqlDaysBetween(Prisma.sql`d."createdAt"`, Prisma.sql`d."closedAt"`)} AS "v"
        FROM "Deal" d WHERE ${created} AND d."status" = 'WON'`),
    ),
  ]);
  const cycle = new Map(cycles.map((c) => [c.key as string, numOrNull(c.p50)]));
  return rows
    .map((r) => {
      const deals = num(r.deals);
      const won = num(r.won);
      const source = (r.source as string | null) ?? null;
      return { source, people: num(r.people), deals, won, lost: num(r.lost), revenue: num(r.revenue), conversion: deals ? won / deals : null, cycleDays: cycle.get(source ?? "") ?? null };
    })
    .sort((a, b) => b.revenue - a.revenue || b.deals - a.deals);
}

async function attribution(scope: AnalyticsScope) {
  const [credit, bands, missing] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      WITH ${touchesCte(scope)}
      SELECT t."channel",
        SUM(CASE WHEN t."k" = 1 THEN t."value" ELSE 0 END) AS "first",
        SUM(CASE WHEN t."k" = t."n" THEN t."value" ELSE 0 END) AS "last",
        SUM(t."value" / t."n") AS "linear",
        SUM(CASE WHEN t."n" = 1 THEN t."value" WHEN t."n" = 2 THEN t."value" * 0.5
          WHEN t."k" = 1 OR t."k" = t."n" THEN t."value" * 0.4 ELSE t."value" * 0.2 / (t."n" - 2) END) AS "ushaped",
        COUNT(*) AS "touches", COUNT(DISTINCT t."dealId") AS "deals"
      FROM touches t GROUP BY t."channel"`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      WITH ${touchesCte(scope)}
      SELECT t."n", COUNT(*) AS "deals", SUM(t."value") AS "revenue" FROM touches t WHERE t."k" = 1 GROUP BY t."n"`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      WITH ${touchesCte(scope)}
      SELECT COUNT(*) AS "deals", SUM(w."value") AS "revenue" FROM won w
      WHERE NOT EXISTS (SELECT 1 FROM touches t WHERE t."dealId" = w."id")`),
  ]);
  const rows: AttributionRow[] = credit
    .map((r) => ({
      channel: r.channel as string,
      credit: Object.fromEntries(MODELS.map((m) => [m, num(r[m])])) as Record<Model, number>,
      touches: num(r.touches),
      deals: num(r.deals),
    }))
    .sort((a, b) => b.credit.linear - a.credit.linear);
  const byBand = new Map<TouchBand, { band: TouchBand; deals: number; revenue: number }>(TOUCH_BANDS.map((band) => [band, { band, deals: 0, revenue: 0 }]));
  for (const r of bands) {
    const entry = byBand.get(touchBand(num(r.n)))!;
    entry.deals += num(r.deals);
    entry.revenue += num(r.revenue);
  }
  const any = bands.length > 0;
  return { rows, bands: any ? [...byBand.values()] : [], unattributed: { deals: num(missing[0]?.deals), revenue: num(missing[0]?.revenue) } };
}

/** Which channels bring deals and revenue, and which touches convert? */
export async function getChannels(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<ChannelReport> {
  const scope = await resolveScope(options);
  const [channels, credit] = await Promise.all([channelRows(scope), attribution(scope)]);
  return { scope, channels, attribution: credit.rows, unattributed: credit.unattributed, touchesToWin: credit.bands };
}
