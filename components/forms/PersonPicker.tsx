"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { searchPeopleAction } from "@/lib/actions/deals";
import { Field, inputClass } from "@/components/ui/Field";

export type PickedPerson =
  | { mode: "existing"; id: string; name: string; company: string | null }
  | { mode: "new"; name: string; email: string; phone: string; company: string };

/** Type a name: pick a known person from the matches, or keep typing to create a new one. */
export function PersonPicker({ value, onChange, errors }: { value: PickedPerson; onChange: (p: PickedPerson) => void; errors: Record<string, string> }) {
  const t = useTranslations("addDeal");
  const [matches, setMatches] = useState<{ id: string; name: string; company: string | null }[]>([]);
  const query = value.mode === "new" ? value.name.trim() : "";

  useEffect(() => {
    if (query.length < 2) return;
    let live = true;
    const id = setTimeout(async () => {
      const result = await searchPeopleAction({ q: query });
      if (live) setMatches(result.ok ? result.data : []);
    }, 250);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [query]);

  if (value.mode === "existing") {
    return (
      <div>
        <p className="mb-1 text-sm font-medium text-slate-700">{t("person")}</p>
        <div className="flex items-center justify-between rounded-lg border border-brand-500 bg-brand-50 px-3 py-2 text-sm">
          <span>
            {value.name}
            {value.company ? <span className="text-slate-500"> · {value.company}</span> : null}
          </span>
          <button type="button" aria-label={t("clearPerson")} onClick={() => onChange({ mode: "new", name: "", email: "", phone: "", company: "" })}>
            <X size={16} aria-hidden />
          </button>
        </div>
      </div>
    );
  }
  const set = (key: "name" | "email" | "phone" | "company") => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [key]: e.target.value });
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3">
      <Field label={t("person")} htmlFor="person-name" error={errors["newPerson.name"]}>
        <input id="person-name" value={value.name} onChange={set("name")} className={inputClass} placeholder={t("personPlaceholder")} autoComplete="off" />
      </Field>
      {query.length >= 2 && matches.length > 0 && (
        <ul className="max-h-32 overflow-y-auto rounded-lg border border-slate-200 text-sm" aria-label={t("matches")}>
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" className="w-full px-3 py-1.5 text-left hover:bg-slate-50" onClick={() => onChange({ mode: "existing", ...m })}>
                {m.name}
                {m.company ? <span className="text-slate-500"> · {m.company}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Field label={t("email")} htmlFor="person-email" error={errors["newPerson.email"]}>
          <input id="person-email" type="email" value={value.email} onChange={set("email")} className={inputClass} />
        </Field>
        <Field label={t("phone")} htmlFor="person-phone" error={errors["newPerson.phone"]}>
          <input id="person-phone" type="tel" value={value.phone} onChange={set("phone")} className={inputClass} />
        </Field>
      </div>
      <Field label={t("company")} htmlFor="person-company">
        <input id="person-company" value={value.company} onChange={set("company")} className={inputClass} />
      </Field>
    </div>
  );
}
