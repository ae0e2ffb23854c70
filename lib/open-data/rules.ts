// What the open-data API may publish. Pure rules, shared by the queries that select the rows and
// by the shaping that turns each row into a public record, so a row that the query ever let
// through by mistake still never leaves the app.
//
// - Assessed results: only assessments a coordinator has approved, and only of cities that have
//   chosen to publish (City.publishesOpenData, off by default). Drafts, submitted, returned and
//   resubmitted work never appear, nor does anything around an answer: comments, evidence notes,
//   links and files, review flags and discussions, who entered or reviewed it.
// - Reference values (figures a city or the press has already published, each with its source):
//   public for every city, whether or not it publishes its own results. They are public already
//   by definition, the app shows them to every signed-in user in comparisons whatever their
//   scope, and re-serving them with their source adds nothing a reader could not find. A city's
//   choice governs its own assessed results, which are not public anywhere else.

/** The one status whose figures may be published. */
export const publishedStatus = "approved";

export interface PublishableAssessment {
  status: string;
  approvedAt: Date | null;
  city: { publishesOpenData: boolean };
}

/** Whether an assessment's figures may appear in the open data. */
export function isOpenResult(assessment: PublishableAssessment): boolean {
  return assessment.status === publishedStatus && assessment.approvedAt !== null && assessment.city.publishesOpenData;
}

/**
 * How long browsers and proxies may keep an answer. Short, because a city that stops publishing
 * expects its results gone soon: the app itself stops serving them at once, a cached copy lives
 * at most this long.
 */
export const cacheSeconds = 300;
