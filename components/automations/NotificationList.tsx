"use client";
import Link from "next/link";
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { Bell, Check } from "lucide-react";
import { markNotificationsReadAction } from "@/lib/actions/automations";
import { Button } from "@/components/ui/Button";
import { useSettingsAction } from "@/components/settings/use-settings-action";

export interface NotificationView {
  id: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

/** The user's notifications, unread first in bold; each can be marked read, or all at once. */
export function NotificationList({ items }: { items: NotificationView[] }) {
  const t = useTranslations("automations.notifications");
  const format = useFormatter();
  const { pending, run } = useSettingsAction();
  const unread = items.filter((n) => !n.readAt).length;
  if (items.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center" data-testid="notifications-empty">
        <Bell size={28} aria-hidden className="mx-auto text-slate-400" />
        <p className="mt-2 font-medium text-slate-800">{t("emptyTitle")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("emptyBody")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {unread > 0 && (
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(() => markNotificationsReadAction({ id: null }))}>
          <Check size={15} aria-hidden />
          {t("markAll")}
        </Button>
      )}
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {items.map((n) => (
          <li key={n.id} className={clsx("flex items-start gap-3 px-4 py-3", !n.readAt && "bg-brand-50/40")} data-testid="notification" data-unread={!n.readAt || undefined}>
            <span className={clsx("mt-1.5 h-2 w-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-brand-600")} aria-hidden />
            <div className="min-w-0 flex-1">
              <p className={clsx("text-sm", n.readAt ? "text-slate-700" : "font-semibold text-slate-900")}>
                {n.link ? <Link href={n.link} className="hover:underline">{n.title}</Link> : n.title}
                {!n.readAt && <span className="sr-only"> ({t("unread")})</span>}
              </p>
              {n.body && <p className="mt-0.5 text-xs text-slate-600">{n.body}</p>}
              <p className="mt-0.5 text-xs text-slate-500">{format.relativeTime(new Date(n.createdAt))}</p>
            </div>
            {!n.readAt && (
              <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => markNotificationsReadAction({ id: n.id }))} aria-label={t("markRead", { title: n.title })}>
                <Check size={15} aria-hidden />
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
