// Per-request memoized reads: several widgets of a page share one query (React cache), each
// still in its own Suspense boundary.
import "server-only";
import { cache } from "react";
import type { Actor, Role } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";
import { getLeaks } from "@/lib/analytics/get-leaks";
import { getFunnel } from "@/lib/analytics/get-funnel";
import { getTimeInStage } from "@/lib/analytics/get-time-in-stage";
import { getChannels } from "@/lib/analytics/get-channels";
import { getForecast } from "@/lib/forecast/get-forecast";
import { getBacktest } from "@/lib/forecast/get-backtest";

type Read<T> = (actor: Actor, filters: AnalyticsFilters) => Promise<T>;

function memo<T>(read: (options: { actor: Actor; filters: AnalyticsFilters }) => Promise<T>): Read<T> {
  const cached = cache((id: string, role: Role, filters: string) => read({ actor: { id, role }, filters: JSON.parse(filters) as AnalyticsFilters }));
  return (actor, filters) => cached(actor.id, actor.role, JSON.stringify(filters));
}

export const leaksFor = memo(getLeaks);
export const funnelFor = memo(getFunnel);
export const timeFor = memo(getTimeInStage);
export const channelsFor = memo(getChannels);
export const forecastFor = memo(getForecast);
export const backtestFor = memo(getBacktest);
