/**
 * A JSON and a CSV link to the same data. The visible text is the format; the accessible name
 * also says what and whose, so a screen reader's list of links reads on its own.
 */
export function DownloadLinks({ json, csv, describe }: { json: string; csv: string; describe: (format: "JSON" | "CSV") => string }) {
  return (
    <span className="inline-flex gap-2">
      <a href={json} aria-label={describe("JSON")} className="text-brand-700 underline">
        JSON
      </a>
      <a href={csv} aria-label={describe("CSV")} className="text-brand-700 underline" download>
        CSV
      </a>
    </span>
  );
}
