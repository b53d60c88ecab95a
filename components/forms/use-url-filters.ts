"use client";
import { useEffect, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

/**
 * Filters that live in the URL (a view can be shared): the current params, a setter that replaces
 * one of them (removing `resetOnChange`, e.g. the page number), one that clears them all, and the
 * search text "q", written to the URL a moment after the user stops typing.
 */
export function useUrlFilters(options: { resetOnChange?: string[]; scroll?: boolean } = {}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
    for (const other of options.resetOnChange ?? []) next.delete(other);
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, options.scroll === false ? { scroll: false } : undefined);
  };

  /** Every filter off (and the search field emptied). */
  const clearAll = () => {
    setQ("");
    router.replace(pathname, options.scroll === false ? { scroll: false } : undefined);
  };

  useEffect(() => {
    if (q.trim() === (params.get("q") ?? "")) return;
    const id = setTimeout(() => setParam("q", q.trim() || null), 300);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  return { params, setParam, clearAll, q, setQ };
}
