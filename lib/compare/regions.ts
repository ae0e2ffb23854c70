// Vietnam's six socio-economic regions, for choosing peers "in the same region". Provinces are the
// 63 in place until mid-2025; a province formed by the 2025 merger kept one of the old names and is
// found under that name's region (a merged province can straddle two regions: this is a way to
// pick comparable cities, not an administrative record).

import { withoutMarks } from "../format/without-marks";

export const regions = ["northernMountains", "redRiverDelta", "centralCoast", "centralHighlands", "southeast", "mekongDelta"] as const;
export type Region = (typeof regions)[number];

const provincesByRegion: Record<Region, string[]> = {
  northernMountains: [
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Tuyên Quang",
    "Lào Cai",
    "Yên Bái",
    "Thái Nguyên",
    "Lạng Sơn",
    "Bắc Giang",
    "Phú Thọ",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Hòa Bình",
  ],
  redRiverDelta: ["Hà Nội", "Vĩnh Phúc", "Bắc Ninh", "Quảng Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình"],
  centralCoast: [
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Đà Nẵng",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
  ],
  centralHighlands: ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
  southeast: ["Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa – Vũng Tàu", "Hồ Chí Minh"],
  mekongDelta: [
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Cần Thơ",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
  ],
};

// English spellings that do not reduce to the Vietnamese name without its marks.
const aliases: Record<string, string> = { daclac: "daklak", hcm: "hochiminh", saigon: "hochiminh", hue: "thuathienhue" };

/**
 * A province name reduced to a key that the Vietnamese and English spellings share: without
 * diacritics (either tone placement, "Hòa" or "Hoà"), spaces or punctuation, and without "Tỉnh",
 * "Thành phố"/"TP." before it or "City"/"Province" after it: "Thành phố Hà Nội" and "Hanoi" are
 * both "hanoi".
 */
export function provinceKey(name: string): string {
  const key = withoutMarks(name)
    .toLowerCase()
    .replace(/^\s*(tinh|thanh pho|tp\.?)\s+/, "")
    .replace(/\s+(city|province)\s*$/, "")
    .replace(/[^a-z0-9]/g, "");
  return aliases[key] ?? key;
}

const regionByKey = new Map(Object.entries(provincesByRegion).flatMap(([region, names]) => names.map((name) => [provinceKey(name), region as Region])));

/** The region of a province, by its Vietnamese or English name; null when it is not a known province. */
export function regionOf(province: string): Region | null {
  return regionByKey.get(provinceKey(province)) ?? null;
}
