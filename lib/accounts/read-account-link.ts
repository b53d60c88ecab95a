import "server-only";
import { db } from "@/lib/db";
import { tokenSchema } from "@/lib/validation/accounts";
import { readToken, type TokenKind, type TokenState } from "./tokens";

export interface AccountLinkView {
  state: TokenState;
  kind: TokenKind | null;
  /** Shown on the set-password page only while the link is usable. */
  user: { name: string; email: string } | null;
}

/** What the set-password page shows for a link, without using it. */
export async function readAccountLink(options: { token: string; now?: Date }): Promise<AccountLinkView> {
  const parsed = tokenSchema.safeParse(options.token);
  if (!parsed.success) return { state: "unknown", kind: null, user: null };
  const { state, token } = await readToken(db, { secret: parsed.data, now: options.now ?? new Date() });
  if (!token || state === "unknown") return { state: "unknown", kind: null, user: null };
  return { state, kind: token.kind as TokenKind, user: state === "usable" ? { name: token.user.name, email: token.user.email } : null };
}
