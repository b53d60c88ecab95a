"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

const SHOW_AFTER_MS = 250;
const HIDE_AFTER_MS = 120;

/**
 * Hover / focus state of a card's hint. Hover shows it after a short delay (no flicker while the
 * pointer crosses the board); focus shows it at once: focus on the card itself (its drag handle,
 * the parent element) or on anything inside it. Escape, a press, a drag key or scrolling hides it;
 * the pointer may move onto the hint without losing it.
 */
export function useCardHint(enabled: boolean) {
  const rootRef = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [rect, setRect] = useState<DOMRect | null>(null);

  const clear = () => window.clearTimeout(timer.current);
  const show = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const node = rootRef.current;
      if (node) setRect(node.getBoundingClientRect());
    }, delay);
  }, []);
  const hide = useCallback((delay = 0) => {
    window.clearTimeout(timer.current);
    if (delay === 0) setRect(null);
    else timer.current = window.setTimeout(() => setRect(null), delay);
  }, []);

  // The focusable drag handle wraps the card: listen on it too (focus does not bubble to children).
  useEffect(() => {
    const host = rootRef.current?.parentElement;
    if (!enabled || !host || host.tabIndex < 0) return;
    const onFocus = (e: FocusEvent) => e.target === host && host.matches(":focus-visible") && show(0);
    const onBlur = (e: FocusEvent) => e.target === host && hide();
    const onKey = (e: KeyboardEvent) => e.target === host && ["Escape", " ", "Enter"].includes(e.key) && hide();
    host.addEventListener("focus", onFocus);
    host.addEventListener("blur", onBlur);
    host.addEventListener("keydown", onKey);
    return () => {
      host.removeEventListener("focus", onFocus);
      host.removeEventListener("blur", onBlur);
      host.removeEventListener("keydown", onKey);
    };
  }, [enabled, show, hide]);

  useEffect(() => {
    if (!rect) return;
    const close = () => hide();
    window.addEventListener("scroll", close, true);
    window.addEventListener("resize", close);
    return () => {
      window.removeEventListener("scroll", close, true);
      window.removeEventListener("resize", close);
    };
  }, [rect, hide]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const rootProps = enabled
    ? {
        onMouseEnter: () => show(SHOW_AFTER_MS),
        onMouseLeave: () => hide(HIDE_AFTER_MS),
        onFocus: (e: React.FocusEvent) => e.target !== rootRef.current && show(0),
        onBlur: (e: React.FocusEvent) => !rootRef.current?.contains(e.relatedTarget as Node | null) && hide(),
        onKeyDown: (e: React.KeyboardEvent) => e.key === "Escape" && hide(),
        onPointerDown: () => hide(),
      }
    : {};
  const hintProps = { onMouseEnter: clear, onMouseLeave: () => hide(HIDE_AFTER_MS) };
  return { rootRef, rect: enabled ? rect : null, rootProps, hintProps };
}

/** The hint itself: in a portal with fixed position, so the column's scroll box cannot clip it. */
export function CardHintPopup(props: {
  id: string;
  rect: DOMRect;
  hintProps: { onMouseEnter: () => void; onMouseLeave: () => void };
  children: ReactNode;
}) {
  const { rect } = props;
  const width = Math.max(rect.width, 260);
  const left = Math.min(rect.left, window.innerWidth - width - 8);
  const below = rect.bottom < window.innerHeight * 0.6;
  const style = below ? { left, width, top: rect.bottom + 6 } : { left, width, bottom: window.innerHeight - rect.top + 6 };
  return createPortal(
    <div
      id={props.id}
      role="tooltip"
      data-testid="card-hint"
      style={style}
      {...props.hintProps}
      className="fixed z-40 max-h-80 overflow-hidden rounded-lg border border-slate-200 bg-white p-3 text-xs text-slate-700 shadow-lg"
    >
      {props.children}
    </div>,
    document.body,
  );
}
