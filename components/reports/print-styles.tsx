// The printed report: A4 with margins like the PDF's, nothing of the app around it, table rows
// and indicator blocks kept whole, and every link's address written out, since paper cannot be
// clicked. Rendered inside the report page only, so it leaves when the reader navigates away.
const css = `
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html, body { background: #fff !important; }
  body { font-size: 10.5pt; }
  .print-report { color: #0f172a; }
  .print-report section { break-inside: auto; border: 0; box-shadow: none; padding: 0; }
  .print-report h2, .print-report h3 { break-after: avoid; }
  .print-report tr, .print-report .print-keep { break-inside: avoid; }
  .print-report thead { display: table-header-group; }
  .print-report a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  .print-report .print-link-shown::after { content: none; }
  .print-report .overflow-x-auto { overflow: visible; }
  .print-report table { min-width: 0 !important; }
}
`;

export function PrintStyles() {
  return <style>{css}</style>;
}
