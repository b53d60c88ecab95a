import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogOut } from "lucide-react";
import { signOutAction } from "@/lib/actions/auth";
import { can, type Role } from "@/lib/auth/permissions";
import { countOverdueTasks } from "@/lib/tasks/count-overdue-tasks";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { Logo } from "@/components/ui/Logo";
import { Initials } from "@/components/ui/Initials";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks, type NavItem } from "./NavLinks";

export async function Sidebar({ user }: { user: { id: string; name: string; role: Role; email: string } }) {
  const [t, ta] = await Promise.all([getTranslations("frame"), getTranslations("accounts.nav")]);
  const [overdue, unread] = await Promise.all([countOverdueTasks({ actor: user }), countUnreadNotifications({ actor: user })]);
  const items: NavItem[] = [
    { key: "board", href: "/", label: t("board"), also: ["/pipelines", "/deals"] },
    { key: "people", href: "/people", label: t("people") },
    { key: "tasks", href: "/tasks", label: t("tasks"), badge: { count: overdue, label: t("overdueTasks", { count: overdue }) } },
    { key: "notifications", href: "/notifications", label: t("notifications"), badge: { count: unread, label: t("unreadNotifications", { count: unread }) } },
  ];
  if (can(user, "analytics.view")) {
    items.push({ key: "analytics", href: "/analytics", label: t("analytics") }, { key: "forecast", href: "/forecast", label: t("forecast") });
  }
  if (can(user, "settings.manage")) items.push({ key: "settings", href: "/settings", label: t("settings") });
  return (
    <aside className="sticky top-0 flex h-screen w-16 shrink-0 flex-col border-r border-slate-200 bg-white lg:w-56">
      <div className="flex h-14 items-center px-4">
        <span className="lg:hidden">
          <Logo compact />
        </span>
        <span className="hidden lg:inline">
          <Logo />
        </span>
      </div>
      <nav aria-label={t("navigation")} className="flex-1 space-y-1 px-2 py-2">
        <NavLinks items={items} />
      </nav>
      <div className="space-y-3 border-t border-slate-200 p-3">
        <div className="flex justify-center lg:block">
          <LanguageSwitch stackBelowLg />
        </div>
        <div className="flex flex-col items-center gap-2 lg:flex-row">
          {/* The user's own page (profile, password). */}
          <Link href="/account" className="flex min-w-0 flex-1 items-center gap-2 rounded-lg p-0.5 hover:bg-slate-100" title={ta("account")}>
            <span className="sr-only">{ta("account")}: </span>
            <Initials name={user.name} />
            <div className="hidden min-w-0 flex-1 lg:block">
              <p className="truncate text-sm font-medium" data-testid="current-user">
                {user.name}
              </p>
              <p className="text-xs text-slate-500">{t(`roles.${user.role}`)}</p>
            </div>
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100" aria-label={t("signOut")} title={t("signOut")}>
              <LogOut size={16} aria-hidden />
            </button>
          </form>
        </div>
      </div>
    </aside>
  );
}
