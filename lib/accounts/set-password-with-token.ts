import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { parseSettingsInput } from "@/lib/settings/parse";
import { setPasswordWithTokenSchema } from "@/lib/validation/accounts";
import { hashPassword } from "./password-hash";
import { consumeToken, readToken, type TokenKind } from "./tokens";
import { writePassword } from "./write-password";

const LINK_ERRORS = {
  used: ["This link was already used. Ask for a new one.", "link_used"],
  expired: ["This link has expired. Ask for a new one.", "link_expired"],
  unknown: ["This link is not valid. Ask for a new one.", "link_invalid"],
} as const;

/**
 * Sets a password through an invitation or reset link: the link is used up in the same
 * transaction (so it works once, even when submitted twice at once), and every session of the
 * user ends. Returns the email to sign in with.
 */
export async function setPasswordWithToken(options: { input: z.input<typeof setPasswordWithTokenSchema>; now?: Date }): Promise<{ email: string; kind: TokenKind }> {
  const input = parseSettingsInput(setPasswordWithTokenSchema, options.input);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { state, token } = await readToken(tx, { secret: input.token, now });
    if (state !== "usable" || !token) {
      const [message, reason] = LINK_ERRORS[state === "usable" ? "unknown" : state];
      throw new AppError("NOT_FOUND", message, { reason });
    }
    if (!(await consumeToken(tx, { id: token.id, now }))) throw new AppError("NOT_FOUND", LINK_ERRORS.used[0], { reason: LINK_ERRORS.used[1] });
    await writePassword(tx, { userId: token.user.id, passwordHash, now });
    const kind = token.kind as TokenKind;
    await writeAuditLog(tx, { actor: { id: token.user.id, role: token.user.role }, action: kind === "INVITE" ? "user.inviteAccept" : "user.passwordResetByLink", entity: "User", entityId: token.user.id, at: now });
    return { email: token.user.email, kind };
  });
}
