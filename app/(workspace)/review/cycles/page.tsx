import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { mayManageCycles, mayReviewCity } from "@/lib/permissions";
import { vietnamToday, type CycleState } from "@/lib/review/cycles";
import { cyclesPageQuerySchema } from "@/lib/validation/cycles";
import { requireActor } from "@/server/auth/current-actor";
import { listCycles, type CycleCityRow } from "@/server/cycles/list-cycles";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { CycleDatesForm, OpenCycleForm } from "./cycle-forms";
import { CycleRows, type CycleRowView } from "./cycle-rows";
import { PageHeader } from "@/components/ui/page-header";
import { withClientMessages } from "@/i18n/client-messages";
import { DetailsOnDemand } from "@/components/ui/details-on-demand";
import { Pager } from "@/components/ui/pager";
import { formatCalendarDay, formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("title") };
}

const statusTones = { draft: "slate", submitted: "blue", resubmitted: "blue", returned: "amber", approved: "green" } as const;
const stateTones = { notOpen: "slate", open: "blue", dueSoon: "amber", overdue: "red", submitted: "blue", approved: "green" } as const;


export default async function CyclesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!mayManageCycles(actor)) notFound();
  const query = cyclesPageQuerySchema.parse(await searchParams);
  const now = new Date();
  const [t, ta, locale, cycles, frameworks] = await Promise.all([
    getTranslations("cycles"),
    getTranslations("assessments"),
    getLocale(),
    listCycles(db(), actor, now, { cycle: query.cycle, page: query.page }),
    listFrameworks(db(), actor),
  ]);
  const today = vietnamToday(now);
  // Newest version first within each code, so the first of a code names it.
  const published = frameworks.filter((f) => f.status === "published" && f === frameworks.find((g) => g.code === f.code && g.status === "published"));
  const day = (date: string) => formatCalendarDay(date);

  function stateLabel(row: CycleCityRow) {
    return row.state === "overdue"
      ? t("states.overdue", { days: -row.daysToDue })
      : row.state === "dueSoon"
        ? row.daysToDue === 0
          ? t("states.dueToday")
          : t("states.dueSoon", { days: row.daysToDue })
        : t(`states.${row.state}`);
  }
  // Each city worded here, on the server; the table only lays the words out (./cycle-rows.tsx).
  function rowView(row: CycleCityRow): CycleRowView {
    const cityName = localized(row.city, "name", locale) ?? row.city.slug;
    return {
      cityId: row.city.id,
      city: cityName,
      dueOn: day(row.dueOn),
      extended: row.extended ? { label: t("extended"), reason: row.extension ? t("extensionReason", { reason: row.extension.reason }) : null } : null,
      status: row.assessment ? { tone: statusTones[row.assessment.status as keyof typeof statusTones] ?? "slate", label: ta(`status.${row.assessment.status}`) } : null,
      state: { tone: stateTones[row.state], label: stateLabel(row) },
      lastActivity: row.lastActivityAt ? formatDateTime(row.lastActivityAt) : "—",
      assessmentId: row.assessment?.id ?? null,
      extend: mayReviewCity(actor, row.city.id)
        ? { summary: t("extend.summary"), summaryFor: t("extend.summaryFor", { city: cityName }), current: row.extension ? { dueOn: row.extension.dueOn, reason: row.extension.reason } : null }
        : null,
    };
  }

  return withClientMessages(
    ["cycles"],
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />

      <Card>
        <h2 className="text-lg font-semibold">{t("open.title")}</h2>
        {published.length ? (
          <OpenCycleForm
            frameworks={published.map((f) => ({ code: f.code, title: localized(f, "title", locale) ?? f.code }))}
            defaultYear={Number(today.slice(0, 4))}
            today={today}
          />
        ) : (
          <p className="mt-2 text-slate-700">{t("open.noFrameworks")}</p>
        )}
      </Card>

      {cycles.length === 0 && <p className="text-slate-700">{t("none")}</p>}
      {/* Newest first: the first opened cycle is the newest open one. */}
      {cycles.map((cycle) => {
        const name = t("heading", { framework: (cycle.framework && localized(cycle.framework, "title", locale)) ?? cycle.frameworkCode, year: cycle.year });
        const count = (state: CycleState) => cycle.counts[state];
        const window = cycle.cityPage;
        const pageHref = (page: number) => `/review/cycles?cycle=${encodeURIComponent(cycle.id)}${page === 1 ? "" : `&page=${page}`}`;
        // One cycle's cities at a time, the one in the address or else the newest opened one: a
        // national cycle has thousands, and years of them would bury the open one.
        const expanded = cycle.listed;
        return (
          <Card key={cycle.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">{name}</h2>
              {!cycle.opened && <Badge>{t("notOpenYet")}</Badge>}
            </div>
            <p className="mt-1 text-sm text-slate-700">{t("dates", { opensOn: day(cycle.opensOn), dueOn: day(cycle.dueOn) })}</p>
            <p className="mt-1 text-sm text-slate-700">{t("summary", { overdue: count("overdue"), dueSoon: count("dueSoon") })}</p>
            <DetailsOnDemand className="mt-3" summary={<summary className="cursor-pointer text-sm font-medium text-brand-700">{t("changeDates.summary")}</summary>}>
              <CycleDatesForm cycleId={cycle.id} opensOn={cycle.opensOn} dueOn={cycle.dueOn} />
            </DetailsOnDemand>

            <div className="mt-4">
              {!expanded ? (
                <p className="text-slate-700">
                  {t("cityCount", { cities: cycle.cityCount, approved: count("approved") })}{" "}
                  <Link href={`/review/cycles?cycle=${encodeURIComponent(cycle.id)}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {t("showCities")}
                  </Link>
                </p>
              ) : cycle.cities.length === 0 ? (
                <p className="text-slate-700">{t("noCities")}</p>
              ) : (
                <Table
                  caption={t("citiesCaption", { cycle: name })}
                  minWidth="56rem"
                  columns={["city", "dueOn", "status", "state", "lastActivity", "checklist", "extend"].map((key) => ({ label: t(`columns.${key}`) }))}
                >
                  <CycleRows rows={cycle.cities.map(rowView)} cycleId={cycle.id} cycleDueLabel={day(cycle.dueOn)} notStarted={t("notStarted")} openChecklist={t("openChecklist")} />
                </Table>
              )}
              {expanded && <Pager label={t("pages.label", { cycle: name })} page={window.page} pages={window.pages} position={t("pages.position", { page: window.page, pages: window.pages, cities: cycle.cityCount })} href={pageHref} />}
            </div>
          </Card>
        );
      })}
    </div>,
  );
}
