"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import clsx from "clsx";
import { setAutomationActiveAction } from "@/lib/actions/automations";
import { useSettingsAction } from "@/components/settings/use-settings-action";

/**
 * An on/off switch for one automation (a button with the switch role). It says what switching on
 * means: the rule acts on what happens from now on (shown beside it with `showHint`, else as its
 * description and tooltip).
 */
export function AutomationToggle({ id, name, active, showHint = false }: { id: string; name: string; active: boolean; showHint?: boolean }) {
  const t = useTranslations("automations");
  const hintId = useId();
  const [on, setOn] = useState(active);
  const { pending, run } = useSettingsAction();
  const toggle = () => {
    const next = !on;
    setOn(next);
    run(() => setAutomationActiveAction({ id, active: next }), {
      success: next ? t("switchedOn", { name }) : t("switchedOff", { name }),
      onError: (e) => {
        setOn(!next);
        toast.error(e.message);
      },
    });
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-label={t("toggle", { name })}
        aria-describedby={hintId}
        title={showHint ? undefined : t("toggleHint")}
        disabled={pending}
        onClick={toggle}
        className={clsx("relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600", on ? "bg-emerald-600" : "bg-slate-300")}
        data-testid="automation-toggle"
      >
        <span className={clsx("inline-block h-5 w-5 rounded-full bg-white shadow transition-transform", on ? "translate-x-5" : "translate-x-0.5")} />
      </button>
      <span id={hintId} className={showHint ? "text-sm text-slate-600" : "sr-only"}>
        {t("toggleHint")}
      </span>
    </span>
  );
}
