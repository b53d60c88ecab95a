"use client";
import { useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/Field";

/** Heads and admins: whose tasks /tasks shows (?assignee=me|all|<user id>). */
export function AssigneeSwitch(props: { value: string; users: { id: string; name: string }[]; viewerId: string }) {
  const t = useTranslations("tasks");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, start] = useTransition();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="task-assignee" className="text-sm font-medium text-slate-700">
        {t("show")}
      </label>
      <select
        id="task-assignee"
        value={props.value}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(e) => start(() => router.push(e.target.value === "me" ? pathname : `${pathname}?assignee=${encodeURIComponent(e.target.value)}`))}
        className={`${inputClass} w-auto min-w-40`}
      >
        <option value="me">{t("me")}</option>
        <option value="all">{t("everyone")}</option>
        {props.users
          .filter((u) => u.id !== props.viewerId)
          .map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
      </select>
    </div>
  );
}
