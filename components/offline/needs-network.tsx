"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useOnline } from "./offline-provider";

/**
 * What only the server can do (exports, review acts, importing): offline it cannot be used and
 * says why, rather than being tried and lost.
 */
export function NeedsNetwork({ children, className }: { children: ReactNode; className?: string }) {
  const t = useTranslations("shell.connection");
  const online = useOnline();
  return (
    <div className={className}>
      <div inert={!online} className={online ? "contents" : "contents [&>*]:opacity-60"}>
        {children}
      </div>
      {!online && (
        <p className="w-full text-xs text-slate-600" data-testid="needs-network">
          {t("needsNetwork")}
        </p>
      )}
    </div>
  );
}
