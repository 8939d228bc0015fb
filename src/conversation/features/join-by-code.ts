import { readCodeMessage } from "../../domain/people/code-text.ts";
import { answerCode } from "../answer-code.ts";
import type { Feature } from "../router.ts";

/**
 * A code typed as a message (Zalo has no deep links): "THAMGIA 7K2Q-9XWD", "tham gia 7k2q9xwd",
 * "LIENKET …", or the code alone from someone not registered yet. A member's bare code is left to
 * the other features (it is more likely a reply); with its keyword it is answered.
 */
export const joinByCode: Feature = {
  commands: {
    thamgia: async (turn, args) =>
      args === "" ? turn.say(turn.t("start-unknown")) : answerCode(turn, args, "join"),
  },
  text: async (turn, input) => {
    const read = readCodeMessage(input.text);
    if (read === null || (turn.actor !== null && read.intent === "bare")) return false;
    await answerCode(turn, read.code, read.intent);
    return true;
  },
};
