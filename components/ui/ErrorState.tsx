"use client";
import type { ReactNode } from "react";
import { Button } from "./Button";

/** The body of every route's error.tsx: what went wrong, the error's digest, and a retry. */
export function ErrorState(props: {
  title: string;
  body: string;
  retryLabel: string;
  onRetry: () => void;
  digest?: string;
  heading?: "h1" | "h2";
  tone?: "plain" | "danger";
  className?: string;
  /** Extra actions beside the retry button (e.g. a link back to a list). */
  children?: ReactNode;
}) {
  const Heading = props.heading ?? "h1";
  const danger = props.tone === "danger";
  return (
    <div className={props.className ?? (danger ? "rounded-xl border border-red-200 bg-red-50 p-6" : "p-10")} role="alert">
      <Heading className={danger ? "text-lg font-semibold text-red-900" : "text-lg font-semibold"}>{props.title}</Heading>
      <p className={danger ? "mt-1 text-sm text-red-800" : "mt-1 text-sm text-slate-600"}>{props.body}</p>
      {props.digest && <p className={danger ? "mt-1 text-xs text-red-700/70" : "mt-1 text-xs text-slate-400"}>{props.digest}</p>}
      <div className="mt-4 flex items-center gap-3">
        <Button onClick={props.onRetry}>{props.retryLabel}</Button>
        {props.children}
      </div>
    </div>
  );
}
