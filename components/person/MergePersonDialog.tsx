"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Merge } from "lucide-react";
import { mergePeopleAction, mergePreviewAction } from "@/lib/actions/people";
import type { MergePreview } from "@/lib/people/get-merge-preview";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { PersonSearchField, type PersonMatch } from "@/components/forms/PersonSearchField";
import { MergeComparison } from "./MergeComparison";

/** "Merge with…" on the person page (heads and admins): find the duplicate, compare, merge. */
export function MergePersonDialog({ person }: { person: { id: string; name: string } }) {
  const t = useTranslations("people");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="merge-person">
        <Merge size={15} aria-hidden /> {t("merge.button")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} size="lg" title={t("merge.title")} description={t("merge.description", { name: person.name })} closeLabel={t("form.close")}>
        {open && <MergeFlow person={person} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function MergeFlow({ person, onDone }: { person: { id: string; name: string }; onDone: () => void }) {
  const t = useTranslations("people");
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [merging, startMerging] = useTransition();

  const pick = (match: PersonMatch) => {
    setError(null);
    startLoading(async () => {
      const result = await mergePreviewAction({ personId: person.id, otherId: match.id });
      if (result.ok) setPreview(result.data);
      else setError(result.error.message);
    });
  };

  const merge = (shown: MergePreview) => {
    setError(null);
    const otherId = shown.kept.id === person.id ? shown.merged.id : shown.kept.id;
    startMerging(async () => {
      const result = await mergePeopleAction({ personId: person.id, otherId });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      toast.success(t("merge.done"), { description: t("merge.doneDetail", { merged: shown.merged.name, kept: shown.kept.name }) });
      onDone();
      // This page stays when this profile is the one kept; otherwise its address now opens the kept one.
      if (result.data.keptId === person.id) router.refresh();
      else router.push(`/people/${result.data.keptId}`);
    });
  };

  const failure = error && (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-medium">{t("merge.failed")}</p>
      <p>{error}</p>
    </div>
  );

  if (!preview) {
    return (
      <div className="space-y-3" data-testid="merge-search">
        {failure}
        <PersonSearchField
          id="merge-person-search"
          label={t("merge.search")}
          value={query}
          onValueChange={setQuery}
          onPick={pick}
          matchesLabel={t("merge.matches")}
          placeholder={t("searchPlaceholder")}
          excludeIds={[person.id]}
          noMatchesLabel={t("merge.noMatches")}
          autoFocus
        />
        {loading && (
          <p className="text-sm text-slate-500" role="status">
            {t("merge.loading")}
          </p>
        )}
        <div className="flex justify-end pt-2">
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("form.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-4" data-testid="merge-preview">
      {failure}
      <MergeComparison preview={preview} personId={person.id} />
      <div className="flex flex-wrap justify-between gap-2">
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setPreview(null);
            setError(null);
          }}
          disabled={merging}
        >
          {t("merge.chooseAnother")}
        </Button>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={onDone} disabled={merging}>
            {t("form.cancel")}
          </Button>
          <Button type="button" onClick={() => merge(preview)} disabled={merging} data-testid="merge-confirm">
            {merging ? t("merge.merging") : t("merge.confirm")}
          </Button>
        </div>
      </div>
    </div>
  );
}
