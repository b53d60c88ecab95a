import {
  Activity,
  ArrowRightLeft,
  CircleCheck,
  CirclePlus,
  CircleX,
  CreditCard,
  Eye,
  FileText,
  ListTodo,
  MailOpen,
  Megaphone,
  MessageCircle,
  MousePointerClick,
  PencilLine,
  PackageCheck,
  Phone,
  PhoneIncoming,
  PhoneOutgoing,
  RotateCcw,
  ShoppingBasket,
  ShoppingCart,
  StickyNote,
  Trophy,
  type LucideIcon,
} from "lucide-react";
import type { StageItem } from "@/lib/timeline/types";

/** One icon and tint per kind of entry, so a glance down the stream tells visits from calls. */
export const EVENT_ICONS: Record<string, { icon: LucideIcon; tint: string }> = {
  page_view: { icon: Eye, tint: "bg-slate-100 text-slate-600" },
  cart_add: { icon: ShoppingCart, tint: "bg-amber-100 text-amber-800" },
  cart_abandoned: { icon: ShoppingBasket, tint: "bg-rose-100 text-rose-700" },
  checkout_started: { icon: CreditCard, tint: "bg-amber-100 text-amber-800" },
  order: { icon: PackageCheck, tint: "bg-emerald-100 text-emerald-800" },
  message: { icon: MessageCircle, tint: "bg-sky-100 text-sky-800" },
  message_in: { icon: MessageCircle, tint: "bg-sky-100 text-sky-800" },
  message_out: { icon: MessageCircle, tint: "bg-sky-100 text-sky-800" },
  call: { icon: Phone, tint: "bg-violet-100 text-violet-800" },
  call_in: { icon: PhoneIncoming, tint: "bg-violet-100 text-violet-800" },
  call_out: { icon: PhoneOutgoing, tint: "bg-violet-100 text-violet-800" },
  email_open: { icon: MailOpen, tint: "bg-indigo-100 text-indigo-800" },
  email_click: { icon: MousePointerClick, tint: "bg-indigo-100 text-indigo-800" },
  form_submit: { icon: FileText, tint: "bg-teal-100 text-teal-800" },
  ad_click: { icon: Megaphone, tint: "bg-orange-100 text-orange-800" },
  other: { icon: Activity, tint: "bg-slate-100 text-slate-600" },
};

export function stageIcon(item: Pick<StageItem, "from" | "to">): { icon: LucideIcon; tint: string } {
  if (item.to.status === "WON") return { icon: Trophy, tint: "bg-emerald-100 text-emerald-800" };
  if (item.to.status === "LOST") return { icon: CircleX, tint: "bg-red-100 text-red-700" };
  if (item.from.status && item.from.status !== "OPEN") return { icon: RotateCcw, tint: "bg-brand-50 text-brand-700" };
  if (!item.from.stage && !item.from.status) return { icon: CirclePlus, tint: "bg-brand-50 text-brand-700" };
  return { icon: ArrowRightLeft, tint: "bg-brand-50 text-brand-700" };
}

export const NOTE_ICON = { icon: StickyNote, tint: "bg-yellow-100 text-yellow-800" };
export const FIELD_ICON = { icon: PencilLine, tint: "bg-slate-100 text-slate-600" };
export const TASK_CREATED_ICON = { icon: ListTodo, tint: "bg-slate-100 text-slate-700" };
export const TASK_DONE_ICON = { icon: CircleCheck, tint: "bg-emerald-100 text-emerald-800" };
