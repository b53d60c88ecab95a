import { getFormatter, getTranslations } from "next-intl/server";
import type { PersonDetails } from "@/lib/people/get-person";
import { TemperatureChip } from "@/components/board/TemperatureChip";
import type { Actor } from "@/lib/auth/permissions";
import { loadSourceLabels } from "@/lib/sources/list-sources";
import { labelOfSource } from "@/lib/sources/source-labels";

/** Temperature and score, with the top signals that explain them ("why"). */
export async function PersonSignals({ person, actor }: { person: Pick<PersonDetails, "temperature" | "score" | "signals">; actor: Actor }) {
  const t = await getTranslations("people");
  const tl = await getTranslations("timeline");
  const format = await getFormatter();
  const sources = await loadSourceLabels({ actor });
  return (
    <div data-testid="person-score">
      <p className="flex items-center gap-2">
        <TemperatureChip temperature={person.temperature} />
        <span className="text-lg font-semibold tabular-nums">{t("scoreNow", { score: format.number(person.score, { maximumFractionDigits: 1 }) })}</span>
      </p>
      <h3 className="mt-3 text-xs font-semibold tracking-wide text-slate-500 uppercase" title={t("whyHint")}>
        {t("why")}
      </h3>
      {person.signals.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">{t("noSignals")}</p>
      ) : (
        <ul className="mt-1.5 space-y-2" data-testid="signals">
          {person.signals.map((signal) => {
            const label = tl.has(`events.${signal.eventType}`) ? tl(`events.${signal.eventType}` as "events.page_view") : signal.eventType;
            const share = format.number(signal.share, { style: "percent", maximumFractionDigits: 0 });
            return (
              <li key={signal.ruleId} className="text-sm">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="truncate text-slate-800">
                    {label}
                    {signal.channel ? ` · ${labelOfSource(sources, signal.channel)}` : ""} <span className="text-xs text-slate-500">({t("signalEvents", { events: signal.events })})</span>
                  </span>
                  <span className="shrink-0 font-medium tabular-nums">{t("signalPoints", { points: format.number(signal.points, { maximumFractionDigits: 1 }) })}</span>
                </div>
                <div className="mt-1 h-1.5 rounded-full bg-slate-100" role="img" aria-label={t("signalShare", { share })}>
                  <div className="h-1.5 rounded-full bg-brand-500" style={{ width: `${Math.max(3, Math.round(signal.share * 100))}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
