"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print stylesheet leaves only the report. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
