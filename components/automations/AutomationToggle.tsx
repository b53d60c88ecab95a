"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import clsx from "clsx";
import { setAutomationActiveAction } from "@/lib/actions/automations";
import { useSettingsAction } from "@/components/settings/use-settings-action";

/** An on/off switch for one automation (a real checkbox with the switch role). */
export function AutomationToggle({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations("automations");
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
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-label={t("toggle", { name })}
      disabled={pending}
      onClick={toggle}
      className={clsx("relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600", on ? "bg-emerald-600" : "bg-slate-300")}
      data-testid="automation-toggle"
    >
      <span className={clsx("inline-block h-5 w-5 rounded-full bg-white shadow transition-transform", on ? "translate-x-5" : "translate-x-0.5")} />
    </button>
  );
}
