import type { Actor } from "@/lib/auth/permissions";
import type { AnalyticsFilters } from "@/lib/validation/analytics";

/** What every server widget of the analytics and forecast pages receives. */
export interface WidgetProps {
  actor: Actor;
  filters: AnalyticsFilters;
}
