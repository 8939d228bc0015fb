import { roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";

export const me: Feature = {
  commands: {
    me: async (turn) => {
      const a = turn.requireActor();
      turn.say(
        turn.t("me-card", {
          name: a.fullName,
          role: roleLabel(turn, a.role),
          agency: a.agencyName ?? turn.t("me-no-agency"),
          locale: turn.locale === "en" ? "English" : "Tiếng Việt",
          telegramId: turn.identity.externalId,
        }),
      );
    },
  },
};
