import { requestCorrection } from "../../services/reporting/request-correction.ts";
import { takePlanCode } from "../plan-argument.ts";
import type { Feature } from "../router.ts";

const PERIOD_KEY = /^\d{4}-(Q[1-4]|H[12]|Y|\d{2})$/i;

/** /correct <item> [period] <reason>: a leader or the standing office asks for a corrected report. */
export const correct: Feature = {
  commands: {
    correct: async (turn, args) => {
      const actor = turn.requireActor();
      const taken = await takePlanCode(turn, args.split(/\s+/).filter(Boolean));
      const [code, ...rest] = taken.rest;
      const periodKey =
        rest[0] !== undefined && PERIOD_KEY.test(rest[0]) ? rest.shift()?.toUpperCase() : undefined;
      const reason = rest.join(" ");
      if (code === undefined || reason === "") return turn.say(turn.t("correct-usage"));
      const notice = await requestCorrection(turn.deps, {
        actor,
        itemCode: code.toUpperCase(),
        reason,
        ...(periodKey ? { periodKey } : {}),
        ...(taken.planCode ? { planCode: taken.planCode } : {}),
      });
      // The notices go out through the outbox (throttled, retried, failures visible).
      turn.say(
        turn.t("correct-done", {
          code: notice.itemCode,
          key: notice.period.key,
          count: notice.notified,
        }),
      );
    },
  },
};
