// The goal/task fields stored as they are typed: the same in the form, the spreadsheet and the
// database row. Only the parent, the owner and the agencies list change shape between them.

export const plainItemColumns = [
  "titleVi",
  "titleEn",
  "descriptionVi",
  "descriptionEn",
  "leadAgency",
  "startOn",
  "dueOn",
  "status",
  "progress",
  "weight",
  "frameworkCode",
  "indicatorCode",
  "targetValue",
  "targetYear",
] as const;

type PlainColumn = (typeof plainItemColumns)[number];

export function plainItemFields<T extends Record<PlainColumn, unknown>>(item: T): Pick<T, PlainColumn> {
  return Object.fromEntries(plainItemColumns.map((column) => [column, item[column]])) as Pick<T, PlainColumn>;
}
