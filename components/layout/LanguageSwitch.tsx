"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import clsx from "clsx";
import { setLocaleAction } from "@/lib/actions/auth";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

/** EN / RU. `stackBelowLg`: the buttons stack in the collapsed sidebar (below the lg breakpoint). */
export function LanguageSwitch({ stackBelowLg = false }: { stackBelowLg?: boolean }) {
  const locale = useLocale();
  const t = useTranslations("frame");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className={clsx("inline-flex rounded-lg border border-slate-200 bg-white p-0.5 text-xs", stackBelowLg && "flex-col lg:flex-row")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={l === locale}
          aria-label={LOCALE_NAMES[l]}
          lang={l}
          disabled={pending}
          onClick={() =>
            start(async () => {
              await setLocaleAction(l);
              router.refresh();
            })
          }
          className={clsx(
            "rounded-md px-2 py-1 font-medium uppercase",
            l === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
