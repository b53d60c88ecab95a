import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/LanguageSwitch";
import { Logo } from "@/components/ui/Logo";

/** The frame of the signed-out pages (sign in, first admin, forgot / set password). */
export function PublicCard({ title, subtitle, children, below, wide = false }: { title: string; subtitle?: ReactNode; children: ReactNode; below?: ReactNode; wide?: boolean }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-slate-100 px-4 py-8">
      <div className={wide ? "w-full max-w-md" : "w-full max-w-sm"}>
        <div className="mb-6 flex items-center justify-between">
          <Logo />
          <LanguageSwitch />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-slate-500">{subtitle}</p>}
          {children}
        </div>
        {below}
      </div>
    </main>
  );
}
