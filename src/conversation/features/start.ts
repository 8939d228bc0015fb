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
  // A channel without deep links (Zalo): a newcomer sends the invite code itself as a message.
  text: async (turn, { text }) => {
    const code = text.trim();
    if (turn.actor !== null || !INVITE_CODE.test(code)) return false;
    await start.commands!.start!(turn, code);
    return true;
  },
};

/** An invite code as it is printed (128 random bits, URL-safe), typed alone in a message. */
const INVITE_CODE = /^[A-Za-z0-9_-]{22}$/;
