import type { ReactNode } from "react";

/** A page's title and one-paragraph introduction, with room for actions on the right. */
export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro && <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
