import { colors, contentBottom, contentWidth, fonts, type Pdf } from "./document";

// A table that wraps its cells and flows over as many pages as it needs, repeating its header
// row at the top of each; a row is never split between pages.

export interface PdfColumn {
  header: string;
  /** A share of the table's width; the shares need not add up to 1. */
  width: number;
  align?: "left" | "right" | "center";
}

export interface PdfTableOptions {
  /** Rows in bold, such as totals. */
  boldRows?: ReadonlySet<number>;
  fontSize?: number;
}

const padding = 4;

export function table(doc: Pdf, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], options: PdfTableOptions = {}) {
  const size = options.fontSize ?? 9;
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (contentWidth(doc) * c.width) / total);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const fullWidth = contentWidth(doc);

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || " ", { width: widths[i] - 2 * padding }))) + 2 * padding;
  };
  const drawRow = (cells: readonly string[], font: string, height: number, fill?: string) => {
    const y = doc.y;
    if (fill) doc.rect(left, y, fullWidth, height).fill(fill);
    doc.font(font).fontSize(size).fillColor(colors.text);
    // A row taller than a whole page is cut with an ellipsis rather than run into the footer.
    const room = contentBottom(doc) - y - 2 * padding;
    cells.forEach((cell, i) => doc.text(cell, xs[i] + padding, y + padding, { width: widths[i] - 2 * padding, align: columns[i].align ?? "left", height: room, ellipsis: true }));
    doc.moveTo(left, y + height).lineTo(left + fullWidth, y + height).lineWidth(0.5).strokeColor(colors.rule).stroke();
    doc.x = left;
    doc.y = y + height;
  };

  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(headers, fonts.bold);
  const header = () => drawRow(headers, fonts.bold, headerHeight, colors.shade);

  // The header goes to the next page with the first row if they do not fit together.
  const firstHeight = rows.length ? rowHeight(rows[0], options.boldRows?.has(0) ? fonts.bold : fonts.regular) : 0;
  if (doc.y + headerHeight + firstHeight > contentBottom(doc)) doc.addPage();
  header();
  rows.forEach((cells, index) => {
    const font = options.boldRows?.has(index) ? fonts.bold : fonts.regular;
    const height = rowHeight(cells, font);
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      header();
    }
    drawRow(cells, font, height);
  });
  doc.font(fonts.regular).fontSize(10).fillColor(colors.text);
  doc.moveDown(0.5);
}
