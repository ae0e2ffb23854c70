import "server-only";

/**
 * One open-data list, read in pages: the JSON API asks for one page and the total, a CSV download
 * walks every page so that no download holds the whole table in memory.
 */
export interface OpenDataSource<T> {
  count(): Promise<number>;
  /** `exhausted` once the rows read fall short of `limit`: there is nothing after them. */
  batch(offset: number, limit: number): Promise<{ records: T[]; exhausted: boolean }>;
}
