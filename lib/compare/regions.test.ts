import { describe, expect, it } from "vitest";
import { provinceKey, regionOf } from "./regions";

describe("provinceKey", () => {
  it("matches Vietnamese and English spellings of the same province", () => {
    expect(provinceKey("Thành phố Hà Nội")).toBe(provinceKey("Hanoi"));
    expect(provinceKey("Thành phố Hồ Chí Minh")).toBe(provinceKey("Ho Chi Minh City"));
    expect(provinceKey("TP. Hồ Chí Minh")).toBe(provinceKey("Hồ Chí Minh"));
    expect(provinceKey("Tỉnh Đồng Tháp")).toBe(provinceKey("Dong Thap"));
    expect(provinceKey("Bà Rịa - Vũng Tàu")).toBe(provinceKey("Bà Rịa – Vũng Tàu"));
  });

  it("reads either tone placement alike", () => {
    expect(provinceKey("Hoà Bình")).toBe(provinceKey("Hòa Bình"));
    expect(provinceKey("Thanh Hoá")).toBe(provinceKey("Thanh Hóa"));
  });

  it("keeps provinces with close names apart", () => {
    const names = ["Hà Giang", "Hậu Giang", "Kiên Giang", "Tiền Giang", "Bắc Giang", "Hà Nam", "Hà Nội", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Ninh Bình", "Ninh Thuận"];
    expect(new Set(names.map(provinceKey)).size).toBe(names.length);
  });
});

describe("regionOf", () => {
  it("places the provinces of the network's Vietnamese members", () => {
    expect(regionOf("Thành phố Hà Nội")).toBe("redRiverDelta");
    expect(regionOf("Thành phố Hồ Chí Minh")).toBe("southeast");
    expect(regionOf("Sơn La")).toBe("northernMountains");
    expect(regionOf("Nghệ An")).toBe("centralCoast");
    expect(regionOf("Đồng Tháp")).toBe("mekongDelta");
    expect(regionOf("Dong Thap")).toBe("mekongDelta");
  });

  it("places other common provinces, including names kept by the 2025 mergers", () => {
    expect(regionOf("Đà Nẵng")).toBe("centralCoast");
    expect(regionOf("Huế")).toBe("centralCoast");
    expect(regionOf("Cần Thơ")).toBe("mekongDelta");
    expect(regionOf("Hải Phòng")).toBe("redRiverDelta");
    expect(regionOf("Đắk Lắk")).toBe("centralHighlands");
    expect(regionOf("Dak Lak")).toBe("centralHighlands");
  });

  it("does not guess an unknown province", () => {
    expect(regionOf("Tỉnh mẫu")).toBeNull();
    expect(regionOf("")).toBeNull();
  });
});
