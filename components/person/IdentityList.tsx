import { getTranslations } from "next-intl/server";
import type { PersonDetails } from "@/lib/people/get-person";
import { identityIcon } from "./identity-icons";

/** Every identifier the channels know the person by: emails, phones, messengers, web ids. */
export async function IdentityList({ identities }: { identities: PersonDetails["identities"] }) {
  const t = await getTranslations("people");
  if (identities.length === 0) return <p className="text-sm text-slate-500">{t("noIdentities")}</p>;
  return (
    <ul className="space-y-1.5 text-sm" data-testid="identities">
      {identities.map((identity) => {
        const Icon = identityIcon(identity.kind);
        const value =
          identity.kind === "EMAIL" ? (
            <a href={`mailto:${identity.value}`} className="text-slate-800 hover:text-brand-700 hover:underline">
              {identity.value}
            </a>
          ) : identity.kind === "PHONE" ? (
            <a href={`tel:${identity.value}`} className="text-slate-800 tabular-nums hover:text-brand-700 hover:underline">
              {identity.value}
            </a>
          ) : (
            <span className="break-all text-slate-800">{identity.value}</span>
          );
        return (
          <li key={identity.id} className="flex items-start gap-2">
            <Icon size={15} className="mt-0.5 shrink-0 text-slate-400" aria-hidden />
            <span className="sr-only">{t(`identityKinds.${identity.kind}`)}:</span>
            <span className="min-w-0">{value}</span>
          </li>
        );
      })}
    </ul>
  );
}
