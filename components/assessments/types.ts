import type { CheckIndicator } from "@/lib/assessments/check-response";
import type { ScoringIndicator } from "@/lib/readiness/attainment";

/** One indicator as the checklist shows it, in the reader's language. */
export interface EntryIndicator {
  id: string;
  code: string;
  sectionId: string;
  type: CheckIndicator["type"];
  label: string;
  help: string | null;
  unit: string | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  levels: { value: number; label: string }[];
  target: { year: number; value: number; sourceTitle: string } | null;
  lastYearValue: number | null;
  verified: boolean;
  verificationNote: string | null;
  rules: CheckIndicator;
  /** Its targets for this checklist's city, for met / on track / behind beside the answer. */
  scoring: ScoringIndicator;
}

export interface EntrySection {
  id: string;
  code: string;
  title: string;
  depth: number;
  /** Ids of this section's indicators and of all its descendants'. */
  indicatorIds: string[];
}

/** What the checklist needs to know of each entry: for progress, completion and the leave warning. */
export interface EntryState {
  /** Not on the server yet (kept on the device or not). */
  unsaved: boolean;
  /** Not on the server and not kept on the device: lost if the page goes. */
  atRisk: boolean;
  answered: boolean;
  errors: number;
  missingRequired: boolean;
}
