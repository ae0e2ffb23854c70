import { webLink } from "@/lib/format/web-link";
import { cn } from "./cn";

/**
 * "Source: title", linked when there is a web address. Only http(s) addresses become links, so a
 * stored value can never turn into a script link, whoever entered it.
 */
export function Source({ label, title, url, className }: { label: string; title: string; url: string | null; className?: string }) {
  const linkable = webLink(url);
  return (
    <p className={cn("text-sm", className)}>
      {label}:{" "}
      {linkable ? (
        <a href={linkable} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
          {title}
        </a>
      ) : (
        title
      )}
    </p>
  );
}
