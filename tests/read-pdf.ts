/** The text of a generated PDF, whole and page by page, as a reader's copy-and-paste would see it. */
export async function readPdf(bytes: Uint8Array) {
  const { PDFParse } = await import("pdf-parse");
  // pdf.js may detach the buffer it is given; hand it a copy so the caller keeps theirs.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.pages.map((p) => p.text), total: result.total };
  } finally {
    await parser.destroy();
  }
}
