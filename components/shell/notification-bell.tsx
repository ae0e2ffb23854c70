import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The bell in the header, with the signed-in user's unread notifications (counted by the layout). */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link href="/notifications" className="relative rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100" aria-label={t("bell", { count: unread })} data-testid="bell">
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white" data-testid="unread-count">
          {unread}
        </span>
      )}
    </Link>
  );
}
