"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import clsx from "clsx";
import { Plus, Trash2, Undo2, X } from "lucide-react";
import { updatePersonAction } from "@/lib/actions/people";
import { IDENTITY_KINDS } from "@/lib/people/normalize-identity";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";

type Kind = (typeof IDENTITY_KINDS)[number];
const KIND_ORDER: Kind[] = ["EMAIL", "PHONE", "MESSENGER", "ANON_ID", "EXTERNAL"];

export interface EditablePerson {
  id: string;
  name: string;
  company: string | null;
  ownerId: string | null;
  ownerName: string | null;
  updatedAt: string;
  identities: { id: string; kind: Kind; value: string }[];
}

interface NewRow {
  key: number;
  kind: Kind;
  value: string;
}

/** Name, company, owner (managers) and identities: remove known ones, add new ones (normalized by the server). */
export function EditPersonForm(props: { person: EditablePerson; users: { id: string; name: string }[]; canChangeOwner: boolean; onDone: () => void }) {
  const t = useTranslations("people");
  const router = useRouter();
  const { person } = props;
  const [name, setName] = useState(person.name);
  const [company, setCompany] = useState(person.company ?? "");
  const [ownerId, setOwnerId] = useState(person.ownerId ?? "");
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [rows, setRows] = useState<NewRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const nextKey = useRef(1);

  const toggleRemoved = (id: string) =>
    setRemoved((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const setRow = (key: number, patch: Partial<NewRow>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const sent = rows.filter((r) => r.value.trim() !== "");
    start(async () => {
      const result = await updatePersonAction({
        personId: person.id,
        name,
        company,
        ...(props.canChangeOwner ? { ownerId } : {}),
        addIdentities: sent.map(({ kind, value }) => ({ kind, value })),
        removeIdentityIds: [...removed],
        expectedUpdatedAt: person.updatedAt,
      });
      if (!result.ok) {
        // Field keys of new identities use the index of the rows sent; show them on those rows.
        const fields: Record<string, string> = {};
        for (const [key, message] of Object.entries(result.error.fields ?? {})) {
          const match = /^addIdentities\.(\d+)\./.exec(key);
          const row = match ? sent[Number(match[1])] : undefined;
          fields[row ? `row-${row.key}` : key] = message;
        }
        setErrors(fields);
        // Errors that belong to a field are shown beside it; the rest (permission, stale form) on top.
        setFormError(Object.keys(fields).length ? null : result.error.message);
        return;
      }
      toast.success(t("form.saved"));
      router.refresh();
      props.onDone();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="edit-person-form">
      {formError && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      <Field label={t("form.name")} htmlFor="person-name" error={errors.name}>
        <input id="person-name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass} required aria-invalid={Boolean(errors.name)} autoFocus />
      </Field>
      <Field label={t("form.company")} htmlFor="person-company" error={errors.company}>
        <input id="person-company" value={company} onChange={(e) => setCompany(e.target.value)} className={inputClass} aria-invalid={Boolean(errors.company)} />
      </Field>
      {props.canChangeOwner ? (
        <Field label={t("form.owner")} htmlFor="person-owner" error={errors.ownerId}>
          <select id="person-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} className={inputClass}>
            <option value="">{t("noOwner")}</option>
            {props.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p className="text-sm text-slate-600">
          {person.ownerName ? t("ownerLabel", { name: person.ownerName }) : t("noOwner")} <span className="block text-xs text-slate-500">{t("form.ownerHint")}</span>
        </p>
      )}

      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("form.identities")}</legend>
        <ul className="space-y-1.5">
          {person.identities.map((identity) => {
            const gone = removed.has(identity.id);
            return (
              <li key={identity.id} className="flex items-center gap-2 text-sm">
                <span className="w-24 shrink-0 text-xs text-slate-500">{t(`identityKinds.${identity.kind}`)}</span>
                <span className={clsx("min-w-0 flex-1 truncate", gone && "text-slate-400 line-through")}>{identity.value}</span>
                {gone && <span className="text-xs text-red-700">{t("form.willRemove")}</span>}
                <button
                  type="button"
                  onClick={() => toggleRemoved(identity.id)}
                  className="rounded-md p-1 text-slate-500 hover:bg-slate-100"
                  aria-label={gone ? t("form.undoRemove", { value: identity.value }) : t("form.remove", { value: identity.value })}
                >
                  {gone ? <Undo2 size={15} aria-hidden /> : <Trash2 size={15} aria-hidden />}
                </button>
              </li>
            );
          })}
          {rows.map((row, index) => {
            const error = errors[`row-${row.key}`];
            return (
              <li key={row.key} data-testid="new-identity">
                <div className="grid grid-cols-[8rem_minmax(0,1fr)_auto] items-center gap-2">
                  <label className="sr-only" htmlFor={`identity-kind-${row.key}`}>
                    {t("form.kind")} {index + 1}
                  </label>
                  <select id={`identity-kind-${row.key}`} value={row.kind} onChange={(e) => setRow(row.key, { kind: e.target.value as Kind })} className={inputClass}>
                    {KIND_ORDER.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`identityKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                  <label className="sr-only" htmlFor={`identity-value-${row.key}`}>
                    {t("form.value")} {index + 1}
                  </label>
                  <input
                    id={`identity-value-${row.key}`}
                    value={row.value}
                    onChange={(e) => setRow(row.key, { value: e.target.value })}
                    placeholder={t(`form.placeholders.${row.kind}`)}
                    className={clsx(inputClass, error && "border-red-400")}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `identity-error-${row.key}` : undefined}
                  />
                  <button
                    type="button"
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                    className="rounded-md p-1 text-slate-500 hover:bg-slate-100"
                    aria-label={t("form.removeNew")}
                  >
                    <X size={15} aria-hidden />
                  </button>
                </div>
                {error && (
                  <p id={`identity-error-${row.key}`} className="mt-1 text-xs text-red-600" role="alert">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <Button type="button" variant="ghost" size="sm" className="mt-1.5" onClick={() => setRows((current) => [...current, { key: nextKey.current++, kind: "EMAIL", value: "" }])}>
          <Plus size={15} aria-hidden /> {t("form.add")}
        </Button>
      </fieldset>

      <div className="flex justify-end gap-2 pt-2">
        <Button type="button" variant="secondary" onClick={props.onDone}>
          {t("form.cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  );
}
