// A code someone sent (typed, after /start, or from a deep link): they join, or their second chat
// app is linked to them; failures are explained and counted against the sender.
import type { CodeIntent } from "../domain/people/code-text.ts";
import { formatInstant } from "../domain/format-date.ts";
import { DEFAULT_CODE_SETTINGS } from "../config/code-settings.ts";
import { redeemCode } from "../services/people/redeem-code.ts";
import { agencySuffix, channelLabel, roleLabel } from "./labels.ts";
import type { Turn } from "./turn.ts";

export async function answerCode(turn: Turn, code: string, intent: CodeIntent = "bare"): Promise<void> {
  const { identity, deps } = turn;
  const fullName = identity.displayName?.trim() || identity.username || identity.externalId;
  const result = await redeemCode(deps, {
    code,
    account: {
      channel: identity.channel,
      externalId: identity.externalId,
      chatId: identity.chatId,
      fullName,
      username: identity.username ?? null,
      locale: turn.locale,
    },
    limits: (deps.codes ?? DEFAULT_CODE_SETTINGS).attempts,
  });
  switch (result.kind) {
    case "wait":
      return turn.say(turn.t("code-wait", { time: formatInstant(result.until, deps.timezone, turn.locale) }));
    case "joined":
      if (result.again) return turn.say(turn.t("join-again"));
      turn.say(
        turn.t("join-done", {
          name: fullName,
          role: roleLabel(turn, result.role),
          agency: agencySuffix(turn, result.agencyName),
        }),
      );
      turn.menuRole = result.role;
      return;
    case "linked":
      if (result.again) return turn.say(turn.t("link-again"));
      turn.menuRole = result.role; // a channel with per-person menus shows this member's
      return turn.say(
        turn.t("link-done", {
          name: result.fullName,
          channel: channelLabel(turn, identity.channel),
          preferred: channelLabel(turn, result.preferredChannel ?? identity.channel),
        }),
      );
    default: {
      // A wrong code reads as an invite, unless the person said it was a link code.
      const purpose = result.purpose === "link" || intent === "link" ? "link" : "join";
      return turn.say(turn.t(`${purpose}-${result.kind}`));
    }
  }
}
