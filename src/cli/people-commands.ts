import { Option, type Command } from "commander";
import { MEMBER_ROLES, type MemberRole } from "../domain/access/roles.ts";
import { formatInstant } from "../domain/format-date.ts";
import { AppError } from "../services/app-error.ts";
import { createInvite } from "../services/create-invite.ts";
import { inviteLink } from "../services/invite-code.ts";
import { listPendingInvites } from "../services/list-invites.ts";
import { listMembers } from "../services/list-members.ts";
import { removeMember } from "../services/remove-member.ts";
import { revokeInvite } from "../services/revoke-invite.ts";
import { botUsername } from "./bot-username.ts";
import type { CliContext } from "./cli-context.ts";

/** The operator's CLI: invites and members, with the rights of the server's owner. */
export function registerPeopleCommands(program: Command, ctx: CliContext): void {
  const invite = program
    .command("invite")
    .description("invites for focal points, leaders and the standing office");

  invite
    .command("create")
    .description("create a single-use invite; prints the code and the Telegram deep link")
    .addOption(
      new Option("--role <role>", "admin, standing-office, leader or focal-point")
        .choices(MEMBER_ROLES)
        .makeOptionMandatory(),
    )
    .option("--agency <code>", "agency code (required for a focal point)")
    .option("--json", "print { code, link, role, agency, expiresAt }")
    .action(async (opts: { role: MemberRole; agency?: string; json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const created = await guard(ctx, () =>
          createInvite(deps, {
            actor: "system",
            role: opts.role,
            agencyCode: opts.agency,
            ttlDays: ctx.config.INVITE_TTL_DAYS,
          }),
        );
        if (created === null) return;
        const username = await botUsername(ctx.config);
        const link = username === null ? null : inviteLink(username, created.code);
        if (opts.json) {
          ctx.print(
            JSON.stringify({
              code: created.code,
              link,
              role: created.role,
              agency: created.agencyCode,
              expiresAt: created.expiresAt.toISOString(),
            }),
          );
          return;
        }
        ctx.print(
          ctx.t("invite-created", {
            role: ctx.t(`member-role-${created.role}`),
            agency: created.agencyName ? ctx.t("agency-suffix", { agency: created.agencyName }) : "",
            link: link ?? ctx.t("invite-link-unavailable", { code: created.code }),
            code: created.code,
            expires: formatInstant(created.expiresAt, ctx.config.TZ_PLAN, ctx.locale),
          }),
        );
      });
    });

  invite
    .command("list")
    .description("pending invites (not used, revoked or expired)")
    .option("--json", "print a JSON array")
    .action(async (opts: { json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const rows = await listPendingInvites(deps, "system");
        const out = rows.map((r) => ({
          id: r.id,
          role: r.role,
          agency: r.agency?.code ?? null,
          expiresAt: r.expiresAt.toISOString(),
        }));
        ctx.print(
          opts.json
            ? JSON.stringify(out, null, 2)
            : out.map((r) => `${r.id}  ${r.role}  ${r.agency ?? "-"}  ${r.expiresAt}`).join("\n"),
        );
      });
    });

  invite
    .command("revoke <code-or-id>")
    .description("revoke a pending invite by its code or id")
    .action(async (key: string) => {
      await ctx.withDb(async (deps) => {
        const byId = /^[0-9a-f-]{36}$/.test(key);
        const result = await guard(ctx, () =>
          revokeInvite(deps, { actor: "system", ...(byId ? { inviteId: key } : { code: key }) }),
        );
        if (result !== null)
          ctx.print(ctx.t(result === "revoked" ? "revoke-invite-done" : "revoke-invite-already"));
      });
    });

  const member = program.command("member").description("people registered with tiendo");

  member
    .command("list")
    .option("--json", "print a JSON array")
    .action(async (opts: { json?: boolean }) => {
      await ctx.withDb(async (deps) => {
        const rows = await listMembers(deps, "system");
        ctx.print(
          opts.json
            ? JSON.stringify(rows, null, 2)
            : rows.map((m) => `${m.id}  ${m.fullName}  ${m.role}  ${m.agencyCode ?? "-"}`).join("\n"),
        );
      });
    });

  member
    .command("remove <id>")
    .description("remove a member at once (their history is kept)")
    .action(async (id: string) => {
      await ctx.withDb(async (deps) => {
        const removed = await guard(ctx, () => removeMember(deps, { actor: "system", memberId: id }));
        if (removed !== null) ctx.print(ctx.t("revoke-member-done", { name: removed.fullName }));
      });
    });
}

/** An AppError becomes its localised message and exit code 1. */
async function guard<T>(ctx: CliContext, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    ctx.print(ctx.t(`error-${e.code}`, e.params));
    ctx.exitCode(1);
    return null;
  }
}
