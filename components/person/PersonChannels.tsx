import { getFormatter, getNow, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { getPersonChannels } from "@/lib/people/get-person-channels";
import { loadSourceLabels } from "@/lib/sources/list-sources";

/** First-touch channel and the channels the person came back through, as chips. */
export async function PersonChannels(props: { actor: Actor; personId: string; firstTouchChannel: string | null }) {
  const [journey, t, format, now, sources] = await Promise.all([getPersonChannels(props), getTranslations("people"), getFormatter(), getNow(), loadSourceLabels({ actor: props.actor })]);
  // The admin's list first; the built-in channel names for codes it does not have.
  const label = (channel: string) => (Object.hasOwn(sources, channel) ? sources[channel] : null) ?? (t.has(`channels.${channel}`) ? t(`channels.${channel}` as "channels.ads") : channel);
  return (
    <div className="space-y-3 text-sm" data-testid="person-channels">
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("firstTouch")}</h3>
        {journey.firstTouch ? (
          <span className="mt-1 inline-flex rounded-full bg-brand-600 px-2.5 py-0.5 text-xs font-semibold text-white" data-testid="first-touch">
            {label(journey.firstTouch)}
          </span>
        ) : (
          <p className="mt-1 text-slate-500">{t("noChannels")}</p>
        )}
      </div>
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("cameBack")}</h3>
        {journey.returns.length === 0 ? (
          <p className="mt-1 text-slate-500">{t("noReturns")}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="return-channels">
            {journey.returns.map((r) => (
              <li
                key={r.channel}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700"
                title={t("returnCount", { count: r.count, when: format.relativeTime(r.last, now) })}
              >
                {label(r.channel)}
                <span className="text-slate-500 tabular-nums">×{r.count}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function PersonChannelsSkeleton() {
  return (
    <div className="space-y-3" aria-busy="true">
      <div className="h-3 w-20 animate-pulse rounded bg-slate-200" />
      <div className="h-5 w-16 animate-pulse rounded-full bg-slate-200" />
      <div className="h-3 w-24 animate-pulse rounded bg-slate-200" />
      <div className="flex gap-1.5">
        <div className="h-5 w-14 animate-pulse rounded-full bg-slate-200" />
        <div className="h-5 w-14 animate-pulse rounded-full bg-slate-200" />
      </div>
    </div>
  );
}
