// The plan a person picked when several are active: the command they asked for runs again with it.
import type { PlanCommand } from "../plan-argument.ts";
import type { CommandHandler, Feature } from "../router.ts";
import { exportFiles } from "./export.ts";
import { overdue } from "./overdue.ts";
import { summary } from "./summary.ts";

const HANDLERS: Record<PlanCommand, CommandHandler | undefined> = {
  summary: summary.commands?.summary,
  project: summary.commands?.project,
  overdue: overdue.commands?.overdue,
  export: exportFiles.commands?.export,
};

export const planChoice: Feature = {
  choices: {
    pl: async (turn, data) => {
      const handler = HANDLERS[data.command];
      if (handler === undefined) return;
      turn.edit({ choices: null });
      await handler(turn, `${data.plan} ${data.args}`.trim());
    },
  },
};
