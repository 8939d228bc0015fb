// The commands each role has: the /help text and the channels' command menus come from here.
import type { MemberRole } from "../domain/access/roles.ts";

const EVERYONE = ["start", "help", "me", "tasks", "lang", "away"] as const;
/** One person on several chat apps: last in the menus. */
const ACCOUNT = ["link", "channel"] as const;
const REPORTERS = ["report", "history"] as const;
const VIEWERS = [
  "agencies",
  "members",
  "history",
  "correct",
  "summary",
  "overdue",
  "project",
  "agency",
  "export",
  "plans",
] as const;
const MANAGERS = ["invite", "revoke", "subscribe", "schedule", "pause", "resume"] as const;

export type CommandName =
  | (typeof EVERYONE)[number]
  | (typeof REPORTERS)[number]
  | (typeof VIEWERS)[number]
  | (typeof MANAGERS)[number]
  | (typeof ACCOUNT)[number];

/** The commands a role sees (null: not registered). */
export function commandsFor(role: MemberRole | null): CommandName[] {
  if (role === null) return ["start", "help", "lang"];
  if (role === "focal-point") return [...EVERYONE, ...REPORTERS, ...ACCOUNT];
  if (role === "leader") return [...EVERYONE, ...VIEWERS, ...ACCOUNT];
  return [...EVERYONE, ...VIEWERS, ...MANAGERS, ...ACCOUNT];
}
