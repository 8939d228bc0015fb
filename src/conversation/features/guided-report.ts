// The choices of the guided report (its typed answers arrive through the report feature's text).
import type { WizardInput } from "../../domain/replies/report-wizard.ts";
import { cancelGuidedReport } from "../../services/reporting/cancel-guided-report.ts";
import { continueGuidedReport } from "../../services/reporting/continue-guided-report.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";
import { showGuidedStep } from "../views/guided-step-view.ts";

async function answer(turn: Turn, input: WizardInput) {
  const result = await continueGuidedReport(turn.deps, {
    actor: turn.requireActor(),
    person: turn.person,
    input,
  });
  if (result === null) return turn.say(turn.t("wizard-none"));
  if (result.kind === "refused")
    return turn.say(turn.t(`reply-error-${result.error.code}`, result.error.params));
  showGuidedStep(turn, result);
}

export const guidedReport: Feature = {
  choices: {
    "wz-item": (turn, d) => answer(turn, { kind: "item", assignmentId: d.id }),
    "wz-period": (turn, d) => answer(turn, { kind: "period", periodId: d.id }),
    "wz-status": (turn, d) => answer(turn, { kind: "status", status: d.status }),
    "wz-skip": (turn) => answer(turn, { kind: "skip" }),
    "wz-back": (turn) => answer(turn, { kind: "back" }),
    "wz-cancel": async (turn) => {
      const cancelled = await cancelGuidedReport(turn.deps, { person: turn.person });
      turn.say(turn.t(cancelled ? "report-cancelled" : "wizard-none"));
    },
  },
};
