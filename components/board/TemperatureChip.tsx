"use client";
import clsx from "clsx";
import { useTranslations } from "next-intl";

const STYLES = {
  HOT: "bg-red-100 text-red-700",
  WARM: "bg-amber-100 text-amber-800",
  COLD: "bg-sky-100 text-sky-700",
} as const;

export function TemperatureChip({ temperature }: { temperature: keyof typeof STYLES }) {
  const t = useTranslations("temperature");
  return (
    <span className={clsx("shrink-0 rounded-full px-1.5 py-0.5 text-[10px] font-semibold uppercase", STYLES[temperature])}>
      {t(temperature)}
    </span>
  );
}
