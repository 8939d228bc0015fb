import { commandsFor } from "../command-list.ts";
import type { Feature } from "../router.ts";

export const help: Feature = {
  commands: {
    help: async (turn) => {
      const lines = commandsFor(turn.actor?.role ?? null)
        .filter((c) => c !== "resume") // described with /pause
        .map((c) => turn.t(`help-${c}`));
      turn.say([turn.t("help-header"), ...lines].join("\n"));
    },
  },
};
