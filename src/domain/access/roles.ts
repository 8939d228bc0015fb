// Who may do what. Pure: the bot and the CLI ask here, never decide themselves.

export const MEMBER_ROLES = ["admin", "standing-office", "leader", "focal-point"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The person asking, as the services see them. */
export interface Actor {
  memberId: string;
  role: MemberRole;
  agencyId: string | null;
}

export type Action =
  | "invite.create"
  | "invite.revoke"
  | "member.list"
  | "member.remove"
  | "agency.list"
  | "tasks.view"
  | "chat.subscribe"
  | "reminders.manage"
  /** Progress reports on one's own agency's items (the guided report, one message, a reply). */
  | "report.submit"
  /** A plan drafted from the official document (writes nothing). */
  | "plan.draft"
  /** Summaries, exports, every agency's reports, correction requests. */
  | "reports.review"
  /** Rename or merge agencies of the registry. */
  | "agency.manage"
  /** Activate or close a plan. */
  | "plan.manage";

/** The standing office runs the plan's day to day; an admin can do the same, plus invite admins. */
const MANAGE = new Set<Action>([
  "invite.create",
  "invite.revoke",
  "member.list",
  "member.remove",
  "agency.list",
  "tasks.view",
  "chat.subscribe",
  "reminders.manage",
  "plan.draft",
  "reports.review",
  "agency.manage",
  "plan.manage",
]);

const ALLOWED: Record<MemberRole, ReadonlySet<Action>> = {
  admin: MANAGE,
  "standing-office": MANAGE,
  leader: new Set<Action>(["member.list", "agency.list", "tasks.view", "reports.review"]),
  "focal-point": new Set<Action>(["tasks.view", "report.submit"]),
};

export function can(actor: Actor | null, action: Action): boolean {
  return actor !== null && ALLOWED[actor.role].has(action);
}

/** The server's operator at the CLI: allowed everything. */
export type Caller = Actor | "system";

export function allowed(caller: Caller, action: Action): boolean {
  return caller === "system" || can(caller, action);
}

/** Roles an actor may hand out in an invite: only an admin creates admins. */
export function invitableRoles(actor: Actor | null): MemberRole[] {
  if (!can(actor, "invite.create") || actor === null) return [];
  return actor.role === "admin" ? [...MEMBER_ROLES] : MEMBER_ROLES.filter((r) => r !== "admin");
}

/** Whether a role is tied to an agency: a focal point always, a leader optionally. */
export function agencyRequirement(role: MemberRole): "required" | "optional" | "none" {
  if (role === "focal-point") return "required";
  if (role === "leader" || role === "standing-office") return "optional";
  return "none";
}

/** Removing people: nobody removes themselves; only an admin removes an admin. */
export function canRemove(actor: Actor | null, target: { memberId: string; role: MemberRole }): boolean {
  if (!can(actor, "member.remove") || actor === null) return false;
  if (actor.memberId === target.memberId) return false;
  return target.role !== "admin" || actor.role === "admin";
}
