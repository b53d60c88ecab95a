import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listMyTasks } from "@/lib/tasks/list-my-tasks";
import { listActiveUsers } from "@/lib/users/list-users";
import { parseTaskAssignee } from "@/lib/validation/tasks";
import { MyTasks } from "@/components/tasks/MyTasks";
import { AssigneeSwitch } from "@/components/tasks/AssigneeSwitch";

export async function generateMetadata() {
  const t = await getTranslations("tasks");
  return { title: t("title") };
}

export default async function TasksPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const manager = can(user, "task.assign");
  // Reps always see their own list; heads and admins may look at anyone's.
  const requested = parseTaskAssignee((await props.searchParams).assignee);
  const users = manager ? await listActiveUsers({ actor: user }) : [];
  const named = requested !== user.id ? users.find((u) => u.id === requested) : undefined;
  const assignee = manager && requested === "all" ? "all" : (named?.id ?? "me");
  const [t, { tasks, truncated }] = await Promise.all([getTranslations("tasks"), listMyTasks({ actor: user, assignee })]);
  const title = assignee === "all" ? t("titleAll") : named ? t("titleOf", { name: named.name }) : t("title");

  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-6 lg:px-8">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        {manager && <AssigneeSwitch value={assignee} users={users} viewerId={user.id} />}
      </div>
      {truncated && <p className="mb-4 text-sm text-slate-600">{t("truncated", { count: 500 })}</p>}
      <MyTasks key={assignee} tasks={tasks} showAssignee={assignee !== "me"} />
    </main>
  );
}
