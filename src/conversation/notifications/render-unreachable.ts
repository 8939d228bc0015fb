import { translator, type Locale } from "../../i18n/translator.ts";
import type { UnreachableNotice } from "../../services/reminders/reminder-channel.ts";
import type { Reply } from "../conversation-types.ts";

/** Tells the standing office that a focal point can no longer be reached. */
export function renderUnreachable(n: UnreachableNotice, locale: Locale = n.locale): Reply {
  const t = translator(locale);
  const agency = n.agencyName ? t("agency-suffix", { agency: n.agencyName }) : "";
  return { outputs: [{ kind: "message", text: t("reminder-unreachable", { name: n.memberName, agency }) }] };
}
