import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FrameworkBadges } from "@/components/frameworks/framework-badges";
import { TargetList } from "@/components/frameworks/target-list";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import { mayManageFrameworks } from "@/lib/permissions";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { getFramework, type FrameworkTree } from "@/server/frameworks/read-frameworks";
import { IndicatorEditor } from "./indicator-editor";
import { StatusControls } from "./status-controls";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminFrameworks"))("title") };
}

/** Sections in the order of the file: each followed by its subsections. */
function depthFirst(sections: FrameworkTree["sections"], parentId: string | null = null): FrameworkTree["sections"] {
  return sections.filter((s) => s.parentId === parentId).flatMap((s) => [s, ...depthFirst(sections, s.id)]);
}

export default async function AdminFrameworkPage({ params }: Props) {
  const actor = await requireActor();
  if (!mayManageFrameworks(actor)) notFound();
  const tree = await getFramework(db(), actor, (await params).id);
  if (!tree) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { framework } = tree;
  const draft = framework.status === "draft";

  return withClientMessages(
    ["admin", "adminFrameworks", "checks", "frameworks"],
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{localized(framework, "title", locale)}</h1>
        <p className="text-sm text-slate-600">{t("frameworks.version", { code: framework.code, version: framework.version })}</p>
        <FrameworkBadges status={framework.status} verified={framework.verified} />
        <p className="text-sm">
          <Link href={`/frameworks/${framework.id}`} className="text-brand-700 hover:underline">
            {t("adminFrameworks.readerView")}
          </Link>
        </p>
      </div>
      <Card>
        <h2 className="text-lg font-semibold">{t("adminFrameworks.status.title")}</h2>
        <StatusControls frameworkId={framework.id} status={framework.status} unverified={tree.indicators.filter((i) => !i.verified).length} />
      </Card>
      {!draft && <p className="max-w-3xl text-sm text-slate-700">{t("adminFrameworks.readOnly")}</p>}
      {depthFirst(tree.sections).map((section) => {
        const indicators = tree.indicators.filter((i) => i.sectionId === section.id);
        return (
          <Card key={section.id}>
            <h2 className="text-lg font-semibold">
              <span className="mr-2 text-slate-500">{section.path}</span>
              {localized(section, "title", locale)}
            </h2>
            {indicators.length > 0 && (
              <ol className="mt-3 divide-y divide-slate-100">
                {indicators.map((indicator) => (
                  <li key={indicator.id} data-testid="indicator">
                    {draft ? (
                      <IndicatorEditor indicator={{ ...indicator, targets: indicator.targets.filter((target) => !target.cityId) }} />
                    ) : (
                      <div className="grid gap-2 py-3 sm:grid-cols-[1fr_16rem]">
                        <p className="font-medium">
                          <span className="mr-2 text-sm text-slate-500">{indicator.code}</span>
                          {localized(indicator, "label", locale)}
                        </p>
                        <div className="text-sm">
                          <TargetList type={indicator.type} targets={indicator.targets} unit={localized(indicator, "unit", locale)} />
                        </div>
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        );
      })}
    </div>,
  );
}
