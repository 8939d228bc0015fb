// Which plan /summary, /overdue and /export work on: a plan code among the command's words, else
// the only active plan; with several active plans and none named, the person is asked with one
// choice per plan, and the command runs again with the plan picked.
import { activePlanChoices, findPlanCode } from "../services/plan/resolve-plan.ts";
import { PLAN_ARGS, type PLAN_COMMANDS } from "./choice-payload.ts";
import type { Turn } from "./turn.ts";

export type PlanCommand = (typeof PLAN_COMMANDS)[number];

/** A plan code among the words, taken out (commands that never ask: /history, /correct). */
export async function takePlanCode(
  turn: Turn,
  words: string[],
): Promise<{ planCode: string | undefined; rest: string[] }> {
  for (const word of words) {
    const code = await findPlanCode(turn.deps, word);
    if (code !== null) return { planCode: code, rest: words.filter((w) => w !== word) };
  }
  return { planCode: undefined, rest: words };
}

export async function planArgument(
  turn: Turn,
  command: PlanCommand,
  args: string,
): Promise<{ planCode: string | undefined; rest: string } | null> {
  const taken = await takePlanCode(turn, args.split(/\s+/).filter(Boolean));
  if (taken.planCode !== undefined) return { planCode: taken.planCode, rest: taken.rest.join(" ") };
  const active = await activePlanChoices(turn.deps);
  if (active.length <= 1) return { planCode: undefined, rest: args };
  const carried = PLAN_ARGS.test(args) ? args : "";
  turn.say(
    turn.t("plan-which"),
    active.map((p) => [
      turn.choice(turn.t("plan-choice-label", { code: p.code, year: String(p.year) }), {
        kind: "pl",
        command,
        plan: p.code,
        args: carried,
      }),
    ]),
  );
  return null;
}
