import { canRemove } from "../../domain/access/roles.ts";
import { listPendingInvites } from "../../services/people/list-invites.ts";
import { listMembers } from "../../services/people/list-members.ts";
import { removeMember } from "../../services/people/remove-member.ts";
import { revokeInvite } from "../../services/people/revoke-invite.ts";
import { agencySuffix, roleLabel } from "../labels.ts";
import type { Feature } from "../router.ts";

/** /revoke: withdraw a pending invite or remove a member (with a second, confirming choice). */
export const revoke: Feature = {
  commands: {
    revoke: async (turn) => {
      const actor = turn.requireActor();
      const invites = await listPendingInvites(turn.deps, actor);
      const members = (await listMembers(turn.deps, actor)).filter((m) =>
        canRemove(actor, { memberId: m.id, role: m.role }),
      );
      if (invites.length + members.length === 0) return turn.say(turn.t("revoke-nothing"));
      turn.say(turn.t("revoke-header"), [
        ...invites.map((i) => [
          turn.choice(
            turn.t("revoke-invite-button", {
              role: roleLabel(turn, i.role),
              agency: agencySuffix(turn, i.agency?.code ?? null),
            }),
            { kind: "rv-inv", id: i.id },
          ),
        ]),
        ...members.map((m) => [
          turn.choice(turn.t("revoke-member-button", { name: m.fullName, role: roleLabel(turn, m.role) }), {
            kind: "rv-mem",
            id: m.id,
          }),
        ]),
      ]);
    },
  },
  choices: {
    "rv-inv": async (turn, { id }) => {
      const result = await revokeInvite(turn.deps, { actor: turn.requireActor(), inviteId: id });
      turn.edit({
        text: turn.t(result === "revoked" ? "revoke-invite-done" : "revoke-invite-already"),
        choices: null,
      });
    },
    "rv-mem": async (turn, { id }) => {
      const target = (await listMembers(turn.deps, turn.requireActor())).find((m) => m.id === id);
      if (target === undefined) return turn.edit({ text: turn.t("error-member-not-found"), choices: null });
      turn.edit({
        text: turn.t("revoke-confirm-member", { name: target.fullName }),
        choices: [
          [
            turn.choice(turn.t("revoke-confirm-yes"), { kind: "rv-mem-ok", id }),
            turn.choice(turn.t("revoke-confirm-no"), { kind: "rv-cancel" }),
          ],
        ],
      });
    },
    "rv-mem-ok": async (turn, { id }) => {
      const removed = await removeMember(turn.deps, { actor: turn.requireActor(), memberId: id });
      turn.edit({ text: turn.t("revoke-member-done", { name: removed.fullName }), choices: null });
    },
    "rv-cancel": async (turn) => turn.edit({ text: turn.t("revoke-cancelled"), choices: null }),
  },
};
