import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/Field";
import { Button } from "@/components/ui/Button";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/audit-labels";

const iso = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : "");

/** A plain GET form: the filter lives in the URL, works without JavaScript. */
export async function AuditFilters(props: {
  actions: string[];
  entities: string[];
  users: { id: string; name: string }[];
  value: { action?: string; entity?: string; actorId?: string; from?: Date; to?: Date };
}) {
  const t = await getTranslations("settings.audit");
  const { value } = props;
  // `to` is stored as the (exclusive) next day; the form shows the day itself.
  const toDay = value.to ? new Date(value.to.getTime() - 86_400_000) : undefined;
  const select = (id: string, name: string, label: string, current: string | undefined, options: { value: string; label: string }[]) => (
    <label htmlFor={id} className="text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select id={id} name={name} defaultValue={current ?? ""} className={`${inputClass} min-w-40`}>
        <option value="">{t("any")}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4" aria-label={t("filters")}>
      {select("audit-action", "action", t("action"), value.action, props.actions.map((a) => ({ value: a, label: auditActionLabel(t, a) })))}
      {select("audit-entity", "entity", t("entity"), value.entity, props.entities.map((e) => ({ value: e, label: auditEntityLabel(t, e) })))}
      {select("audit-actor", "actor", t("actor"), value.actorId, [...props.users.map((u) => ({ value: u.id, label: u.name })), { value: "system", label: t("system") }])}
      <label htmlFor="audit-from" className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("from")}</span>
        <input id="audit-from" type="date" name="from" defaultValue={iso(value.from)} className={inputClass} />
      </label>
      <label htmlFor="audit-to" className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("to")}</span>
        <input id="audit-to" type="date" name="to" defaultValue={iso(toDay)} className={inputClass} />
      </label>
      <Button type="submit">{t("apply")}</Button>
      <Link href="/settings/audit" className="h-9 px-2 text-sm leading-9 text-slate-600 hover:underline">{t("reset")}</Link>
    </form>
  );
}
