import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { hitRateLimit } from "./rate-limit";

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_EMAIL = 10;
const MAX_PER_IP = 50;

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

/** Checks an email + password; counts attempts per email and per IP in the shared database. */
export async function verifyCredentials(options: {
  email: string;
  password: string;
  ip: string;
}): Promise<VerifiedUser | null | "rate_limited"> {
  const email = options.email.trim().toLowerCase();
  if (!email || !options.password) return null;

  const [byEmail, byIp] = await Promise.all([
    hitRateLimit({ key: `login:email:${email}`, windowMs: WINDOW_MS, max: MAX_PER_EMAIL }),
    hitRateLimit({ key: `login:ip:${options.ip}`, windowMs: WINDOW_MS, max: MAX_PER_IP }),
  ]);
  if (!byEmail || !byIp) return "rate_limited";

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  if (!user || !user.active) return null;
  const ok = await bcrypt.compare(options.password, user.passwordHash);
  if (!ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
