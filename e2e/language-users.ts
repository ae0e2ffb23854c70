/** One official of the demo city per browser test that switches the language (see seed-language-users.ts). */
export const languageUsers = {
  signIn: { email: "language-sign-in@e2e.hoctap.vn", name: "Lê Minh Ngôn Ngữ" },
  frameworks: { email: "language-frameworks@e2e.hoctap.vn", name: "Lê Minh Bộ Chỉ Số" },
} as const;
