import Link from "next/link";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import type { PeopleListRow } from "@/lib/people/list-people";
import { TemperatureChip } from "@/components/board/TemperatureChip";
import { Initials } from "@/components/ui/Initials";

/** The People list: name and company, temperature and score, owner, open deals, last touch. */
export async function PeopleTable({ people }: { people: PeopleListRow[] }) {
  const t = await getTranslations("people");
  const format = await getFormatter();
  const now = await getNow();
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm" data-testid="people-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("columns.temperature")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("columns.owner")}
            </th>
            <th scope="col" className="px-4 py-2.5 text-right">
              {t("columns.openDeals")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("columns.lastTouch")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {people.map((person) => (
            <tr key={person.id} className="hover:bg-slate-50" data-testid="people-row">
              <td className="px-4 py-2.5">
                <Link href={`/people/${person.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {person.name}
                </Link>
                {person.company && <p className="text-xs text-slate-500">{person.company}</p>}
              </td>
              <td className="px-4 py-2.5">
                <span className="inline-flex items-center gap-2">
                  <TemperatureChip temperature={person.temperature} />
                  <span className="text-xs text-slate-500 tabular-nums">{format.number(person.score, { maximumFractionDigits: 1 })}</span>
                </span>
              </td>
              <td className="px-4 py-2.5">
                {person.owner ? (
                  <span className="inline-flex items-center gap-2">
                    <Initials name={person.owner.name} size="sm" />
                    <span className="text-slate-700">{person.owner.name}</span>
                  </span>
                ) : (
                  <span className="text-slate-500">{t("unowned")}</span>
                )}
              </td>
              <td className="px-4 py-2.5 text-right tabular-nums">{person.openDeals}</td>
              <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                {person.lastTouchAt ? (
                  <time dateTime={person.lastTouchAt.toISOString()} title={format.dateTime(person.lastTouchAt, { dateStyle: "medium", timeStyle: "short" })}>
                    {format.relativeTime(person.lastTouchAt, now)}
                  </time>
                ) : (
                  t("never")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
