// What works in a group chat. Anything personal (one's tasks and reports, invite codes, people)
// stays in the private chat with the bot, so nothing is posted to everyone in the group; the
// standing office's group gets the plan-wide views (summaries, overdue, exports) and digests.
import type { Input } from "./conversation-types.ts";

const IN_GROUPS: ReadonlySet<string> = new Set([
  "help",
  "lang",
  "subscribe",
  "summary",
  "overdue",
  "project",
  "agency",
  "export",
  "schedule",
]);

/** Whether a group chat should answer "use a private chat with me" instead of handling `input`. */
export function needsPrivateChat(input: Input): boolean {
  if (input.kind !== "command") return false;
  if (input.name === "start") return input.args.trim() !== ""; // an invite code is never posted to a group
  return !IN_GROUPS.has(input.name);
}
