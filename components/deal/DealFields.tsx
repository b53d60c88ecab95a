"use client";
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CalendarArrowUp } from "lucide-react";
import { formatMoney } from "@/lib/format/money";
import { formatDay } from "@/lib/format/field-change";
import { CURRENCIES } from "@/lib/validation/deals";
import { useActiveSources, useSourceLabel } from "@/components/sources/SourceLabels";
import { inputClass } from "@/components/ui/Field";
import { PersonSearchField } from "@/components/forms/PersonSearchField";
import { Button } from "@/components/ui/Button";
import { EditorForm, InlineField } from "./InlineField";
import { useDealEdit, type EditableDeal } from "./use-deal-edit";

type Field = "title" | "value" | "expectedCloseAt" | "ownerId" | "personId" | "source";
const small = `${inputClass} h-8 w-auto`;

/** "1 200,50" / "1200.5" → minor units, or null when it is not an amount. */
function parseAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0']/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const minor = Math.round(Number(clean) * 100);
  return Number.isSafeInteger(minor) && minor <= 1e15 ? minor : null;
}

/**
 * The deal page's header and details, each value editable in place by whoever may edit the deal:
 * click, change, Enter saves, Esc cancels. The owner only for heads and admins.
 */
export function DealFields(props: { deal: EditableDeal; canEdit: boolean; canAssign: boolean; owners: { id: string; name: string }[]; status: ReactNode }) {
  const t = useTranslations("deal");
  const sourceLabel = useSourceLabel();
  const activeSources = useActiveSources();
  const locale = useLocale();
  const { shown, pending, save } = useDealEdit(props.deal);
  const [editing, setEditing] = useState<Field | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const open = (field: Field, values: Record<string, string>) => {
    if (pending) return;
    setDraft(values);
    setError(null);
    setEditing(field);
  };
  const close = () => setEditing(null);
  const commit = async (changes: Parameters<typeof save>[0], optimistic: Partial<EditableDeal>) => {
    close();
    await save(changes, optimistic);
  };
  const set = (key: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const field = (name: Field, label: string, text: string, editable: boolean, onEdit: () => void, editor: ReactNode, children?: ReactNode) => (
    <InlineField field={name} label={label} text={text} editable={editable && props.canEdit} editing={editing === name} onEdit={onEdit} editor={editor} named={name !== "title"}>
      {children}
    </InlineField>
  );
  const notSet = t("notSet");
  const money = formatMoney(shown.value, shown.currency, locale);
  const sourceText = shown.source ? sourceLabel(shown.source) : notSet;
  // The admin's active sources, plus the deal's own when it was archived since.
  const sourceCodes = [...activeSources.map((s) => s.code), ...(shown.source && !activeSources.some((s) => s.code === shown.source) ? [shown.source] : [])];

  const saveTitle = () => {
    const title = (draft.title ?? "").trim();
    if (!title || title.length > 200) return setError(t("edit.invalidTitle"));
    void commit({ title }, { title });
  };
  const saveValue = () => {
    const value = parseAmount(draft.value ?? "");
    if (value === null) return setError(t("edit.invalidValue"));
    void commit({ value: draft.value, currency: draft.currency as (typeof CURRENCIES)[number] }, { value, currency: draft.currency });
  };
  const saveDate = () => {
    const day = draft.expectedCloseAt ?? "";
    if (day && !/^(20\d\d|2100)-\d\d-\d\d$/.test(day)) return setError(t("edit.invalidDate"));
    void commit({ expectedCloseAt: day || null }, { expectedCloseAt: day ? `${day}T00:00:00.000Z` : null });
  };

  return (
    <div className="min-w-0">
      <h1 className="text-2xl font-semibold tracking-tight">
        {field(
          "title",
          t("fields.title"),
          shown.title,
          true,
          () => open("title", { title: shown.title }),
          <EditorForm onSave={saveTitle} onCancel={close} error={error}>
            <input aria-label={t("fields.title")} value={draft.title ?? ""} onChange={set("title")} className={`${inputClass} h-9 min-w-72 text-base`} autoFocus maxLength={200} />
          </EditorForm>,
        )}
      </h1>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
        {field(
          "value",
          t("fields.value"),
          money,
          true,
          () => open("value", { value: String(shown.value / 100), currency: shown.currency }),
          <EditorForm onSave={saveValue} onCancel={close} error={error}>
            <input aria-label={t("edit.amount")} inputMode="decimal" value={draft.value ?? ""} onChange={set("value")} className={`${small} w-36`} autoFocus />
            <select aria-label={t("edit.currency")} value={draft.currency} onChange={set("currency")} className={small}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </EditorForm>,
          <span className="text-lg font-semibold text-slate-900 tabular-nums">{money}</span>,
        )}
        {props.status}
        {shown.closeDatePushes > 0 && (
          <span className="inline-flex items-center gap-1 font-medium text-amber-800" data-testid="deal-pushed">
            <CalendarArrowUp size={14} aria-hidden />
            {t("pushed", { count: shown.closeDatePushes })}
          </span>
        )}
      </div>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr_auto_1fr]" aria-label={t("details")}>
        <dt className="text-slate-500">{t("fields.expectedCloseAt")}</dt>
        <dd>
          {field(
            "expectedCloseAt",
            t("fields.expectedCloseAt"),
            shown.expectedCloseAt ? formatDay(shown.expectedCloseAt, locale) : notSet,
            true,
            () => open("expectedCloseAt", { expectedCloseAt: shown.expectedCloseAt?.slice(0, 10) ?? "" }),
            <EditorForm onSave={saveDate} onCancel={close} error={error}>
              <input type="date" aria-label={t("fields.expectedCloseAt")} value={draft.expectedCloseAt ?? ""} onChange={set("expectedCloseAt")} className={small} autoFocus min="2000-01-01" max="2100-12-31" />
            </EditorForm>,
          )}
        </dd>
        <dt className="text-slate-500">{t("fields.owner")}</dt>
        <dd>
          {field(
            "ownerId",
            t("fields.owner"),
            shown.ownerName,
            props.canAssign,
            () => open("ownerId", { ownerId: shown.ownerId }),
            <EditorForm
              onSave={() => void commit({ ownerId: draft.ownerId }, { ownerId: draft.ownerId, ownerName: props.owners.find((o) => o.id === draft.ownerId)?.name ?? shown.ownerName })}
              onCancel={close}
            >
              <select aria-label={t("fields.owner")} value={draft.ownerId} onChange={set("ownerId")} className={small} autoFocus>
                {props.owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </EditorForm>,
          )}
        </dd>
        <dt className="text-slate-500">{t("fields.person")}</dt>
        <dd>
          {field(
            "personId",
            t("fields.person"),
            shown.person?.name ?? notSet,
            true,
            () => open("personId", { q: "" }),
            <div
              className="w-72 space-y-1"
              onKeyDown={(e) => {
                if (e.key === "Escape") close();
              }}
            >
              <PersonSearchField
                id="deal-person-search"
                label={t("edit.findPerson")}
                value={draft.q ?? ""}
                onValueChange={(q) => setDraft({ q })}
                onPick={(p) => void commit({ personId: p.id }, { person: { id: p.id, name: p.name } })}
                matchesLabel={t("edit.matches")}
                noMatchesLabel={t("edit.noMatches")}
                excludeIds={shown.person ? [shown.person.id] : []}
                autoFocus
              />
              <div className="flex gap-2">
                {shown.person && (
                  <Button type="button" size="sm" variant="secondary" onClick={() => void commit({ personId: null }, { person: null })}>
                    {t("edit.unlinkPerson")}
                  </Button>
                )}
                <Button type="button" size="sm" variant="ghost" onClick={close}>
                  {t("edit.cancel")}
                </Button>
              </div>
            </div>,
          )}
        </dd>
        <dt className="text-slate-500">{t("fields.source")}</dt>
        <dd>
          {field(
            "source",
            t("fields.source"),
            sourceText,
            true,
            () => open("source", { source: shown.source ?? "" }),
            <EditorForm onSave={() => void commit({ source: draft.source || null }, { source: draft.source || null })} onCancel={close}>
              <select aria-label={t("fields.source")} value={draft.source} onChange={set("source")} className={small} autoFocus>
                <option value="">{t("edit.noSource")}</option>
                {sourceCodes.map((s) => (
                  <option key={s} value={s}>
                    {sourceLabel(s)}
                  </option>
                ))}
              </select>
            </EditorForm>,
          )}
        </dd>
      </dl>
    </div>
  );
}
