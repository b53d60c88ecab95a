"use client";
import { useEffect, useState } from "react";
import { searchPeopleAction } from "@/lib/actions/deals";
import { Field, inputClass } from "@/components/ui/Field";

export interface PersonMatch {
  id: string;
  name: string;
  company: string | null;
}

/**
 * A text field that looks people up as you type (name, company, email or phone; merged profiles
 * never match) and lists the matches to pick from. Quick add's person picker and the person
 * page's "Merge with…" both use it.
 */
export function PersonSearchField(props: {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  onPick: (person: PersonMatch) => void;
  matchesLabel: string;
  placeholder?: string;
  error?: string;
  /** People never offered (e.g. the person being merged). */
  excludeIds?: string[];
  /** Said when a finished search found no one (omitted: nothing is said). */
  noMatchesLabel?: string;
  autoFocus?: boolean;
}) {
  const [found, setFound] = useState<{ query: string; matches: PersonMatch[] } | null>(null);
  const query = props.value.trim();

  useEffect(() => {
    if (query.length < 2) return;
    let live = true;
    const id = setTimeout(async () => {
      const result = await searchPeopleAction({ q: query });
      if (live) setFound({ query, matches: result.ok ? result.data : [] });
    }, 250);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [query]);

  const matches = (found?.matches ?? []).filter((m) => !props.excludeIds?.includes(m.id));
  return (
    <>
      <Field label={props.label} htmlFor={props.id} error={props.error}>
        <input
          id={props.id}
          value={props.value}
          onChange={(e) => props.onValueChange(e.target.value)}
          className={inputClass}
          placeholder={props.placeholder}
          autoComplete="off"
          autoFocus={props.autoFocus}
        />
      </Field>
      {query.length >= 2 && matches.length > 0 && (
        <ul className="max-h-32 overflow-y-auto rounded-lg border border-slate-200 text-sm" aria-label={props.matchesLabel}>
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" className="w-full px-3 py-1.5 text-left hover:bg-slate-50 focus-visible:bg-slate-50" onClick={() => props.onPick(m)}>
                {m.name}
                {m.company ? <span className="text-slate-500"> · {m.company}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.noMatchesLabel && query.length >= 2 && found?.query === query && matches.length === 0 && (
        <p className="text-sm text-slate-500" role="status">
          {props.noMatchesLabel}
        </p>
      )}
    </>
  );
}
