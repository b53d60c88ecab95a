import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getBoard } from "@/lib/board/get-board";
import { listPipelines } from "@/lib/pipelines/list-pipelines";
import { listActiveUsers } from "@/lib/users/list-users";
import { listActiveLossReasons } from "@/lib/loss-reasons/list-loss-reasons";
import { parseBoardSearchParams } from "@/lib/validation/board";
import { isAppError } from "@/lib/errors/app-error";
import { Board } from "@/components/board/Board";
import { BoardToolbar } from "@/components/board/BoardToolbar";
import { AddDealButton } from "@/components/forms/AddDealButton";

export async function generateMetadata() {
  const t = await getTranslations("board");
  return { title: t("title") };
}

export default async function BoardPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const [{ id }, searchParams] = await Promise.all([props.params, props.searchParams]);
  // Reps start on their own deals, heads and admins on everyone's (UX.md).
  const ownerDefault = user.role === "REP" ? "me" : "all";
  const filters = parseBoardSearchParams(searchParams);
  filters.owner ??= ownerDefault;

  const [pipelines, users, lossReasons, board] = await Promise.all([
    listPipelines({ actor: user }),
    listActiveUsers({ actor: user }),
    listActiveLossReasons({ actor: user }),
    getBoard({ actor: user, pipelineId: id, filters }).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);

  return (
    <div className="flex h-screen flex-col">
      <BoardToolbar pipelines={pipelines} pipelineId={id} users={users} ownerDefault={ownerDefault}>
        <AddDealButton pipelines={pipelines} pipelineId={id} users={users} viewer={{ id: user.id, role: user.role }} />
      </BoardToolbar>
      <main className="min-h-0 flex-1 pt-3">
        <h1 className="sr-only">{board.pipeline.name}</h1>
        <Board board={board} filters={filters} viewer={{ id: user.id, role: user.role }} lossReasons={lossReasons} />
      </main>
    </div>
  );
}
