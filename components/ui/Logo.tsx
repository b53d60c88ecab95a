export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900">
      <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="#2f57d9" />
        <path d="M7 9h18l-6 7v6l-6 3v-9z" fill="#fff" />
      </svg>
      {!compact && <span className="text-lg">Voronka</span>}
    </span>
  );
}
