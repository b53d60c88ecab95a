import clsx from "clsx";
import { getTranslations } from "next-intl/server";

/** The pipeline's stages left to right, the deal's current one highlighted. */
export async function StageStepper(props: { stages: { id: string; name: string; probability: number }[]; currentId: string; status: string }) {
  const t = await getTranslations("deal");
  const current = props.stages.findIndex((s) => s.id === props.currentId);
  return (
    <ol className="mt-5 flex overflow-x-auto rounded-lg border border-slate-200 bg-white text-xs" aria-label={t("stages")}>
      {props.stages.map((s, i) => (
        <li
          key={s.id}
          aria-current={i === current ? "step" : undefined}
          className={clsx(
            "min-w-28 flex-1 border-r border-slate-200 px-3 py-2 last:border-r-0",
            i < current && "bg-brand-50 text-brand-700",
            i === current && (props.status === "LOST" ? "bg-red-600 text-white" : props.status === "WON" ? "bg-emerald-700 text-white" : "bg-brand-600 text-white"),
            i > current && "text-slate-500",
          )}
        >
          <span className="block truncate font-medium">{s.name}</span>
          <span>{s.probability}%</span>
        </li>
      ))}
    </ol>
  );
}
