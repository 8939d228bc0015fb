// /schedule, /pause and /resume: the standing office's view of reminders.
import { formatInstant } from "../../domain/format-date.ts";
import { pauseReminders, resumeReminders } from "../../services/reminders/pause-reminders.ts";
import { upcomingSchedule, type PreviewRow } from "../../services/reminders/reminder-preview.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

const SCHEDULE_DAYS = 7;

export const schedule: Feature = {
  commands: {
    schedule: async (turn) => {
      const { queued, planned, failed } = await upcomingSchedule(turn.deps, {
        actor: turn.requireActor(),
        days: SCHEDULE_DAYS,
      });
      const failures = failed > 0 ? ["", turn.t("schedule-failed", { count: failed })] : [];
      if (queued.length + planned.length === 0)
        return turn.say([turn.t("schedule-none"), ...failures].join("\n"));
      const row = (r: PreviewRow) =>
        turn.t("schedule-row", {
          ...r,
          at: formatInstant(new Date(r.dueAt), turn.deps.timezone, turn.locale),
          recipient: r.recipient || "—",
        });
      const lines = [turn.t("schedule-header")];
      if (queued.length > 0) lines.push("", turn.t("schedule-queued"), ...queued.map(row));
      if (planned.length > 0) lines.push("", turn.t("schedule-planned"), ...planned.map(row));
      lines.push(...failures);
      turn.say(lines.join("\n"));
    },
    pause: async (turn, code) => {
      const actor = turn.requireActor();
      if (code === "") return usage(turn);
      const r = await pauseReminders(turn.deps, { actor, code });
      turn.say(turn.t(r.already ? "pause-already" : "pause-done", { target: r.label }));
    },
    resume: async (turn, code) => {
      const actor = turn.requireActor();
      if (code === "") return usage(turn);
      const r = await resumeReminders(turn.deps, { actor, code });
      turn.say(turn.t(r.wasPaused ? "resume-done" : "resume-not-paused", { target: r.label }));
    },
  },
};

const usage = (turn: Turn) => turn.say(turn.t("pause-usage"));
