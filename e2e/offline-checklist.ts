/** The demo city's checklist that e2e/offline.spec.ts fills in offline, and no other browser test touches (see seed-checklists.ts). */
export const offlineChecklist = { framework: "vn-learning-society", year: 2021 } as const;
