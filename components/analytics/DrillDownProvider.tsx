"use client";
import { createContext, useCallback, useContext, useMemo, useState, useTransition } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { listDealsBehindAction } from "@/lib/actions/analytics";
import { parseAnalyticsSearchParams, searchParamsRecord, type DrillDown } from "@/lib/validation/analytics";
import type { DealsBehind } from "@/lib/analytics/list-deals-behind";
import { DrillDownDialog } from "./DrillDownDialog";

interface DrillDownContext {
  /** Lists the deals behind a bar or cell in a dialog. */
  open(cell: DrillDown, label: string): void;
}

const Context = createContext<DrillDownContext>({ open: () => {} });

export function useDrillDown(): DrillDownContext {
  return useContext(Context);
}

export type DrillDownState = { label: string } & ({ status: "loading" } | { status: "error"; message: string } | { status: "done"; result: DealsBehind });

/** Holds the drill-down dialog of an analytics or forecast page; the filters come from the URL. */
export function DrillDownProvider({ children, today }: { children: React.ReactNode; today: string }) {
  const params = useSearchParams();
  const t = useTranslations("analytics.drill.errors");
  const [state, setState] = useState<DrillDownState | null>(null);
  const [, startTransition] = useTransition();

  const open = useCallback(
    (cell: DrillDown, label: string) => {
      const { filters } = parseAnalyticsSearchParams(searchParamsRecord(params), { today });
      setState({ label, status: "loading" });
      startTransition(async () => {
        const result = await listDealsBehindAction({ filters, cell });
        setState((current) =>
          current?.label !== label ? current : result.ok ? { label, status: "done", result: result.data } : { label, status: "error", message: t(result.error.code === "VALIDATION" || result.error.code === "NOT_FOUND" ? result.error.code : "other") },
        );
      });
    },
    [params, today, t],
  );
  const value = useMemo(() => ({ open }), [open]);

  return (
    <Context.Provider value={value}>
      {children}
      <DrillDownDialog state={state} onClose={() => setState(null)} />
    </Context.Provider>
  );
}
