import { mayHaveTasks, mayManageUsers, mayOpenReviewQueue, type Actor } from "@/lib/permissions";

export interface NavItem {
  key: string;
  href: string;
  /** Areas whose capability has not landed yet are listed, but not linked. */
  ready: boolean;
}

/** Every area, each shown to whoever lib/permissions.ts lets in (everyone when it names no rule). */
const navItems: readonly (NavItem & { shownTo?: (actor: Actor) => boolean })[] = [
  { key: "dashboard", href: "/dashboard", ready: true },
  { key: "assessments", href: "/assessments", ready: true },
  { key: "review", href: "/review", ready: true, shownTo: mayOpenReviewQueue },
  { key: "actionPlans", href: "/action-plans", ready: true },
  { key: "myTasks", href: "/my-tasks", ready: true, shownTo: mayHaveTasks },
  { key: "compare", href: "/compare", ready: true },
  { key: "network", href: "/network", ready: true },
  { key: "reports", href: "/reports", ready: true },
  { key: "frameworks", href: "/frameworks", ready: true },
  { key: "admin", href: "/admin/users", ready: true, shownTo: mayManageUsers },
];

export const navItemsFor = (actor: Actor): NavItem[] => navItems.filter((item) => !item.shownTo || item.shownTo(actor)).map(({ key, href, ready }) => ({ key, href, ready }));
