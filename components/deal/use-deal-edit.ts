"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { editDealAction } from "@/lib/actions/deals";
import type { ActionResult } from "@/lib/actions/define-action";
import { fieldChangeText, type FieldChangeLike, type Translate } from "@/lib/format/field-change";
import type { EditDealInput } from "@/lib/validation/deals";

/** The deal as its inline editors show it. */
export interface EditableDeal {
  id: string;
  version: number;
  title: string;
  value: number; // minor units
  currency: string;
  expectedCloseAt: string | null; // ISO, a day
  ownerId: string;
  ownerName: string;
  person: { id: string; name: string } | null;
  source: string | null;
  closeDatePushes: number;
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>["error"];
type Changes = { [K in keyof EditDealInput["changes"]]?: EditDealInput["changes"][K] | string };

/**
 * Optimistic inline edits: the new value shows at once; the save is version-checked, and a
 * refusal rolls it back with a toast saying why (a conflict names who changed what meanwhile).
 * One save at a time, each with the version the previous one returned.
 */
export function useDealEdit(initial: EditableDeal) {
  const t = useTranslations("deal");
  const locale = useLocale();
  const router = useRouter();
  const [shown, setShown] = useState(initial);
  const [pending, setPending] = useState(false);
  const [version, setVersion] = useState(initial.version);
  // A newer version from the server (after a save, a conflict, another tab): show what is stored.
  const [synced, setSynced] = useState(initial.version);
  if (initial.version !== synced) {
    setSynced(initial.version);
    setShown(initial);
    setVersion(initial.version);
  }

  async function save(changes: Changes, optimistic: Partial<EditableDeal>): Promise<boolean> {
    const before = shown;
    setShown((s) => ({ ...s, ...optimistic }));
    setPending(true);
    try {
      const result = await editDealAction({ dealId: initial.id, version, changes: changes as EditDealInput["changes"] });
      if (result.ok) {
        setVersion(result.data.version);
        setShown((s) => ({ ...s, value: result.data.value, closeDatePushes: result.data.closeDatePushes }));
        if (result.data.changed > 0) {
          toast.success(t("edit.saved"));
          router.refresh();
        }
        return true;
      }
      setShown(before);
      const { title, description } = describeEditError(result.error, t as unknown as Translate, locale);
      toast.error(title, { description });
      // The latest version (someone else's change) replaces what this page showed.
      if (result.error.code === "CONFLICT" || result.error.code === "NOT_FOUND") router.refresh();
      return false;
    } catch {
      setShown(before);
      toast.error(t("edit.failed"), { description: t("edit.retry") });
      return false;
    } finally {
      setPending(false);
    }
  }

  return { shown, pending, save };
}

const INVALID: Record<string, string> = {
  title: "edit.invalidTitle",
  value: "edit.invalidValue",
  expectedCloseAt: "edit.invalidDate",
  ownerId: "edit.invalidOwner",
  personId: "edit.invalidPerson",
  source: "edit.invalidSource",
};

/** A refused edit in the user's language, by its code and parameters (never the server's English). */
export function describeEditError(error: Failure, t: Translate, locale: string): { title: string; description: string } {
  if (error.code === "CONFLICT") {
    const changes = (error.params?.changes ?? []) as (FieldChangeLike & { by: string | null })[];
    const said = changes.map((c) => t("edit.conflictChange", { by: c.by ?? t("edit.someone"), change: fieldChangeText(c, t, locale) }));
    return { title: t("edit.conflictTitle"), description: [...(said.length ? said : [t("edit.conflictMoved")]), t("edit.conflictAfter")].join(" ") };
  }
  if (error.code === "FORBIDDEN") return { title: t("edit.failed"), description: t(error.fields?.ownerId ? "edit.forbiddenOwner" : "edit.forbidden") };
  if (error.code === "NOT_FOUND") return { title: t("edit.failed"), description: t("edit.notFound") };
  if (error.code === "VALIDATION") {
    const field = Object.keys(error.fields ?? {})
      .map((key) => key.split(".").pop()!)
      .find((key) => key in INVALID);
    return { title: t("edit.failed"), description: t(field ? INVALID[field] : "edit.retry") };
  }
  return { title: t("edit.failed"), description: t("edit.retry") };
}
