"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { BarChart3, Bell, CheckSquare, KanbanSquare, Settings, TrendingUp, Users } from "lucide-react";
import clsx from "clsx";

const ICONS = { board: KanbanSquare, people: Users, tasks: CheckSquare, notifications: Bell, analytics: BarChart3, forecast: TrendingUp, settings: Settings };

export interface NavItem {
  key: keyof typeof ICONS;
  href: string;
  label: string;
  /** Paths that count as this section besides `href` (the board lives under /pipelines and /deals). */
  also?: string[];
  badge?: { count: number; label: string };
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <>
      {items.map((item) => {
        const Icon = ICONS[item.key];
        const prefixes = [item.href, ...(item.also ?? [])].filter((p) => p !== "/");
        const active = prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || (item.href === "/" && pathname === "/");
        return (
          <Link
            key={item.key}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "relative flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium",
              active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            <Icon size={18} aria-hidden />
            <span className="hidden flex-1 lg:inline">{item.label}</span>
            {item.badge && item.badge.count > 0 ? (
              // Collapsed sidebar (below lg): a small count on the icon's corner, not beside it.
              <span
                className="absolute top-0 right-0 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white lg:static lg:px-1.5 lg:text-xs lg:leading-5"
                aria-label={item.badge.label}
                title={item.badge.label}
                data-testid={`nav-${item.key}-badge`}
              >
                {item.badge.count}
              </span>
            ) : null}
          </Link>
        );
      })}
    </>
  );
}
