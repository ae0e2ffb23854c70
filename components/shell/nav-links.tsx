"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./navigation";

export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1 lg:flex-row lg:flex-wrap">
      {items.map((item) => {
        const section = item.href.split("/")[1];
        const current = pathname === item.href || pathname.startsWith(`/${section}/`);
        return (
          <li key={item.key}>
            {item.ready ? (
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-md px-3 py-2 text-sm font-medium",
                  current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100",
                )}
              >
                {t(item.key)}
              </Link>
            ) : (
              <span className="flex items-center gap-1.5 px-3 py-2 text-sm text-slate-600" aria-disabled="true">
                {t(item.key)}
                <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-700">{t("soon")}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
