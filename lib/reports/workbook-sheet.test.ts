import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addTableSheet } from "./workbook-sheet";

describe("table sheets", () => {
  it("shows dates and moments in Vietnam's time, day first, as the app writes them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addTableSheet(workbook, {
      name: "Ngày",
      columns: [
        { header: "Ngày", width: 12, format: "date" },
        { header: "Thời điểm", width: 18, format: "dateTime" },
      ],
    });
    // 20:00 UTC on 31 December is 03:00 on 1 January in Hà Nội.
    const moment = new Date("2025-12-31T20:00:00.000Z");
    sheet.add([moment, moment]);
    sheet.end();

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const back = read.getWorksheet("Ngày")!;
    // Excel dates carry no time zone: the cell holds Vietnam's wall clock.
    expect(back.getCell("A2").value).toEqual(new Date("2026-01-01T03:00:00.000Z"));
    expect(back.getCell("A2").numFmt).toBe("dd/mm/yyyy");
    expect(back.getCell("B2").numFmt).toBe("dd/mm/yyyy hh:mm");
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
