"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { eventDetails } from "@/lib/timeline/event-details";
import type { EventItem } from "@/lib/timeline/types";
import { formatMoney } from "@/lib/format/money";
import { useSourceLabel } from "@/components/sources/SourceLabels";

/** An event's headline and the properties worth reading: product, URL, amount, text, UTM. */
export function EventEntry({ item }: { item: EventItem }) {
  const t = useTranslations("timeline");
  const tp = useTranslations("people");
  const format = useFormatter();
  const locale = useLocale();
  const sourceName = useSourceLabel();
  const d = eventDetails(item);
  const amount = d.amount
    ? d.amount.currency
      ? formatMoney(Math.round(d.amount.value * 100), d.amount.currency, locale)
      : format.number(d.amount.value, { maximumFractionDigits: 2 })
    : null;
  const facts = [
    d.product,
    d.quantity !== null ? t("details.quantity", { count: d.quantity }) : null,
    amount,
    d.orderId ? t("details.order", { id: d.orderId }) : null,
    d.form ? t("details.form", { form: d.form }) : null,
    d.durationSec !== null
      ? d.durationSec >= 60
        ? t("details.minutes", { minutes: Math.round(d.durationSec / 60) })
        : t("details.seconds", { seconds: d.durationSec })
      : null,
    d.topic ? t("details.topic", { topic: d.topic }) : null,
  ].filter((x): x is string => Boolean(x));
  const listed = item.channel ? sourceName(item.channel) : null;
  const channel = item.channel && listed === item.channel && tp.has(`channels.${item.channel}`) ? tp(`channels.${item.channel}` as "channels.ads") : listed;
  const utm = [item.utm.source, item.utm.medium, d.campaign].filter(Boolean).join(" / ");

  return (
    <div className="min-w-0">
      <p className="font-medium text-slate-900">
        {d.headline === "other" ? t("events.other", { type: item.type }) : t(`events.${d.headline}` as "events.page_view")}
        {d.subject && <span className="font-normal text-slate-700"> · “{d.subject}”</span>}
      </p>
      {d.url && <p className="truncate font-mono text-xs text-slate-600">{d.url}</p>}
      {facts.length > 0 && <p className="text-sm text-slate-700">{facts.join(" · ")}</p>}
      {d.text && <blockquote className="mt-1 border-l-2 border-sky-200 pl-2 text-sm whitespace-pre-line text-slate-700">{d.text}</blockquote>}
      {(channel || utm) && (
        <p className="mt-0.5 flex flex-wrap gap-1 text-xs text-slate-500">
          {channel && <span>{t("via", { channel })}</span>}
          {utm && (
            <span className="rounded bg-slate-100 px-1.5 text-slate-600" title={t("utm")} data-verbatim="utm">
              {utm}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
