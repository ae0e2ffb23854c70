import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTableSheet, wallClock } from "./workbook-sheet";

describe("table sheets", () => {
  it("shows moments in Vietnam's time, since Excel dates carry no time zone", () => {
    expect(wallClock(new Date("2025-03-01T02:30:00.000Z")).toISOString()).toBe("2025-03-01T09:30:00.000Z");
    expect(wallClock(new Date("2025-12-31T20:00:00.000Z")).toISOString()).toBe("2026-01-01T03:00:00.000Z");
  });

  it("writes a frozen bold header, widths, formats per cell and a filter over every row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addTableSheet(workbook, {
      name: "Bảng",
      columns: [
        { header: "Mã", width: 10 },
        { header: "Giá trị", width: 14 },
        { header: "Năm", width: 8, format: "whole" },
      ],
    });
    sheet.add(["LF", { value: 611 / 985, format: "percent" }, 2024]);
    sheet.add(["HS", { value: 1420000, format: "integer" }, null]);
    sheet.end();

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const back = read.getWorksheet("Bảng")!;
    expect(back.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(back.getRow(1).font?.bold).toBe(true);
    expect(back.getColumn(2).width).toBe(14);
    expect(back.getCell("B2").value).toBe(611 / 985);
    expect(back.getCell("B2").numFmt).toBe("0.0%");
    expect(back.getCell("B3").numFmt).toBe("#,##0");
    expect(back.getCell("C2").numFmt).toBe("0");
    expect(back.autoFilter).toBe("A1:C3");
  });
});
