import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  green: "bg-emerald-100 text-emerald-900",
  blue: "bg-brand-100 text-brand-800",
  amber: "bg-amber-100 text-amber-900",
  slate: "bg-slate-200 text-slate-800",
  red: "bg-red-100 text-red-900",
} as const;

export function Badge({ tone = "slate", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>;
}
