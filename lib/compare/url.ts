// The address of a comparison: the whole selection sits in the query string, so a link opens the
// same view for whoever follows it (within what they may see).

export interface SelectionParams {
  framework: string;
  year?: number;
  city: string;
  peers: string;
  /** Hand-picked peers, one `peer` parameter each. */
  peer: readonly string[];
  indicator?: string;
}

export function selectionHref(path: string, selection: SelectionParams): string {
  const params = new URLSearchParams({ framework: selection.framework });
  if (selection.year !== undefined) params.set("year", String(selection.year));
  params.set("city", selection.city);
  params.set("peers", selection.peers);
  for (const slug of selection.peer) params.append("peer", slug);
  if (selection.indicator) params.set("indicator", selection.indicator);
  return `${path}?${params}`;
}
