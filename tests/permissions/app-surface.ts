// Everything a request can reach, read from the source: the pages and route handlers under app/
// and the exported functions of every "use server" module. The permission matrix must name each.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export interface AppSurface {
  pages: string[];
  routeHandlers: { route: string; method: string }[];
  actions: { file: string; name: string }[];
  /** Files with a "use server" directive inside a function: actions the matrix could not name. */
  inlineActions: string[];
}

const sourceFile = /\.(ts|tsx|js|jsx|mjs)$/;
const skipped = new Set(["node_modules", "generated"]);

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) || entry.name.startsWith(".") ? [] : filesUnder(root, relative);
    return sourceFile.test(entry.name) ? [relative] : [];
  });
}

/** "app/(workspace)/assessments/[id]/page.tsx" → "/assessments/[id]": route groups leave no trace in the URL. */
export function routeOf(file: string) {
  const segments = path.posix.dirname(file).split("/").slice(1);
  return "/" + segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@")).join("/");
}

/** The source without comments, so that a directive or an export named in prose does not count. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

const directive = /^\s*["']use server["'];?/;

function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g), ...source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.push(name);
    }
  }
  if (/export\s+default\b/.test(source)) names.push("default");
  return names;
}

export function appSurface(root = process.cwd()): AppSurface {
  const appFiles = filesUnder(root, "app");
  const pages = appFiles.filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f)).map(routeOf);
  const routeHandlers = appFiles
    .filter((f) => /\/route\.(ts|js)$/.test(f))
    .flatMap((file) => {
      const exported = new Set(exportedNames(withoutComments(readFileSync(path.join(root, file), "utf8"))));
      return httpMethods.filter((m) => exported.has(m)).map((method) => ({ route: routeOf(file), method }));
    });

  const actions: AppSurface["actions"] = [];
  const inlineActions: string[] = [];
  for (const file of ["app", "components", "lib", "server"].flatMap((dir) => filesUnder(root, dir))) {
    const source = withoutComments(readFileSync(path.join(root, file), "utf8"));
    if (directive.test(source)) actions.push(...exportedNames(source).map((name) => ({ file, name })));
    else if (/["']use server["']/.test(source)) inlineActions.push(file);
  }
  return { pages, routeHandlers, actions, inlineActions };
}
