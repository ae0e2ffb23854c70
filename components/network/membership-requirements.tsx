import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Source } from "@/components/ui/source";
import { localized } from "@/lib/localized";
import { applicationFormFields, membershipRequirements, requirementSources } from "@/lib/network/requirements";

interface FrameworkLink {
  id: string;
  titleVi: string;
  titleEn: string;
}

/**
 * What a candidate city must do to join and to stay, the application form's contents, and the
 * sources. `frameworks` links the requirements to the published frameworks that support them.
 */
export async function MembershipRequirements({ frameworks }: { frameworks: { kflc: FrameworkLink | null; application: FrameworkLink | null } }) {
  const [t, locale] = await Promise.all([getTranslations("network"), getLocale()]);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-slate-800">{t("requirementsIntro")}</p>
        <ol className="mt-2 list-decimal space-y-2 pl-6" data-testid="membership-requirements">
          {membershipRequirements.map((requirement) => (
            <li key={requirement.key}>
              {t(`requirements.${requirement.key}`, requirement.values)}
              {"frameworkCode" in requirement && frameworks.kflc && (
                <>
                  {" "}
                  <Link href={`/frameworks/${frameworks.kflc.id}`} className="text-brand-700 underline">
                    {t("seeCriteria")}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="font-semibold">{t("applicationFieldsTitle")}</h3>
        <p className="mt-1 text-sm text-slate-700">{t("applicationFieldsIntro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {applicationFormFields.map((field) => (
            <li key={field.key}>{t(`applicationFields.${field.key}`, field.values)}</li>
          ))}
        </ul>
        {frameworks.application && (
          <p className="mt-2 text-sm">
            {t("prepareWith")}{" "}
            <Link href={`/frameworks/${frameworks.application.id}`} className="text-brand-700 underline">
              {localized(frameworks.application, "title", locale)}
            </Link>
            .
          </p>
        )}
      </div>
      <ul className="space-y-0.5 text-sm text-slate-700">
        {requirementSources.map((source) => (
          <li key={source.title}>
            <Source label={t("columns.source")} title={source.title} url={source.url} />
          </li>
        ))}
      </ul>
    </div>
  );
}
