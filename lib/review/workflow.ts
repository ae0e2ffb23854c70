import { mayEditCity, mayReviewCity, type Actor } from "../permissions";

// The review workflow of an assessment, as pure rules: which act leads where, who may take it,
// and what it needs. Every entry point (server actions today, imports later) asks `judgeAct`.
//
//   draft ──submit──▶ submitted ──approve──▶ approved
//                        │  ▲                   │
//                    return  resubmit        reopen
//                        ▼  │                   │
//                      returned ◀───────────────┘
// (resubmitted behaves as submitted; it tells the reviewer this is a second look.)

export const assessmentStatuses = ["draft", "submitted", "returned", "resubmitted", "approved"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];
export const reviewActs = ["submit", "return", "approve", "reopen"] as const;
export type ReviewAct = (typeof reviewActs)[number];

export type Refusal = "forbidden" | "wrongStatus" | "incomplete" | "ownSubmission" | "reasonRequired";

export interface ReviewedAssessment {
  cityId: string;
  status: string;
  completedAt: Date | string | null;
  submittedById: string | null;
  fromPublications?: boolean;
}

const transitions: Record<ReviewAct, Partial<Record<string, AssessmentStatus>>> = {
  submit: { draft: "submitted", returned: "resubmitted" },
  return: { submitted: "returned", resubmitted: "returned" },
  approve: { submitted: "approved", resubmitted: "approved" },
  reopen: { approved: "returned" },
};

/** Acts of the reviewing side: never by the person who submitted, always with a city in scope. */
const reviewerActs: ReadonlySet<ReviewAct> = new Set(["return", "approve", "reopen"]);

export function nextStatus(act: ReviewAct, status: string): AssessmentStatus | null {
  return transitions[act][status] ?? null;
}

export type Judgement = { ok: true; next: AssessmentStatus } | { ok: false; refusal: Refusal };

/** Whether `actor` may take `act` on the assessment now, and the status it leads to. */
export function judgeAct(actor: Actor, assessment: ReviewedAssessment, act: ReviewAct, reason?: string | null): Judgement {
  const allowed = reviewerActs.has(act) ? mayReviewCity(actor, assessment.cityId) : mayEditCity(actor, assessment.cityId) && !assessment.fromPublications;
  if (!allowed) return { ok: false, refusal: "forbidden" };
  const next = nextStatus(act, assessment.status);
  if (!next) return { ok: false, refusal: "wrongStatus" };
  // Reviewing is someone else's look: the submitter may not return or approve their own work.
  if (reviewerActs.has(act) && assessment.submittedById === actor.id) return { ok: false, refusal: "ownSubmission" };
  if (act === "submit" && !assessment.completedAt) return { ok: false, refusal: "incomplete" };
  // Sending work back, or re-opening approved work, always says why.
  if ((act === "return" || act === "reopen") && !reason?.trim()) return { ok: false, refusal: "reasonRequired" };
  return { ok: true, next };
}

/**
 * Which answers may change in this status. A return that flags indicators reopens only those;
 * a return without flags (and a re-open) reopens everything.
 */
export function editableIndicators(status: string, openFlagIndicatorIds: readonly string[]): "all" | "none" | ReadonlySet<string> {
  if (status === "draft") return "all";
  if (status === "returned") return openFlagIndicatorIds.length ? new Set(openFlagIndicatorIds) : "all";
  return "none";
}
