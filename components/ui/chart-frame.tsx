import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/**
 * Holds a chart at a width where its labels stay readable: on a narrow screen (a phone) the chart
 * keeps `minWidth` and scrolls sideways, as the tables beside it do, rather than shrinking its
 * text below reading size. The frame takes the keyboard's focus so that it can be scrolled with
 * the arrow keys; the chart inside is named by its own summary.
 */
export async function ChartFrame({ minWidth, children }: { minWidth: string; children: ReactNode }) {
  const t = await getTranslations("charts");
  return (
    <div role="group" aria-label={t("frame")} tabIndex={0} className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-brand-700">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
