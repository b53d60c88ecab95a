"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Plus, Trash2 } from "lucide-react";
import { saveScoringAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "./use-settings-action";
import { eventTypeLabel } from "@/lib/i18n/event-type-label";

interface RuleDraft {
  key: string;
  eventType: string;
  channel: string;
  points: string;
  halfLifeDays: string;
  active: boolean;
}

export interface ScoringConfigView {
  rules: { id: string; eventType: string; channel: string | null; points: number; halfLifeDays: number; active: boolean }[];
  thresholds: { warm: number; hot: number };
}

const cell = `${inputClass} h-8`;

/** Scoring rules (event type → points with a half-life, optional channel) and warm/hot thresholds. */
export function ScoringForm({ config }: { config: ScoringConfigView }) {
  const tl = useTranslations("timeline");
  const t = useTranslations("settings.scoring");
  const [rules, setRules] = useState<RuleDraft[]>(
    config.rules.map((r) => ({ key: r.id, eventType: r.eventType, channel: r.channel ?? "", points: String(r.points), halfLifeDays: String(r.halfLifeDays), active: r.active })),
  );
  const [warm, setWarm] = useState(String(config.thresholds.warm));
  const [hot, setHot] = useState(String(config.thresholds.hot));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, run } = useSettingsAction();
  const patch = (key: string, change: Partial<RuleDraft>) => setRules((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const config = {
      rules: rules.map((r) => ({ eventType: r.eventType, channel: r.channel || null, points: Number(r.points), halfLifeDays: Number(r.halfLifeDays), active: r.active })),
      thresholds: { warm: Number(warm), hot: Number(hot) },
    };
    run(() => saveScoringAction({ config }), {
      onOk: (result) => {
        setErrors({});
        toast.success(t("saved", { people: result.people }));
      },
      onError: (error) => setErrors(error.fields ?? { _: error.message }),
    });
  };
  const error = (i: number, field: string) => errors[`rules.${i}.${field}`];

  return (
    <form onSubmit={save} noValidate className="space-y-5">
      <fieldset className="grid max-w-md grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold">{t("thresholds")}</legend>
        <Field label={t("warm")} htmlFor="threshold-warm" error={errors["thresholds.warm"]}>
          <input id="threshold-warm" type="number" min={0} className={inputClass} value={warm} onChange={(e) => setWarm(e.target.value)} />
        </Field>
        <Field label={t("hot")} htmlFor="threshold-hot" error={errors["thresholds.hot"]}>
          <input id="threshold-hot" type="number" min={0} className={inputClass} value={hot} onChange={(e) => setHot(e.target.value)} />
        </Field>
      </fieldset>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("rules")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("eventType")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("channel")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("points")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("halfLife")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("active")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("remove")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rules.map((r, i) => (
              <tr key={r.key} data-testid="scoring-rule">
                <td className="px-3 py-1.5">
                  <input className={cell} value={r.eventType} onChange={(e) => patch(r.key, { eventType: e.target.value })} aria-label={t("eventType")} aria-invalid={error(i, "eventType") ? true : undefined} title={error(i, "eventType")} />
                  {r.eventType && eventTypeLabel(tl, r.eventType) !== r.eventType && <span className="mt-0.5 block text-xs text-slate-500" data-testid="scoring-event-label">{eventTypeLabel(tl, r.eventType)}</span>}
                </td>
                <td className="px-3 py-1.5">
                  <input className={cell} value={r.channel} placeholder={t("anyChannel")} onChange={(e) => patch(r.key, { channel: e.target.value })} aria-label={t("channel")} />
                </td>
                <td className="px-3 py-1.5">
                  <input type="number" className={`${cell} w-24`} value={r.points} onChange={(e) => patch(r.key, { points: e.target.value })} aria-label={t("points")} />
                </td>
                <td className="px-3 py-1.5">
                  <input type="number" min={0.1} step="any" className={`${cell} w-24`} value={r.halfLifeDays} onChange={(e) => patch(r.key, { halfLifeDays: e.target.value })} aria-label={t("halfLife")} />
                </td>
                <td className="px-3 py-1.5">
                  <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={r.active} onChange={(e) => patch(r.key, { active: e.target.checked })} aria-label={t("activeRule", { type: r.eventType ? eventTypeLabel(tl, r.eventType) : "—" })} />
                </td>
                <td className="px-3 py-1.5 text-right">
                  <button type="button" onClick={() => setRules((rs) => rs.filter((x) => x.key !== r.key))} className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700" aria-label={t("removeRule", { type: r.eventType ? eventTypeLabel(tl, r.eventType) : "—" })}>
                    <Trash2 size={15} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {Object.entries(errors).map(([key, message]) => (
        <p key={key} className="text-sm text-red-700" role="alert">{message}</p>
      )).slice(0, 3)}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={() => setRules((rs) => [...rs, { key: `new-${rs.length}-${Date.now()}`, eventType: "", channel: "", points: "5", halfLifeDays: "14", active: true }])}>
          <Plus size={16} aria-hidden />
          {t("addRule")}
        </Button>
        <Button type="submit" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
        <p className="text-xs text-slate-500">{t("rebuildHint")}</p>
      </div>
    </form>
  );
}
