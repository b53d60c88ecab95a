"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import clsx from "clsx";
import { ROLES } from "@/lib/validation/settings";
import { setUserActiveAction, setUserRoleAction } from "@/lib/actions/settings";
import { resendInvitationAction } from "@/lib/actions/accounts";
import { accountErrorCodes } from "@/lib/accounts/error-codes";
import { useAccountErrors } from "@/components/accounts/use-account-errors";
import { Button } from "@/components/ui/Button";
import { Initials } from "@/components/ui/Initials";
import { ConfirmDialog } from "./ConfirmDialog";
import { ReassignDealsDialog } from "./ReassignDealsDialog";
import { useSettingsAction } from "./use-settings-action";
import { UserPasswordDialog } from "./UserPasswordDialog";
import { deliveryToast } from "./delivery-toast";
import { toast } from "sonner";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  active: boolean;
  openDeals: number;
  /** Invited and not joined yet: the invitation is still good, or has expired. */
  invite: "pending" | "expired" | null;
}

/** The team: role select, password (reset link or new password), resend an invitation, deactivate / reactivate, and "reassign open deals to…". */
export function UsersTable({ users, viewerId }: { users: UserRow[]; viewerId: string }) {
  const t = useTranslations("settings.users");
  const tr = useTranslations("frame.roles");
  const { pending, run } = useSettingsAction();
  const [deactivating, setDeactivating] = useState<UserRow | null>(null);
  const [reassigning, setReassigning] = useState<UserRow | null>(null);
  const [passwordOf, setPasswordOf] = useState<UserRow | null>(null);
  const ta = useTranslations("accounts.users");
  const word = useAccountErrors();
  const resend = (u: UserRow) =>
    run(() => resendInvitationAction({ id: u.id }), {
      onOk: (result) => deliveryToast(result.delivery, { sent: ta("reinvited", { email: u.email }), outbox: ta("reinvitedOutbox", { email: u.email }), failed: ta("deliveryFailed", { email: u.email }) }),
      onError: (error) => toast.error(word(accountErrorCodes(error).form ?? "failed")),
    });
  const activeUsers = users.filter((u) => u.active);

  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("colName")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("colRole")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{t("colDeals")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("colStatus")}</th>
            <th scope="col" className="px-4 py-2"><span className="sr-only">{t("colActions")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => (
            <tr key={u.id} className={clsx(!u.active && "bg-slate-50 text-slate-500")} data-testid="user-row">
              <td className="px-4 py-2.5">
                <div className="flex items-center gap-2">
                  <Initials name={u.name} size="sm" />
                  <div className="min-w-0">
                    <p className="truncate font-medium text-slate-900">{u.name}{u.id === viewerId && <span className="ml-1 text-xs font-normal text-slate-500">({t("you")})</span>}</p>
                    <p className="truncate text-xs text-slate-500">{u.email}</p>
                  </div>
                </div>
              </td>
              <td className="px-4 py-2.5">
                <select
                  value={u.role}
                  disabled={pending}
                  onChange={(e) => run(() => setUserRoleAction({ id: u.id, role: e.target.value as UserRow["role"] }), { success: t("roleChanged", { name: u.name }) })}
                  aria-label={t("roleOf", { name: u.name })}
                  className="h-8 rounded-lg border border-slate-300 bg-white px-2 text-sm"
                >
                  {ROLES.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
                </select>
              </td>
              <td className="px-4 py-2.5 text-right tabular-nums">{u.openDeals}</td>
              <td className="px-4 py-2.5">
                {u.active && u.invite ? (
                  <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", u.invite === "pending" ? "bg-sky-50 text-sky-800" : "bg-amber-50 text-amber-800")} data-testid="user-invite-status">
                    {u.invite === "pending" ? ta("statusInvited") : ta("statusInviteExpired")}
                  </span>
                ) : (
                  <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", u.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-700")}>{u.active ? t("active") : t("inactive")}</span>
                )}
              </td>
              <td className="px-4 py-2.5">
                <div className="flex justify-end gap-1">
                  {u.active && u.invite && (
                    <Button variant="ghost" size="sm" disabled={pending} onClick={() => resend(u)}>{ta("resendInvite")}</Button>
                  )}
                  {u.active && !u.invite && u.id !== viewerId && (
                    <Button variant="ghost" size="sm" onClick={() => setPasswordOf(u)} aria-label={`${ta("resetPassword")} ${u.name}`}>{ta("resetPassword")}</Button>
                  )}
                  {u.openDeals > 0 && (
                    <Button variant="ghost" size="sm" onClick={() => setReassigning(u)}>{t("reassign")}</Button>
                  )}
                  {u.active ? (
                    u.id !== viewerId && <Button variant="ghost" size="sm" onClick={() => setDeactivating(u)}>{t("deactivate")}</Button>
                  ) : (
                    <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => setUserActiveAction({ id: u.id, active: true }), { success: t("reactivated", { name: u.name }) })}>{t("reactivate")}</Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deactivating && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setDeactivating(null)}
          title={t("deactivateTitle", { name: deactivating.name })}
          body={t("deactivateBody", { count: deactivating.openDeals })}
          confirmLabel={t("deactivate")}
          pending={pending}
          onConfirm={() => run(() => setUserActiveAction({ id: deactivating.id, active: false }), { success: t("deactivated", { name: deactivating.name }), onOk: () => setDeactivating(null) })}
        />
      )}
      {passwordOf && <UserPasswordDialog user={passwordOf} onClose={() => setPasswordOf(null)} />}
      {reassigning && <ReassignDealsDialog from={reassigning} candidates={activeUsers.filter((u) => u.id !== reassigning.id)} onClose={() => setReassigning(null)} />}
    </div>
  );
}
