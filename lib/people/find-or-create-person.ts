import "server-only";
import type { Tx } from "@/lib/db-client";
import { normalizeEmail, normalizePhone } from "./normalize-phone";

export { normalizePhone } from "./normalize-phone";

export interface NewPersonInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
}

/**
 * One person per identity: an email or phone already known returns that person instead of a
 * duplicate profile (the unified profile is the point of Voronka).
 */
export async function findOrCreatePerson(
  tx: Tx,
  input: NewPersonInput & { ownerId: string },
): Promise<{ id: string; created: boolean }> {
  const identities = [
    input.email ? { kind: "EMAIL" as const, value: normalizeEmail(input.email) } : null,
    input.phone ? { kind: "PHONE" as const, value: normalizePhone(input.phone) } : null,
  ].filter((x): x is { kind: "EMAIL" | "PHONE"; value: string } => x !== null && x.value !== "");

  for (const identity of identities) {
    const found = await tx.identity.findUnique({
      where: { kind_value: identity },
      select: { personId: true },
    });
    if (found) {
      // Attach the other identifiers we were given to the person we found.
      for (const other of identities) {
        if (other !== identity) {
          await tx.identity.upsert({
            where: { kind_value: other },
            create: { ...other, personId: found.personId },
            update: {},
          });
        }
      }
      return { id: found.personId, created: false };
    }
  }
  const person = await tx.person.create({
    data: {
      name: input.name.trim(),
      company: input.company?.trim() || null,
      ownerId: input.ownerId,
      identities: { create: identities },
    },
    select: { id: true },
  });
  return { id: person.id, created: true };
}
