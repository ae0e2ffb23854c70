// Sources shown to users name publications. The project's own working notes ("seed 001", "seed
// articles", the reference notes file) are for the people who collected the figures and never
// reach a screen, a PDF, a workbook or the open-data API.

const internalNotes = [/\bseed\b/i, /\breference notes\b/i, /REFERENCE\.md/i, /\bTODO\b/, /\bFIXME\b/];

/** Whether a text meant for users carries an internal working note. */
export function hasInternalNote(text: string | null | undefined): boolean {
  return !!text && internalNotes.some((pattern) => pattern.test(text));
}
