"use client";
import { useTranslations } from "next-intl";
import clsx from "clsx";

type Kind = "PUBLIC" | "SECRET";

/** The kind of a new key: public (web pages) or secret (servers), and what a secret key may merge. */
export function ApiKeyKindFields(props: { kind: Kind; onKind: (kind: Kind) => void; merges: boolean; onMerges: (merges: boolean) => void }) {
  const t = useTranslations("events.apiKeys");
  const option = (kind: Kind, title: string, hint: string) => (
    <label
      className={clsx(
        "flex flex-1 cursor-pointer gap-2 rounded-lg border p-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
        props.kind === kind ? "border-brand-500 bg-brand-50" : "border-slate-200",
      )}
    >
      <input type="radio" name="api-key-kind" value={kind} checked={props.kind === kind} onChange={() => props.onKind(kind)} className="mt-0.5" />
      <span>
        <span className="block font-medium text-slate-800">{title}</span>
        <span className="block text-xs text-slate-600">{hint}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="w-full space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("kindLabel")}</legend>
      <div className="flex flex-col gap-2 sm:flex-row">
        {option("PUBLIC", t("kindPublic"), t("kindPublicHint"))}
        {option("SECRET", t("kindSecret"), t("kindSecretHint"))}
      </div>
      {props.kind === "SECRET" && (
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={props.merges} onChange={(e) => props.onMerges(e.target.checked)} className="mt-0.5" data-testid="api-key-merges" />
          <span>
            {t("mergesLabel")}
            <span className="block text-xs text-slate-500">{t("mergesHint")}</span>
          </span>
        </label>
      )}
    </fieldset>
  );
}
