import { toast } from "sonner";
import type { EmailOutcome } from "@/lib/accounts/account-email";

/** How an account email left: sent (SMTP), waiting in the outbox (no SMTP), or failed. */
export function deliveryToast(delivery: EmailOutcome, text: { sent: string; outbox: string; failed: string }) {
  if (delivery === "SENT") toast.success(text.sent);
  else if (delivery === "OUTBOX") toast.info(text.outbox);
  else toast.error(text.failed);
}
