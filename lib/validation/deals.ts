import { z } from "zod";
import { dateInput } from "./dates";
import { idString as id, multiLine, singleLine } from "./text";

export const CURRENCIES = ["RUB", "USD", "EUR"] as const;

export const moveDealSchema = z.object({
  dealId: id,
  toStageId: id,
  previousId: id.nullish(),
  nextId: id.nullish(),
  version: z.number().int().positive(),
});

export const closeDealSchema = z.object({
  dealId: id,
  version: z.number().int().positive(),
  outcome: z.enum(["WON", "LOST"]),
  lossReasonId: id.nullish(),
  lossNote: multiLine().max(2000, "Keep the note under 2000 characters").nullish(),
});

export const reopenDealSchema = z.object({ dealId: id, version: z.number().int().positive() });

/** A money amount typed by a person ("1 200,50", "1200.5") → minor units. */
export const moneyInput = z
  .union([z.number(), z.string()])
  .transform((raw, ctx) => {
    const text = String(raw).replace(/[\s\u00a0']/g, "").replace(",", ".");
    if (text === "") return 0;
    if (!/^\d+(\.\d{1,2})?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Enter an amount like 1200 or 1200.50" });
      return z.NEVER;
    }
    const minor = Math.round(Number(text) * 100);
    if (!Number.isSafeInteger(minor) || minor > 1e15) {
      ctx.addIssue({ code: "custom", message: "That amount is too large" });
      return z.NEVER;
    }
    return minor;
  });

export const createDealSchema = z
  .object({
    title: singleLine().min(1, "Give the deal a title").max(200, "Keep the title under 200 characters"),
    value: moneyInput,
    currency: z.enum(CURRENCIES),
    pipelineId: id,
    stageId: id.nullish(),
    ownerId: id.nullish(),
    personId: id.nullish(),
    newPerson: z
      .object({
        name: singleLine().min(1, "Enter the person's name").max(200),
        email: singleLine().pipe(z.union([z.literal(""), z.email("Enter a valid email")])).nullish(),
        phone: singleLine()
          .max(40)
          .regex(/^[+\d\s()-]*$/, "Digits, spaces, +, ( ) and - only")
          .nullish(),
        company: singleLine().max(200).nullish(),
      })
      .nullish(),
    expectedCloseAt: dateInput().nullish(),
    source: singleLine().max(60).nullish(),
  })
  .refine((d) => !(d.personId && d.newPerson), { message: "Pick a person or create one, not both", path: ["personId"] });

export type CreateDealInput = z.infer<typeof createDealSchema>;

/**
 * An edit of an existing deal: only the fields sent change. Version-checked like a move. Money is
 * typed in major units (moneyInput); the expected close date is a day ("2026-12-31") or null.
 */
export const editDealSchema = z.object({
  dealId: id,
  version: z.number().int().positive(),
  changes: z
    .object({
      title: singleLine().min(1, "Give the deal a title").max(200, "Keep the title under 200 characters").optional(),
      value: moneyInput.optional(),
      currency: z.enum(CURRENCIES).optional(),
      expectedCloseAt: z.coerce
        .date("Enter a valid date")
        .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, "Pick a date between 2000 and 2100")
        .nullable()
        .optional(),
      ownerId: id.optional(),
      personId: id.nullable().optional(),
      source: singleLine()
        .max(60, "Keep the source under 60 characters")
        .transform((s) => (s === "" ? null : s))
        .nullable()
        .optional(),
    })
    .refine((c) => Object.values(c).some((v) => v !== undefined), { message: "Nothing to change" }),
});

export type EditDealInput = z.infer<typeof editDealSchema>;
