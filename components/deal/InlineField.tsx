"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import clsx from "clsx";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/Button";

/**
 * One value of the deal that its editors can click to change in place (like Pipedrive's detail
 * view): the value is a button; while editing, `editor` replaces it. Focus goes into the editor
 * and comes back to the button when it closes.
 */
export function InlineField(props: {
  field: string;
  label: string;
  /** The value as text (shown when no children are given). */
  text: string;
  children?: ReactNode;
  editable: boolean;
  editing: boolean;
  onEdit: () => void;
  editor: ReactNode;
  className?: string;
  /** Say the field's name before the value ("Expected close, Not set"); off for the title heading. */
  named?: boolean;
}) {
  const t = useTranslations("deal.edit");
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !props.editing) button.current?.focus();
    wasEditing.current = props.editing;
  }, [props.editing]);

  if (props.editing) return <div data-testid={`editor-${props.field}`}>{props.editor}</div>;
  const shown = props.children ?? props.text;
  if (!props.editable) return <span className={props.className} data-testid={`field-${props.field}`}>{shown}</span>;
  // Named "<field> <value>" (the title heading just by its value); "Edit …" is its description.
  const hint = `edit-hint-${props.field}`;
  const id = `edit-${props.field}`;
  const named = props.named !== false;
  return (
    <>
      <button
        ref={button}
        id={id}
        type="button"
        aria-labelledby={named ? `${id}-name ${id}` : undefined}
        onClick={props.onEdit}
        title={t("edit", { field: props.label })}
        aria-describedby={hint}
        data-testid={`field-${props.field}`}
        className={clsx("group -mx-1 inline-flex items-center gap-1.5 rounded px-1 text-left hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none", props.className)}
      >
        {shown}
        <Pencil size={12} aria-hidden className="shrink-0 text-slate-400 opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100" />
      </button>
      {/* hidden: out of any heading's name, still read as the button's name and description */}
      {named && (
        <span id={`${id}-name`} hidden>
          {props.label}
        </span>
      )}
      <span id={hint} hidden>
        {t("edit", { field: props.label })}
      </span>
    </>
  );
}

/** The editor's frame: Enter (also on a select) saves, Esc cancels; an error in the user's language under it. */
export function EditorForm(props: { onSave: () => void; onCancel: () => void; error?: string | null; children: ReactNode }) {
  const t = useTranslations("deal.edit");
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          props.onCancel();
        } else if (e.key === "Enter" && e.target instanceof HTMLSelectElement) {
          e.preventDefault();
          props.onSave();
        }
      }}
      className="flex flex-wrap items-center gap-2"
      aria-describedby="inline-edit-hint"
    >
      {props.children}
      <Button type="submit" size="sm">
        {t("save")}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={props.onCancel}>
        {t("cancel")}
      </Button>
      <span id="inline-edit-hint" className="sr-only">
        {t("hint")}
      </span>
      {props.error && (
        <p className="w-full text-xs text-red-600" role="alert">
          {props.error}
        </p>
      )}
    </form>
  );
}
