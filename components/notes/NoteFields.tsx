"use client";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { CALL_TONES, NOTE_BODY_MAX, NOTE_KINDS, type CallTone, type NoteKind } from "@/lib/validation/notes";
import { KIND_STYLES } from "./NoteKindChip";

/** The kind chooser (radio chips), the tone of a call and the text, shared by composer and editor. */
export function NoteFields(props: {
  idPrefix: string;
  kind: NoteKind;
  tone: CallTone;
  body: string;
  error: string | null;
  disabled?: boolean;
  onKind: (kind: NoteKind) => void;
  onTone: (tone: CallTone) => void;
  onBody: (body: string) => void;
  onSubmitShortcut: () => void;
}) {
  const t = useTranslations("notes");
  const left = NOTE_BODY_MAX - props.body.trim().length;
  const { idPrefix: id } = props;
  return (
    <div className="space-y-2">
      <fieldset>
        <legend className="sr-only">{t("kind")}</legend>
        <div className="flex flex-wrap gap-1.5">
          {NOTE_KINDS.map((kind) => (
            <label key={kind} title={t(`kindHints.${kind}`)} className="cursor-pointer">
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={props.kind === kind}
                onChange={() => props.onKind(kind)}
                disabled={props.disabled}
                className="peer sr-only"
              />
              <span
                className={clsx(
                  "inline-block rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500",
                  props.kind === kind ? clsx(KIND_STYLES[kind], "font-semibold shadow-sm ring-2 ring-brand-500") : "bg-white text-slate-600 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {t(`kinds.${kind}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {props.kind === "CALL" && (
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="float-left mr-1 text-xs font-medium text-slate-600">{t("tone")}</legend>
          {CALL_TONES.map((tone) => (
            <label key={tone} className="inline-flex cursor-pointer items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-tone`}
                value={tone}
                checked={props.tone === tone}
                onChange={() => props.onTone(tone)}
                disabled={props.disabled}
                className="accent-brand-600"
              />
              {t(`tones.${tone}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div>
        <label htmlFor={`${id}-body`} className="sr-only">
          {t("body")}
        </label>
        <textarea
          id={`${id}-body`}
          value={props.body}
          onChange={(e) => props.onBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              props.onSubmitShortcut();
            }
          }}
          rows={3}
          readOnly={props.disabled}
          placeholder={t(`placeholders.${props.kind}`)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={`${id}-help${props.error ? ` ${id}-error` : ""}`}
          className={clsx(
            "block w-full resize-y rounded-lg border bg-white px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:ring-2 focus:outline-none",
            props.error ? "border-red-400 focus:ring-red-100" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
          )}
        />
        <p id={`${id}-help`} className="mt-1 flex justify-between gap-2 text-xs text-slate-500">
          <span>{t("shortcut")}</span>
          <span className={clsx(left < 0 && "font-medium text-red-700")}>
            {left < 0 ? t("charsOver", { count: -left }) : left <= 500 ? t("charsLeft", { count: left }) : ""}
          </span>
        </p>
        {props.error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {props.error}
          </p>
        )}
      </div>
    </div>
  );
}
