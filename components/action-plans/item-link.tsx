import Link from "next/link";
import { localized } from "@/lib/localized";

/** A goal or task by its title, linking to its own page. */
export function ItemLink({ planId, item, locale }: { planId: string; item: { id: string; titleVi: string; titleEn: string | null }; locale: string }) {
  return (
    <Link href={`/action-plans/${planId}/items/${item.id}`} className="text-brand-700 hover:underline">
      {localized(item, "title", locale) ?? ""}
    </Link>
  );
}
