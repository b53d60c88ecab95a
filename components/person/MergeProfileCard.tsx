"use client";
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { Building2, CalendarDays, Handshake, Activity } from "lucide-react";
import type { MergeProfile } from "@/lib/people/get-merge-preview";
import { Initials } from "@/components/ui/Initials";
import { identityIcon } from "./identity-icons";

/** One of the two profiles in the merge dialog: who, since when, identities, deals and events. */
export function MergeProfileCard(props: { profile: MergeProfile; stays: boolean; isThis: boolean }) {
  const { profile, stays } = props;
  const t = useTranslations("people");
  const format = useFormatter();
  return (
    <section
      aria-label={profile.name}
      data-testid={stays ? "merge-kept" : "merge-merged"}
      className={clsx("flex min-w-0 flex-col rounded-xl border p-4", stays ? "border-brand-500 bg-brand-50/50 ring-1 ring-brand-500/20" : "border-slate-200 bg-white")}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs font-medium text-slate-500">{props.isThis ? t("merge.thisProfile") : t("merge.chosenProfile")}</span>
        <span className={clsx("rounded-full px-2 py-0.5 text-xs font-semibold", stays ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700")}>
          {stays ? t("merge.stays") : t("merge.mergedIn")}
        </span>
      </div>
      <div className="mt-3 flex items-center gap-2.5">
        <Initials name={profile.name} />
        <div className="min-w-0">
          <p className="font-semibold break-words text-slate-900">{profile.name}</p>
          {profile.company && (
            <p className="flex items-center gap-1 text-xs text-slate-600">
              <Building2 size={12} aria-hidden /> {profile.company}
            </p>
          )}
        </div>
      </div>
      <p className="mt-2 flex items-center gap-1 text-xs text-slate-500">
        <CalendarDays size={12} aria-hidden /> {t("createdAt", { date: format.dateTime(new Date(profile.createdAt), { dateStyle: "medium" }) })}
      </p>
      <div className="mt-3 flex-1 border-t border-slate-200/80 pt-3">
        {profile.identities.length === 0 ? (
          <p className="text-sm text-slate-500">{t("merge.noIdentities")}</p>
        ) : (
          <ul className="space-y-1 text-sm" aria-label={t("identities")}>
            {profile.identities.map((identity) => {
              const Icon = identityIcon(identity.kind);
              return (
                <li key={identity.id} className="flex items-start gap-2">
                  <Icon size={14} className="mt-0.5 shrink-0 text-slate-400" aria-hidden />
                  <span className="sr-only">{t(`identityKinds.${identity.kind}`)}:</span>
                  <span className="min-w-0 break-all text-slate-800">{identity.value}</span>
                </li>
              );
            })}
            {profile.moreIdentities > 0 && <li className="pl-[22px] text-xs text-slate-500">{t("merge.moreIdentities", { count: profile.moreIdentities })}</li>}
          </ul>
        )}
      </div>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <span className="inline-flex items-center gap-1.5" data-testid="merge-deals">
          <Handshake size={14} className="text-slate-400" aria-hidden /> {t("merge.deals", { count: profile.deals })}
        </span>
        <span className="inline-flex items-center gap-1.5" data-testid="merge-events">
          <Activity size={14} className="text-slate-400" aria-hidden /> {t("merge.events", { count: profile.events })}
        </span>
      </p>
    </section>
  );
}
