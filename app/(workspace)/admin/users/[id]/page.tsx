import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isLocale } from "@/i18n/locales";
import { isRole } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { listCityChoices } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { getUserForAdmin } from "@/server/users/list-users";
import { UserForm } from "../user-form";
import { ActiveToggle, ResetPasswordForm } from "./account-controls";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("edit") };
}

export default async function EditUserPage({ params }: Props) {
  const actor = await requireActor();
  const user = await getUserForAdmin(db(), actor, (await params).id);
  if (!user || !isRole(user.role)) notFound();
  const [t, cities] = await Promise.all([getTranslations("admin.users"), listCityChoices(db())]);
  const self = user.id === actor.id;

  return withClientMessages(
    ["admin"],
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <span className="text-slate-600">{user.email}</span>
        {user.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>}
      </div>
      <Card>
        <h2 className="text-lg font-semibold">{t("edit")}</h2>
        <UserForm
          mode="edit"
          userId={user.id}
          cities={cities}
          values={{
            name: user.name,
            role: user.role,
            cityId: user.cityId ?? "",
            coversAllCities: user.coversAllCities,
            assignedCityIds: user.assignments.map((a) => a.cityId),
            locale: isLocale(user.locale) ? user.locale : "vi",
          }}
        />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("resetPassword")}</h2>
        <ResetPasswordForm userId={user.id} />
      </Card>
      {!self && (
        <Card>
          <h2 className="text-lg font-semibold">{t("access")}</h2>
          <ActiveToggle userId={user.id} active={user.active} />
        </Card>
      )}
    </div>,
  );
}
