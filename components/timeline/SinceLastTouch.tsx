import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { Sparkles } from "lucide-react";
import type { Actor } from "@/lib/auth/permissions";
import { getSinceLastTouch } from "@/lib/timeline/get-since-last-touch";

const SHOWN_TYPES = 4;

/** "3 page views, cart add, since Rita's call 4 days ago": what the person did since the team's last touch. */
export async function SinceLastTouch(props: { actor: Actor; personId: string }) {
  const [summary, t, format, now] = await Promise.all([
    getSinceLastTouch({ actor: props.actor, personId: props.personId }),
    getTranslations("timeline.since"),
    getFormatter(),
    getNow(),
  ]);
  const parts = summary.counts.slice(0, SHOWN_TYPES).map(({ type, count }) =>
    t.has(`counts.${type}`) ? t(`counts.${type}` as "counts.page_view", { count }) : t("counts.other", { count, type }),
  );
  const joined = format.list(parts, { type: "conjunction" });
  const activity = summary.counts.length > SHOWN_TYPES || summary.capped ? t("more", { list: joined }) : joined;

  let sentence: string;
  if (!summary.lastTouch) {
    sentence = parts.length ? t("untouchedActivity", { activity }) : t("untouched");
  } else {
    const touch = t(`touch.${summary.lastTouch.kind}`, { who: summary.lastTouch.by ?? t("someone"), label: summary.lastTouch.label ?? "—" });
    const when = format.relativeTime(summary.lastTouch.at, now);
    sentence = parts.length ? t("summary", { activity, touch, when }) : t("nothing", { touch, when });
  }
  const first = sentence.charAt(0).toUpperCase() + sentence.slice(1);

  return (
    <section aria-labelledby="since-title" className="flex gap-3 rounded-xl border border-brand-100 bg-brand-50 px-4 py-3" data-testid="since-last-touch">
      <Sparkles size={18} className="mt-0.5 shrink-0 text-brand-700" aria-hidden />
      <div>
        <h2 id="since-title" className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-800">{first}</p>
      </div>
    </section>
  );
}
