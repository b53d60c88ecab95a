"use server";
// Server actions of the board and the deal page. Each is a public endpoint: defineAction checks
// the session and parses the input; the lib function checks the permission on the deal itself.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./define-action";
import { moveDeal } from "@/lib/deals/move-deal";
import { closeDeal } from "@/lib/deals/close-deal";
import { reopenDeal } from "@/lib/deals/reopen-deal";
import { createDeal } from "@/lib/deals/create-deal";
import { editDeal } from "@/lib/deals/edit-deal";
import { loadMoreCards } from "@/lib/board/load-more-cards";
import { searchPeople } from "@/lib/people/search-people";
import { closeDealSchema, createDealSchema, editDealSchema, moveDealSchema, reopenDealSchema } from "@/lib/validation/deals";
import { loadMoreSchema } from "@/lib/validation/board";
import { singleLine } from "@/lib/validation/text";

export const moveDealAction = defineAction(moveDealSchema, async (input, user) => {
  const moved = await moveDeal({ actor: user, ...input });
  return { ...moved, stageEnteredAt: moved.stageEnteredAt.toISOString() };
});

export const closeDealAction = defineAction(closeDealSchema, async (input, user) => {
  const result = await closeDeal({ actor: user, ...input });
  revalidatePath(`/deals/${input.dealId}`);
  return result;
});

export const reopenDealAction = defineAction(reopenDealSchema, async (input, user) => {
  const result = await reopenDeal({ actor: user, ...input });
  revalidatePath(`/deals/${input.dealId}`);
  return result;
});

export const editDealAction = defineAction(editDealSchema, async (input, user) => {
  const edited = await editDeal({ actor: user, ...input });
  if (edited.changed > 0) revalidatePath(`/deals/${input.dealId}`);
  return edited;
});

export const createDealAction = defineAction(createDealSchema, async (input, user) => {
  const deal = await createDeal({ actor: user, input });
  revalidatePath(`/pipelines/${input.pipelineId}`);
  return deal;
});

export const loadMoreCardsAction = defineAction(loadMoreSchema, async (input, user) =>
  loadMoreCards({ actor: user, stageId: input.stageId, after: input.after, filters: input.filters }),
);

export const searchPeopleAction = defineAction(z.object({ q: singleLine().min(1).max(100) }), async (input, user) =>
  searchPeople({ actor: user, q: input.q }),
);
