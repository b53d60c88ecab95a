import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/list-notifications";
import { NotificationList } from "@/components/automations/NotificationList";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("automations.notifications"))("title") };
}

/** Every user's own notices (heads of sales get the automations' "notify the head" alerts). */
export default async function NotificationsPage() {
  const user = await requireUser();
  const [t, items, unread] = await Promise.all([getTranslations("automations.notifications"), listNotifications({ actor: user }), countUnreadNotifications({ actor: user })]);
  return (
    <main className="mx-auto w-full max-w-3xl space-y-5 px-4 py-6 lg:px-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="unread-count">{t("unreadCount", { count: unread })}</p>
      </div>
      <NotificationList items={items.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() }))} />
    </main>
  );
}
