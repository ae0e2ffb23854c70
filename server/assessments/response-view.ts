import "server-only";
import type { Response } from "@/generated/sqlite/client";
import type { ResponseFields } from "@/lib/validation/assessments";

/** A stored answer as the checklist and the conflict dialog show it: the saved fields and their revision. */
export interface ResponseView extends ResponseFields {
  indicatorId: string;
  revision: number;
  updatedAt: string;
}

export function toResponseView(response: Response): ResponseView {
  let links: unknown = [];
  try {
    links = JSON.parse(response.evidenceLinks);
  } catch {}
  return {
    indicatorId: response.indicatorId,
    numerator: response.numerator,
    denominator: response.denominator,
    value: response.value,
    text: response.text,
    dataYear: response.dataYear,
    comment: response.comment,
    evidenceNote: response.evidenceNote,
    evidenceLinks: Array.isArray(links) ? links.filter((l): l is string => typeof l === "string") : [],
    revision: response.revision,
    updatedAt: response.updatedAt.toISOString(),
  };
}

/** An indicator nobody has answered yet: revision 0, which the first save must name. */
export function emptyResponseView(indicatorId: string): ResponseView {
  return {
    indicatorId,
    numerator: null,
    denominator: null,
    value: null,
    text: null,
    dataYear: null,
    comment: null,
    evidenceNote: null,
    evidenceLinks: [],
    revision: 0,
    updatedAt: new Date(0).toISOString(),
  };
}
