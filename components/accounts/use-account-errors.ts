"use client";
import { useTranslations } from "next-intl";
import type { AccountErrorCode } from "@/lib/accounts/error-codes";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/password";

/** Words an accounts error key in the user's language (undefined stays undefined). */
export function useAccountErrors() {
  const t = useTranslations("accounts.errors");
  return (code: AccountErrorCode | undefined) => (code ? t(code, { min: PASSWORD_MIN, max: PASSWORD_MAX }) : undefined);
}
