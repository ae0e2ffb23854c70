import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DeleteItemButton } from "@/components/action-plans/delete-item-button";
import { ItemActivity } from "@/components/action-plans/item-activity";
import { ItemForm } from "@/components/action-plans/item-form";
import { ItemHistory } from "@/components/action-plans/item-history";
import { ItemDetails, ItemHeader } from "@/components/action-plans/item-summary";
import { frameworkChoices, itemFormValues, itemLabel } from "@/components/action-plans/item-values";
import { UpdateForm } from "@/components/action-plans/update-form";
import { Card } from "@/components/ui/card";
import { descendants } from "@/lib/action-plans/tree";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { getPlanItem } from "@/server/action-plans/get-plan-item";
import { findReadableItem } from "@/server/action-plans/plan-access";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ planId: string; itemId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findReadableItem(db(), await requireActor(), (await params).itemId);
  return { title: found ? `${found.item.code} ${localized(found.item, "title", await getLocale())}` : (await getTranslations("actionPlans"))("title") };
}

export default async function PlanItemPage({ params }: Props) {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const { planId, itemId } = await params;
  const page = await getPlanItem(db(), actor, itemId, today);
  if (!page || page.plan.id !== planId) notFound();
  const [t, locale, frameworks] = await Promise.all([getTranslations("actionPlans"), getLocale(), page.mayEdit ? listFrameworks(db(), actor) : Promise.resolve([])]);
  const { item, plan } = page;
  // A parent may be any item but this one and those under it.
  const below = descendants(page.items, item.id);
  const parents = page.items.filter((i) => i.id !== item.id && !below.has(i.id));

  return withClientMessages(
    ["actionPlans", "evidence"],
    <div className="space-y-6">
      <ItemHeader page={page} />
      <ItemDetails page={page} />

      {page.mayReport && (
        <Card>
          <h2 className="text-lg font-semibold">{t("reportProgress")}</h2>
          <div className="mt-4">
            <UpdateForm key={item.revision} itemId={item.id} revision={item.revision} status={item.status} progress={item.progress} rollsUp={item.rollsUp} />
          </div>
        </Card>
      )}

      <ItemActivity page={page} />

      {page.mayEdit && (
        <Card>
          <details>
            <summary className="cursor-pointer text-lg font-semibold">{t("editItem")}</summary>
            <div className="mt-4 space-y-6">
              <ItemForm
                key={item.revision}
                planId={plan.id}
                idPrefix="edit-item-"
                parents={parents.map((i) => ({ code: i.code, label: itemLabel(i, locale) }))}
                owners={page.ownerChoices}
                frameworks={frameworkChoices(frameworks, locale)}
                edit={{ itemId: item.id, revision: item.revision, values: itemFormValues(item, page.items) }}
              />
              <DeleteItemButton itemId={item.id} revision={item.revision} planId={plan.id} />
            </div>
          </details>
        </Card>
      )}

      <ItemHistory page={page} />
    </div>,
  );
}
