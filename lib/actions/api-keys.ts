"use server";
// Server actions of Settings → API keys. Each is a public endpoint: defineAction checks the
// session and parses the input; the lib functions check settings.manage themselves.
import { revalidatePath } from "next/cache";
import { defineAction } from "./define-action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/events";

const PAGE = "/settings/api-keys";

/** Returns the secret this once; the page never sees it again. */
export const createApiKeyAction = defineAction(createApiKeySchema, async (input, user) => {
  const key = await createApiKey({ actor: user, ...input });
  revalidatePath(PAGE);
  return { id: key.id, name: key.name, prefix: key.prefix, kind: key.kind, mergesKnownPeople: key.mergesKnownPeople, secret: key.secret };
});

export const revokeApiKeyAction = defineAction(revokeApiKeySchema, async (input, user) => {
  const result = await revokeApiKey({ actor: user, id: input.id });
  revalidatePath(PAGE);
  return { id: result.id, revokedAt: result.revokedAt.toISOString() };
});
