"use client";
import { useTranslations } from "next-intl";
import { ArrowLeft, ArrowRight } from "lucide-react";
import type { MergePreview } from "@/lib/people/get-merge-preview";
import { MergeProfileCard } from "./MergeProfileCard";

/** Both profiles side by side (this one on the left), which one stays, and what a merge does. */
export function MergeComparison({ preview, personId }: { preview: MergePreview; personId: string }) {
  const t = useTranslations("people");
  const [left, right] = preview.kept.id === personId ? [preview.kept, preview.merged] : [preview.merged, preview.kept];
  const Arrow = left.id === preview.kept.id ? ArrowLeft : ArrowRight;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] sm:items-stretch">
        <MergeProfileCard profile={left} stays={left.id === preview.kept.id} isThis />
        <span className="hidden self-center rounded-full border border-slate-200 bg-white p-1.5 text-slate-500 sm:block" aria-hidden>
          <Arrow size={16} />
        </span>
        <MergeProfileCard profile={right} stays={right.id === preview.kept.id} isThis={false} />
      </div>
      <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">{t("merge.explain", { merged: preview.merged.name, kept: preview.kept.name })}</p>
    </>
  );
}
