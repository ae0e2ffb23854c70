/**
 * Years written short, runs of consecutive years as one range: 2020, 2021, 2022 and 2024 read
 * "2020–2022, 2024". Repeats are dropped and the order does not matter.
 */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    runs.push(end > i ? `${sorted[i]}–${sorted[end]}` : String(sorted[i]));
    i = end + 1;
  }
  return runs.join(", ");
}
