"use client";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { Frown, Meh, Smile } from "lucide-react";
import type { CallTone, NoteKind } from "@/lib/validation/notes";

export const KIND_STYLES: Record<NoteKind, string> = {
  CONTEXT: "bg-sky-50 text-sky-800 ring-sky-200",
  MOTIVATION: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  OBJECTION: "bg-amber-50 text-amber-900 ring-amber-200",
  CALL: "bg-violet-50 text-violet-800 ring-violet-200",
  GENERAL: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function NoteKindChip({ kind }: { kind: NoteKind }) {
  const t = useTranslations("notes.kinds");
  return <span className={clsx("rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset", KIND_STYLES[kind])}>{t(kind)}</span>;
}

const TONE_ICONS = { positive: Smile, neutral: Meh, negative: Frown } as const;
const TONE_STYLES: Record<CallTone, string> = {
  positive: "text-emerald-700",
  neutral: "text-slate-600",
  negative: "text-red-700",
};

/** A call's tone: an icon and the word (never color alone). */
export function ToneLabel({ tone }: { tone: CallTone }) {
  const t = useTranslations("notes.tones");
  const Icon = TONE_ICONS[tone];
  return (
    <span className={clsx("inline-flex items-center gap-1 text-xs font-medium", TONE_STYLES[tone])}>
      <Icon size={14} aria-hidden />
      {t(tone)}
    </span>
  );
}
