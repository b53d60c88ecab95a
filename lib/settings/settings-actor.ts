import "server-only";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** The signed-in admin for a settings page, or null (the page then shows the 403 notice). */
export async function settingsActor(): Promise<SessionUser | null> {
  const user = await currentUser();
  return user && can(user, "settings.manage") ? user : null;
}
