"use server";
// Server actions of Settings → Sources. defineAction checks the session and parses the input; each
// lib function checks settings.manage itself. Labels show on every page, so all of them revalidate.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { setSourceActive } from "@/lib/sources/set-source-active";
import { reorderSources } from "@/lib/sources/reorder-sources";
import { createSourceSchema, setSourceActiveSchema, updateSourceSchema } from "@/lib/validation/sources";
import { reorderSchema } from "@/lib/validation/settings";

const everywhere = () => revalidatePath("/", "layout");

export const createSourceAction = defineAction(createSourceSchema, async (input, user) => {
  const source = await createSource({ actor: user, input });
  everywhere();
  return { id: source.id };
});
export const updateSourceAction = defineAction(updateSourceSchema, async (input, user) => {
  await updateSource({ actor: user, input });
  everywhere();
  return { id: input.id };
});
export const setSourceActiveAction = defineAction(setSourceActiveSchema, async (input, user) => {
  await setSourceActive({ actor: user, input });
  everywhere();
  return { id: input.id };
});
export const reorderSourcesAction = defineAction(reorderSchema, async (input, user) => {
  await reorderSources({ actor: user, input });
  everywhere();
  return { ok: true };
});
