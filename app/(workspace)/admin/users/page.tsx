import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listUsers } from "@/server/users/list-users";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  const actor = await requireActor();
  const users = await listUsers(db(), actor);
  if (!users) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("admin.users.title")}</h1>
        <Button asChild>
          <Link href="/admin/users/new">{t("admin.users.add")}</Link>
        </Button>
      </div>
      <Card>
        <Table
          caption={t("admin.users.title")}
          minWidth="44rem"
          columns={["name", "role", "cities", "status", "lastSignIn"].map((key) => ({ label: t(`admin.users.columns.${key}`) }))}
        >
          {users.map((user) => (
            <tr key={user.id} className={rowClass}>
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link href={`/admin/users/${user.id}`} className="text-brand-700 hover:underline">
                  {user.name}
                </Link>
                <div className="text-xs font-normal text-slate-600">{user.email}</div>
              </th>
              <td className="py-2 pr-4">{t(`roles.${user.role}`)}</td>
              <td className="py-2 pr-4">
                {user.city
                  ? localized(user.city, "name", locale)
                  : user.coversAllCities
                    ? t("admin.users.allCities")
                    : user._count.assignments > 0
                      ? t("admin.users.cityCount", { count: user._count.assignments })
                      : "—"}
              </td>
              <td className="py-2 pr-4">
                {user.active ? <Badge tone="green">{t("admin.users.active")}</Badge> : <Badge tone="red">{t("admin.users.inactive")}</Badge>}
              </td>
              <td className="py-2">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "—"}</td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}
