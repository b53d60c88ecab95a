import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { displayToday, resolveScope } from "@/lib/analytics/resolve-scope";
import { parseAnalyticsSearchParams } from "@/lib/validation/analytics";
import type { WidgetProps } from "@/components/analytics/widget-props";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * What an analytics or forecast page needs before its widgets stream in: the signed-in head or
 * admin (null for a rep: the layout shows the 403 page), the filters from the URL, and a 404 for
 * a pipeline that does not exist.
 */
export async function analyticsPage(searchParams: Promise<SearchParams>): Promise<{ props: WidgetProps; key: string } | null> {
  const user = await requireUser();
  if (!can(user, "analytics.view")) return null;
  // Filters that were not applied are dropped here and explained by AnalyticsFilters.
  const { filters } = parseAnalyticsSearchParams(await searchParams, { today: displayToday() });
  await resolveScope({ actor: user, filters }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { props: { actor: { id: user.id, role: user.role }, filters }, key: JSON.stringify(filters) };
}
