import type { ReactNode } from "react";

/** Legend labels in readable text (the swatch keeps the series color, however light). */
export function legendText(value: ReactNode): ReactNode {
  return <span style={{ color: "#475569" }}>{value}</span>;
}
