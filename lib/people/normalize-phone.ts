// How emails and phone numbers are written down before they are stored or looked up, so one
// person's email or phone typed differently is still one identity. Pure; shared by quick add,
// the person edit form (normalize-identity.ts) and event ingest.

/** Emails compare case-insensitively: "Maria@Romashka.RU" and "maria@romashka.ru" are one person. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Digits with a leading + kept. Russian numbers written with the trunk prefix 8 ("8 912 000-11-22")
 * or without the + ("7 912 …") become "+7…", so they match "+7 (912) 000-11-22"; "00" before a
 * country code is the international prefix and becomes "+". Other numbers keep their digits.
 */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) return `+${digits}`;
  if (digits.startsWith("00") && digits.length > 4) return `+${digits.slice(2)}`;
  if (digits.length === 11 && (digits.startsWith("8") || digits.startsWith("7"))) return `+7${digits.slice(1)}`;
  return digits;
}

/** A phone number has 5 to 15 digits (E.164 allows at most 15). */
export function isPlausiblePhone(normalized: string): boolean {
  const digits = normalized.replace(/\D/g, "").length;
  return digits >= 5 && digits <= 15;
}
