import PDFDocument from "pdfkit";

// The frame every report shares: A4 portrait, DejaVu Sans (it covers every Vietnamese letter,
// which pdfkit's built-in fonts do not), and on every page a running header and a footer with
// "page n of m". Pages are buffered so the footer can know m once the content is laid out.

export type Pdf = PDFKit.PDFDocument;

export const fonts = { regular: "body", bold: "body-bold" } as const;
export const colors = { text: "#0f172a", muted: "#475569", rule: "#cbd5e1", shade: "#f1f5f9", brand: "#1d4ed8", good: "#15803d", bad: "#b91c1c" } as const;
export const margins = { top: 64, bottom: 60, left: 56, right: 56 } as const;

/** The font files' bytes, regular and bold (server/reports/pdf-fonts.ts reads DejaVu Sans). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfFrame {
  /** Document metadata and the running header's text. */
  title: string;
  /** The header's right-hand text, such as the city and year. */
  subject: string;
  /** BCP 47 language of the content, for screen readers and text extraction. */
  lang: string;
  /** The footer's page label, e.g. (3, 12) → "Trang 3/12". */
  pageLabel: (page: number, pages: number) => string;
  /** Printed left in the footer on every page, such as when the report was made. */
  footerNote?: string;
  /** A word set faintly across every page, such as DRAFT. */
  watermark?: string;
  fonts: PdfFonts;
}

export function createPdf(frame: PdfFrame): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    lang: frame.lang,
    displayTitle: true,
    info: { Title: frame.title, Subject: frame.subject, Creator: "Learning city self-assessment" },
  });
  doc.registerFont(fonts.regular, frame.fonts.regular);
  doc.registerFont(fonts.bold, frame.fonts.bold);
  doc.font(fonts.regular).fontSize(10).fillColor(colors.text);
  frames.set(doc, frame);
  return doc;
}

const frames = new WeakMap<Pdf, PdfFrame>();

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const contentBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit on this one, so a block is never split from its first lines. */
export function ensureSpace(doc: Pdf, height: number) {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
}

// Writing into the margins would make pdfkit open a new page; lifting the bottom margin while the
// header and footer are drawn keeps them where they belong.
function decorate(doc: Pdf, frame: PdfFrame, index: number, count: number) {
  const { page } = doc;
  const bottom = page.margins.bottom;
  page.margins.bottom = 0;
  const left = page.margins.left;
  const width = page.width - left - page.margins.right;
  const headerY = 30;
  const footerY = page.height - 40;
  if (frame.watermark) {
    doc.save();
    doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
    doc.font(fonts.bold).fontSize(90).fillColor("#e2e8f0", 0.6);
    doc.text(frame.watermark, 0, page.height / 2 - 50, { width: page.width, align: "center", lineBreak: false });
    doc.restore();
  }
  doc.font(fonts.regular).fontSize(8).fillColor(colors.muted, 1);
  // One line each, cut with an ellipsis: a long city name must not run into the page.
  const line = { height: 10, ellipsis: true };
  doc.text(frame.title, left, headerY, { width: width * 0.45 - 8, ...line });
  doc.text(frame.subject, left + width * 0.45, headerY, { width: width * 0.55, align: "right", ...line });
  doc.moveTo(left, headerY + 14).lineTo(left + width, headerY + 14).lineWidth(0.5).strokeColor(colors.rule).stroke();
  doc.moveTo(left, footerY - 6).lineTo(left + width, footerY - 6).stroke();
  if (frame.footerNote) doc.text(frame.footerNote, left, footerY, { width: width * 0.7, ...line });
  doc.text(frame.pageLabel(index + 1, count), left + width * 0.7, footerY, { width: width * 0.3, align: "right", ...line });
  page.margins.bottom = bottom;
}

/** Adds the header and footer to every page and returns the finished file's bytes. */
export function finishPdf(doc: Pdf): Promise<Uint8Array> {
  const frame = frames.get(doc);
  if (!frame) throw new Error("finishPdf needs a document made by createPdf");
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    decorate(doc, frame, i - start, count);
  }
  doc.end();
  return done;
}
