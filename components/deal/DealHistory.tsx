import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DealDetails } from "@/lib/deals/get-deal";
import { fieldChangeText, type Translate } from "@/lib/format/field-change";

type Entry = { kind: "stage"; at: Date; item: DealDetails["transitions"][number] } | { kind: "field"; at: Date; item: DealDetails["fieldChanges"][number] };

/** The deal's stage and status changes and its field edits, newest first (its notes have their own section). */
export async function DealHistory({ transitions, fieldChanges }: { transitions: DealDetails["transitions"]; fieldChanges: DealDetails["fieldChanges"] }) {
  const t = await getTranslations("deal");
  const format = await getFormatter();
  const locale = await getLocale();
  const entries: Entry[] = [
    ...transitions.map((item) => ({ kind: "stage" as const, at: item.at, item })),
    ...fieldChanges.map((item) => ({ kind: "field" as const, at: item.at, item })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <section aria-labelledby="history" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="history" className="mb-3 text-sm font-semibold text-slate-700">
        {t("history")}
      </h2>
      {entries.length === 0 && <p className="text-sm text-slate-500">{t("noHistory")}</p>}
      <ol className="space-y-3" data-testid="deal-history">
        {entries.map((e) => (
          <li key={`${e.kind}-${e.item.id}`} className="flex gap-3 text-sm" data-kind={e.kind}>
            <span className={e.kind === "stage" ? "mt-1.5 h-2 w-2 shrink-0 rounded-full bg-brand-500" : "mt-1.5 h-2 w-2 shrink-0 rounded-full bg-slate-400"} aria-hidden />
            <div className="min-w-0 flex-1">
              <p>{e.kind === "stage" ? describe(e.item, t) : fieldChangeText(e.item, t as unknown as Translate, locale)}</p>
              <p className="text-xs text-slate-500">
                {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                {e.kind === "stage" ? (e.item.byUser ? ` · ${e.item.byUser.name}` : "") : e.item.by ? ` · ${e.item.by}` : ""}
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
