"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ShieldAlert } from "lucide-react";

export interface ForbiddenText {
  title: string;
  body: string;
}

/**
 * The 403 page (app/(app)/forbidden.tsx): which area refused decides the words, read from the
 * address because Next.js gives forbidden.tsx no props.
 */
export function ForbiddenNotice(props: { settings: ForbiddenText; analytics: ForbiddenText; other: ForbiddenText; back: string }) {
  const pathname = usePathname();
  const text = pathname.startsWith("/settings")
    ? props.settings
    : pathname.startsWith("/analytics") || pathname.startsWith("/forecast")
      ? props.analytics
      : props.other;
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-16 text-center" data-testid="forbidden">
      <div role="alert">
        <ShieldAlert size={40} className="mx-auto text-slate-400" aria-hidden />
        <p className="mt-4 text-sm font-semibold tracking-wide text-slate-500">403</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{text.title}</h1>
        <p className="mt-2 text-slate-600">{text.body}</p>
      </div>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {props.back}
      </Link>
    </main>
  );
}
