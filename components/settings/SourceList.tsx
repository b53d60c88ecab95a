"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import clsx from "clsx";
import { toast } from "sonner";
import { Archive, ArchiveRestore, ArrowDown, ArrowUp } from "lucide-react";
import { reorderSourcesAction, setSourceActiveAction, updateSourceAction } from "@/lib/actions/sources";
import { sourceLabel, type SourceRow } from "@/lib/sources/source-labels";
import { isLocale } from "@/lib/i18n/config";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";

/** Every source in order: code, a label per language edited in place, archive / restore, up / down. */
export function SourceList({ sources }: { sources: SourceRow[] }) {
  const t = useTranslations("settings.sources");
  const { pending, run } = useSettingsAction();
  if (sources.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  const move = (from: number, to: number) => {
    const ids = sources.map((s) => s.id);
    [ids[from], ids[to]] = [ids[to], ids[from]];
    run(() => reorderSourcesAction({ ids }));
  };
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-busy={pending}>
      {sources.map((s, i) => (
        <SourceItem key={`${s.id}-${s.labelEn}-${s.labelRu}`} source={s} up={i > 0 ? () => move(i, i - 1) : undefined} down={i < sources.length - 1 ? () => move(i, i + 1) : undefined} />
      ))}
    </ul>
  );
}

function SourceItem({ source, up, down }: { source: SourceRow; up?: () => void; down?: () => void }) {
  const t = useTranslations("settings.sources");
  const locale = useLocale();
  const [labelEn, setLabelEn] = useState(source.labelEn);
  const [labelRu, setLabelRu] = useState(source.labelRu);
  const { pending, run } = useSettingsAction();
  const name = sourceLabel(source, isLocale(locale) ? locale : "en");
  const save = () => {
    if (labelEn.trim() === source.labelEn && labelRu.trim() === source.labelRu) return;
    run(() => updateSourceAction({ id: source.id, labelEn, labelRu }), {
      success: t("saved"),
      onError: (e) => {
        setLabelEn(source.labelEn);
        setLabelRu(source.labelRu);
        toast.error(e.message);
      },
    });
  };
  const field = (value: string, set: (v: string) => void, label: string, lang: string) => (
    <input className={clsx(inputClass, "min-w-0 flex-1 basis-28", !source.active && "text-slate-500")} value={value} lang={lang} maxLength={80} aria-label={`${label}: ${name}`} onChange={(e) => set(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), e.currentTarget.blur())} />
  );
  return (
    <li className="flex flex-wrap items-center gap-2 px-3 py-2.5" data-testid="source-row" data-code={source.code}>
      <span className="w-full truncate font-mono text-xs text-slate-600 sm:w-32" title={t("code")}>{source.code}</span>
      {field(labelEn, setLabelEn, t("labelEn"), "en")}
      {field(labelRu, setLabelRu, t("labelRu"), "ru")}
      {!source.active && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t("archivedBadge")}</span>}
      <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => setSourceActiveAction({ id: source.id, active: !source.active }), { success: source.active ? t("archived") : t("restored") })}>
        {source.active ? <Archive size={15} aria-hidden /> : <ArchiveRestore size={15} aria-hidden />}
        {source.active ? t("archive") : t("restore")}
      </Button>
      <button type="button" disabled={!up} onClick={up} aria-label={t("up", { name })} className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 disabled:opacity-30">
        <ArrowUp size={15} aria-hidden />
      </button>
      <button type="button" disabled={!down} onClick={down} aria-label={t("down", { name })} className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100 disabled:opacity-30">
        <ArrowDown size={15} aria-hidden />
      </button>
    </li>
  );
}
