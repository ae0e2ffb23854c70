import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "@/tests/read-pdf";
import { barChart } from "./bar-chart";
import { bullets, heading, labelled, paragraph, stamp } from "./blocks";
import { createPdf, finishPdf } from "./document";
import { table } from "./table";

const font = (file: string) => readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${file}`);
const fonts = { regular: font("DejaVuSans.ttf"), bold: font("DejaVuSans-Bold.ttf") };
const frame = { title: "Báo cáo tự đánh giá", subject: "Thành phố Đà Lạt thử nghiệm · 2025", lang: "vi", pageLabel: (n: number, m: number) => `Trang ${n}/${m}`, fonts };

describe("PDF building blocks", () => {
  it("sets Vietnamese text with every diacritic, and numbers each page out of the total", async () => {
    const doc = createPdf({ ...frame, footerNote: "Lập ngày 15/01/2026" });
    heading(doc, "Tổng quan mức độ sẵn sàng");
    paragraph(doc, "Gia đình học tập, dòng họ học tập, cộng đồng học tập: ă â đ ê ô ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ");
    labelled(doc, [{ label: "Thành phố", value: "Đà Lạt" }, { label: "Nguồn", value: "https://example.org/nguồn", link: "https://example.org/nguồn" }]);
    bullets(doc, [{ text: "biên-bản.pdf" }]);
    stamp(doc, { title: "Đã phê duyệt", lines: ["Trần Thị Ánh Dương", "15/01/2026"], done: true });
    doc.addPage();
    paragraph(doc, "Trang hai");
    const { text, pages, total } = await readPdf(await finishPdf(doc));
    expect(total).toBe(2);
    expect(text.replace(/\s+/g, " ")).toContain("ă â đ ê ô ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ");
    expect(text).toContain("ĐÃ PHÊ DUYỆT");
    expect(pages[0]).toContain("Trang 1/2");
    expect(pages[1]).toContain("Trang 2/2");
    expect(pages[1]).toContain("Thành phố Đà Lạt thử nghiệm · 2025");
    expect(pages[1]).toContain("Lập ngày 15/01/2026");
  });

  it("flows a long table over pages with its header row repeated and no row lost", async () => {
    const doc = createPdf(frame);
    const rows = Array.from({ length: 150 }, (_, i) => [`Chỉ tiêu ${i + 1}`, `${i},5%`, i % 7 === 0 ? "Một ô có nhiều chữ để xuống dòng ".repeat(4) : "Đạt"]);
    table(doc, [{ header: "Chỉ tiêu", width: 2 }, { header: "Giá trị", width: 1, align: "right" }, { header: "Ghi chú", width: 3 }], rows);
    const { pages, text } = await readPdf(await finishPdf(doc));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain("Giá trị");
    for (let i = 1; i <= 150; i++) expect(text).toContain(`Chỉ tiêu ${i} ${i - 1},5%`);
  });

  it("prints each bar's figure beside it, and a watermark on every page", async () => {
    const doc = createPdf({ ...frame, watermark: "BẢN NHÁP" });
    barChart(doc, [
      { label: "A. Gia đình", value: 0.887, text: "89%" },
      { label: "B. Trường học", value: null, text: "Chưa có số liệu" },
    ]);
    const { text } = await readPdf(await finishPdf(doc));
    expect(text).toMatch(/A\. Gia đình\s+89%/);
    expect(text).toContain("Chưa có số liệu");
    expect(text).toContain("BẢN NHÁP");
  });
});
