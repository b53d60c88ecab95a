import type { Modifier } from "@dnd-kit/core";

/** Keeps a dragged row on its list's axis (the @dnd-kit/modifiers one, without the dependency). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
