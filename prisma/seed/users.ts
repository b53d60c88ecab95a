// The four demo accounts. DEMO_USERS is the one list of demo logins: the README and the
// end-to-end fixtures import it instead of repeating the credentials.
import bcrypt from "bcryptjs";
import { addDays, newId } from "./random";
import type { UserRow } from "./types";

export const DEMO_PASSWORD = "voronka-demo";

export const DEMO_USERS = [
  { key: "admin", email: "admin@voronka.dev", name: "Alexandra Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { key: "head", email: "head@voronka.dev", name: "Hector Head", role: "HEAD", password: DEMO_PASSWORD },
  { key: "rita", email: "rita@voronka.dev", name: "Rita Rep", role: "REP", password: DEMO_PASSWORD },
  { key: "roman", email: "roman@voronka.dev", name: "Roman Rep", role: "REP", password: DEMO_PASSWORD },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];

/** Ids of the seeded users by role-ish key, passed to every generator. */
export type UserIds = Record<DemoUserKey, string>;

const BCRYPT_COST = 10;

export async function buildUsers(now: Date): Promise<{ rows: UserRow[]; ids: UserIds }> {
  const createdAt = addDays(now, -200);
  const hashes = await Promise.all(DEMO_USERS.map((u) => bcrypt.hash(u.password, BCRYPT_COST)));
  const rows: UserRow[] = DEMO_USERS.map((u, i) => ({
    id: newId(),
    email: u.email,
    name: u.name,
    passwordHash: hashes[i],
    role: u.role,
    locale: "en",
    createdAt,
    updatedAt: createdAt,
  }));
  const ids = Object.fromEntries(DEMO_USERS.map((u, i) => [u.key, rows[i].id])) as UserIds;
  return { rows, ids };
}
