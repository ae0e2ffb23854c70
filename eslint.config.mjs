import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers and the rules that keep them (README, "Architecture"). Each block names the folder it
// guards; test files, scripts, the seed and the benchmark are outside the layers.

const roleName = "/^(administrator|coordinator|official|viewer)$/";
const askPermissions = "Only lib/permissions.ts decides by role: ask it (mayX, placementOf, speaksForCity) instead of comparing roles here.";
/** Comparing a role, switching on one, listing roles or looking one up in a list. */
const decidesByRole = [
  { selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${roleName}]`, message: askPermissions },
  { selector: `SwitchCase > Literal[value=${roleName}]`, message: askPermissions },
  { selector: `ArrayExpression > Literal[value=${roleName}]`, message: askPermissions },
  { selector: "CallExpression[callee.property.name='includes'] > MemberExpression[property.name='role']", message: askPermissions },
];

const handDbToAct = "app/ hands db() to an act in server/ and never queries it itself: put the query in server/ (one act per file).";
/** A query on the client in a page, layout or route handler: `db().model.…`, `db().$transaction`, or the client kept for later. */
const queriesDb = [
  { selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']", message: handDbToAct },
  { selector: "VariableDeclarator[init.type='CallExpression'][init.callee.name='db']", message: handDbToAct },
];

const prismaClient = {
  paths: [{ name: "@prisma/client", message: "The Prisma client is server/db.ts's business." }],
  patterns: [{ group: ["@/generated/*", "**/generated/*"], message: "The Prisma client is server/db.ts's business." }],
};

const markedServerOnly = [
  {
    selector: "Program:not(:has(ImportDeclaration[source.value='server-only']))",
    message: 'Every server/ module starts with import "server-only", so that no client bundle can pull it in.',
  },
];

const pureLib = "lib/ holds pure rules: no React, Next.js, HTTP, database or file system. Let server/ load what a rule needs and hand it in.";

const tests = ["**/*.test.ts", "**/*.test.tsx"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Next.js loads next.config.js as CommonJS, and with it the service worker's build.
    files: ["next.config.js", "scripts/build-service-worker.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests may cross layers to check how they are wired (lib/security's test reads the auth options).
    files: ["app/**", "components/**", "lib/**", "server/**", "worker/**"],
    ignores: tests,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./components", from: "./app", message: "components/ never import from routes (app/): server actions live in server/actions/, shared parts in components/ or lib/." },
            { target: "./lib", from: ["./app", "./components", "./server"], message: pureLib },
            { target: "./worker", from: ["./app", "./components", "./server"], message: "The service worker runs in the browser apart from the pages: it may use lib/ and nothing of the app's other layers." },
            { target: "./components", from: "./server/db.ts", message: "Components never touch the database: a page or an action asks an act in server/ and hands its result down." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: tests,
    rules: {
      "no-restricted-syntax": ["error", ...decidesByRole, ...queriesDb],
      "no-restricted-imports": [
        "error",
        {
          paths: [...prismaClient.paths, { name: "@/server/db", importNames: ["createDb"], message: "app/ uses the shared client, db(), and only to hand it to acts in server/." }],
          patterns: prismaClient.patterns,
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: tests,
    rules: {
      "no-restricted-syntax": ["error", ...decidesByRole],
      "no-restricted-imports": ["error", prismaClient],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: [...tests, "lib/permissions.ts"],
    rules: { "no-restricted-syntax": ["error", ...decidesByRole] },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: tests,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...prismaClient.paths,
            ...["react", "react-dom", "fs", "node:fs", "fs/promises", "node:fs/promises"].map((name) => ({ name, message: pureLib })),
          ],
          patterns: [...prismaClient.patterns, { group: ["next", "next/*", "react/*", "react-dom/*"], message: pureLib }],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts"],
    ignores: tests,
    rules: {
      "no-restricted-syntax": ["error", ...decidesByRole, ...markedServerOnly],
    },
  },
  {
    ignores: ["generated/**", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts", "public/sw.js"],
  },
];

export default config;
