import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Where evidence files' bytes live. A folder on disk today (EVIDENCE_DIR, default
 * uploads/evidence); object storage later implements the same three operations.
 */
export interface EvidenceStore {
  put(bytes: Uint8Array): Promise<string>;
  open(key: string): ReadableStream<Uint8Array>;
  remove(key: string): Promise<void>;
}

// Keys are random and checked on the way back in, so a stored key can never point outside the folder.
const keyPattern = /^[a-f0-9]{32}$/;

// The folder is chosen at run time, so the build must not try to trace it into the bundle.
export function diskEvidenceStore(root = process.env.EVIDENCE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), "uploads", "evidence")): EvidenceStore {
  const fileOf = (key: string) => {
    if (!keyPattern.test(key)) throw new Error("invalid evidence key");
    return path.join(/*turbopackIgnore: true*/ root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomBytes(16).toString("hex");
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), bytes, { flag: "wx" });
      return key;
    },
    open(key) {
      return Readable.toWeb(createReadStream(fileOf(key))) as ReadableStream<Uint8Array>;
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
