"use client";
import clsx from "clsx";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { FieldItem, NoteItem, StageItem, TaskItem, TimelineItem } from "@/lib/timeline/types";
import { fieldChangeText, type Translate } from "@/lib/format/field-change";
import { EventEntry } from "./EventEntry";
import { EVENT_ICONS, FIELD_ICON, NOTE_ICON, TASK_CREATED_ICON, TASK_DONE_ICON, stageIcon } from "./icons";
import { eventDetails } from "@/lib/timeline/event-details";

/** One row of the stream: an icon per kind, what happened, and when. */
export function TimelineEntry({ item }: { item: TimelineItem }) {
  const format = useFormatter();
  const { icon: Icon, tint } =
    item.kind === "event"
      ? (EVENT_ICONS[eventDetails(item).headline] ?? EVENT_ICONS.other)
      : item.kind === "stage"
        ? stageIcon(item)
        : item.kind === "field"
          ? FIELD_ICON
          : item.kind === "note"
          ? NOTE_ICON
          : item.kind === "task_done"
            ? TASK_DONE_ICON
            : TASK_CREATED_ICON;
  return (
    <li className="flex gap-3 py-2.5" data-testid="timeline-item" data-kind={item.kind}>
      <span className={clsx("mt-0.5 inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full", tint)} aria-hidden>
        <Icon size={15} />
      </span>
      <div className="min-w-0 flex-1 text-sm">
        {item.kind === "event" && <EventEntry item={item} />}
        {item.kind === "stage" && <StageEntry item={item} />}
        {item.kind === "field" && <FieldEntry item={item} />}
        {item.kind === "note" && <NoteEntry item={item} />}
        {(item.kind === "task_created" || item.kind === "task_done") && <TaskEntry item={item} />}
      </div>
      <time dateTime={item.at.toISOString()} className="shrink-0 pt-0.5 text-xs text-slate-500 tabular-nums" title={format.dateTime(item.at, { dateStyle: "full", timeStyle: "short" })}>
        {format.dateTime(item.at, { timeStyle: "short" })}
      </time>
    </li>
  );
}

function DealLink({ deal }: { deal: { id: string; title: string } | null }) {
  if (!deal) return null;
  return (
    <Link href={`/deals/${deal.id}`} className="text-xs text-brand-700 hover:underline">
      {deal.title}
    </Link>
  );
}

function StageEntry({ item }: { item: StageItem }) {
  const t = useTranslations("timeline");
  const stage = item.to.stage ?? "—";
  const text =
    item.to.status === "WON"
      ? t("stage.won")
      : item.to.status === "LOST"
        ? t("stage.lost", { reason: item.lossReason ?? "—" })
        : item.from.status && item.from.status !== "OPEN"
          ? t("stage.reopened", { stage })
          : !item.from.stage && !item.from.status
            ? t("stage.created", { stage })
            : t("stage.moved", { from: item.from.stage ?? "—", to: stage });
  return (
    <div>
      <p className="font-medium text-slate-900">{text}</p>
      {item.note && <p className="text-slate-700">{item.note}</p>}
      <p className="flex flex-wrap gap-x-2 text-xs text-slate-500">
        <DealLink deal={item.deal} />
        {item.by && <span>{t("by", { name: item.by })}</span>}
      </p>
    </div>
  );
}

/** An edit of one of the person's deals: "Value: 10 000 ₽ → 12 500 ₽". */
function FieldEntry({ item }: { item: FieldItem }) {
  const t = useTranslations("timeline");
  const deal = useTranslations("deal");
  const locale = useLocale();
  return (
    <div>
      <p className="text-slate-900">{fieldChangeText(item, deal as unknown as Translate, locale)}</p>
      <p className="flex flex-wrap gap-x-2 text-xs text-slate-500">
        <DealLink deal={item.deal} />
        {item.by && <span>{t("by", { name: item.by })}</span>}
      </p>
    </div>
  );
}

function NoteEntry({ item }: { item: NoteItem }) {
  const t = useTranslations("timeline");
  const tone = item.tone && t.has(`tones.${item.tone}`) ? t(`tones.${item.tone}` as "tones.neutral") : item.tone;
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-yellow-800 uppercase">
        {t(`noteKinds.${item.noteKind}`)}
        {tone ? ` · ${tone}` : ""}
        {item.noteKind === "OBJECTION" && item.resolved ? ` · ${t("resolved")}` : ""}
      </p>
      <p className="whitespace-pre-line text-slate-800">{item.body}</p>
      <p className="flex flex-wrap gap-x-2 text-xs text-slate-500">
        <span>{item.author}</span>
        <DealLink deal={item.deal} />
      </p>
    </div>
  );
}

function TaskEntry({ item }: { item: TaskItem }) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  return (
    <div>
      <p className="font-medium text-slate-900">{item.kind === "task_done" ? t(item.closedWithDeal ? "task.closedWithDeal" : "task.done", { title: item.title }) : t("task.created", { title: item.title })}</p>
      <p className="flex flex-wrap gap-x-2 text-xs text-slate-500">
        <span>{t("task.for", { name: item.assignee })}</span>
        {item.kind === "task_created" && item.dueAt && <span>{t("task.due", { date: format.dateTime(item.dueAt, { dateStyle: "medium" }) })}</span>}
        <DealLink deal={item.deal} />
      </p>
    </div>
  );
}
