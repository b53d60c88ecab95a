"use client";
// "Run on past data…": a switched-on rule acts only on what happens from then on; this dialog lets
// an admin also act on a window of the past: choose the window, see how many runs it creates
// (counted on the server), confirm that number. If the count grew meanwhile the server refuses
// and the dialog counts again.
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { History } from "lucide-react";
import { previewReplayAction, replayAutomationAction } from "@/lib/actions/automations";
import { REPLAY_WINDOWS, type ReplayWindow } from "@/lib/validation/automations";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { inputClass } from "@/components/ui/Field";
import { useSettingsAction } from "@/components/settings/use-settings-action";

type Preview = { runs: number; allowed: boolean; limit: number };

export function ReplayButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useTranslations("automations.replay");
  const ts = useTranslations("settings");
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<ReplayWindow>(7);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [counting, startCounting] = useTransition();
  const { pending, run } = useSettingsAction();

  // Only the latest count shows (an earlier window's answer may arrive after a later one's).
  const latest = useRef(0);
  const count = (window: ReplayWindow) => {
    const request = ++latest.current;
    setPreview(null);
    startCounting(async () => {
      const result = await previewReplayAction({ id, days: window });
      if (request !== latest.current) return;
      if (result.ok) setPreview(result.data);
      else toast.error(result.error.message);
    });
  };
  const show = () => {
    setOpen(true);
    count(days);
  };
  const choose = (window: ReplayWindow) => {
    setDays(window);
    count(window);
  };

  const confirm = () => {
    if (!preview) return;
    run(() => replayAutomationAction({ id, days, expectedRuns: preview.runs }), {
      onOk: (data) => {
        toast.success(t("done", { count: data.runs }));
        setOpen(false);
      },
      onError: (error) => {
        toast.error(error.code === "CONFLICT" ? t("changed") : error.message);
        count(days);
      },
    });
  };

  const ready = preview !== null && !counting;
  return (
    <>
      <Button variant="secondary" onClick={show} disabled={!active} title={active ? undefined : t("offHint")} data-testid="replay-open">
        <History size={16} aria-hidden />
        {t("button")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("title", { name })} closeLabel={ts("close")}>
        <p className="text-sm text-slate-700">{t("body")}</p>
        <label htmlFor="replay-window" className="mt-4 block text-sm font-medium text-slate-700">
          {t("window")}
        </label>
        <select id="replay-window" className={`${inputClass} mt-1`} value={days} onChange={(e) => choose(Number(e.target.value) as ReplayWindow)}>
          {REPLAY_WINDOWS.map((d) => (
            <option key={d} value={d}>
              {t("windowOption", { days: d })}
            </option>
          ))}
        </select>
        <p className="mt-3 min-h-5 text-sm font-medium text-slate-900" aria-live="polite" data-testid="replay-count">
          {!ready ? t("counting") : !preview.allowed ? t("tooMany", { limit: preview.limit }) : t("count", { count: preview.runs })}
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {ts("cancel")}
          </Button>
          <Button disabled={!ready || !preview.allowed || preview.runs === 0 || pending} onClick={confirm} data-testid="replay-confirm">
            {t("confirm", { count: ready ? preview.runs : 0 })}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
