import { can } from "../../domain/access/roles.ts";
import { formatMillion } from "../../domain/money.ts";
import { AppError } from "../../services/app-error.ts";
import { listPlans, type PlanRow } from "../../services/plan/list-plans.ts";
import { setPlanStatus } from "../../services/plan/set-plan-status.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

/** The status a plan may be moved to from the chat: a draft is activated, an active plan closed. */
const nextStatus = (p: PlanRow) =>
  p.status === "draft" ? "active" : p.status === "active" ? "closed" : null;

/** The choice that asks to activate the plan `id` (also offered right after a plan is imported). */
export const activateChoice = (turn: Turn, p: { id: string; code: string }) =>
  turn.choice(turn.t("plans-activate-button", { code: p.code }), { kind: "pln-ask", to: "active", id: p.id });

async function planById(turn: Turn, id: string): Promise<PlanRow> {
  const plan = (await listPlans(turn.deps, turn.requireActor())).find((p) => p.id === id);
  if (plan === undefined) throw new AppError("plan-gone");
  return plan;
}

/**
 * /plans: every plan with its status and totals. The standing office and admins activate a draft
 * or close an active plan from here, each after a confirming choice (activating starts reminders
 * to every focal point of the plan; closing stops them).
 */
export const plans: Feature = {
  commands: {
    plans: async (turn) => {
      const actor = turn.requireActor();
      const rows = await listPlans(turn.deps, actor);
      if (rows.length === 0) return turn.say(turn.t("plans-none"));
      const lines = rows.map((r) =>
        turn.t("plan-list-row", {
          code: r.code,
          status: turn.t(`plan-status-${r.status}`),
          year: String(r.year),
          program: r.programName,
          total: formatMillion(r.totalVnd, turn.locale),
          items: r.items,
          agencies: r.agencies,
          assignments: r.assignments,
          reports: r.reports,
        }),
      );
      const choices = can(actor, "plan.manage")
        ? rows.flatMap((r) => {
            const to = nextStatus(r);
            if (to === null) return [];
            if (to === "active") return [[activateChoice(turn, r)]];
            return [
              [
                turn.choice(turn.t("plans-close-button", { code: r.code }), {
                  kind: "pln-ask",
                  to,
                  id: r.id,
                }),
              ],
            ];
          })
        : [];
      turn.say([turn.t("plans-header", { count: rows.length }), ...lines].join("\n"), choices);
    },
  },
  choices: {
    "pln-ask": async (turn, { to, id }) => {
      if (!can(turn.requireActor(), "plan.manage")) throw new AppError("forbidden");
      const plan = await planById(turn, id);
      turn.edit({ choices: null });
      turn.say(turn.t(to === "active" ? "plans-activate-ask" : "plans-close-ask", { code: plan.code }), [
        [
          turn.choice(turn.t("plans-confirm-yes"), { kind: "pln-ok", to, id }),
          turn.choice(turn.t("plans-confirm-no"), { kind: "pln-no" }),
        ],
      ]);
    },
    "pln-ok": async (turn, { to, id }) => {
      const r = await setPlanStatus(turn.deps, { actor: turn.requireActor(), id, status: to });
      turn.edit({
        text: turn.t(to === "active" ? "plan-activated" : "plan-closed", {
          code: r.code,
          cancelled: r.cancelled,
        }),
        choices: null,
      });
    },
    "pln-no": async (turn) => turn.edit({ text: turn.t("plans-unchanged"), choices: null }),
  },
};
