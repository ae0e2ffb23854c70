import type { EvidenceFileView } from "@/server/evidence/evidence-view";

export interface EvidenceUpload {
  status: number;
  ok: boolean;
  /** The stored file, when the upload was taken. */
  file?: EvidenceFileView;
  /** Why it was refused, in the reader's language, when the server says. */
  message?: string;
}

/** Uploads one evidence file to an answer through the upload route; throws when the server cannot be reached. */
export async function sendEvidenceFile(assessmentId: string, indicatorId: string, file: File): Promise<EvidenceUpload> {
  const body = new FormData();
  body.set("indicatorId", indicatorId);
  body.set("file", file);
  const response = await fetch(`/api/assessments/${assessmentId}/evidence`, { method: "POST", body });
  const json = await response.json().catch(() => null);
  return {
    status: response.status,
    ok: response.ok,
    file: response.ok ? json?.file : undefined,
    message: typeof json?.message === "string" ? json.message : undefined,
  };
}
