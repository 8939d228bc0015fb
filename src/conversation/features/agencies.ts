import { listAgencies } from "../../services/people/list-agencies.ts";
import { listMembers } from "../../services/people/list-members.ts";
import { agencySuffix, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";

/** /agencies and /members: who is in the plan. */
export const agencies: Feature = {
  commands: {
    agencies: async (turn) => {
      const rows = await listAgencies(turn.deps, turn.requireActor());
      const lines = rows.map((a) =>
        turn.t("agencies-row", {
          code: a.code,
          office: a.isStandingOffice ? turn.t("agencies-office-mark") : "",
          name: a.name,
          items: a.reportingItems,
          focal: a.focalPoints,
        }),
      );
      turn.say([turn.t("agencies-header", { count: rows.length }), ...lines].join("\n"));
    },
    members: async (turn) => {
      const rows = await listMembers(turn.deps, turn.requireActor());
      if (rows.length === 0) return turn.say(turn.t("members-none"));
      const lines = rows.map((m) =>
        turn.t("members-row", {
          name: m.fullName + (m.username ? ` (@${m.username})` : ""),
          role: roleLabel(turn, m.role),
          agency: agencySuffix(turn, m.agencyName),
          unreachable: m.unreachable ? turn.t("members-unreachable") : "",
        }),
      );
      turn.say([turn.t("members-header", { count: rows.length }), ...lines].join("\n"));
    },
  },
};
