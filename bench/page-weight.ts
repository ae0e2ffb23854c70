// The JavaScript a first visit to a page downloads, from the build output. Next 16 (Turbopack)
// records the chunks every page needs (the runtime, React, the router) as `rootMainFiles` in
// build-manifest.json, and each route's own chunks (its layouts' and page's client components) as
// `entryJSFiles` of the page's entry in the route's client reference manifest. Sizes are of the
// files as built and gzip-compressed (level 6, what Next's own compression and most proxies use).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  route: string;
  chunks: number;
  rawBytes: number;
  gzipBytes: number;
}

type ClientReferenceManifest = Record<string, { entryJSFiles?: Record<string, string[]> }>;

/** The route's client reference manifest, a script that assigns `globalThis.__RSC_MANIFEST[page]`. */
function clientReferenceManifest(distDir: string, page: string): ClientReferenceManifest {
  const file = path.join(distDir, "server", "app", `${page}_client-reference-manifest.js`);
  if (!existsSync(file)) throw new Error(`no client reference manifest for ${page} in ${distDir}`);
  const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: ClientReferenceManifest } = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.__RSC_MANIFEST ?? {};
}

type BuildManifest = { rootMainFiles?: string[]; polyfillFiles?: string[] };
const buildManifest = (distDir: string) => JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;

/** The chunk files (paths relative to the dist dir) a first visit of `page` loads. */
export function firstLoadChunks(distDir: string, page: string): string[] {
  const build = buildManifest(distDir);
  const entry = clientReferenceManifest(distDir, page)[`/${page}`]?.entryJSFiles?.[`[project]/app/${page}`];
  if (!entry) throw new Error(`the client reference manifest of ${page} names no chunks for the page`);
  return [...new Set([...(build.rootMainFiles ?? []), ...entry])];
}

export function weighChunks(distDir: string, route: string, chunks: readonly string[]): PageWeight {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const chunk of chunks) {
    const bytes = readFileSync(path.join(distDir, chunk));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 6 }).byteLength;
  }
  return { route, chunks: chunks.length, rawBytes, gzipBytes };
}

/** Page entries are named like the app folder: "(workspace)/assessments/[id]/page". */
export function pageWeight(distDir: string, route: string, page: string): PageWeight {
  return weighChunks(distDir, route, firstLoadChunks(distDir, page));
}

/**
 * The chunks the served HTML of a page asks for (its script tags and the chunk lists in the inline
 * RSC payload), a check on the figure read from the manifests. The polyfills are left out: their
 * script tag is `nomodule`, which current browsers skip.
 */
export function chunksInHtml(distDir: string, html: string): string[] {
  const polyfills = new Set(buildManifest(distDir).polyfillFiles ?? []);
  const found = html.match(/static\/chunks\/[\w.~-]+\.js/g) ?? [];
  return [...new Set(found)].filter((chunk) => !polyfills.has(chunk));
}
