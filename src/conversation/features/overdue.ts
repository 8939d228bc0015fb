// /overdue: late and missing reports of a period, with a one-tap re-send for those who manage reminders.
import { formatInstant } from "../../domain/format-date.ts";
import { summaryLate } from "../../reports/summary-text.ts";
import { listOverdue } from "../../services/summary/list-overdue.ts";
import { resendReminder } from "../../services/reminders/resend-reminder.ts";
import { planArgument } from "../plan-argument.ts";
import type { Feature } from "../router.ts";

const MAX_RESEND_CHOICES = 20;

export const overdue: Feature = {
  commands: {
    overdue: async (turn, args) => {
      const actor = turn.requireActor();
      const picked = await planArgument(turn, "overdue", args.trim());
      if (picked === null) return;
      const { summary: s, canResend } = await listOverdue(turn.deps, {
        actor,
        periodKey: picked.rest.toUpperCase() || undefined,
        planCode: picked.planCode,
      });
      if (s.late.length === 0) return turn.say(turn.t("overdue-none", { key: s.period.key }));
      const missing = canResend
        ? s.late.filter((l) => l.kind === "missing").slice(0, MAX_RESEND_CHOICES)
        : [];
      const text = [
        turn.t("overdue-header", { count: s.late.length, key: s.period.key }),
        ...summaryLate(turn.t, s, turn.locale),
      ];
      turn.say(
        text.join("\n"),
        missing.map((l) => [
          turn.choice(turn.t("overdue-resend", { agency: l.agency, item: l.item }), {
            kind: "od-resend",
            id: l.assignmentId,
            period: s.period.key,
          }),
        ]),
      );
    },
  },
  choices: {
    "od-resend": async (turn, data) => {
      const r = await resendReminder(turn.deps, {
        actor: turn.requireActor(),
        assignmentId: data.id,
        periodKey: data.period,
      });
      const later = r.at.getTime() > turn.deps.clock.now().getTime();
      const at = formatInstant(r.at, turn.deps.timezone, turn.locale);
      turn.say(
        r.queued === 0
          ? turn.t("overdue-nobody", { agency: r.agency })
          : later
            ? turn.t("overdue-resent-later", { count: r.queued, agency: r.agency, at })
            : turn.t("overdue-resent", { count: r.queued, agency: r.agency }),
      );
    },
  },
};
