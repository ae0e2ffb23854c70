import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FrameworkBadges } from "@/components/frameworks/framework-badges";
import { TargetList } from "@/components/frameworks/target-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Source } from "@/components/ui/source";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { getFramework, type FrameworkTree } from "@/server/frameworks/read-frameworks";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tree = await getFramework(db(), await requireActor(), (await params).id);
  return { title: tree ? (localized(tree.framework, "title", await getLocale()) ?? undefined) : undefined };
}

export default async function FrameworkPage({ params }: Props) {
  const actor = await requireActor();
  const tree = await getFramework(db(), actor, (await params).id);
  if (!tree) notFound();
  const [t, locale] = await Promise.all([getTranslations("frameworks"), getLocale()]);
  const { framework } = tree;
  const note = localized(framework, "note", locale);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{localized(framework, "title", locale)}</h1>
        <p className="text-sm text-slate-600">{t("version", { code: framework.code, version: framework.version })}</p>
        <FrameworkBadges status={framework.status} verified={framework.verified} />
        {localized(framework, "description", locale) && <p className="max-w-3xl text-slate-800">{localized(framework, "description", locale)}</p>}
        <Source label={t("source")} title={framework.sourceTitle} url={framework.sourceUrl} className="text-slate-700" />
        {note && <p className="max-w-3xl rounded-md bg-amber-50 p-3 text-sm text-amber-950">{note}</p>}
      </div>
      <Sections tree={tree} parentId={null} depth={0} locale={locale} />
    </div>
  );
}

async function Sections({ tree, parentId, depth, locale }: { tree: FrameworkTree; parentId: string | null; depth: number; locale: string }) {
  const t = await getTranslations("frameworks");
  const sections = tree.sections.filter((s) => s.parentId === parentId);
  if (sections.length === 0) return null;
  const Heading = depth === 0 ? "h2" : depth === 1 ? "h3" : "h4";
  return (
    <div className={depth === 0 ? "space-y-6" : "mt-4 space-y-4 border-l-2 border-slate-200 pl-4"}>
      {sections.map((section) => {
        const indicators = tree.indicators.filter((i) => i.sectionId === section.id);
        const body = (
          <>
            <Heading className={depth === 0 ? "text-lg font-semibold" : "font-semibold"}>
              <span className="mr-2 text-slate-500">{section.code}</span>
              {localized(section, "title", locale)}
            </Heading>
            {indicators.length > 0 && (
              <ol className="mt-3 divide-y divide-slate-100">
                {indicators.map((indicator) => (
                  <li key={indicator.id} className="grid gap-2 py-3 sm:grid-cols-[1fr_16rem]" data-testid="indicator">
                    <div>
                      <p className="font-medium">
                        <span className="mr-2 text-sm text-slate-500">{indicator.code}</span>
                        {localized(indicator, "label", locale)}
                      </p>
                      <p className="mt-1 flex flex-wrap gap-1">
                        <Badge tone="blue">{t(`types.${indicator.type}`)}</Badge>
                        {indicator.required ? <Badge>{t("required")}</Badge> : <Badge>{t("optional")}</Badge>}
                        {indicator.evidence === "required" && <Badge>{t("evidenceRequired")}</Badge>}
                        {!indicator.verified && <Badge tone="amber">{t("unverified")}</Badge>}
                      </p>
                      {localized(indicator, "help", locale) && <p className="mt-1 text-sm text-slate-700">{localized(indicator, "help", locale)}</p>}
                      {!indicator.verified && localized(indicator, "verificationNote", locale) && (
                        <p className="mt-1 text-xs text-amber-900">{localized(indicator, "verificationNote", locale)}</p>
                      )}
                    </div>
                    <div className="text-sm">
                      <TargetList type={indicator.type} targets={indicator.targets} unit={localized(indicator, "unit", locale)} />
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <Sections tree={tree} parentId={section.id} depth={depth + 1} locale={locale} />
          </>
        );
        return depth === 0 ? <Card key={section.id}>{body}</Card> : <section key={section.id}>{body}</section>;
      })}
    </div>
  );
}
