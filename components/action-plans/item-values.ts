import { localized } from "@/lib/localized";
import type { PlanItemView } from "@/server/action-plans/plan-view";
import type { ItemFormValues } from "./item-form";

/** A stored goal or task as its edit form shows it: every box as text. */
export function itemFormValues(item: PlanItemView, items: readonly PlanItemView[]): ItemFormValues {
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    kind: item.kind,
    code: item.code,
    parentCode: items.find((i) => i.id === item.parentId)?.code ?? "",
    titleVi: item.titleVi,
    titleEn: text(item.titleEn),
    descriptionVi: text(item.descriptionVi),
    descriptionEn: text(item.descriptionEn),
    leadAgency: text(item.leadAgency),
    supportingAgencies: item.supportingAgencies.join("\n"),
    ownerEmail: item.owner?.email ?? "",
    startOn: text(item.startOn),
    dueOn: text(item.dueOn),
    status: item.status,
    progress: String(item.storedProgress),
    weight: text(item.weight),
    frameworkCode: text(item.frameworkCode),
    indicatorCode: text(item.indicatorCode),
    targetValue: text(item.targetValue),
    targetYear: text(item.targetYear),
  };
}

/** "1.2 Title", for choosing a parent or a milestone's item. */
export function itemLabel(item: Pick<PlanItemView, "code" | "titleVi" | "titleEn">, locale: string): string {
  return `${item.code} ${locale === "en" ? (item.titleEn ?? item.titleVi) : item.titleVi}`;
}

/** The published frameworks a goal or task can be linked to, one per code, as "Title (code)". */
export function frameworkChoices(frameworks: readonly { code: string; status: string; titleVi: string; titleEn: string | null }[], locale: string) {
  const published = frameworks.filter((f) => f.status === "published").map((f) => [f.code, { code: f.code, title: `${localized(f, "title", locale)} (${f.code})` }] as const);
  return [...new Map(published).values()];
}
