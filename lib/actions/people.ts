"use server";
// Server actions of the People list and the person page. Each is a public endpoint: defineAction
// checks the session and parses the input; the lib functions check the permission themselves.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { updatePerson } from "@/lib/people/update-person";
import { getMergePreview } from "@/lib/people/get-merge-preview";
import { mergePeople } from "@/lib/people/merge-people";
import { confirmMergeSuggestion } from "@/lib/people/confirm-merge-suggestion";
import { dismissMergeSuggestion } from "@/lib/people/dismiss-merge-suggestion";
import { getTimeline } from "@/lib/timeline/get-timeline";
import { mergePeopleSchema, mergeSuggestionSchema, timelinePageSchema, updatePersonSchema } from "@/lib/validation/people";

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

/** "Merge with…": both profiles side by side and which one stays, before anything is written. */
export const mergePreviewAction = defineAction(mergePeopleSchema, async (input, user) =>
  getMergePreview({ actor: user, personId: input.personId, otherId: input.otherId }),
);

/** Merges the person with the one chosen (person.merge, checked by mergePeople): the older stays. */
export const mergePeopleAction = defineAction(mergePeopleSchema, async (input, user) => {
  const result = await mergePeople({ actor: user, personIds: [input.personId, input.otherId] });
  for (const id of [result.keptId, ...result.mergedIds]) revalidatePath(`/people/${id}`);
  revalidatePath("/people");
  return result;
});

/** "Merge" on a suggested merge (person.merge, checked by confirmMergeSuggestion): the older stays. */
export const confirmMergeSuggestionAction = defineAction(mergeSuggestionSchema, async (input, user) => {
  const result = await confirmMergeSuggestion({ actor: user, suggestionId: input.suggestionId });
  for (const id of [result.keptId, ...result.mergedIds]) revalidatePath(`/people/${id}`);
  revalidatePath("/people");
  return result;
});

/** "Not the same person" on a suggested merge: recorded, nothing moves. */
export const dismissMergeSuggestionAction = defineAction(mergeSuggestionSchema, async (input, user) => {
  const result = await dismissMergeSuggestion({ actor: user, suggestionId: input.suggestionId });
  for (const id of result.personIds) revalidatePath(`/people/${id}`);
  revalidatePath("/people");
  return { id: result.id };
});
