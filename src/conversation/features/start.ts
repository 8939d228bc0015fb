import { answerCode } from "../answer-code.ts";
import { agencySuffix, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";

/** /start: a welcome, or with an invite or link code (a deep link), joining or linking. */
export const start: Feature = {
  commands: {
    start: async (turn, code) => {
      const { actor } = turn;
      if (code !== "") return answerCode(turn, code, "join");
      if (actor === null) return turn.say(turn.t("start-unknown"));
      turn.say(
        turn.t("start-welcome-back", {
          name: actor.fullName,
          role: roleLabel(turn, actor.role),
          agency: agencySuffix(turn, actor.agencyName),
        }),
      );
    },
  },
  // A code typed as a message (Zalo has no deep links) is join-by-code's.
};
