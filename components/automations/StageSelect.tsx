"use client";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/Field";
import type { AutomationOptions } from "./options";

/** A stage picker grouped by pipeline. */
export function StageSelect(props: { id: string; value: string; onChange: (value: string) => void; pipelines: AutomationOptions["pipelines"]; invalid?: boolean }) {
  const t = useTranslations("automations.form");
  return (
    <select id={props.id} className={inputClass} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-invalid={props.invalid || undefined}>
      <option value="">{t("chooseStage")}</option>
      {props.pipelines.map((p) => (
        <optgroup key={p.id} label={p.archived ? `${p.name} (${t("archived")})` : p.name}>
          {p.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
