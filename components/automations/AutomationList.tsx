import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Workflow } from "lucide-react";
import type { AutomationSummary } from "@/lib/automations/list-automations";
import { AutomationToggle } from "./AutomationToggle";
import { eventTypeLabel } from "@/lib/i18n/event-type-label";
import { stepSummary, triggerSummary, type Names } from "./rule-summary";

/** Every automation as a card: on/off, "when …", the steps, and how its runs went. */
export async function AutomationList({ automations, names }: { automations: AutomationSummary[]; names: Names }) {
  const [t, tl, format] = await Promise.all([getTranslations("automations"), getTranslations("timeline"), getFormatter()]);
  const named: Names = { ...names, event: (type) => eventTypeLabel(tl, type) };
  if (automations.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center" data-testid="automations-empty">
        <Workflow size={28} aria-hidden className="mx-auto text-slate-400" />
        <p className="mt-2 font-medium text-slate-800">{t("emptyTitle")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("emptyBody")}</p>
      </div>
    );
  }
  return (
    <ul className="space-y-3">
      {automations.map((a) => (
        <li key={a.id} className="flex gap-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="automation">
          <AutomationToggle id={a.id} name={a.name} active={a.active} />
          <div className="min-w-0 flex-1">
            <Link href={`/settings/automations/${a.id}`} className="font-semibold text-slate-900 hover:underline">
              {a.name}
            </Link>
            <p className="mt-0.5 text-sm text-slate-700">
              <span className="font-medium">{t("when")}</span> {triggerSummary(t, a.trigger, named)}
            </p>
            <ol className="mt-1 list-inside list-decimal text-sm text-slate-600">
              {a.actions.map((action, i) => <li key={i}>{stepSummary(t, action, named)}</li>)}
            </ol>
          </div>
          <dl className="hidden shrink-0 text-right text-xs text-slate-500 sm:block">
            <dt className="sr-only">{t("runs")}</dt>
            <dd>{t("runCounts", { total: a.runs.total, done: a.runs.done, failed: a.runs.failed, waiting: a.runs.waiting })}</dd>
            <dt className="sr-only">{t("lastRun")}</dt>
            <dd>{a.lastRunAt ? t("lastRunAt", { when: format.relativeTime(a.lastRunAt) }) : t("neverRan")}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
