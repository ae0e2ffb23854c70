// Names for the generated units: wards (phường), communes (xã) and townships (thị trấn) spread over
// Vietnam's 63 pre-2025 provinces, the names lib/compare/regions.ts places in regions. Invented
// names made of common place-name syllables; every unit says in its note that it is generated.

import { withoutMarks } from "../lib/format/without-marks";

const provinces = [
  "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai",
  "Yên Bái", "Thái Nguyên", "Lạng Sơn", "Bắc Giang", "Phú Thọ", "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Vĩnh Phúc",
  "Bắc Ninh", "Quảng Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An",
  "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
  "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
  "Bà Rịa – Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang",
  "Sóc Trăng", "Bạc Liêu", "Cà Mau",
];
const cityProvinces = new Set(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]);

const syllables = [
  "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Thuận", "Phước", "Hưng", "Đông", "Tây", "Nam", "Bắc", "Trung", "Mỹ",
  "Vĩnh", "Hiệp", "Lộc", "Thành", "Quang", "Minh", "Đức", "Hải", "Sơn", "Hà", "Thanh", "Xuân", "Cẩm", "Kim", "Ngọc", "Phong",
];
const kinds = [
  { vi: "Phường", en: "Ward", share: 0.3 },
  { vi: "Thị trấn", en: "Township", share: 0.1 },
  { vi: "Xã", en: "Commune", share: 0.6 },
] as const;

export { withoutMarks };

const slugOf = (text: string) => withoutMarks(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export interface GeneratedUnit {
  slug: string;
  nameVi: string;
  nameEn: string;
  provinceVi: string;
  provinceEn: string;
}

/**
 * The n-th generated unit (0-based), the same for the same n on every run. Units go round the
 * provinces, so each province gets about n/63 of them; within a province the names do not repeat.
 */
export function generatedUnit(n: number): GeneratedUnit {
  const province = provinces[n % provinces.length];
  const k = Math.floor(n / provinces.length);
  const fraction = (k * 0.618034) % 1;
  const kind = fraction < kinds[0].share ? kinds[0] : fraction < kinds[0].share + kinds[1].share ? kinds[1] : kinds[2];
  // Numbered wards are common in the big cities ("Phường 1"); elsewhere two syllables name a place.
  const numbered = kind === kinds[0] && cityProvinces.has(province) && k % 2 === 0;
  const first = syllables[k % syllables.length];
  const second = syllables[(Math.floor(k / syllables.length) * 7 + k + 3) % syllables.length];
  const place = numbered ? String(k + 1) : first === second ? `${first} ${syllables[(k + 5) % syllables.length]}` : `${first} ${second}`;
  const provinceVi = cityProvinces.has(province) ? `Thành phố ${province}` : `Tỉnh ${province}`;
  const provinceEn = cityProvinces.has(province) ? `${withoutMarks(province)} City` : `${withoutMarks(province)} Province`;
  return {
    slug: `bench-${slugOf(province)}-${String(k + 1).padStart(3, "0")}`,
    nameVi: `${kind.vi} ${place}`,
    nameEn: numbered ? `${kind.en} ${place}` : `${withoutMarks(place)} ${kind.en}`,
    provinceVi,
    provinceEn,
  };
}

/** A fixed pseudo-random sequence (mulberry32), so two runs generate the same values. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
