import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminTabs } from "@/components/shell/admin-tabs";
import { mayManageUsers } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";

// Each admin page checks its own permission too; this only hides the tabs from everyone else.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!mayManageUsers(actor)) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="space-y-6">
      <AdminTabs
        label={t("sections")}
        tabs={[
          { href: "/admin/users", label: t("tabs.users") },
          { href: "/admin/frameworks", label: t("tabs.frameworks") },
          { href: "/admin/reference-data", label: t("tabs.referenceData") },
        ]}
      />
      {children}
    </div>
  );
}
