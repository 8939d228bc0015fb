import { redeemInvite } from "../../services/people/redeem-invite.ts";
import { agencySuffix, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";

/** /start: a welcome, or with an invite code, joining (an identity + a code → a member). */
export const start: Feature = {
  commands: {
    start: async (turn, code) => {
      const { identity, actor } = turn;
      if (code === "") {
        if (actor === null) return turn.say(turn.t("start-unknown"));
        return turn.say(
          turn.t("start-welcome-back", {
            name: actor.fullName,
            role: roleLabel(turn, actor.role),
            agency: agencySuffix(turn, actor.agencyName),
          }),
        );
      }
      const fullName = identity.displayName?.trim() || identity.username || identity.externalId;
      const result = await redeemInvite(turn.deps, {
        code,
        account: {
          channel: identity.channel,
          externalId: identity.externalId,
          chatId: identity.chatId,
          fullName,
          username: identity.username ?? null,
          locale: turn.locale,
        },
      });
      if (result.kind !== "joined") return turn.say(turn.t(`join-${result.kind}`));
      if (result.again) return turn.say(turn.t("join-again"));
      turn.say(
        turn.t("join-done", {
          name: fullName,
          role: roleLabel(turn, result.role),
          agency: agencySuffix(turn, result.agencyName),
        }),
      );
      turn.menuRole = result.role;
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
