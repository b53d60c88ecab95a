"use client";
import { useState, useTransition } from "react";
import { useFormatter, useTimeZone, useTranslations } from "next-intl";
import { History } from "lucide-react";
import { loadOlderTimelineAction } from "@/lib/actions/people";
import { groupByDay } from "@/lib/timeline/group-by-day";
import type { FilterKind, TimelineItem } from "@/lib/timeline/types";
import { Button } from "@/components/ui/Button";
import { TimelineEntry } from "./TimelineEntry";

/**
 * The stream, grouped by day, newest first. The first page comes from the server; "show older"
 * appends the next keyset page. The parent keys this component by its first page, so a new note
 * or another filter (a server render) starts it afresh.
 */
export function Timeline(props: { personId: string; kinds: FilterKind[]; items: TimelineItem[]; nextCursor: string | null; nowMs: number }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  const [items, setItems] = useState(props.items);
  const [cursor, setCursor] = useState(props.nextCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const loadOlder = () => {
    if (!cursor) return;
    setError(null);
    start(async () => {
      const result = await loadOlderTimelineAction({ personId: props.personId, cursor, kinds: props.kinds });
      if (!result.ok) {
        setError(t("loadFailed"));
        return;
      }
      const seen = new Set(items.map((i) => `${i.kind}:${i.id}`));
      setItems((current) => [...current, ...result.data.items.filter((i) => !seen.has(`${i.kind}:${i.id}`))]);
      setCursor(result.data.nextCursor);
    });
  };

  if (items.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center" data-testid="timeline-empty">
        <History size={26} className="mx-auto text-slate-400" aria-hidden />
        <p className="mt-2 text-sm text-slate-600">{props.kinds.length ? t("emptyFiltered") : t("empty")}</p>
      </div>
    );
  }

  const groups = groupByDay(items, timeZone, new Date(props.nowMs));
  return (
    <div className="space-y-4" data-testid="timeline">
      {groups.map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`} data-testid="timeline-day" data-day={group.day}>
          <h3 id={`day-${group.day}`} className="sticky top-0 z-10 -mx-1 mb-1 bg-slate-50/95 px-1 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase backdrop-blur">
            {group.relative ? t(group.relative) : format.dateTime(group.items[0].at, { weekday: "long", day: "numeric", month: "long", year: "numeric" })}
          </h3>
          <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white px-3">
            {group.items.map((item) => (
              <TimelineEntry key={`${item.kind}:${item.id}`} item={item} />
            ))}
          </ol>
        </section>
      ))}
      <div className="flex flex-col items-center gap-2 pb-2" aria-live="polite">
        {cursor ? (
          <Button variant="secondary" onClick={loadOlder} disabled={pending} data-testid="timeline-older">
            {pending ? t("loadingOlder") : t("showOlder")}
          </Button>
        ) : (
          <p className="text-xs text-slate-500">{t("beginning")}</p>
        )}
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
