import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PublishedFiguresTable } from "@/components/cities/published-figures-table";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import { mayManageReferenceData } from "@/lib/permissions";
import { blankReferenceValue, toReferenceValueFormValues } from "@/lib/validation/reference-values";
import { requireActor } from "@/server/auth/current-actor";
import { listCityChoices } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { listReferenceValues, type ReferenceValueView } from "@/server/reference-values/list-reference-values";
import { listReferenceIndicators } from "@/server/reference-values/reference-indicators";
import { DeleteButton } from "./delete-button";
import { ReferenceValueForm } from "./reference-value-form";
import { PageHeader } from "@/components/ui/page-header";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referenceData"))("title") };
}

type Props = { searchParams: Promise<{ edit?: string | string[] }> };

/** Administrators keep the cities' published figures: a list by city, and one form to add or correct. */
export default async function ReferenceDataPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!mayManageReferenceData(actor)) notFound();
  const [t, locale, values, frameworks, cities, { edit }] = await Promise.all([
    getTranslations("referenceData"),
    getLocale(),
    listReferenceValues(db(), actor),
    listReferenceIndicators(db()),
    listCityChoices(db()),
    searchParams,
  ]);
  const editing = values.find((v) => v.id === edit) ?? null;
  // Values come ordered by city; Map keeps that order.
  const byCity = new Map<string, ReferenceValueView[]>();
  for (const v of values) byCity.set(v.cityId, [...(byCity.get(v.cityId) ?? []), v]);
  const describe = (v: ReferenceValueView) => ({
    city: localized(v.city, "name", locale) ?? "",
    indicator: v.indicator ? (localized(v.indicator, "label", locale) ?? v.indicatorCode) : v.indicatorCode,
    year: v.year,
  });

  return withClientMessages(
    ["checks", "referenceData", "compare.basis"],
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card>
        <h2 className="text-lg font-semibold">{editing ? t("editTitle") : t("addTitle")}</h2>
        <ReferenceValueForm
          key={editing?.id ?? "new"}
          cities={cities}
          frameworks={frameworks}
          values={editing ? toReferenceValueFormValues(editing, editing.indicator?.type, locale) : blankReferenceValue}
        />
      </Card>
      {values.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("none")}</p>
        </Card>
      ) : (
        [...byCity.values()].map((cityValues) => {
          const city = cityValues[0].city;
          const name = localized(city, "name", locale) ?? city.slug;
          return (
            <Card key={city.id}>
              <h2 className="text-lg font-semibold">
                <Link href={`/cities/${city.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {name}
                </Link>
              </h2>
              <div className="mt-3">
                <PublishedFiguresTable
                  caption={name}
                  values={cityValues}
                  actions={(v) => (
                    <div className="flex flex-wrap items-start gap-1">
                      <Link href={`/admin/reference-data?edit=${v.id}#reference-form`} className="px-2 py-2 text-sm text-brand-700 underline" aria-label={t("editLabel", describe(v))}>
                        {t("edit")}
                      </Link>
                      <DeleteButton id={v.id} label={t("deleteLabel", describe(v))} />
                    </div>
                  )}
                />
              </div>
            </Card>
          );
        })
      )}
    </div>,
  );
}
