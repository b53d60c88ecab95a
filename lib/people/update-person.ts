import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { lockRow, isUniqueViolation } from "@/lib/db-dialect";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import { updatePersonSchema, type UpdatePersonInput } from "@/lib/validation/people";
import { validationError } from "@/lib/validation/validation-error";

const KIND_LABEL = { EMAIL: "email", PHONE: "phone", MESSENGER: "messenger handle", ANON_ID: "web id", EXTERNAL: "external id" } as const;

/**
 * Edits a person's name, company, owner and identities in one transaction. REPs edit their own
 * people; changing the owner is for heads and admins. An identity that already belongs to someone
 * else is a CONFLICT naming that person (merging is a separate, deliberate step); nothing is
 * written unless everything is valid.
 */
export async function updatePerson(options: { actor: Actor; input: UpdatePersonInput }): Promise<{ id: string; updatedAt: Date }> {
  const { actor } = options;
  const input = parseInput(options.input);
  try {
    return await db.$transaction(async (tx) => {
      await lockRow(tx, "Person", input.personId);
      const person = await tx.person.findUnique({
        where: { id: input.personId },
        select: { id: true, name: true, company: true, ownerId: true, mergedIntoId: true, updatedAt: true },
      });
      if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
      assertCan(actor, "person.edit", { ownerId: person.ownerId ?? "" });
      if (person.mergedIntoId) throw new AppError("CONFLICT", "This profile was merged into another one. Edit that one instead.");
      if (input.expectedUpdatedAt && input.expectedUpdatedAt.getTime() !== person.updatedAt.getTime()) {
        throw new AppError("CONFLICT", "Someone else changed this person a moment ago. Reload to see their changes, then edit again.");
      }

      const ownerId = input.ownerId === undefined ? person.ownerId : input.ownerId;
      if (ownerId !== person.ownerId) {
        if (!can(actor, "person.assign")) throw new AppError("FORBIDDEN", "Only heads of sales and admins can change a person's owner.");
        if (ownerId) {
          const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true } });
          if (!owner?.active) throw fieldError("ownerId", "Choose an active user as the owner.");
        }
      }

      const removed = input.removeIdentityIds.length
        ? await tx.identity.findMany({ where: { id: { in: input.removeIdentityIds }, personId: person.id }, select: { id: true, kind: true, value: true } })
        : [];
      if (removed.length) await tx.identity.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });

      const added: { kind: string; value: string }[] = [];
      for (const [index, identity] of input.addIdentities.entries()) {
        if (added.some((a) => a.kind === identity.kind && a.value === identity.value)) continue;
        const existing = await tx.identity.findUnique({
          where: { kind_value: identity },
          select: { personId: true, person: { select: { name: true } } },
        });
        if (existing?.personId === person.id) continue;
        if (existing) {
          const message = `This ${KIND_LABEL[identity.kind]} already belongs to ${existing.person.name}. Merge the two profiles instead.`;
          throw fieldError(`addIdentities.${index}.value`, message, { code: "CONFLICT", ownerPersonId: existing.personId });
        }
        await tx.identity.create({ data: { ...identity, personId: person.id } });
        added.push(identity);
      }

      const updated = await tx.person.update({
        where: { id: person.id },
        data: { name: input.name, company: input.company, ownerId },
        select: { id: true, updatedAt: true },
      });
      await tx.auditLog.create({
        data: {
          actorId: actor.id,
          action: "person.update",
          entity: "Person",
          entityId: person.id,
          data: JSON.stringify({
            before: { name: person.name, company: person.company, ownerId: person.ownerId },
            after: { name: input.name, company: input.company, ownerId },
            added,
            removed: removed.map(({ kind, value }) => ({ kind, value })),
          }),
        },
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "One of these identities was just added to another person. Reload and try again.");
    throw error;
  }
}

type ParsedInput = z.output<typeof updatePersonSchema>;

function parseInput(raw: UpdatePersonInput): ParsedInput {
  const parsed = updatePersonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw validationError(parsed.error, undefined, { fieldPrefix: false });
}

function fieldError(field: string, message: string, extra: { code?: "CONFLICT" | "VALIDATION"; ownerPersonId?: string } = {}): AppError {
  return new AppError(extra.code ?? "VALIDATION", message, { fields: { [field]: message }, ...(extra.ownerPersonId ? { personId: extra.ownerPersonId } : {}) });
}
