import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PlanView } from "@/server/action-plans/get-plan";
import { ItemForm } from "./item-form";
import { itemLabel } from "./item-values";
import { PlanForm } from "./plan-form";

/** For the plan's editors: adding a goal or task, and changing the plan's header. */
export async function PlanEditing({ plan, frameworks }: { plan: PlanView; frameworks: { code: string; title: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  return (
    <>
      <Card>
        <h2 className="text-lg font-semibold">{t("addItem")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("addItemIntro")}</p>
        <div className="mt-4">
          <ItemForm planId={plan.id} idPrefix="new-item-" parents={plan.items.map((i) => ({ code: i.code, label: itemLabel(i, locale) }))} owners={plan.ownerChoices} frameworks={frameworks} />
        </div>
      </Card>
      <Card>
        <details>
          <summary className="cursor-pointer text-lg font-semibold">{t("editPlan")}</summary>
          <div className="mt-4">
            <PlanForm
              mode="edit"
              planId={plan.id}
              values={{
                titleVi: plan.titleVi,
                titleEn: plan.titleEn ?? "",
                descriptionVi: plan.descriptionVi ?? "",
                descriptionEn: plan.descriptionEn ?? "",
                startYear: String(plan.startYear),
                endYear: String(plan.endYear),
                legalBasisNumber: plan.legalBasisNumber ?? "",
                legalBasisDate: plan.legalBasisDate ?? "",
                legalBasisUrl: plan.legalBasisUrl ?? "",
                status: plan.status,
                sourceTitle: plan.sourceTitle ?? "",
                sourceUrl: plan.sourceUrl ?? "",
              }}
            />
          </div>
        </details>
      </Card>
    </>
  );
}
