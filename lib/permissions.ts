// Who may do what. Every page, server action and route handler asks this module; nothing else
// decides access. Pure functions over an already-loaded actor, so they are unit-tested directly.

export const roles = ["administrator", "coordinator", "official", "viewer"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export interface Actor {
  id: string;
  role: Role;
  active: boolean;
  /** The city an official works for. */
  cityId: string | null;
  /** Coordinators and viewers: every city, or only `assignedCityIds`. */
  coversAllCities: boolean;
  assignedCityIds: readonly string[];
}

/**
 * Where a user of a role sits: an official works for one city; coordinators and viewers cover the
 * cities assigned to them, or all of them; administrators have every city without being placed.
 */
export type Placement = "oneCity" | "chosenCities" | "everyCity";

export function placementOf(role: Role): Placement {
  switch (role) {
    case "official":
      return "oneCity";
    case "coordinator":
    case "viewer":
      return "chosenCities";
    case "administrator":
      return "everyCity";
  }
}

/** Whether people of this role speak for their city (its officials) rather than follow or review cities. */
export function speaksForCity(role: Role): boolean {
  return placementOf(role) === "oneCity";
}

/** The cities an actor may see: all of them, or a list (possibly empty). */
export type CityScope = { all: true } | { all: false; cityIds: string[] };

export function cityScope(actor: Actor): CityScope {
  if (!actor.active) return { all: false, cityIds: [] };
  switch (actor.role) {
    case "administrator":
      return { all: true };
    case "official":
      return { all: false, cityIds: actor.cityId ? [actor.cityId] : [] };
    case "coordinator":
    case "viewer":
      return actor.coversAllCities ? { all: true } : { all: false, cityIds: [...actor.assignedCityIds] };
  }
}

export function mayReadCity(actor: Actor, cityId: string): boolean {
  const scope = cityScope(actor);
  return scope.all || scope.cityIds.includes(cityId);
}

/** Editing a city's own profile: its officials, and administrators. */
export function mayEditCity(actor: Actor, cityId: string): boolean {
  if (!actor.active) return false;
  if (actor.role === "administrator") return true;
  return actor.role === "official" && actor.cityId === cityId;
}

/**
 * Publishing a city's approved results as open data (and stopping it): the city's own officials,
 * and administrators. A city decides for itself; nothing is published by default.
 */
export function mayPublishOpenData(actor: Actor, cityId: string): boolean {
  return mayEditCity(actor, cityId);
}

export function mayManageUsers(actor: Actor): boolean {
  return actor.active && actor.role === "administrator";
}

/**
 * Changing one's own role: only to a role that still manages users, so that an administrator
 * cannot leave nobody able to manage them.
 */
export function mayTakeRole(actor: Actor, role: Role): boolean {
  return mayManageUsers({ ...actor, role });
}

/** Starting a city's assessment for a year: its officials, and administrators. */
export function mayCreateAssessment(actor: Actor, cityId: string): boolean {
  return mayEditCity(actor, cityId);
}

// Statuses in which the city may still change its answers; review (another issue) moves an
// assessment out of them and back.
const editableStatuses = new Set(["draft", "returned"]);

/**
 * Changing answers: the city's officials and administrators, while the assessment is open.
 * Figures taken from publications are a record of what was published, not a city's entry.
 */
export function mayEditAssessment(actor: Actor, assessment: { cityId: string; status: string; fromPublications?: boolean }): boolean {
  return mayEditCity(actor, assessment.cityId) && editableStatuses.has(assessment.status) && !assessment.fromPublications;
}

/**
 * Reading an assessment: anyone whose scope includes the city. (Publishing approved results to
 * other cities arrives with the comparison issue and goes through this function.)
 */
export function mayReadAssessment(actor: Actor, assessment: { cityId: string }): boolean {
  return mayReadCity(actor, assessment.cityId);
}

/** Published (and retired) frameworks are reference material for everyone; drafts are the administrators' work in progress. */
export function mayReadFramework(actor: Actor, status: string): boolean {
  if (!actor.active) return false;
  return status !== "draft" || actor.role === "administrator";
}

/** Drafts among the frameworks listed: those who may read a draft. */
export function mayListDraftFrameworks(actor: Actor): boolean {
  return mayReadFramework(actor, "draft");
}

/** Importing, editing and publishing indicator frameworks. */
export function mayManageFrameworks(actor: Actor): boolean {
  return actor.active && actor.role === "administrator";
}

/** Reviewing submissions arrives with the review capability; the rule is fixed here now. */
export function mayReviewCity(actor: Actor, cityId: string): boolean {
  if (!actor.active) return false;
  if (actor.role === "administrator") return true;
  return actor.role === "coordinator" && mayReadCity(actor, cityId);
}

/** The review queue: the people who review cities (administrators and coordinators), whatever cities they cover. */
export function mayOpenReviewQueue(actor: Actor): boolean {
  return actor.active && (actor.role === "administrator" || actor.role === "coordinator");
}

/**
 * The cities whose checklists the actor reviews, as one scope a database query can filter by:
 * exactly the cities `mayReviewCity` allows, and none for anyone without a review queue.
 */
export function reviewScope(actor: Actor): CityScope {
  if (!mayOpenReviewQueue(actor)) return { all: false, cityIds: [] };
  return actor.role === "administrator" ? { all: true } : cityScope(actor);
}

/** Opening reporting cycles and changing their dates: administrators and coordinators. Extending one city's due date also needs `mayReviewCity`. */
export function mayManageCycles(actor: Actor): boolean {
  return actor.active && (actor.role === "administrator" || actor.role === "coordinator");
}

/** Network statistics and cities' published figures: administrators. */
export function mayManageReferenceData(actor: Actor): boolean {
  return actor.active && actor.role === "administrator";
}

/**
 * A city's profile page and its published figures. A reference city (a network member) holds
 * only public facts, so every signed-in user may read it; any other city stays within the
 * reader's scope.
 */
export function mayReadCityProfile(actor: Actor, city: { id: string; isReference: boolean }): boolean {
  return mayReadCity(actor, city.id) || (actor.active && city.isReference);
}

/**
 * Readiness on a city's profile: whatever the reader's scope covers; beyond it, only results a
 * coordinator has approved, of cities whose profile the reader may open.
 */
export function mayReadProfileReadiness(actor: Actor, city: { id: string; isReference: boolean }, assessment: { status: string }): boolean {
  return mayReadCity(actor, city.id) || (mayReadCityProfile(actor, city) && assessment.status === "approved");
}

/**
 * Choosing the city a comparison is of, among the cities one may read: everyone but the people
 * who speak for a city, whose comparison is always of their own.
 */
export function mayChooseComparedCity(actor: Actor): boolean {
  return !speaksForCity(actor.role);
}

/**
 * Whether a comparison may show an assessment's figures, `ownCityId` being the city compared. This
 * is the one deliberate exception to the city scope: cities in the network learn from each other,
 * so any signed-in user may set their city against any other, but only against figures a
 * coordinator approved (published reference values, public anyway, need no rule). The compared
 * city's own figures show at every status, drafts included and labelled, to those who may read it.
 * Another city's unapproved work never shows, even to a reader whose scope covers it: a comparison
 * is the compared city's view.
 */
export function mayShowInComparison(actor: Actor, assessment: { cityId: string; status: string }, ownCityId: string): boolean {
  if (!actor.active) return false;
  if (assessment.cityId === ownCityId) return mayReadCity(actor, ownCityId);
  return assessment.status === "approved";
}

/** The city an action plan belongs to, with whether it is a reference city (a network member shown from publications). */
export interface PlanScope {
  cityId: string;
  cityIsReference: boolean;
}

/** Reading a city's action plans: anyone whose scope includes the city (coordinators read those of the cities they cover). */
export function mayReadPlan(actor: Actor, plan: { cityId: string }): boolean {
  return mayReadCity(actor, plan.cityId);
}

/**
 * Creating and changing a city's action plans, their goals, tasks and milestones: the city's
 * officials and administrators. A reference city's plan records what it published, so only
 * administrators change it.
 */
export function mayEditPlan(actor: Actor, plan: PlanScope): boolean {
  if (!actor.active) return false;
  if (actor.role === "administrator") return true;
  return !plan.cityIsReference && actor.role === "official" && actor.cityId === plan.cityId;
}

/**
 * Owning a goal or task (reporting its progress): someone who reads the plan and may write at all.
 * A viewer only reads, so never owns, whatever a form or a spreadsheet names.
 */
export function mayOwnPlanItem(owner: Actor, plan: { cityId: string }): boolean {
  return owner.role !== "viewer" && mayReadPlan(owner, plan);
}

/** Reporting progress on a goal or task: whoever may edit the plan, and the item's owner while they may own it. */
export function mayReportProgress(actor: Actor, plan: PlanScope, item: { ownerId: string | null }): boolean {
  return mayEditPlan(actor, plan) || (item.ownerId === actor.id && mayOwnPlanItem(actor, plan));
}

/** A list of one's own goals and tasks: everyone who works on plans; viewers only read them. */
export function mayHaveTasks(actor: Actor): boolean {
  return actor.active && actor.role !== "viewer";
}

/** Commenting on a goal or task: readers of the plan other than viewers, who only read. */
export function mayCommentOnPlan(actor: Actor, plan: { cityId: string }): boolean {
  return actor.role !== "viewer" && mayReadPlan(actor, plan);
}
