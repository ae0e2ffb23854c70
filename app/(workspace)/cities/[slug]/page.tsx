import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { Card } from "@/components/ui/card";
import { Source } from "@/components/ui/source";
import { localized } from "@/lib/localized";
import { mayEditCity } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { getVisibleCity } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { CityProfileForm } from "./city-profile-form";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireActor();
  const city = await getVisibleCity(db(), actor, (await params).slug);
  return { title: city ? (localized(city, "name", await getLocale()) ?? undefined) : undefined };
}

export default async function CityPage({ params }: Props) {
  const actor = await requireActor();
  const city = await getVisibleCity(db(), actor, (await params).slug);
  if (!city) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("city"), getFormatter(), getLocale()]);
  const note = localized(city, "note", locale);
  const facts: [string, React.ReactNode][] = [
    [t("province"), localized(city, "province", locale)],
    [t("gnlc"), <GnlcStatus key="gnlc" status={city.gnlcStatus} admittedYear={city.gnlcAdmittedYear} />],
    [t("admittedOn"), city.gnlcAdmittedOn ? format.dateTime(city.gnlcAdmittedOn, { dateStyle: "long", timeZone: "UTC" }) : t("noData")],
    [
      t("population"),
      city.population === null
        ? t("noData")
        : city.populationYear
          ? t("valueInYear", { value: format.number(city.population), year: city.populationYear })
          : format.number(city.population),
    ],
    [t("area"), city.areaKm2 === null ? t("noData") : t("areaValue", { value: format.number(city.areaKm2) })],
  ];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{localized(city, "name", locale)}</h1>
        {city.isReference && <p className="mt-1 text-sm text-slate-700">{t("referenceCity")}</p>}
      </div>
      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {note && <p className="mt-4 text-slate-800">{note}</p>}
        {city.sourceTitle && <Source label={t("source")} title={city.sourceTitle} url={city.sourceUrl} className="mt-3 text-slate-600" />}
      </Card>
      {mayEditCity(actor, city.id) && (
        <Card>
          <h2 className="text-lg font-semibold">{t("editProfile")}</h2>
          <CityProfileForm
            values={{
              cityId: city.id,
              population: city.population ?? undefined,
              populationYear: city.populationYear ?? undefined,
              areaKm2: city.areaKm2 ?? undefined,
            }}
          />
        </Card>
      )}
    </div>
  );
}
