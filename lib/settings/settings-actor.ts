import "server-only";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** The signed-in admin for a settings page, or null (the page then calls forbidden(): a 403). */
export async function settingsActor(): Promise<SessionUser | null> {
  const user = await currentUser();
  return user && can(user, "settings.manage") ? user : null;
}
