import { colors, contentWidth, ensureSpace, fonts, type Pdf } from "./document";

// A horizontal bar chart drawn with pdfkit: one bar per row on a 0–100% scale, the label on the
// left and the figure printed beside the bar, so the chart reads without the colours too.

export interface Bar {
  label: string;
  /** 0..1, or null for no figure (no bar, the text says why). */
  value: number | null;
  /** What is printed beside the bar, formatted by the caller. */
  text: string;
}

export function barChart(doc: Pdf, bars: readonly Bar[], options: { labelShare?: number; barHeight?: number } = {}) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = width * (options.labelShare ?? 0.4);
  const textWidth = 90;
  const trackWidth = width - labelWidth - textWidth - 12;
  const barHeight = options.barHeight ?? 10;
  doc.font(fonts.regular).fontSize(9);
  for (const bar of bars) {
    const rowHeight = Math.max(barHeight, doc.heightOfString(bar.label, { width: labelWidth - 8 })) + 6;
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    const barY = y + (rowHeight - 6 - barHeight) / 2;
    doc.fillColor(colors.text).text(bar.label, left, y, { width: labelWidth - 8 });
    const trackX = left + labelWidth;
    doc.rect(trackX, barY, trackWidth, barHeight).fill(colors.shade);
    if (bar.value !== null) {
      const share = Math.min(1, Math.max(0, bar.value));
      if (share > 0) doc.rect(trackX, barY, trackWidth * share, barHeight).fill(colors.brand);
    }
    doc.fillColor(colors.text).text(bar.text, trackX + trackWidth + 8, barY + (barHeight - 9) / 2 - 1, { width: textWidth, lineBreak: false });
    doc.x = left;
    doc.y = y + rowHeight;
  }
  doc.moveDown(0.5);
}
