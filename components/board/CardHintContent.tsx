"use client";
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/card-query";

/** What the hint says: why they buy, what holds them back, the next task, and idleness. */
export function CardHintContent(props: { card: BoardCard; overdue: boolean }) {
  const t = useTranslations("card");
  const format = useFormatter();
  const { card } = props;
  const context = card.context;
  const more = (context?.openObjections ?? 0) - (context?.objections.length ?? 0);
  return (
    <div className="space-y-2">
      {context?.motivation && (
        <div>
          <p className="font-semibold text-emerald-800">{t("hintMotivation")}</p>
          <p className="break-words">{context.motivation}</p>
        </div>
      )}
      {context && context.openObjections > 0 && (
        <div>
          <p className="font-semibold text-amber-800">
            {t("hintObjections")} ({context.openObjections})
          </p>
          <ul className="list-disc space-y-0.5 pl-4">
            {context.objections.map((body, i) => (
              <li key={i} className="break-words">
                {body}
              </li>
            ))}
          </ul>
          {more > 0 && <p className="text-slate-500">{t("hintMore", { count: more })}</p>}
        </div>
      )}
      {card.nextTask && (
        <div>
          <p className="font-semibold text-slate-800">{t("hintTask")}</p>
          <p className={clsx(props.overdue && "font-medium text-red-700")}>
            {card.nextTask.title} · {props.overdue ? `${t("overdue")} · ` : ""}
            {format.dateTime(new Date(card.nextTask.dueAt), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
          </p>
          {context && context.overdueTasks > 1 && <p className="text-red-700">{t("overdueTasks", { count: context.overdueTasks })}</p>}
        </div>
      )}
    </div>
  );
}

/** The same words for screen readers, as the card link's description (the popup is visual). */
export function cardHintText(card: BoardCard, t: ReturnType<typeof useTranslations<"card">>): string {
  const context = card.context;
  if (!context) return "";
  const parts: string[] = [];
  if (context.motivation) parts.push(`${t("hintMotivation")}: ${context.motivation}`);
  if (context.openObjections > 0) parts.push(`${t("hintObjections")} (${context.openObjections}): ${context.objections.join("; ")}`);
  return parts.join(". ");
}
