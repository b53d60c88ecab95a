// One written form per identity kind, shared by the person edit form and anything else that
// stores identities: lowercase emails, phone digits, "network:handle" messengers, ids without spaces.
import { z } from "zod";
import { normalizePhone } from "./normalize-phone";

export const IDENTITY_KINDS = ["EMAIL", "PHONE", "ANON_ID", "MESSENGER", "EXTERNAL"] as const;
export type IdentityKindName = (typeof IDENTITY_KINDS)[number];

export type NormalizedIdentity = { ok: true; value: string } | { ok: false; message: string };

const MAX_LENGTH = 320;
const email = z.email();

/** A phone as quick add stores it: digits with a leading + (see normalizePhone). */
export function phoneDigits(raw: string): string {
  return normalizePhone(raw);
}

function phone(raw: string): NormalizedIdentity {
  if (!/^[+\d\s().-]+$/.test(raw)) return { ok: false, message: "A phone number has digits, spaces, +, ( ) and - only" };
  const value = phoneDigits(raw);
  const digits = value.replace(/\D/g, "").length;
  if (digits < 5 || digits > 15) return { ok: false, message: "A phone number has 5 to 15 digits" };
  return { ok: true, value };
}

function messenger(raw: string): NormalizedIdentity {
  const text = raw.toLowerCase();
  const link = /^(?:https?:\/\/)?(?:t|telegram)\.me\/@?([^/?#\s]+)\/?$/.exec(text);
  const prefixed = /^([a-z]+)\s*:\s*(.+)$/.exec(text);
  let network: string;
  let handle: string;
  if (link) [network, handle] = ["telegram", link[1]];
  else if (text.startsWith("@")) [network, handle] = ["telegram", text.slice(1)];
  else if (prefixed) [network, handle] = [prefixed[1], prefixed[2].trim()];
  else return { ok: false, message: "Write a messenger as @handle, telegram:@handle or whatsapp:+7…" };

  if (network === "whatsapp") {
    const number = phone(handle);
    return number.ok ? { ok: true, value: `whatsapp:${number.value}` } : number;
  }
  if (network === "telegram") handle = handle.replace(/^@/, "");
  if (handle === "" || /\s/.test(handle)) return { ok: false, message: "A messenger handle has no spaces" };
  return { ok: true, value: network === "telegram" ? `telegram:@${handle}` : `${network}:${handle}` };
}

/** The stored form of an identity typed by a person, or why it cannot be stored. */
export function normalizeIdentity(kind: IdentityKindName, raw: string): NormalizedIdentity {
  const value = raw.trim();
  if (value === "") return { ok: false, message: "Enter a value" };
  if (value.length > MAX_LENGTH) return { ok: false, message: `Keep it under ${MAX_LENGTH} characters` };
  switch (kind) {
    case "EMAIL": {
      const lower = value.toLowerCase();
      return email.safeParse(lower).success ? { ok: true, value: lower } : { ok: false, message: "Enter a valid email" };
    }
    case "PHONE":
      return phone(value);
    case "MESSENGER":
      return messenger(value);
    default:
      return /\s/.test(value) ? { ok: false, message: "An id has no spaces" } : { ok: true, value };
  }
}
