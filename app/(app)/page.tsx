import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listPipelines } from "@/lib/pipelines/list-pipelines";

/** The landing page after sign-in is the first pipeline's board. */
export default async function Home() {
  const user = await requireUser();
  const pipelines = await listPipelines({ actor: user });
  if (pipelines[0]) redirect(`/pipelines/${pipelines[0].id}`);
  const t = await getTranslations("board");
  return <p className="p-10 text-slate-600">{t("noPipelines")}</p>;
}
