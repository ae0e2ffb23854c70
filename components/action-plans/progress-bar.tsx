import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** A progress bar with its figure written out, so it reads without the colour. */
export function ProgressBar({ value, label, className }: { value: number; label: string; className?: string }) {
  const t = useTranslations("actionPlans");
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} className="h-2 w-full min-w-16 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${value}%` }} />
      </div>
      <span className="w-12 shrink-0 text-right text-sm tabular-nums" data-testid="progress-value">
        {t("percent", { value })}
      </span>
    </div>
  );
}
