import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConnectionStatus, SyncSummaryNotice } from "@/components/offline/connection-status";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationBell } from "@/components/shell/notification-bell";
import { navItemsFor } from "@/components/shell/navigation";
import { UserMenu } from "@/components/shell/user-menu";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { unreadCount } from "@/server/notifications/notifications";

// Every page below re-checks its own permission; this layout only frames signed-in pages.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, unread] = await Promise.all([getTranslations(), unreadCount(db(), actor)]);
  const items = navItemsFor(actor);
  return (
    <OfflineProvider userId={actor.id}>
      <div className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("shell.skipToContent")}
        </a>
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
            <Link href="/dashboard" className="mr-auto font-semibold text-brand-800">
              {t("app.name")}
            </Link>
            {/* The bell first: on a phone it shares the title's line, and the language and the user menu fit on the next. */}
            <ConnectionStatus />
            <NotificationBell unread={unread} />
            <LanguageSwitch />
            <UserMenu name={actor.name} email={actor.email} role={actor.role} />
          </div>
          <nav aria-label={t("shell.mainNavigation")} className="mx-auto max-w-6xl px-4 pb-2">
            <details className="lg:hidden">
              <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100">{t("shell.menu")}</summary>
              <NavLinks items={items} />
            </details>
            <div className="hidden lg:block">
              <NavLinks items={items} />
            </div>
          </nav>
          <SyncSummaryNotice />
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 print:max-w-none print:p-0">
          {children}
        </main>
      </div>
    </OfflineProvider>
  );
}
