import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous and next links around "page n of m" for a list paged in the address. `href` gives a
 * page's address with the list's other settings kept; nothing shows for a single page.
 */
export async function Pager({ label, page, pages, position, href }: { label: string; page: number; pages: number; position: string; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("pager");
  const step = (to: number, text: string, rel: "prev" | "next") =>
    to >= 1 && to <= pages ? (
      <Link href={href(to)} rel={rel} className="text-brand-700 hover:underline">
        {text}
      </Link>
    ) : (
      <span className="text-slate-500">{text}</span>
    );
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
      {step(page - 1, t("previous"), "prev")}
      <span aria-current="page">{position}</span>
      {step(page + 1, t("next"), "next")}
    </nav>
  );
}
