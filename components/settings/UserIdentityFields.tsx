"use client";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/validation/settings";
import { Field, inputClass } from "@/components/ui/Field";

/** Name, email, role and language of a new team member: the invite and the new-user dialogs. */
export function UserIdentityFields({ idPrefix, errors }: { idPrefix: string; errors: { name?: string; email?: string; role?: string } }) {
  const t = useTranslations("settings.users");
  const tr = useTranslations("frame.roles");
  return (
    <>
      <Field label={t("colName")} htmlFor={`${idPrefix}-name`} error={errors.name}>
        <input id={`${idPrefix}-name`} name="name" className={inputClass} maxLength={120} autoFocus />
      </Field>
      <Field label={t("email")} htmlFor={`${idPrefix}-email`} error={errors.email}>
        <input id={`${idPrefix}-email`} name="email" type="email" className={inputClass} maxLength={200} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("colRole")} htmlFor={`${idPrefix}-role`} error={errors.role}>
          <select id={`${idPrefix}-role`} name="role" className={inputClass} defaultValue="REP">
            {ROLES.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
          </select>
        </Field>
        <Field label={t("language")} htmlFor={`${idPrefix}-locale`}>
          <select id={`${idPrefix}-locale`} name="locale" className={inputClass} defaultValue="ru">
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </Field>
      </div>
    </>
  );
}
