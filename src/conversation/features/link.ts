import { formatInstant } from "../../domain/format-date.ts";
import { DEFAULT_CODE_SETTINGS } from "../../config/code-settings.ts";
import { createLinkCode } from "../../services/people/create-link-code.ts";
import { answerCode } from "../answer-code.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

/** /link (/lienket): a short code to send from the other chat app; with a code, links this one. */
async function link(turn: Turn, args: string): Promise<void> {
  if (args !== "") return answerCode(turn, args, "link");
  const actor = turn.requireActor();
  const ttlMinutes = (turn.deps.codes ?? DEFAULT_CODE_SETTINGS).linkTtlMinutes;
  const created = await createLinkCode(turn.deps, { actor, ttlMinutes });
  const lines = [
    turn.t("link-code-created", {
      code: created.code,
      expires: formatInstant(created.expiresAt, turn.deps.timezone, turn.locale),
      minutes: ttlMinutes,
    }),
  ];
  // From another app, Telegram can also open the code as a link.
  const telegram =
    turn.identity.channel === "telegram" ? null : turn.deps.channels.inviteLink("telegram", created.code);
  if (telegram !== null) lines.push(turn.t("link-code-telegram", { link: telegram }));
  turn.say(lines.join("\n"));
}

export const linkChannels: Feature = {
  commands: { link, lienket: link },
};
