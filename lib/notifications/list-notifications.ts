import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** The signed-in user's own notifications, newest first (every role has some to read). */
export async function listNotifications(options: { actor: Actor; limit?: number }) {
  return db.notification.findMany({
    where: { userId: options.actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 100,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

/** Unread notifications of the user: a badge for the navigation. */
export async function countUnreadNotifications(options: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { userId: options.actor.id, readAt: null } });
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];
