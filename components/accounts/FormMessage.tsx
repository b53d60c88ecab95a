/** A form-wide message: an error (role alert) or a notice (role status). */
export function FormMessage({ tone, children, testId }: { tone: "error" | "notice"; children: React.ReactNode; testId?: string }) {
  return tone === "error" ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid={testId}>
      {children}
    </p>
  ) : (
    <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid={testId}>
      {children}
    </p>
  );
}
