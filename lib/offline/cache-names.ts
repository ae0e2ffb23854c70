/**
 * The service worker's caches (worker/service-worker.ts). The pages cache holds a user's own pages
 * (their checklists as they last loaded them), so signing out deletes it along with the device's
 * queued answers; the others hold files every user gets alike.
 */
export const offlineCaches = {
  pages: "hoctap-pages",
  static: "hoctap-static",
  assets: "hoctap-assets",
} as const;

/** The page shown for an address the device has not kept, when there is no network. */
export const offlinePagePath = "/offline.html";

/**
 * Pages kept for offline use: the checklists and what leads to them (the dashboard, the list of
 * checklists), each as it last loaded. Anything else needs the network.
 */
export function keptOffline(pathname: string): boolean {
  return pathname === "/" || pathname === "/dashboard" || pathname === "/assessments" || /^\/assessments\/[^/]+(\/(readiness|history))?$/.test(pathname);
}

/** How many pages the device keeps: enough for a commune's checklists of a few years. */
export const keptPagesLimit = 40;
