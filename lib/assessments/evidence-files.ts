// Which files count as evidence. A file is accepted by its content as well as its name: the
// first bytes must match the format its extension claims, so a renamed executable or an HTML
// page posing as a PDF is refused before it is stored.

export const maxEvidenceBytes = 10 * 1024 * 1024;
export const maxFilesPerAnswer = 10;

interface Kind {
  mime: string;
  /** The file's first bytes, or null for formats without a fixed signature. */
  magic: number[][] | null;
}

const zip = [[0x50, 0x4b, 0x03, 0x04]];
const ole = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

const kinds: Record<string, Kind> = {
  pdf: { mime: "application/pdf", magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  png: { mime: "image/png", magic: [[0x89, 0x50, 0x4e, 0x47]] },
  jpg: { mime: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mime: "image/jpeg", magic: [[0xff, 0xd8, 0xff]] },
  webp: { mime: "image/webp", magic: [[0x52, 0x49, 0x46, 0x46]] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
  odt: { mime: "application/vnd.oasis.opendocument.text", magic: zip },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", magic: zip },
  doc: { mime: "application/msword", magic: ole },
  xls: { mime: "application/vnd.ms-excel", magic: ole },
};

export const acceptedExtensions = Object.keys(kinds);

export type UploadVerdict = { ok: true; mime: string; fileName: string } | { ok: false; error: string };

/** Keeps a file name readable (Vietnamese included) but free of paths and control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim();
  return (cleaned || "tep").slice(-200);
}

export function classifyUpload(name: string, size: number, head: Uint8Array): UploadVerdict {
  if (size <= 0) return { ok: false, error: "evidence.errors.empty" };
  if (size > maxEvidenceBytes) return { ok: false, error: "evidence.errors.tooLarge" };
  const fileName = safeFileName(name);
  const extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const kind = kinds[extension];
  if (!kind) return { ok: false, error: "evidence.errors.type" };
  if (kind.magic && !kind.magic.some((signature) => signature.every((byte, i) => head[i] === byte))) {
    return { ok: false, error: "evidence.errors.content" };
  }
  return { ok: true, mime: kind.mime, fileName };
}

/** The translation keys upload routes answer with when the file is missing or too big. */
export const evidenceUploadMessages = { missing: "evidence.errors.missing", tooLarge: "evidence.errors.tooLarge" } as const;
