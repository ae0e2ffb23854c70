// Load scenarios with autocannon on loopback: every response's latency is kept (autocannon's own
// summary has no 95th percentile), with the status codes, errors and timeouts.
import autocannon, { type Options, type RawRequest } from "autocannon";
import { percentiles, type Percentiles } from "./stats";

export interface LoadResult extends Percentiles {
  connections: number;
  /** Set when the route was too slow for a timed run: each connection made this many requests instead. */
  requestsPerConnection: number | null;
  seconds: number;
  responses: number;
  /** Responses per second over the whole run. */
  rps: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

export interface Scenario<Context> {
  base: string;
  path: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  /** Dynamic requests (the save scenario); a plain GET of `path` otherwise. */
  step?: Omit<NonNullable<Options<Context>["requests"]>[number], "path">;
}

// A slow page must still finish inside the run: requests may take this long before they count as timed out.
const timeoutSeconds = 120;

/**
 * Runs one scenario. A page slower than the run is long would yield no samples in a run of
 * `duration` seconds, so when a single request takes more than a fifth of it, each connection makes
 * a fixed number of requests instead.
 */
export async function runLoad<Context>(scenario: Scenario<Context>, singleRequestMs: number): Promise<LoadResult> {
  const requestsPerConnection = singleRequestMs * 5 > scenario.duration * 1000 ? 2 : null;
  const latencies: number[] = [];
  const url = scenario.base + scenario.path;
  const options: Options<Context> = {
    url,
    connections: scenario.connections,
    timeout: timeoutSeconds,
    headers: scenario.headers,
    ...(requestsPerConnection ? { amount: scenario.connections * requestsPerConnection } : { duration: scenario.duration }),
    ...(scenario.step ? { requests: [{ ...scenario.step, path: scenario.path }] } : {}),
  };
  const instance = autocannon(options);
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  return {
    connections: scenario.connections,
    requestsPerConnection,
    seconds: result.duration,
    responses: latencies.length,
    rps: result.duration > 0 ? latencies.length / result.duration : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    ...percentiles(latencies),
  };
}

/** A few sequential requests first, so the route is compiled and cached; the last one's time (or the first failure). */
export async function warmUp(url: string, init: RequestInit = {}, times = 3): Promise<{ status: number; ms: number; body: string }> {
  let last = { status: 0, ms: 0, body: "" };
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await fetch(url, { redirect: "manual", ...init });
    const body = await response.text();
    last = { status: response.status, ms: performance.now() - started, body };
    if (response.status !== 200) break;
  }
  return last;
}

export type { RawRequest };
