import { mayEditCity, mayReviewCity, speaksForCity, type Actor } from "../permissions";

// Indicator discussions: a thread per indicator of an assessment, between the city and the
// people who review it. Pure rules; server/comments/ applies them.

/**
 * Who may write in an assessment's indicator threads, and mark them resolved or re-open them:
 * the city's own officials, the coordinators who may review the city, and administrators.
 * Viewers only read. Figures taken from publications are a record, not a city's work, so there
 * is nobody to discuss them with.
 *
 * Any status will do, draft and approved included: a question may come before submitting or
 * after approval, and talking never changes an answer (ReviewFlag alone reopens answers).
 */
export function mayDiscuss(actor: Actor, assessment: { cityId: string; fromPublications?: boolean }): boolean {
  if (assessment.fromPublications) return false;
  return mayEditCity(actor, assessment.cityId) || mayReviewCity(actor, assessment.cityId);
}

/** The side that hears of a new comment: the other one. */
export type CommentAudience = "reviewers" | "city";

/** The city writes to its reviewers; a coordinator or an administrator writes to the city. */
export function commentAudience(author: Actor): CommentAudience {
  return speaksForCity(author.role) ? "reviewers" : "city";
}

/** Longest comment, as long as a return flag's comment, which becomes one. */
export const commentMaxLength = 2_000;
