import clsx from "clsx";
import { getTranslations } from "next-intl/server";

export async function StatusBadge({ status }: { status: "OPEN" | "WON" | "LOST" }) {
  const t = await getTranslations("deal.status");
  return (
    <span
      data-testid="deal-status"
      className={clsx(
        "rounded-full px-2 py-0.5 text-xs font-semibold",
        status === "OPEN" && "bg-brand-50 text-brand-700",
        status === "WON" && "bg-emerald-100 text-emerald-800",
        status === "LOST" && "bg-red-100 text-red-700",
      )}
    >
      {t(status)}
    </span>
  );
}
