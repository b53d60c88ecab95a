import { z } from "zod";
import { idString as id, singleLine } from "./text";

// Inputs of Settings → Sources: the code deals and events carry, and its label per language.

const label = (max = 80) => singleLine().min(1, "Give the source a label").max(max, `At most ${max} characters`);
export const sourceCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "Latin letters, digits, - and _ only, up to 40");

export const createSourceSchema = z.object({ code: sourceCode, labelEn: label(), labelRu: label() });
export const updateSourceSchema = z.object({ id, labelEn: label(), labelRu: label() });
export const setSourceActiveSchema = z.object({ id, active: z.boolean() });
