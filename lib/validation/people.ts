import { z } from "zod";
import { IDENTITY_KINDS, normalizeIdentity } from "@/lib/people/normalize-identity";
import { FILTER_KINDS } from "@/lib/timeline/types";
import { dateInput } from "./dates";
import { idString as id, singleLine } from "./text";

const optionalText = (max: number, message: string) =>
  singleLine()
    .max(max, message)
    .nullish()
    .transform((v) => v || null);

/** An identity typed into the edit form, normalized (lowercase email, phone digits, …). */
export const newIdentitySchema = z
  .object({ kind: z.enum(IDENTITY_KINDS), value: singleLine().max(1000) })
  .transform((input, ctx) => {
    const result = normalizeIdentity(input.kind, input.value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message, path: ["value"] });
      return z.NEVER;
    }
    return { kind: input.kind, value: result.value };
  });

export const updatePersonSchema = z.object({
  personId: id,
  name: singleLine().min(1, "Enter the person's name").max(200, "Keep the name under 200 characters"),
  company: optionalText(200, "Keep the company under 200 characters"),
  /** Omitted: the owner stays; "" or null: nobody owns the person. */
  ownerId: singleLine()
    .max(64)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
  addIdentities: z.array(newIdentitySchema).max(20, "Add at most 20 identities at once").default([]),
  removeIdentityIds: z.array(id).max(50).default([]),
  /** The person's updatedAt when the form was opened: a later change by someone else is a conflict. */
  expectedUpdatedAt: dateInput().nullish(),
});

export type UpdatePersonInput = z.input<typeof updatePersonSchema>;

export const SELF_MERGE_MESSAGE = "A profile cannot be merged with itself: choose another person.";

/** "Merge with…" on the person page: this person and the one chosen (previewed, then merged). */
export const mergePeopleSchema = z
  .object({
    personId: id,
    otherId: singleLine().min(1, "Choose the person to merge with").max(64),
  })
  .refine((input) => input.personId !== input.otherId, { message: SELF_MERGE_MESSAGE, path: ["otherId"] });

/** Confirm or dismiss a suggested merge (lib/people/suggest-merges.ts). */
export const mergeSuggestionSchema = z.object({ suggestionId: singleLine().min(1, "Choose a suggested merge").max(64) });

export const timelinePageSchema = z.object({
  personId: id,
  cursor: singleLine().min(1).max(400),
  kinds: z.array(z.enum(FILTER_KINDS)).max(FILTER_KINDS.length).default([]),
});

/** The People list's URL: ?q=…&temp=HOT&owner=me&page=2. Anything unreadable falls back to the default. */
export const peopleListQuerySchema = z.object({
  q: singleLine().max(100).catch("").default(""),
  temp: z.enum(["HOT", "WARM", "COLD"]).optional().catch(undefined),
  owner: singleLine().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** The timeline filter in the person page's URL: ?kinds=events,notes. */
export function parseTimelineKinds(raw: string | string[] | undefined): (typeof FILTER_KINDS)[number][] {
  const text = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return FILTER_KINDS.filter((kind) => text.split(",").includes(kind));
}
