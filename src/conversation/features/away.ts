// /away (/vang): a member marks themselves away for a date range, or sees and cancels their
// absences; the standing office names the member first ("/away Hoa 10/07 - 21/07").
import { can } from "../../domain/access/roles.ts";
import { formatLocalDate } from "../../domain/format-date.ts";
import { cancelAbsence } from "../../services/reminders/cancel-absence.ts";
import { listAbsences } from "../../services/reminders/list-absences.ts";
import { markAbsence, type MarkedAbsence } from "../../services/reminders/mark-absence.ts";
import { matchMember } from "../../services/reminders/match-member.ts";
import type { CommandHandler, Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

/** "Hoa 10/07 - 21/07" → name "Hoa", range "10/07 - 21/07"; a range alone → no name. */
function splitNameAndRange(args: string): { name: string; range: string } {
  const at = args.search(/\d{1,2}\/\d{1,2}/);
  return at <= 0 ? { name: "", range: args } : { name: args.slice(0, at).trim(), range: args.slice(at) };
}

const dates = (turn: Turn, a: MarkedAbsence) => ({
  name: a.name,
  from: formatLocalDate(a.fromDate, turn.locale),
  to: formatLocalDate(a.toDate, turn.locale),
});

async function showAbsences(turn: Turn) {
  const actor = turn.requireActor();
  const rows = await listAbsences(turn.deps, { actor, all: can(actor, "reminders.manage") });
  const usage = [
    turn.t("away-usage"),
    ...(can(actor, "reminders.manage") ? [turn.t("away-usage-office")] : []),
  ];
  if (rows.length === 0) return turn.say([turn.t("away-none"), "", ...usage].join("\n"));
  turn.say(
    [turn.t("away-list-header"), ...rows.map((a) => turn.t("away-row", dates(turn, a))), "", ...usage].join(
      "\n",
    ),
    rows.map((a) => [
      turn.choice(turn.t("away-cancel-button", dates(turn, a)), { kind: "abs-cancel", id: a.id }),
    ]),
  );
}

const away: CommandHandler = async (turn, args) => {
  const actor = turn.requireActor();
  if (args === "") return showAbsences(turn);
  const { name, range } = splitNameAndRange(args);
  let memberId = actor.memberId;
  if (name !== "") {
    const found = await matchMember(turn.deps, { actor, text: name });
    if (found.length === 0) return turn.say(turn.t("away-member-unknown", { name }));
    const [only, ...others] = found;
    if (only === undefined || others.length > 0)
      return turn.say(
        turn.t("away-member-ambiguous", { name, names: found.map((m) => m.fullName).join(", ") }),
      );
    memberId = only.id;
  }
  const marked = await markAbsence(turn.deps, { actor, memberId, range });
  turn.say(turn.t("away-recorded", dates(turn, marked)));
};

export const absences: Feature = {
  commands: { away, vang: away },
  choices: {
    "abs-cancel": async (turn, { id }) => {
      const cancelled = await cancelAbsence(turn.deps, { actor: turn.requireActor(), absenceId: id });
      turn.say(turn.t("away-cancelled", dates(turn, cancelled)));
    },
  },
};
