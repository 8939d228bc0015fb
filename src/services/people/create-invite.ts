import { randomUUID } from "node:crypto";
import { agencyRequirement, invitableRoles, type Actor, type MemberRole } from "../../domain/access/roles.ts";
import { AppError } from "../app-error.ts";
import { audit } from "../audit.ts";
import { hashInviteCode, newInviteCode } from "./invite-code.ts";
import type { ServiceDeps } from "../service-deps.ts";

export interface CreateInviteOptions {
  /** Who asks; "system" is the CLI run by the server's operator. */
  actor: Actor | "system";
  role: MemberRole;
  agencyCode?: string | undefined;
  ttlDays: number;
}

export interface CreatedInvite {
  id: string;
  code: string;
  role: MemberRole;
  agencyCode: string | null;
  agencyName: string | null;
  expiresAt: Date;
}

/** A single-use, expiring invite for one role (and agency). The code is shown once. */
export async function createInvite(deps: ServiceDeps, options: CreateInviteOptions): Promise<CreatedInvite> {
  const { db, clock } = deps;
  const { actor, role } = options;
  if (actor !== "system" && !invitableRoles(actor).includes(role)) throw new AppError("forbidden");
  const need = agencyRequirement(role);
  let agency: { id: string; code: string; name: string } | null = null;
  if (options.agencyCode !== undefined && options.agencyCode !== "") {
    if (need === "none") throw new AppError("invite-no-agency-for-role", { role });
    // Agency codes in any case: "ldtbxh" is LDTBXH.
    const wanted = options.agencyCode.trim().toUpperCase();
    // The registry, not one plan's list: people outlive plans. A merged agency takes no one new.
    const agencies = await db.agency.findMany({
      where: { mergedIntoId: null },
      select: { id: true, code: true, name: true },
    });
    agency = agencies.find((a) => a.code.toUpperCase() === wanted) ?? null;
    if (agency === null) throw new AppError("unknown-agency", { code: options.agencyCode });
  } else if (need === "required") {
    throw new AppError("invite-needs-agency", { role });
  }
  const code = newInviteCode();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + options.ttlDays * 86_400_000);
  const id = randomUUID();
  const codeHash = await hashInviteCode(code);
  await db.$transaction(async (tx) => {
    await tx.invite.create({
      data: {
        id,
        codeHash,
        role,
        agencyId: agency?.id ?? null,
        createdById: actor === "system" ? null : actor.memberId,
        createdAt: now,
        expiresAt,
      },
    });
    await audit(tx, {
      at: now,
      actorMemberId: actor === "system" ? null : actor.memberId,
      actorLabel: actor === "system" ? "cli" : "member",
      action: "invite.create",
      entity: "invite",
      entityId: id,
      data: { role, agency: agency?.code ?? null, expiresAt: expiresAt.toISOString() },
    });
  });
  return { id, code, role, agencyCode: agency?.code ?? null, agencyName: agency?.name ?? null, expiresAt };
}
