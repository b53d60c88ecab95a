import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listSettingsUsers } from "@/lib/users/list-settings-users";
import { UsersTable } from "@/components/settings/UsersTable";
import { NewUserButton } from "@/components/settings/NewUserButton";
import { InviteUserButton } from "@/components/settings/InviteUserButton";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.users"))("title") };
}

export default async function UsersSettingsPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, users] = await Promise.all([getTranslations("settings.users"), listSettingsUsers({ actor: user })]);
  return (
    <main className="w-full max-w-5xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <InviteUserButton />
          <NewUserButton />
        </div>
      </div>
      <UsersTable users={users.map(({ id, name, email, role, active, openDeals, invite }) => ({ id, name, email, role, active, openDeals, invite }))} viewerId={user.id} />
    </main>
  );
}
