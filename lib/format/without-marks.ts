/** Latin letters without Vietnamese marks: "Hồ Chí Minh" → "Ho Chi Minh", "Đà Lạt" → "Da Lat". */
export function withoutMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}
