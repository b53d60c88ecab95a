"use client";
import { createContext, useCallback, useContext, useMemo, useState, useTransition } from "react";
import { useSearchParams } from "next/navigation";
import { listDealsBehindAction } from "@/lib/actions/analytics";
import { parseAnalyticsSearchParams, type DrillDown } from "@/lib/validation/analytics";
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
export function DrillDownProvider({ children }: { children: React.ReactNode }) {
  const params = useSearchParams();
  const [state, setState] = useState<DrillDownState | null>(null);
  const [, startTransition] = useTransition();

  const open = useCallback(
    (cell: DrillDown, label: string) => {
      const filters = parseAnalyticsSearchParams(Object.fromEntries(params.entries()));
      setState({ label, status: "loading" });
      startTransition(async () => {
        const result = await listDealsBehindAction({ filters, cell });
        setState((current) =>
          current?.label !== label ? current : result.ok ? { label, status: "done", result: result.data } : { label, status: "error", message: result.error.message },
        );
      });
    },
    [params],
  );
  const value = useMemo(() => ({ open }), [open]);

  return (
    <Context.Provider value={value}>
      {children}
      <DrillDownDialog state={state} onClose={() => setState(null)} />
    </Context.Provider>
  );
}
