import { getTranslations } from "next-intl/server";
import type { DemoLogins as DemoLoginsData } from "@/lib/accounts/demo-logins";

/** Shown under the sign-in form only on a database seeded with demo data (demo mode). */
export async function DemoLogins({ demo }: { demo: DemoLoginsData }) {
  const [t, tr] = await Promise.all([getTranslations("accounts.signIn"), getTranslations("frame.roles")]);
  return (
    <section aria-label={t("demoTitle")} className="mt-4 rounded-xl border border-amber-200 bg-amber-50 p-3 text-xs text-amber-900" data-testid="demo-logins">
      <p>
        <span className="font-semibold">{t("demoTitle")}.</span> {t.rich("demoBody", { password: demo.password, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <ul className="mt-1 space-y-0.5">
        {demo.users.map((u) => (
          <li key={u.email}>
            <code>{u.email}</code> · {tr(u.role)}
          </li>
        ))}
      </ul>
    </section>
  );
}
