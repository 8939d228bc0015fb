import type { Locale } from "../../i18n/translator.ts";
import { setAccountLocale } from "../../services/people/account-locale.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

async function switchTo(turn: Turn, locale: Locale, fromChoice: boolean) {
  await setAccountLocale(turn.deps, {
    channel: turn.identity.channel,
    externalId: turn.identity.externalId,
    memberId: turn.actor?.memberId ?? null,
    locale,
  });
  turn.useLocale(locale);
  if (fromChoice) turn.edit({ text: turn.t("lang-set"), choices: null });
  else turn.say(turn.t("lang-set"));
}

export const lang: Feature = {
  commands: {
    lang: async (turn, args) => {
      const arg = args.toLowerCase();
      if (arg === "vi" || arg === "en") return switchTo(turn, arg, false);
      turn.say(turn.t("lang-choose"), [
        [
          turn.choice("Tiếng Việt", { kind: "lang", locale: "vi" }),
          turn.choice("English", { kind: "lang", locale: "en" }),
        ],
      ]);
    },
  },
  choices: { lang: (turn, data) => switchTo(turn, data.locale, true) },
};
