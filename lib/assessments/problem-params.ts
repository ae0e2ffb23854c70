import type { Problem } from "./check-response";

type FormatNumber = (value: number, options?: { style: "percent"; maximumFractionDigits: number }) => string;

// Bounds, last year's value and the change of a rate are fractions, shown as the rate is.
const rateFigures = new Set(["previous", "change", "min", "max"]);

/**
 * The figures in a problem's message as the reader's locale writes them (a rate's as percentages),
 * and a blank bound as an ellipsis, for the checklist and the spreadsheet import alike.
 */
export function problemParams(params: Problem["params"], indicatorType: string, number: FormatNumber): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => [
      key,
      typeof value === "number" ? (indicatorType === "rate" && rateFigures.has(key) ? number(value, { style: "percent", maximumFractionDigits: 1 }) : number(value)) : value || "…",
    ]),
  );
}
