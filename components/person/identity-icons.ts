import { Fingerprint, Link2, Mail, MessageCircle, Phone, type LucideIcon } from "lucide-react";

/** One icon per identity kind, on the person page and in the merge dialog. */
export const IDENTITY_ICONS: Record<string, LucideIcon> = { EMAIL: Mail, PHONE: Phone, MESSENGER: MessageCircle, ANON_ID: Fingerprint, EXTERNAL: Link2 };

export const identityIcon = (kind: string): LucideIcon => IDENTITY_ICONS[kind] ?? Link2;
