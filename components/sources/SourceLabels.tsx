"use client";
// The source labels of the signed-in user's language, for every client component under the app
// frame (filters, drill-downs, forms): useSourceLabel()("ads") → "Реклама".
import { createContext, useCallback, useContext, useMemo } from "react";
import { labelOfSource } from "@/lib/sources/source-labels";

export interface SourceOption {
  code: string;
  label: string;
  active: boolean;
}

const Context = createContext<SourceOption[]>([]);

export function SourceLabelsProvider({ sources, children }: { sources: SourceOption[]; children: React.ReactNode }) {
  return <Context.Provider value={sources}>{children}</Context.Provider>;
}

/** code → label (the code itself when the source is not in the list). */
export function useSourceLabel(): (code: string) => string {
  const sources = useContext(Context);
  // The map once per list, not once per label asked for.
  const labels = useMemo(() => Object.fromEntries(sources.map((s) => [s.code, s.label])), [sources]);
  return useCallback((code: string) => labelOfSource(labels, code), [labels]);
}

/** The sources a user may pick (active ones, in the admin's order). */
export function useActiveSources(): SourceOption[] {
  return useContext(Context).filter((s) => s.active);
}
