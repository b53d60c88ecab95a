"use server";
// Server actions of Settings → Automations and of the notifications page. defineAction checks
// the session and parses the input; the lib functions check the permission themselves.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "./define-action";
import { saveAutomation } from "@/lib/automations/save-automation";
import { setAutomationActive } from "@/lib/automations/set-automation-active";
import { deleteAutomation } from "@/lib/automations/delete-automation";
import { previewAutomationReplay } from "@/lib/automations/preview-replay";
import { replayAutomation } from "@/lib/automations/replay-automation";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { automationIdSchema, notificationIdSchema, replayAutomationSchema, replayPreviewSchema, setAutomationActiveSchema } from "@/lib/validation/automations";
import { idString } from "@/lib/validation/text";

const PAGE = "/settings/automations";

/** The form's whole rule; saveAutomation validates it (so field errors come back by path). */
const saveSchema = z.object({ id: idString.nullish(), input: z.unknown() });

export const saveAutomationAction = defineAction(saveSchema, async (input, user) => {
  const saved = await saveAutomation({ actor: user, id: input.id, input: input.input as Parameters<typeof saveAutomation>[0]["input"] });
  revalidatePath(PAGE, "layout");
  return saved;
});

export const setAutomationActiveAction = defineAction(setAutomationActiveSchema, async (input, user) => {
  const result = await setAutomationActive({ actor: user, input });
  revalidatePath(PAGE, "layout");
  return result;
});

export const deleteAutomationAction = defineAction(automationIdSchema, async (input, user) => {
  const result = await deleteAutomation({ actor: user, input });
  revalidatePath(PAGE, "layout");
  return result;
});

/** "Run on past data…": how many runs the window would create (writes nothing). */
export const previewReplayAction = defineAction(replayPreviewSchema, (input, user) => previewAutomationReplay({ actor: user, input }));

/** …and, confirmed with that count, create them. */
export const replayAutomationAction = defineAction(replayAutomationSchema, async (input, user) => {
  const result = await replayAutomation({ actor: user, input });
  revalidatePath(PAGE, "layout");
  return result;
});

export const markNotificationsReadAction = defineAction(notificationIdSchema, async (input, user) => {
  const result = await markNotificationsRead({ actor: user, id: input.id });
  revalidatePath("/notifications");
  return result;
});
