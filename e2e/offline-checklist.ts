/** The demo city's checklist that e2e/offline.spec.ts fills in offline, and no other browser test touches (see seed-offline-checklist.ts). */
export const offlineChecklist = { framework: "vn-learning-society", year: 2021 } as const;
