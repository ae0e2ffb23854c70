"use client";

import { useState, type ReactNode } from "react";

/**
 * A `<details>` box whose content is drawn the first time it opens and kept from then on, so a
 * page with a form in every row does not render dozens of forms nobody opens, and what was typed
 * stays when the box is closed and opened again.
 */
export function DetailsOnDemand({ summary, className, children }: { summary: ReactNode; className?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {summary}
      {opened && children}
    </details>
  );
}
