// The guided report's questions: choices where there is a choice, "skip" for optional fields,
// "back" to correct, and the draft to confirm at the end.
import { defaultPeriod } from "../../domain/calendar/deadlines.ts";
import { formatLocalDate } from "../../domain/format-date.ts";
import { formatMillion } from "../../domain/money.ts";
import { REPORT_STATUSES } from "../../domain/replies/reply-fields.ts";
import { SKIPPABLE, type WizardState } from "../../domain/replies/report-wizard.ts";
import type { GuidedStep } from "../../services/reporting/guided-step.ts";
import type { Choice, ChoiceRows } from "../conversation-types.ts";
import type { Turn } from "../turn.ts";
import { draftChoices, draftText } from "./report-view.ts";

function withNav(turn: Turn, state: WizardState, rows: ChoiceRows = []): ChoiceRows {
  const nav: Choice[] = [];
  if (SKIPPABLE.has(state.step)) nav.push(turn.choice(turn.t("wizard-button-skip"), { kind: "wz-skip" }));
  if (state.trail.length > 0) nav.push(turn.choice(turn.t("wizard-button-back"), { kind: "wz-back" }));
  nav.push(turn.choice(turn.t("wizard-button-cancel"), { kind: "wz-cancel" }));
  return [...rows, nav];
}

/** Questions answered by typing: on a channel without buttons, a number typed is the answer. */
const TYPED = { typed: true };

export function showGuidedStep(turn: Turn, step: GuidedStep): void {
  const { t, locale } = turn;
  if (step.kind === "draft") return turn.say(draftText(turn, step.draft), draftChoices(turn, step.draft.id));
  const { state, assignments } = step;
  const chosen = assignments.find((a) => a.assignmentId === state.assignmentId);
  const current = (value: string | undefined) => (value ? `\n${t("wizard-current", { value })}` : "");
  // An item code in several active plans names its plan.
  const shared = (code: string) => assignments.filter((a) => a.itemCode === code).length > 1;
  const label = (a: (typeof assignments)[number]) =>
    shared(a.itemCode) ? t("wizard-item-in-plan", { code: a.itemCode, plan: a.plan.code }) : a.itemCode;
  switch (state.step) {
    case "item":
      return turn.say(
        t("wizard-choose-item"),
        withNav(
          turn,
          state,
          assignments.map((a) => [turn.choice(label(a), { kind: "wz-item", id: a.assignmentId })]),
        ),
      );
    case "period": {
      const periods = chosen?.periods ?? [];
      const fallback = chosen ? defaultPeriod(periods, chosen.reportedKeys, turn.deps.clock.now()) : null;
      const ordered = [...(fallback ? [fallback] : []), ...periods.filter((p) => p.id !== fallback?.id)];
      const rows = ordered.map((p) => {
        const label = t("wizard-period-button", { key: p.key, date: formatLocalDate(p.dueDate, locale) });
        return [turn.choice(p.id === fallback?.id ? `• ${label}` : label, { kind: "wz-period", id: p.id })];
      });
      return turn.say(t("wizard-choose-period"), withNav(turn, state, rows));
    }
    case "status": {
      const rows: ChoiceRows = [];
      REPORT_STATUSES.forEach((s, i) => {
        if (i % 2 === 0) rows.push([]);
        rows.at(-1)?.push(turn.choice(t(`status-${s}`), { kind: "wz-status", status: s }));
      });
      return turn.say(
        t("wizard-choose-status", { code: chosen?.itemCode ?? "" }),
        withNav(turn, state, rows),
      );
    }
    case "progress":
      return turn.say(
        t("wizard-ask-progress") + current(state.value.progressPct?.toString()),
        withNav(turn, state),
        TYPED,
      );
    case "disbursed": {
      const v = state.value.disbursedVnd;
      return turn.say(
        t("wizard-ask-disbursed") + current(v === undefined ? undefined : formatMillion(v, locale)),
        withNav(turn, state),
        TYPED,
      );
    }
    case "results":
    case "obstacles":
    case "proposals":
      return turn.say(
        t(`wizard-ask-${state.step}`) + current(state.value[state.step]),
        withNav(turn, state),
        TYPED,
      );
    case "done":
      return;
  }
}
