import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { analyticsFiltersSchema, type AnalyticsFilters } from "@/lib/validation/analytics";
import { PERIOD_MESSAGES, periodIssue } from "@/lib/validation/analytics-period";
import { parseInput } from "@/lib/validation/validation-error";
import { DEFAULT_PERIOD_DAYS, addDays, dayOf, dayStart, utcOffsetMinutes } from "./periods";

export interface ScopeStage {
  id: string;
  name: string;
  position: number;
  probability: number;
  rottingDays: number | null;
  color: string;
}

/** The filters turned into what the queries need: the pipeline and its stages, instants, ids. */
export interface AnalyticsScope {
  pipeline: { id: string; name: string; currency: string };
  /** Stages in board order. */
  stages: ScopeStage[];
  currency: string;
  /** The period: calendar days in the display time zone, and the instants [from, to). */
  fromDay: string;
  toDay: string;
  from: Date;
  to: Date;
  ownerId: string | null;
  /** A source channel, NO_SOURCE for deals without one, or null for every source. */
  source: string | null;
  /** Minutes the display time zone is ahead of UTC (weeks and months are its calendar's). */
  offsetMinutes: number;
  now: Date;
}

export function displayTimeZone(): string {
  return process.env.TZ_DISPLAY || "Europe/Moscow";
}

/** Today's calendar day "YYYY-MM-DD" in the display time zone. */
export function displayToday(now: Date = new Date()): string {
  return dayOf(now, utcOffsetMinutes(displayTimeZone(), now));
}

/**
 * Checks that the actor may see analytics and resolves the filters: the pipeline (the first
 * active one by default), the period (the last 90 days by default, in the display time zone).
 */
export async function resolveScope(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<AnalyticsScope> {
  assertCan(options.actor, "analytics.view");
  // Callers pass parsed filters; checked again so that no caller can hand over an unbounded period.
  const filters = parseInput(analyticsFiltersSchema, options.filters);
  const now = options.now ?? new Date();
  const offsetMinutes = utcOffsetMinutes(displayTimeZone(), now);
  const toDay = filters.to ?? dayOf(now, offsetMinutes);
  const fromDay = filters.from ?? addDays(toDay, -(DEFAULT_PERIOD_DAYS - 1));
  // A lone `from` runs to today: too long, or after it (a lone `to` always gives 90 days).
  const issue = filters.from ? periodIssue(fromDay, toDay) : null;
  if (issue) throw new AppError("VALIDATION", `from: ${PERIOD_MESSAGES[issue]}`, { fields: { from: PERIOD_MESSAGES[issue] }, issue });
  const pipeline = await db.pipeline.findFirst({
    where: filters.pipeline ? { id: filters.pipeline } : { archived: false },
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      currency: true,
      stages: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, position: true, probability: true, rottingDays: true, color: true },
      },
    },
  });
  if (!pipeline) throw new AppError("NOT_FOUND", filters.pipeline ? "This pipeline does not exist." : "There is no pipeline yet.");

  const { stages, ...rest } = pipeline;
  return {
    pipeline: rest,
    stages,
    currency: pipeline.currency,
    fromDay,
    toDay,
    from: dayStart(fromDay, offsetMinutes),
    to: dayStart(addDays(toDay, 1), offsetMinutes),
    ownerId: filters.owner ?? null,
    source: filters.source ?? null,
    offsetMinutes,
    now,
  };
}
