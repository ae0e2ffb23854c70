import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AssessmentStatus } from "@/components/assessments/assessment-status";
import { ReadinessFigure } from "@/components/assessments/readiness-figure";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { PublishedFiguresTable } from "@/components/cities/published-figures-table";
import { Card } from "@/components/ui/card";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { cityLinks } from "@/lib/open-data/links";
import { mayEditCity, mayPublishOpenData, mayReadPlan, mayReadCity } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { listProfileReadiness } from "@/server/cities/profile-readiness";
import { getVisibleCity } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { listReferenceValues } from "@/server/reference-values/list-reference-values";
import { CityProfileForm } from "./city-profile-form";
import { OpenDataForm } from "./open-data-form";
import { vietnamToday } from "@/lib/review/cycles";
import { listProfilePlans } from "@/server/action-plans/list-plans";
import { withClientMessages } from "@/i18n/client-messages";
import { formatCalendarDay } from "@/lib/format/dates";

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
  const [t, tOpenData, format, locale, figures, readiness, plans] = await Promise.all([
    getTranslations("city"),
    getTranslations("openData.profile"),
    getFormatter(),
    getLocale(),
    listReferenceValues(db(), actor, { cityIds: [city.id] }),
    listProfileReadiness(db(), actor, city),
    listProfilePlans(db(), actor, city, vietnamToday(new Date())),
  ]);
  const name = localized(city, "name", locale) ?? city.slug;
  const note = localized(city, "note", locale);
  const sourced = (value: string, source: string | null) => (
    <>
      {value}
      {source && <span className="block text-xs text-slate-600">{t("factSource", { source })}</span>}
    </>
  );
  const facts: [string, React.ReactNode][] = [
    [t("kind"), t(`kinds.${city.kind === "province" || city.kind === "country" ? city.kind : "city"}`)],
    [t("province"), localized(city, "province", locale)],
    [t("gnlc"), <GnlcStatus key="gnlc" status={city.gnlcStatus} admittedYear={city.gnlcAdmittedYear} />],
    [t("admittedOn"), city.gnlcAdmittedOn ? formatCalendarDay(city.gnlcAdmittedOn) : t("noData")],
    [
      t("population"),
      city.population === null
        ? t("noData")
        : sourced(
            city.populationYear ? t("valueInYear", { value: format.number(city.population), year: city.populationYear }) : format.number(city.population),
            city.populationSource,
          ),
    ],
    [
      t("area"),
      city.areaKm2 === null
        ? t("noData")
        : sourced(city.areaYear ? t("valueInYear", { value: t("areaValue", { value: format.number(city.areaKm2) }), year: city.areaYear }) : t("areaValue", { value: format.number(city.areaKm2) }), city.areaSource),
    ],
  ];

  return withClientMessages(
    ["city", "openData.profile", "openData.api.errors"],
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{name}</h1>
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
        {city.gnlcStatus === "member" && (
          <p className="mt-3 text-sm">
            <Link href="/network" className="text-brand-700 underline">
              {t("networkLink")}
            </Link>
          </p>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("publishedFigures.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("publishedFigures.intro")}</p>
        <div className="mt-3">
          {figures.length === 0 ? (
            <p className="text-slate-700">{t("publishedFigures.none")}</p>
          ) : (
            <PublishedFiguresTable caption={t("publishedFigures.caption", { city: name })} values={figures} />
          )}
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("readiness.title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{mayReadCity(actor, city.id) ? t("readiness.introOwn") : t("readiness.introOthers")}</p>
        <div className="mt-3">
          {readiness.length === 0 ? (
            <p className="text-slate-700">{t("readiness.none")}</p>
          ) : (
            <Table
              caption={t("readiness.caption", { city: name })}
              columns={[
                { label: t("readiness.columns.framework") },
                { label: t("readiness.columns.year"), numeric: true },
                { label: t("readiness.columns.status") },
                { label: t("readiness.columns.readiness"), numeric: true },
              ]}
            >
              {readiness.map((row) => {
                const title = localized(row.framework, "title", locale);
                return (
                  <tr key={row.id} className={rowClass} data-testid="profile-readiness">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {row.mayOpen ? (
                        <Link href={`/assessments/${row.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                          {title}
                        </Link>
                      ) : (
                        title
                      )}
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums">{row.year}</td>
                    <td className="py-2 pr-4">
                      <AssessmentStatus status={row.status} completedAt={row.completedAt} />
                    </td>
                    <td className="py-2 text-right">
                      <ReadinessFigure score={row.readiness.score} coverage={row.readiness.coverage} />
                    </td>
                  </tr>
                );
              })}
            </Table>
          )}
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("plans.title")}</h2>
        <div className="mt-3">
          {plans.length === 0 ? (
            <p className="text-slate-700">{t("plans.none")}</p>
          ) : (
            <Table
              caption={t("plans.caption", { city: name })}
              columns={[{ label: t("plans.columns.plan") }, { label: t("plans.columns.period") }, { label: t("plans.columns.progress"), numeric: true }, { label: t("plans.columns.overdue"), numeric: true }]}
            >
              {plans.map((plan) => (
                <tr key={plan.id} className={rowClass} data-testid="profile-plan">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {mayReadPlan(actor, { cityId: city.id }) ? (
                      <Link href={`/action-plans/${plan.id}`} className="text-brand-700 hover:underline">
                        {localized(plan, "title", locale)}
                      </Link>
                    ) : (
                      localized(plan, "title", locale)
                    )}
                  </th>
                  <td className="py-2 pr-4">{t("plans.period", { start: plan.startYear, end: plan.endYear })}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{format.number(plan.progress / 100, { style: "percent", maximumFractionDigits: 0 })}</td>
                  <td className="py-2 text-right tabular-nums">{plan.overdueCount}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{tOpenData("title")}</h2>
        <p aria-live="polite" className="mt-1 text-slate-800" data-testid="open-data-state">
          {city.publishesOpenData ? tOpenData("publishes") : tOpenData("doesNotPublish")}
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {city.publishesOpenData && (
            <a href={cityLinks(city.slug).results} className="text-brand-700 underline">
              {tOpenData("viewData")}
            </a>
          )}
          <Link href="/open-data" className="text-brand-700 underline">
            {tOpenData("aboutLink")}
          </Link>
        </p>
        {mayPublishOpenData(actor, city.id) && <OpenDataForm cityId={city.id} publishesOpenData={city.publishesOpenData} />}
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
    </div>,
  );
}
