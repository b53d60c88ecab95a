"use client";
import { useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { GitMerge } from "lucide-react";
import { confirmMergeSuggestionAction, dismissMergeSuggestionAction, mergePreviewAction } from "@/lib/actions/people";
import type { ActionResult } from "@/lib/actions/define-action";
import type { MergePreview } from "@/lib/people/get-merge-preview";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { MergeComparison } from "./MergeComparison";
import { eventTypeLabel } from "@/lib/i18n/event-type-label";

export interface SuggestionView {
  id: string;
  other: { id: string; name: string };
  identity: { kind: "EMAIL" | "PHONE" | "ANON_ID" | "MESSENGER" | "EXTERNAL"; value: string };
  event: { id: string; type: string | null; occurredAt: string | null };
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>["error"];

/** "Possibly the same person as X — review" on the person page (heads and admins). */
export function MergeSuggestions({ person, suggestions }: { person: { id: string; name: string }; suggestions: SuggestionView[] }) {
  return (
    <div className="space-y-2">
      {suggestions.map((s) => (
        <SuggestionNotice key={s.id} person={person} suggestion={s} />
      ))}
    </div>
  );
}

function useEvidence() {
  const t = useTranslations("people");
  const tl = useTranslations("timeline");
  const format = useFormatter();
  const locale = useLocale();
  return (s: SuggestionView) => {
    // Mid-sentence: "including phone +7…", not "including Phone +7…".
    const identity = `${t(`identityKinds.${s.identity.kind}`).toLocaleLowerCase(locale)} ${s.identity.value}`;
    return s.event.type && s.event.occurredAt
      ? t("suggestion.evidence", { type: eventTypeLabel(tl, s.event.type), date: format.dateTime(new Date(s.event.occurredAt), { dateStyle: "medium", timeStyle: "short" }), identity })
      : t("suggestion.evidenceNoEvent", { id: s.event.id, identity });
  };
}

function SuggestionNotice({ person, suggestion }: { person: { id: string; name: string }; suggestion: SuggestionView }) {
  const t = useTranslations("people");
  const evidence = useEvidence();
  const [open, setOpen] = useState(false);
  return (
    <section className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3" data-testid="merge-suggestion" aria-label={t("suggestion.label")}>
      <div className="flex min-w-0 items-start gap-2">
        <GitMerge size={18} className="mt-0.5 shrink-0 text-amber-700" aria-hidden />
        <div className="min-w-0 text-sm">
          <p className="font-medium text-amber-950">
            {t.rich("suggestion.title", {
              name: suggestion.other.name,
              link: (chunks) => (
                <Link href={`/people/${suggestion.other.id}`} className="underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <p className="text-amber-900">{evidence(suggestion)}</p>
        </div>
      </div>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} data-testid="merge-suggestion-review">
        {t("suggestion.review")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} size="lg" title={t("suggestion.dialogTitle")} description={t("suggestion.dialogDescription", { name: person.name, other: suggestion.other.name })} closeLabel={t("form.close")}>
        {open && <Review person={person} suggestion={suggestion} onDone={() => setOpen(false)} />}
      </Dialog>
    </section>
  );
}

function Review({ person, suggestion, onDone }: { person: { id: string; name: string }; suggestion: SuggestionView; onDone: () => void }) {
  const t = useTranslations("people");
  const evidence = useEvidence();
  const router = useRouter();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const [doing, setDoing] = useState<"merge" | "dismiss" | null>(null);
  const say = (failure: Failure) =>
    setError(t(failure.code === "FORBIDDEN" ? "suggestion.errors.forbidden" : failure.code === "CONFLICT" || failure.code === "NOT_FOUND" ? "suggestion.errors.decided" : "suggestion.errors.other"));

  useEffect(() => {
    let live = true;
    void mergePreviewAction({ personId: person.id, otherId: suggestion.other.id }).then((result) => {
      if (!live) return;
      if (result.ok) setPreview(result.data);
      else say(result.error);
    });
    return () => {
      live = false;
    };
    // Loaded once per opening of the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirm = (shown: MergePreview) =>
    start(async () => {
      setDoing("merge");
      const result = await confirmMergeSuggestionAction({ suggestionId: suggestion.id });
      if (!result.ok) return say(result.error);
      toast.success(t("merge.done"), { description: t("merge.doneDetail", { merged: shown.merged.name, kept: shown.kept.name }) });
      onDone();
      if (result.data.keptId === person.id) router.refresh();
      else router.push(`/people/${result.data.keptId}`);
    });

  const dismiss = () =>
    start(async () => {
      setDoing("dismiss");
      const result = await dismissMergeSuggestionAction({ suggestionId: suggestion.id });
      if (!result.ok) return say(result.error);
      toast.success(t("suggestion.dismissed"), { description: t("suggestion.dismissedDetail", { name: suggestion.other.name }) });
      onDone();
      router.refresh();
    });

  return (
    <div className="space-y-4" data-testid="merge-suggestion-review-dialog">
      {error && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </div>
      )}
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{evidence(suggestion)}</p>
      {preview ? (
        <MergeComparison preview={preview} personId={person.id} />
      ) : (
        !error && (
          <p className="text-sm text-slate-500" role="status">
            {t("merge.loading")}
          </p>
        )
      )}
      <div className="flex flex-wrap justify-between gap-2">
        <Button type="button" variant="ghost" onClick={dismiss} disabled={busy} data-testid="merge-suggestion-dismiss">
          {busy && doing === "dismiss" ? t("suggestion.dismissing") : t("suggestion.dismiss")}
        </Button>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={onDone} disabled={busy}>
            {t("form.cancel")}
          </Button>
          <Button type="button" onClick={() => preview && confirm(preview)} disabled={busy || !preview} data-testid="merge-suggestion-confirm">
            {busy && doing === "merge" ? t("merge.merging") : t("merge.confirm")}
          </Button>
        </div>
      </div>
    </div>
  );
}
