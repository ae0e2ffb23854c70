// How long the documents take: the PDF report of one assessment, downloaded one after another, and
// the coordinator's workbook of a whole scope, to the last byte. A route that is not there yet
// (404) is recorded as not available rather than failing the run.
import { download } from "./http";
import { percentiles, type Percentiles } from "./stats";

export type ExportTiming =
  | ({ available: true; runs: number; bytes: number; contentType: string | null; msEach: number[] } & Percentiles)
  | { available: false; status: number; note: string };

const notAvailable = (status: number): ExportTiming => ({
  available: false,
  status,
  note: status === 404 ? "not available (the route answered 404)" : `not available (HTTP ${status})`,
});

/**
 * `runs` sequential downloads, after one untimed warm-up when `warm` (a document that takes a
 * minute is timed cold instead: its first run is the one a coordinator waits for).
 */
export async function timeExport(url: string, cookie: string, runs: number, warm = true): Promise<ExportTiming> {
  if (warm) {
    const first = await download(url, cookie);
    if (first.status !== 200) return notAvailable(first.status);
  }
  const msEach: number[] = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = await download(url, cookie);
    if (last.status !== 200) return notAvailable(last.status);
    msEach.push(last.ms);
  }
  if (!last) throw new Error("an export is timed at least once");
  return { available: true, runs, bytes: last.bytes, contentType: last.contentType, msEach, ...percentiles(msEach) };
}
