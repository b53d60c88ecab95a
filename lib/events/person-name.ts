// Names for profiles the system creates from events, and how to tell them from names a person
// typed: "Visitor 3f9a1c" for an anonymous visitor, or the email/phone the profile came from.
// A merge or an identify() call with a name replaces such a placeholder. Pure.
import type { IdentityKey } from "@/lib/validation/events";

const VISITOR = "Visitor";

/** True for names the system made up: "Visitor …", an email address or a phone number. */
export function isPlaceholderName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed === "" || trimmed.startsWith(`${VISITOR} `) || trimmed.includes("@") || /^\+?[\d\s()-]{5,}$/.test(trimmed);
}

/** The name of a new profile: the given name, else its email, phone or messenger, else "Visitor <id>". */
export function nameForNewPerson(identities: IdentityKey[], given: string | null | undefined): string {
  if (given?.trim()) return given.trim();
  for (const kind of ["EMAIL", "PHONE", "MESSENGER"] as const) {
    const found = identities.find((i) => i.kind === kind);
    if (found) return found.value;
  }
  const id = identities.find((i) => i.kind === "ANON_ID" || i.kind === "EXTERNAL")?.value ?? "";
  // "v_3f9a1c2e…" → "3f9a1c": the last run of letters and digits, shortened.
  const short = id.split(/[^A-Za-z0-9]+/).filter(Boolean).pop()?.slice(0, 6) || "anonymous";
  return `${VISITOR} ${short}`;
}
