"use server";
// Server actions of the People list and the person page. Each is a public endpoint: defineAction
// checks the session and parses the input; the lib functions check the permission themselves.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { updatePerson } from "@/lib/people/update-person";
import { getTimeline } from "@/lib/timeline/get-timeline";
import { timelinePageSchema, updatePersonSchema } from "@/lib/validation/people";

export const updatePersonAction = defineAction(updatePersonSchema, async (input, user) => {
  const result = await updatePerson({ actor: user, input });
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/people");
  return { id: result.id, updatedAt: result.updatedAt.toISOString() };
});

/** "Show older" on the timeline: the page below the cursor, in the same filter. */
export const loadOlderTimelineAction = defineAction(timelinePageSchema, async (input, user) =>
  getTimeline({ actor: user, personId: input.personId, cursor: input.cursor, kinds: input.kinds }),
);
