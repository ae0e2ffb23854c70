// What a candidate city must do to join the UNESCO Global Network of Learning Cities and to stay
// in it, as structured data: the wording lives in messages under `network.requirements.<key>`,
// the figures here, so they are written once for both languages.

export const membershipRequirements = [
  { key: "application", values: {} },
  { key: "endorsement", values: {} },
  { key: "quota", values: { perYear: 3, since: 2018 } },
  { key: "expertReview", values: { criteria: 42 }, frameworkCode: "unesco-kflc" },
  { key: "progressReport", values: { everyYears: 2 } },
] as const;

/** What the application form asks for; the narratives and challenge ratings have limits of their own. */
export const applicationFormFields = [
  { key: "population", values: {} },
  { key: "area", values: {} },
  { key: "gdpCity", values: {} },
  { key: "gdpCountry", values: {} },
  { key: "schooling", values: {} },
  { key: "narratives", values: { words: 200 } },
  { key: "challenges", values: { lowest: 1, highest: 5 } },
  { key: "signature", values: {} },
  { key: "contact", values: {} },
] as const;

/** The framework that holds the form's figures, for officials preparing them. */
export const applicationFrameworkCode = "gnlc-application";

export const requirementSources = [
  { title: "UIL, GNLC application form (studylib.net/doc/6814030)", url: "https://studylib.net/doc/6814030" },
  { title: "UIL, uil.unesco.org, “Become a member”", url: null },
  { title: "Báo chí Việt Nam về các đợt kết nạp năm 2024 và 2025", url: null },
] as const;
