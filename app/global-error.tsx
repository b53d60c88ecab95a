"use client";
// The last boundary: the root layout itself failed, so there is no translation provider and no
// stylesheet guaranteed. A plain page in both languages, with the digest the log line carries.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "flex", minHeight: "100vh", alignItems: "center", justifyContent: "center", margin: 0 }}>
        <main role="alert" style={{ maxWidth: 420, padding: 24 }}>
          <h1 style={{ fontSize: 18 }}>Something went wrong · Что-то пошло не так</h1>
          <p style={{ color: "#475569", fontSize: 14 }}>
            The page could not be loaded. Your data is safe; try again. · Страница не загрузилась. Данные в сохранности — попробуйте ещё раз.
          </p>
          {error.digest && <p style={{ color: "#94a3b8", fontSize: 12 }}>{error.digest}</p>}
          <button type="button" onClick={reset} style={{ marginTop: 12, padding: "6px 14px" }}>
            Try again · Повторить
          </button>
        </main>
      </body>
    </html>
  );
}
