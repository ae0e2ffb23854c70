// Which messages each page's client components ask for, read from the source: the pages and
// layouts under app/, the modules they import (followed through client components), and in each
// client component the message keys it names. tests/i18n/client-messages.test.ts holds them
// against what the pages hand to the browser (i18n/client-messages.tsx).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const sourceFile = /\.(ts|tsx)$/;

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(root, relative);
    return sourceFile.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The source without comments, so that a key named in prose does not count. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** The project files a module imports (statically or with import()), by their paths from the root. */
function importsOf(root: string, file: string, source: string): string[] {
  // Type-only imports bring no code, and so no messages, into a bundle.
  const specifiers = [...source.matchAll(/(?:^|\n)\s*import\s+(?!type\s)[^;]*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : null;
    if (base === null) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => sourceFile.test(candidate) && existsSync(path.join(root, candidate)));
    return found ? [found] : [];
  });
}

export interface ClientMessageUse {
  /** The page, and each layout above it, from the root layout down. */
  chain: string[];
  /** Per file of the chain: the message keys (or namespaces) the client components it renders name. */
  needs: Record<string, string[]>;
  /** Per file of the chain: the namespaces it hands to the browser with <ClientMessages> (null: it hands none itself). */
  gives: Record<string, string[] | null>;
}

export function clientMessageUse(root: string, topLevel: readonly string[]) {
  const files = ["app", "components", "lib", "i18n"].flatMap((dir) => filesUnder(root, dir));
  const sources = new Map(files.map((file) => [file, withoutComments(readFileSync(path.join(root, file), "utf8"))]));
  const isClient = (file: string) => /^\s*["']use client["']/.test(sources.get(file) ?? "");
  const namespaceList = topLevel.join("|");
  // "checklist.target", `review.acts.${act}` (read as "review.acts"), "errors.network": a namespace, a dot, more.
  const keyLiteral = new RegExp(`["'\`]((?:${namespaceList})(?:\\.[A-Za-z0-9]+)*)(?:\\.\\$\\{|(?<=\\.[A-Za-z0-9]+)["'\`])`, "g");
  const translatorNamespace = new RegExp(`useTranslations\\(["'\`]((?:${namespaceList})(?:\\.[A-Za-z0-9]+)*)`, "g");

  /** Keys a client component names: in any string (t("a.b"), an error key), useTranslations("a"), or a namespace prop. */
  const keysOf = (source: string) => {
    const keys = [...source.matchAll(keyLiteral), ...source.matchAll(translatorNamespace)].map((m) => m[1]);
    for (const m of source.matchAll(/\bnamespace=["']([A-Za-z]+)["']/g)) keys.push(m[1]);
    return keys;
  };

  /** The client components a module renders: itself if it is one, and whatever it imports, followed through. */
  const clientReach = (file: string, seen = new Set<string>()): string[] => {
    if (seen.has(file) || !sources.has(file)) return [];
    seen.add(file);
    const own = isClient(file) ? [file] : [];
    return [...own, ...importsOf(root, file, sources.get(file)!).flatMap((imported) => clientReach(imported, seen))];
  };

  /**
   * What a client component's bundle holds: the module and what it imports (schemas, rules), but not
   * server actions, whose code stays on the server.
   */
  const bundled = (file: string, seen: Set<string>): string[] => {
    if (seen.has(file) || !sources.has(file)) return [];
    seen.add(file);
    return [file, ...importsOf(root, file, sources.get(file)!).flatMap((imported) => bundled(imported, seen))];
  };

  const givesOf = (source: string) => {
    const lists = [...source.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}|withClientMessages\(\s*\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2]);
    return lists.length ? lists.flatMap((list) => [...list.matchAll(/["']([^"']+)["']/g)].map((n) => n[1])) : null;
  };

  const pages = files.filter((f) => /^app\/.*page\.tsx$/.test(f) || f === "app/page.tsx");
  return pages.map((page): ClientMessageUse => {
    const dirs = path.posix.dirname(page).split("/");
    const layouts = dirs.map((_, i) => `${dirs.slice(0, i + 1).join("/")}/layout.tsx`).filter((f) => sources.has(f));
    const chain = [...layouts, page];
    const needs: Record<string, string[]> = {};
    const gives: Record<string, string[] | null> = {};
    for (const file of chain) {
      const seen = new Set<string>();
      needs[file] = [...new Set(clientReach(file).flatMap((client) => bundled(client, seen)).flatMap((module) => keysOf(sources.get(module)!)))].sort();
      gives[file] = givesOf(sources.get(file)!);
    }
    return { chain, needs, gives };
  });
}
