import "server-only";
import { fromBufferPromise, type Entry } from "yauzl";

// An .xlsx file is a ZIP archive of XML parts, and ZIP compresses repetitive XML a thousand to
// one: under a megabyte can unpack into a sheet of hundreds of megabytes, all of which the
// spreadsheet library would build in memory before any row limit could be checked. So the archive
// is read here first, as a stream, part by part: what each part unpacks to is counted as it is
// inflated (not taken from the sizes the archive declares), rows and cells of every worksheet
// are counted as they stream by, and reading stops at the first limit passed. Nothing is kept.

export interface WorkbookLimits {
  /** Everything the archive unpacks to, all parts together. */
  maxUnpackedBytes: number;
  /** Rows of any one worksheet, its header included. */
  maxRows: number;
  /** Cells of all worksheets together. */
  maxCells: number;
  maxParts: number;
}

export type WorkbookVerdict = "ok" | "notXlsx" | "tooLarge" | "tooManyRows";

const worksheet = /^xl\/worksheets\/[^/]+\.xml$/i;

/** Whether an uploaded workbook stays within the limits, read without holding what it unpacks to. */
export async function checkWorkbookLimits(bytes: Uint8Array, limits: WorkbookLimits): Promise<WorkbookVerdict> {
  let zip;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    return "notXlsx";
  }
  try {
    if (zip.entryCount > limits.maxParts) return "tooLarge";
    let unpacked = 0;
    let cells = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue;
      // A declared size past the budget is refused before inflating anything.
      if (unpacked + entry.uncompressedSize > limits.maxUnpackedBytes) return "tooLarge";
      const counted = await countPart(zip, entry, limits.maxUnpackedBytes - unpacked, worksheet.test(entry.fileName));
      if (counted.verdict !== "ok") return counted.verdict;
      unpacked += counted.bytes;
      if (counted.rows > limits.maxRows) return "tooManyRows";
      cells += counted.cells;
      if (cells > limits.maxCells) return "tooManyRows";
    }
    return "ok";
  } catch {
    // A broken archive, or a part whose real size differs from the one declared.
    return "notXlsx";
  } finally {
    zip.close();
  }
}

type Counted = { verdict: "ok"; bytes: number; rows: number; cells: number } | { verdict: "tooLarge" };

async function countPart(zip: Awaited<ReturnType<typeof fromBufferPromise>>, entry: Entry, budget: number, isSheet: boolean): Promise<Counted> {
  const stream = await zip.openReadStreamPromise(entry);
  const rows = new TagCounter("<row");
  const cellTags = new TagCounter("<c");
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.byteLength;
    if (bytes > budget) {
      stream.destroy();
      return { verdict: "tooLarge" };
    }
    if (isSheet) {
      rows.feed(chunk);
      cellTags.feed(chunk);
    }
  }
  return { verdict: "ok", bytes, rows: rows.count, cells: cellTags.count };
}

/**
 * Counts opening tags by name in XML that arrives in chunks: `<row` followed by a space, `>` or
 * `/`, so `<rowBreaks` is not a row and `<c` is not `<col`. A tag cut between two chunks counts once.
 */
class TagCounter {
  count = 0;
  private tail = Buffer.alloc(0);
  private readonly tag: Buffer;
  constructor(tag: string) {
    this.tag = Buffer.from(tag, "latin1");
  }
  feed(chunk: Buffer) {
    const text = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    let at = text.indexOf(this.tag);
    let scannedTo = 0;
    while (at !== -1 && at + this.tag.length < text.length) {
      const next = text[at + this.tag.length];
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) this.count++;
      scannedTo = at + 1;
      at = text.indexOf(this.tag, at + 1);
    }
    // Keep what might be the start of a tag the next chunk finishes.
    const keepFrom = Math.max(scannedTo, text.length - this.tag.length);
    this.tail = Buffer.from(text.subarray(keepFrom));
  }
}
