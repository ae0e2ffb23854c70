/** The demo city's checklist that e2e/keyboard.spec.ts completes, sends and returns, and no other browser test touches (see seed-checklists.ts). */
export const keyboardChecklist = {
  framework: "gnlc-application",
  year: 2022,
  /** Answered by the seed; the test answers the rest. */
  answered: {
    POP: { value: 512_300, dataYear: 2021 },
    AREA: { value: 236.4, dataYear: 2021 },
    "GDP-CITY": { value: 4_150, dataYear: 2021 },
    "GDP-COUNTRY": { value: 3_700, dataYear: 2021 },
    "YOS-MEN": { value: 9.6, dataYear: 2019 },
    IMPLEMENTATION: { text: "Thành phố lập Ban chỉ đạo xây dựng xã hội học tập, ban hành kế hoạch giai đoạn 2021–2025 và mở rộng các trung tâm học tập cộng đồng." },
  },
} as const;
