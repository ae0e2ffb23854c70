import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { mayManageUsers } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { listCityChoices } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { UserForm } from "../user-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("add") };
}

export default async function NewUserPage() {
  const actor = await requireActor();
  if (!mayManageUsers(actor)) notFound();
  const [t, cities] = await Promise.all([getTranslations("admin.users"), listCityChoices(db())]);
  return withClientMessages(
    ["admin"],
    <Card>
      <h1 className="text-2xl font-semibold">{t("add")}</h1>
      <UserForm mode="create" cities={cities} />
    </Card>,
  );
}
