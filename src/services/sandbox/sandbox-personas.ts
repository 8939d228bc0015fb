// The people one can act as in the local sandbox chat: every agency's focal point, a leader, the
// standing office and an admin. Each is a real member with a "sandbox" chat identity, onboarded
// through the same invite flow as everyone else (an invite created by the operator, then redeemed).
import type { MemberRole } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { createInvite } from "../people/create-invite.ts";
import { resolvePlan } from "../plan/resolve-plan.ts";
import { planAgencies } from "../plan/plan-agencies.ts";
import { redeemInvite } from "../people/redeem-invite.ts";
import { resolveActor } from "../people/resolve-actor.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { subscribeChat } from "../people/subscribe-chat.ts";

export const SANDBOX_CHANNEL = "sandbox";

export interface SandboxPersona {
  /** Also the persona's sandbox identity and chat id: "focal-point:LDTBXH", "leader", "office", "admin". */
  id: string;
  role: MemberRole;
  agencyCode: string | null;
  agencyName: string | null;
  /** The member behind it, once joined (and not removed). */
  memberId: string | null;
}

/** The personas of the current plan, in the order a person picks from. */
export async function listSandboxPersonas(deps: ServiceDeps): Promise<SandboxPersona[]> {
  // Every agency an active plan names, once, in the plans' order.
  const active = await deps.db.plan.findMany({ where: { status: "active" }, orderBy: { code: "asc" } });
  if (active.length === 0) await resolvePlan(deps); // says why: no plan, or none active
  const named = (await Promise.all(active.map((p) => planAgencies(deps.db, p.id)))).flat();
  const agencies = [...new Map(named.map((a) => [a.code, a])).values()].sort(
    (a, b) => a.position - b.position,
  );
  const identities = await deps.db.chatIdentity.findMany({
    where: { channel: SANDBOX_CHANNEL, member: { removedAt: null } },
    select: { externalId: true, memberId: true },
  });
  const joined = new Map(identities.map((i) => [i.externalId, i.memberId]));
  const office = agencies.find((a) => a.isStandingOffice) ?? null;
  const persona = (id: string, role: MemberRole, agency: { code: string; name: string } | null) => ({
    id,
    role,
    agencyCode: agency?.code ?? null,
    agencyName: agency?.name ?? null,
    memberId: joined.get(id) ?? null,
  });
  return [
    ...agencies.map((a) => persona(`focal-point:${a.code}`, "focal-point", a)),
    persona("leader", "leader", null),
    persona("office", "standing-office", office),
    persona("admin", "admin", null),
  ];
}

export type JoinResult = { kind: "joined" | "already"; memberId: string };

/**
 * Joins as a persona: the operator (the person at the sandbox's keyboard, on 127.0.0.1) creates an
 * invite as "system" and the persona redeems it. The standing office's chat is subscribed to
 * digests, so they arrive in the sandbox as they would in the office's group.
 */
export async function joinSandboxPersona(
  deps: ServiceDeps,
  options: { personaId: string; fullName: string; locale: string | null; inviteTtlDays: number },
): Promise<JoinResult> {
  const persona = (await listSandboxPersonas(deps)).find((p) => p.id === options.personaId);
  if (persona === undefined) throw new AppError("sandbox-unknown-persona");
  if (persona.memberId !== null) return { kind: "already", memberId: persona.memberId };
  const invite = await createInvite(deps, {
    actor: "system",
    role: persona.role,
    agencyCode: persona.agencyCode ?? undefined,
    ttlDays: options.inviteTtlDays,
  });
  const redeemed = await redeemInvite(deps, {
    code: invite.code,
    account: {
      channel: SANDBOX_CHANNEL,
      externalId: persona.id,
      chatId: persona.id,
      fullName: options.fullName,
      username: null,
      locale: options.locale,
    },
  });
  if (redeemed.kind !== "joined") throw new AppError("sandbox-join-failed");
  if (persona.role === "standing-office") {
    const actor = await resolveActor(deps, { channel: SANDBOX_CHANNEL, externalId: persona.id });
    if (actor !== null) {
      await subscribeChat(deps, {
        actor,
        channel: SANDBOX_CHANNEL,
        chatId: persona.id,
        title: options.fullName,
      });
    }
  }
  return { kind: "joined", memberId: redeemed.memberId };
}
