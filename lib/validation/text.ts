// Every text a person or a client sends goes through these: trimmed, and refused when it holds
// control characters. PostgreSQL rejects NUL in text (the write failed later, as a 500), and the
// other control characters are invisible in the UI yet break logs, CSV and e-mail headers.
// Multi-line texts (notes, e-mail bodies) keep tab, line feed and carriage return.
import { z } from "zod";
import { validationText } from "@/lib/i18n/validation-text";

/** C0 controls, DEL and C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same without tab, line feed and carriage return. */
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function hasControlCharacters(text: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text);
}

const controlIssue = { message: validationText("en", "controlChars"), params: { messageKey: "controlChars" } };

/**
 * A trimmed one-line text (a name, a title, a label, a search query); chain .min()/.max() on it.
 * `trim: false` for values kept byte for byte (secrets).
 */
export function singleLine(options: { trim?: boolean } = {}) {
  const text = options.trim === false ? z.string() : z.string().trim();
  return text.refine((value) => !hasControlCharacters(value), controlIssue);
}

/** A trimmed text that may span lines (a note, an e-mail body). */
export function multiLine() {
  return z
    .string()
    .trim()
    .refine((text) => !hasControlCharacters(text, { multiline: true }), controlIssue);
}

/** A record id as forms and clients send it. */
export const idString = singleLine().min(1, "Required").max(64);
