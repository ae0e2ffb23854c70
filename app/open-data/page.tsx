import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { DownloadLinks } from "@/components/open-data/download-links";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { apiBasePath } from "@/lib/open-data/openapi";
import { approvedYearsByFramework } from "@/lib/open-data/records";
import { queuePageWindow } from "@/lib/review/queue";
import { yearRanges } from "@/lib/format/year-ranges";
import { maxPageSize, openDataListingQuerySchema } from "@/lib/validation/open-data";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { openCities } from "@/server/open-data/open-cities";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openData.page"))("title") };
}

// The publishing cities are listed this many to a page: every commune and ward may publish.
const citiesPerPage = 25;

/** What the open-data API publishes and who publishes, for anyone: no sign-in needed. */
export default async function OpenDataPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = openDataListingQuerySchema.parse(await searchParams);
  const source = openCities(db());
  const [t, tApp, locale, total, actor] = await Promise.all([getTranslations("openData.page"), getTranslations("app"), getLocale(), source.count(), currentActor()]);
  const { page, pages, offset } = queuePageWindow(total, query.page, citiesPerPage);
  const { records: cities } = await source.batch(offset, citiesPerPage);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/" className="mr-auto font-semibold text-brand-800">
            {tApp("name")}
          </Link>
          <LanguageSwitch />
          <Link href={actor ? "/dashboard" : "/sign-in"} className="text-sm font-medium text-brand-700 underline">
            {actor ? t("workspace") : t("signIn")}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <Card>
          <h2 className="text-lg font-semibold">{t("rulesTitle")}</h2>
          <ul className="mt-2 list-disc space-y-2 pl-5 text-slate-800">
            {(["results", "never", "referenceValues", "withdrawal"] as const).map((rule) => (
              <li key={rule}>{t(`rules.${rule}`)}</li>
            ))}
          </ul>
          <h2 className="mt-4 text-lg font-semibold">{t("formatTitle")}</h2>
          <p className="mt-1 text-slate-800">{t("format", { max: maxPageSize })}</p>
          <p className="mt-3">
            <a href={`${apiBasePath}/openapi.json`} className="font-medium text-brand-700 underline">
              {t("openApi")}
            </a>
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("citiesTitle")}</h2>
          <div className="mt-3">
            {cities.length === 0 ? (
              <p className="text-slate-700">{t("noCities")}</p>
            ) : (
              <>
                <p className="mb-2 text-sm text-slate-700" data-testid="open-data-cities-count">
                  {t("citiesCount", { count: total, from: offset + 1, to: offset + cities.length })}
                </p>
                <Table caption={t("caption")} columns={[{ label: t("columns.city") }, { label: t("columns.gnlc") }, { label: t("columns.results") }, { label: t("columns.data") }]}>
                  {cities.map((city) => {
                    const name = localized(city, "name", locale) ?? city.slug;
                    return (
                      <tr key={city.slug} className={rowClass} data-testid="open-data-city">
                        <th scope="row" className="py-2 pr-4 align-top font-medium">
                          {name}
                          <span className="block text-xs font-normal text-slate-600">{localized(city, "province", locale)}</span>
                        </th>
                        <td className="py-2 pr-4 align-top">
                          <GnlcStatus status={city.gnlc.status} admittedYear={city.gnlc.admittedYear} />
                        </td>
                        <td className="py-2 pr-4 align-top">
                          {city.approvedResults.length === 0 ? (
                            <span className="text-slate-600">{t("noResults")}</span>
                          ) : (
                            <ul>
                              {approvedYearsByFramework(city.approvedResults).map((line) => (
                                <li key={line.code}>{t("resultYears", { framework: localized(line, "title", locale) ?? line.code, years: yearRanges(line.years) })}</li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className="space-y-1 py-2 align-top">
                          <p>
                            {t("results")}:{" "}
                            <DownloadLinks json={city.links.results} csv={city.links.resultsCsv} describe={(format) => t("download", { what: t("results"), city: name, format })} />
                          </p>
                          <p>
                            {t("referenceValues")}:{" "}
                            <DownloadLinks
                              json={city.links.referenceValues}
                              csv={city.links.referenceValuesCsv}
                              describe={(format) => t("download", { what: t("referenceValues"), city: name, format })}
                            />
                          </p>
                        </td>
                      </tr>
                    );
                  })}
                </Table>
                <Pager label={t("pages.label")} page={page} pages={pages} position={t("pages.position", { page, pages })} href={(n) => (n === 1 ? "/open-data" : `/open-data?page=${n}`)} />
              </>
            )}
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("everything")}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              {t("allResults")}: <DownloadLinks json={`${apiBasePath}/results`} csv={`${apiBasePath}/results.csv`} describe={(format) => `${t("allResults")}, ${format}`} />
            </li>
            <li>
              {t("allReferenceValues")}:{" "}
              <DownloadLinks json={`${apiBasePath}/reference-values`} csv={`${apiBasePath}/reference-values.csv`} describe={(format) => `${t("allReferenceValues")}, ${format}`} />
            </li>
          </ul>
        </Card>
      </main>
    </div>
  );
}
