import { getFormatter, getTranslations } from "next-intl/server";
import type { DealDetails } from "@/lib/deals/get-deal";

/** The deal's stage and status changes, newest first (its notes have their own section). */
export async function DealHistory({ transitions }: { transitions: DealDetails["transitions"] }) {
  const t = await getTranslations("deal");
  const format = await getFormatter();
  return (
    <section aria-labelledby="history" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="history" className="mb-3 text-sm font-semibold text-slate-700">
        {t("history")}
      </h2>
      {transitions.length === 0 && <p className="text-sm text-slate-500">{t("noHistory")}</p>}
      <ol className="space-y-3" data-testid="deal-history">
        {transitions.map((x) => (
          <li key={x.id} className="flex gap-3 text-sm">
            <span className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-brand-500" aria-hidden />
            <div className="min-w-0 flex-1">
              <p>{describe(x, t)}</p>
              <p className="text-xs text-slate-500">
                {format.dateTime(x.at, { dateStyle: "medium", timeStyle: "short" })}
                {x.byUser ? ` · ${x.byUser.name}` : ""}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"deal">>>;
function describe(x: DealDetails["transitions"][number], t: T): string {
  if (!x.fromStage && !x.fromStatus) return t("created", { stage: x.toStage?.name ?? "" });
  if (x.toStatus === "WON") return t("wonAt", { stage: x.toStage?.name ?? "" });
  if (x.toStatus === "LOST") return t("lostAt", { stage: x.toStage?.name ?? "", reason: x.lossReason?.label ?? "—" }) + (x.note ? ` — ${x.note}` : "");
  if (x.fromStatus && x.fromStatus !== "OPEN") return t("reopenedIn", { stage: x.toStage?.name ?? "" });
  return t("moved", { from: x.fromStage?.name ?? "", to: x.toStage?.name ?? "" });
}
