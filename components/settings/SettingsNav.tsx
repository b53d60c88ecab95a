"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import clsx from "clsx";
import { ClipboardList, GitBranch, KeyRound, Mail, ScrollText, Signpost, Thermometer, UserX, Users, Workflow } from "lucide-react";

const ICONS = {
  pipelines: GitBranch,
  lossReasons: UserX,
  sources: Signpost,
  users: Users,
  scoring: Thermometer,
  automations: Workflow,
  audit: ScrollText,
  outbox: Mail,
  apiKeys: KeyRound,
  tasks: ClipboardList,
};

export interface SettingsNavItem {
  key: keyof typeof ICONS;
  href: string;
  label: string;
  badge?: number;
}

/** The left sub-navigation of Settings (a row of links on narrow screens). */
export function SettingsNav({ items, label }: { items: SettingsNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="md:w-52 md:shrink-0">
      <ul className="flex gap-1 overflow-x-auto pb-1 md:flex-col md:overflow-visible md:pb-0">
        {items.map((item) => {
          const Icon = ICONS[item.key];
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap",
                  active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                <Icon size={16} aria-hidden />
                <span className="flex-1">{item.label}</span>
                {item.badge ? <span className="rounded-full bg-slate-200 px-1.5 text-xs leading-5 text-slate-700">{item.badge}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
