import {
  agencyRequirement,
  invitableRoles,
  MEMBER_ROLES,
  type MemberRole,
} from "../../domain/access/roles.ts";
import { formatInstant } from "../../domain/format-date.ts";
import { cutGraphemes } from "../../domain/text/cut-graphemes.ts";
import { AppError } from "../../services/app-error.ts";
import { createInvite } from "../../services/people/create-invite.ts";
import { listAgencies } from "../../services/people/list-agencies.ts";
import type { ChoiceRows } from "../conversation-types.ts";
import { agencySuffix, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";

const AGENCIES_PER_PAGE = 8;

async function created(turn: Turn, role: MemberRole, agencyCode: string | undefined, fromChoice: boolean) {
  const invite = await createInvite(turn.deps, {
    actor: turn.requireActor(),
    role,
    agencyCode,
    ttlDays: turn.deps.inviteTtlDays,
  });
  const text = inviteText(turn, {
    code: invite.code,
    role: roleLabel(turn, role),
    agency: agencySuffix(turn, invite.agencyName),
    expires: formatInstant(invite.expiresAt, turn.deps.timezone, turn.locale),
  });
  if (fromChoice) turn.edit({ text, choices: null });
  else turn.say(text);
}

/**
 * The invite as the person creating it should pass it on: the Telegram deep link when Telegram runs
 * (from any app: the invited person may use Telegram), and the line to type on Zalo when Zalo runs
 * (it has no deep links). Only with neither is the code to type after /start given instead.
 */
function inviteText(turn: Turn, p: { code: string; role: string; agency: string; expires: string }): string {
  const { channels } = turn.deps;
  const link = channels.inviteLink(turn.identity.channel, p.code) ?? channels.inviteLink("telegram", p.code);
  const zalo = channels.has("zalo") ? turn.t("invite-zalo-instruction", { code: p.code }) : null;
  if (link === null && zalo !== null) return `${turn.t("invite-created-code", p)}\n${zalo}`;
  const created = turn.t("invite-created", {
    ...p,
    link: link ?? turn.t("invite-link-unavailable", { code: p.code }),
  });
  return zalo === null ? created : `${created}\n${zalo}`;
}

async function agencyPage(turn: Turn, role: MemberRole, page: number) {
  const agencies = await listAgencies(turn.deps, turn.requireActor());
  const pages = Math.max(1, Math.ceil(agencies.length / AGENCIES_PER_PAGE));
  const p = Math.min(page, pages - 1);
  const rows: ChoiceRows = agencies.slice(p * AGENCIES_PER_PAGE, (p + 1) * AGENCIES_PER_PAGE).map((a) => [
    turn.choice(`${a.code}: ${cutGraphemes(a.name, 40, "…")}`, {
      kind: "inv-agency",
      role,
      agency: a.code,
    }),
  ]);
  const nav = [
    ...(p > 0 ? [turn.choice(turn.t("invite-prev"), { kind: "inv-page", role, page: p - 1 })] : []),
    ...(p + 1 < pages ? [turn.choice(turn.t("invite-next"), { kind: "inv-page", role, page: p + 1 })] : []),
  ];
  if (nav.length > 0) rows.push(nav);
  if (agencyRequirement(role) === "optional") {
    rows.push([turn.choice(turn.t("invite-no-agency-button"), { kind: "inv-agency", role, agency: "-" })]);
  }
  turn.edit({
    text: turn.t("invite-choose-agency", { role: roleLabel(turn, role), page: p + 1, pages }),
    choices: rows,
  });
}

/** /invite [role [agency]]: an invite code, typed in one go or picked with choices. */
export const invite: Feature = {
  commands: {
    invite: async (turn, args) => {
      const roles = invitableRoles(turn.requireActor());
      if (roles.length === 0) throw new AppError("forbidden");
      const [roleArg, agencyArg] = args.split(/\s+/).filter(Boolean);
      if (roleArg !== undefined) {
        const role = MEMBER_ROLES.find((r) => r === roleArg);
        if (role === undefined) throw new AppError("forbidden");
        return created(turn, role, agencyArg, false);
      }
      turn.say(
        turn.t("invite-choose-role"),
        roles.map((role) => [turn.choice(roleLabel(turn, role), { kind: "inv-role", role })]),
      );
    },
  },
  choices: {
    "inv-role": async (turn, { role }) =>
      agencyRequirement(role) === "none" ? created(turn, role, undefined, true) : agencyPage(turn, role, 0),
    "inv-page": (turn, { role, page }) => agencyPage(turn, role, page),
    "inv-agency": (turn, { role, agency }) => created(turn, role, agency === "-" ? undefined : agency, true),
  },
};
