import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DealDetails } from "@/lib/deals/get-deal";

/** The deal's stage and status changes and its notes, newest first. */
export async function DealHistory({ transitions, notes }: { transitions: DealDetails["transitions"]; notes: DealDetails["notes"] }) {
  const t = await getTranslations("deal");
  const format = await getFormatter();
  const items = [
    ...transitions.map((x) => ({ kind: "transition" as const, at: x.at, x })),
    ...notes.map((n) => ({ kind: "note" as const, at: n.createdAt, n })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return (
    <section aria-labelledby="history" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="history" className="mb-3 text-sm font-semibold text-slate-700">
        {t("history")}
      </h2>
      {items.length === 0 && <p className="text-sm text-slate-500">{t("noHistory")}</p>}
      <ol className="space-y-3" data-testid="deal-history">
        {items.map((item) => (
          <li key={item.kind + (item.kind === "note" ? item.n.id : item.x.id)} className="flex gap-3 text-sm">
            <span className={clsx("mt-1.5 h-2 w-2 shrink-0 rounded-full", item.kind === "note" ? "bg-amber-400" : "bg-brand-500")} aria-hidden />
            <div className="min-w-0 flex-1">
              {item.kind === "transition" ? (
                <p>{describe(item.x, t)}</p>
              ) : (
                <div>
                  <p className="text-xs font-semibold text-amber-700 uppercase">{t(`noteKinds.${item.n.kind}`)}{item.n.tone ? ` · ${item.n.tone}` : ""}</p>
                  <p className="whitespace-pre-line text-slate-800">{item.n.body}</p>
                </div>
              )}
              <p className="text-xs text-slate-500">
                {format.dateTime(item.at, { dateStyle: "medium", timeStyle: "short" })}
                {item.kind === "transition" && item.x.byUser ? ` · ${item.x.byUser.name}` : ""}
                {item.kind === "note" ? ` · ${item.n.author.name}` : ""}
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
