"use client";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/define-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>["error"];

/**
 * Runs a settings server action in a transition: a failure shows its message in a toast (and
 * goes to `onError` for field errors); the action revalidates the page itself.
 */
export function useSettingsAction() {
  const [pending, start] = useTransition();
  const run = <T>(action: () => Promise<ActionResult<T>>, options: { success?: string; onOk?: (data: T) => void; onError?: (error: Failure) => void } = {}) =>
    start(async () => {
      const result = await action();
      if (!result.ok) {
        if (options.onError) options.onError(result.error);
        else toast.error(result.error.message);
        return;
      }
      if (options.success) toast.success(options.success);
      options.onOk?.(result.data);
    });
  return { pending, run };
}
