import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/layout/ForbiddenNotice";

/** What forbidden() renders, with HTTP 403, inside the app's frame (settings, analytics, forecast). */
export default async function Forbidden() {
  const [settings, analytics, general] = await Promise.all([getTranslations("settings.forbidden"), getTranslations("analytics.forbidden"), getTranslations("forbidden")]);
  return (
    <ForbiddenNotice
      settings={{ title: settings("title"), body: settings("body") }}
      analytics={{ title: analytics("title"), body: analytics("body") }}
      other={{ title: general("title"), body: general("body") }}
      back={general("back")}
    />
  );
}
