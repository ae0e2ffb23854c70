import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listNotifications } from "@/server/notifications/notifications";
import { MarkAllRead } from "./mark-all-read";
import { withClientMessages } from "@/i18n/client-messages";
import { formatCalendarDay, formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [t, locale, notifications] = await Promise.all([getTranslations("notifications"), getLocale(), listNotifications(db(), actor)]);
  return withClientMessages(
    ["notifications"],
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {notifications.some((n) => !n.readAt) && <MarkAllRead />}
      </div>
      <Card>
        {notifications.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {notifications.map((n) => (
              <li key={n.id} className={cn("flex flex-wrap items-baseline justify-between gap-2 py-2", !n.readAt && "font-medium")} data-testid="notification">
                <Link href={n.href} className="text-brand-700 hover:underline">
                  {t(`kinds.${n.kind}`, {
                    actor: n.actorName,
                    city: localized(n.city, "name", locale) ?? "",
                    year: n.year,
                    framework: localized(n.framework, "title", locale) ?? "",
                    ...(n.dueOn ? { due: formatCalendarDay(n.dueOn) } : {}),
                  })}
                </Link>
                <time dateTime={n.createdAt.toISOString()} className="text-sm font-normal text-slate-600">
                  {formatDateTime(n.createdAt)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>,
  );
}
