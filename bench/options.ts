// The command line of `npm run bench`.

export type DatabaseKind = "sqlite" | "postgresql";

export interface BenchOptions {
  databases: DatabaseKind[];
  /** Generated units of each measured data set, smallest first: the growth between them is reported. */
  sizes: number[];
  /** Seconds each load scenario runs. */
  duration: number;
  /** Concurrent connections of the reading scenarios (saving always uses 20, the budget's figure). */
  connections: number;
  /** Sequential downloads of the PDF report. */
  pdfRuns: number;
  keep: boolean;
  build: boolean;
  /** A database an earlier `--keep` run generated, measured as it is instead of generating one. */
  reuse?: string;
}

export const usage = `npm run bench -- [options]
  --db sqlite|postgresql|both   which databases to measure (default both)
  --sizes N,M                   generated units (communes and wards) of each data set (default 330,3300)
  --units N                     one data set of N units
  --duration S                  seconds per load scenario (default 10)
  --connections N               concurrent connections for the pages (default 10)
  --pdf-runs N                  sequential PDF downloads (default 5)
  --keep                        keep the generated databases
  --reuse URL                   measure a database an earlier --keep run generated (file:./data/… or
                                postgresql://…) instead of generating one; it is kept
  --no-build                    reuse the existing .next-bench build when there is one`;

const positive = (name: string, text: string | undefined) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number above 0, not ${text ?? "nothing"}`);
  return value;
};

const numericOptions = { "--duration": "duration", "--connections": "connections", "--pdf-runs": "pdfRuns" } as const;
const isNumericOption = (arg: string): arg is keyof typeof numericOptions => Object.hasOwn(numericOptions, arg);

export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { databases: ["sqlite", "postgresql"], sizes: [330, 3300], duration: 10, connections: 10, pdfRuns: 5, keep: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (isNumericOption(arg)) {
      options[numericOptions[arg]] = positive(arg, argv[++i]);
    } else if (arg === "--db") {
      const value = argv[++i];
      if (value === "both") options.databases = ["sqlite", "postgresql"];
      else if (value === "sqlite" || value === "postgresql") options.databases = [value];
      else throw new Error(`--db takes sqlite, postgresql or both, not ${value ?? "nothing"}`);
    } else if (arg === "--units") {
      options.sizes = [positive(arg, argv[++i])];
    } else if (arg === "--sizes") {
      const text = argv[++i];
      options.sizes = [...new Set((text ?? "").split(",").map((part) => positive(arg, part)))].sort((a, b) => a - b);
    } else if (arg === "--reuse") {
      const url = argv[++i];
      if (!url || !/^(file:|postgres(ql)?:\/\/)/.test(url)) throw new Error(`--reuse takes a database URL (file:./data/… or postgresql://…), not ${url ?? "nothing"}`);
      options.reuse = url;
    } else if (arg === "--keep") {
      options.keep = true;
    } else if (arg === "--no-build") {
      options.build = false;
    } else {
      throw new Error(`unknown option ${arg}\n${usage}`);
    }
  }
  if (options.reuse) {
    // One database, of the kind its URL names; its size is what it holds.
    options.databases = [options.reuse.startsWith("file:") ? "sqlite" : "postgresql"];
    options.sizes = [0];
    options.keep = true;
  }
  return options;
}
