import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { addMonths, dayOf, monthStart } from "@/lib/analytics/periods";
import { resolveScope, type AnalyticsScope } from "@/lib/analytics/resolve-scope";
import { type BacktestMonth, type Method, type MethodScore, mostAccurate, runRate, scoreMethods } from "./backtest-math";
import { closeOutlook, trainModel } from "./calibration";
import { bucketMiddle } from "./day-buckets";
import { closeSamples, wonByMonth } from "./forecast-queries";
import { openAtMonthStarts } from "./backtest-queries";
import { LOOKBACK_MONTHS } from "./get-forecast";

export const BACKTEST_MONTHS = 6;
const RUN_RATE_MONTHS = 3;

export interface BacktestSeries {
  /** null for the team total. */
  ownerId: string | null;
  name: string | null;
  months: BacktestMonth[];
  scores: Record<Method, MethodScore>;
  best: Method | null;
}

export interface BacktestReport {
  scope: AnalyticsScope;
  team: BacktestSeries;
  owners: BacktestSeries[];
}

function series(ownerId: string | null, name: string | null, months: BacktestMonth[]): BacktestSeries {
  const scores = scoreMethods(months);
  return { ownerId, name, months, scores, best: mostAccurate(scores) };
}

/**
 * How good would each method have been? For each of the last six full months: the weighted
 * pipeline (deals open at the month's start expected to close in it × stage probability), the
 * calibrated expectation (a model learned only from what had closed before that month), and the
 * run rate (average of the three months before), against the revenue actually won in the month.
 */
export async function getBacktest(options: { actor: Actor; filters: AnalyticsFilters; now?: Date }): Promise<BacktestReport> {
  const scope = await resolveScope(options);
  const current = dayOf(scope.now, scope.offsetMinutes).slice(0, 7);
  const monthKeys = Array.from({ length: BACKTEST_MONTHS }, (_, i) => addMonths(current, i - BACKTEST_MONTHS));
  const at = (m: string) => monthStart(m, scope.offsetMinutes);
  const months = monthKeys.map((month) => ({ month, start: at(month), end: at(addMonths(month, 1)) }));
  const firstRunRate = addMonths(monthKeys[0], -RUN_RATE_MONTHS);

  const [open, samples, won] = await Promise.all([
    openAtMonthStarts(scope, months),
    closeSamples(scope, at(addMonths(monthKeys[0], -LOOKBACK_MONTHS)), at(current)),
    wonByMonth(scope, at(firstRunRate), at(current)),
  ]);
  const probability = new Map(scope.stages.map((s) => [s.id, s.probability / 100]));
  const owners = [...new Set([...open.map((g) => g.ownerId), ...won.map((w) => w.ownerId)])];
  const allMonths = Array.from({ length: BACKTEST_MONTHS + RUN_RATE_MONTHS }, (_, i) => addMonths(firstRunRate, i));

  const forOwner = (ownerId: string | null): BacktestMonth[] => {
    const mine = <T extends { ownerId: string }>(rows: T[]) => rows.filter((r) => ownerId === null || r.ownerId === ownerId);
    const wonSeries = allMonths.map((m) => mine(won).filter((w) => w.month === m).reduce((s, w) => s + w.value, 0));
    return months.map(({ month, start, end }, i) => {
      const model = trainModel(samples, scope.stages, { fromMonth: addMonths(month, -LOOKBACK_MONTHS), toMonth: month });
      let weighted = 0;
      let calibrated = 0;
      for (const g of mine(open).filter((o) => o.month === month)) {
        if (g.expectedInMonth) weighted += g.value * (probability.get(g.stageId) ?? 0);
        const history = model.get(g.stageId);
        if (history) calibrated += g.value * closeOutlook(history, bucketMiddle(g.age), start.getTime(), [end.getTime()])[0];
      }
      const index = i + RUN_RATE_MONTHS;
      return { month, actual: wonSeries[index], forecast: { weighted, calibrated, runRate: runRate(wonSeries, index, RUN_RATE_MONTHS) } };
    });
  };

  const users = await db.user.findMany({ where: { id: { in: owners } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return {
    scope,
    team: series(null, null, forOwner(null)),
    owners: users.map((u) => series(u.id, u.name, forOwner(u.id))),
  };
}
