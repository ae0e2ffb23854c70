import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, children }: { className?: string; children: ReactNode }) {
  return <section className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6", className)}>{children}</section>;
}
