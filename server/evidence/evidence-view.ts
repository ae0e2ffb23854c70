import "server-only";
import type { EvidenceFile } from "@/generated/sqlite/client";

export interface EvidenceFileView {
  id: string;
  indicatorId: string;
  fileName: string;
  size: number;
  createdAt: string;
}

export const toEvidenceFileView = (file: EvidenceFile): EvidenceFileView => ({
  id: file.id,
  indicatorId: file.indicatorId,
  fileName: file.fileName,
  size: file.size,
  createdAt: file.createdAt.toISOString(),
});
