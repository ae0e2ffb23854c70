import type { Role } from "@/lib/permissions";

export interface NavItem {
  key: string;
  href: string;
  /** Areas whose capability has not landed yet are listed, but not linked. */
  ready: boolean;
  roles?: readonly Role[];
}

export const navItems: readonly NavItem[] = [
  { key: "dashboard", href: "/dashboard", ready: true },
  { key: "assessments", href: "/assessments", ready: true },
  { key: "review", href: "/review", ready: true, roles: ["administrator", "coordinator"] },
  { key: "actionPlans", href: "/action-plans", ready: true },
  { key: "myTasks", href: "/my-tasks", ready: true, roles: ["administrator", "coordinator", "official"] },
  { key: "compare", href: "/compare", ready: true },
  { key: "network", href: "/network", ready: true },
  { key: "reports", href: "/reports", ready: true },
  { key: "frameworks", href: "/frameworks", ready: true },
  { key: "admin", href: "/admin/users", ready: true, roles: ["administrator"] },
];

export const navItemsFor = (role: Role) => navItems.filter((item) => !item.roles || item.roles.includes(role));
