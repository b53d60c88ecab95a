import "server-only";
// Demo mode is a fact about the database, not the build: `npm run db:seed` writes the demo logins
// into the `demo.logins` Setting, and the sign-in page shows them only when that row exists. A
// production database (first admin via /setup, no demo seed) has none, so it shows nothing.
import { z } from "zod";
import { db } from "@/lib/db";
import { DEMO_LOGINS_SETTING } from "./setting-keys";

const demoLoginsSchema = z.object({
  password: z.string().min(1),
  users: z.array(z.object({ email: z.string(), role: z.enum(["ADMIN", "HEAD", "REP"]) })).min(1),
});
export type DemoLogins = z.infer<typeof demoLoginsSchema>;

/** The demo logins to show on the sign-in page, or null when the database holds no demo data. */
export async function getDemoLogins(): Promise<DemoLogins | null> {
  const row = await db.setting.findUnique({ where: { key: DEMO_LOGINS_SETTING } });
  if (!row) return null;
  try {
    const parsed = demoLoginsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
