"use client";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Field, inputClass } from "@/components/ui/Field";
import { PersonSearchField } from "./PersonSearchField";

export type PickedPerson =
  | { mode: "existing"; id: string; name: string; company: string | null }
  | { mode: "new"; name: string; email: string; phone: string; company: string };

/** Type a name: pick a known person from the matches (PersonSearchField), or keep typing to create a new one. */
export function PersonPicker({ value, onChange, errors }: { value: PickedPerson; onChange: (p: PickedPerson) => void; errors: Record<string, string> }) {
  const t = useTranslations("addDeal");
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
      <PersonSearchField
        id="person-name"
        label={t("person")}
        value={value.name}
        onValueChange={(name) => onChange({ ...value, name })}
        onPick={(m) => onChange({ mode: "existing", ...m })}
        matchesLabel={t("matches")}
        placeholder={t("personPlaceholder")}
        error={errors["newPerson.name"]}
      />
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
