import { Suspense } from "react";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { Building2 } from "lucide-react";
import type { Actor } from "@/lib/auth/permissions";
import type { PersonDetails } from "@/lib/people/get-person";
import { Initials } from "@/components/ui/Initials";
import { EditPersonDialog } from "./EditPersonDialog";
import { IdentityList } from "./IdentityList";
import { MergePersonDialog } from "./MergePersonDialog";
import { PersonChannels, PersonChannelsSkeleton } from "./PersonChannels";
import { PersonSignals } from "./PersonSignals";

const card = "rounded-xl border border-slate-200 bg-white p-4";

/** Name, company, owner, identities, score with its "why", and the journey's channels. */
export async function PersonHeader(props: { actor: Actor; person: PersonDetails; users: { id: string; name: string }[] }) {
  const { person } = props;
  const t = await getTranslations("people");
  const format = await getFormatter();
  const now = await getNow();
  return (
    <header className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex items-center gap-3">
          <Initials name={person.name} />
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">{person.name}</h1>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
              {person.company && (
                <span className="inline-flex items-center gap-1 text-slate-700">
                  <Building2 size={14} aria-hidden /> {person.company}
                </span>
              )}
              <span data-testid="person-owner">{person.owner ? t("ownerLabel", { name: person.owner.name }) : t("noOwner")}</span>
              {person.lastTouchAt && <span>{t("lastTouch", { when: format.relativeTime(person.lastTouchAt, now) })}</span>}
              <span>{t("createdAt", { date: format.dateTime(person.createdAt, { dateStyle: "medium" }) })}</span>
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {person.canMerge && <MergePersonDialog person={{ id: person.id, name: person.name }} />}
          {person.canEdit && (
            <EditPersonDialog
              canChangeOwner={person.canChangeOwner}
              users={props.users}
              person={{
                id: person.id,
                name: person.name,
                company: person.company,
                ownerId: person.owner?.id ?? null,
                ownerName: person.owner?.name ?? null,
                updatedAt: person.updatedAt.toISOString(),
                identities: person.identities,
              }}
            />
          )}
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <section aria-labelledby="identities-title" className={card}>
          <h2 id="identities-title" className="mb-2 text-sm font-semibold text-slate-700">
            {t("identities")}
          </h2>
          <IdentityList identities={person.identities} />
        </section>
        <section aria-labelledby="score-title" className={card}>
          <h2 id="score-title" className="mb-2 text-sm font-semibold text-slate-700">
            {t("scoreTitle")}
          </h2>
          <PersonSignals person={person} actor={props.actor} />
        </section>
        <section aria-labelledby="journey-title" className={card}>
          <h2 id="journey-title" className="mb-2 text-sm font-semibold text-slate-700">
            {t("journey")}
          </h2>
          <Suspense fallback={<PersonChannelsSkeleton />}>
            <PersonChannels actor={props.actor} personId={person.id} firstTouchChannel={person.firstTouchChannel} />
          </Suspense>
        </section>
      </div>
    </header>
  );
}
