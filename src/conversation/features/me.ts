import { memberChannels } from "../../services/people/member-channels.ts";
import { channelLabel, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";
import { channelsLine } from "./channel.ts";

export const me: Feature = {
  commands: {
    me: async (turn) => {
      const a = turn.requireActor();
      const line = channelsLine(turn, await memberChannels(turn.deps, a));
      turn.say(
        turn.t("me-card", {
          name: a.fullName,
          role: roleLabel(turn, a.role),
          agency: a.agencyName ?? turn.t("me-no-agency"),
          locale: turn.locale === "en" ? "English" : "Tiếng Việt",
          channels: line,
          channel: channelLabel(turn, turn.identity.channel),
          externalId: turn.identity.externalId,
        }),
      );
    },
  },
};
