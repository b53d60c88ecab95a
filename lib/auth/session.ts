import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { auth } from "./auth";
import type { Actor, Role } from "./permissions";

export interface SessionUser extends Actor {
  email: string;
  name: string;
  locale: string;
}

/**
 * The signed-in, still active user of this request, or null. Reads the user row on every request
 * (one indexed lookup) so a deactivated user or a changed role takes effect at once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, locale: user.locale };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return user;
}
