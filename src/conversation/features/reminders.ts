// The choices on a reminder: "report now" and "remind me tomorrow morning".
import { formatInstant } from "../../domain/format-date.ts";
import { snoozeReminder } from "../../services/reminders/snooze-reminder.ts";
import { startReportFromReminder } from "../../services/reminders/start-report-from-reminder.ts";
import type { Feature } from "../router.ts";
import { showGuidedStep } from "../views/guided-step-view.ts";

export const reminders: Feature = {
  choices: {
    "rem-snooze": async (turn, { id }) => {
      const result = await snoozeReminder(turn.deps, { actor: turn.requireActor(), outboxId: id });
      const text =
        result.kind === "snoozed"
          ? turn.t("reminder-snoozed", { at: formatInstant(result.until, turn.deps.timezone, turn.locale) })
          : turn.t(result.kind === "reported" ? "reminder-already-reported" : "reminder-too-many-snoozes");
      turn.notice(text);
      turn.say(text);
    },
    "rem-now": async (turn, { id }) => {
      const step = await startReportFromReminder(turn.deps, {
        actor: turn.requireActor(),
        person: turn.person,
        reminderId: id,
      });
      showGuidedStep(turn, step);
    },
  },
};
