import type { Command } from "commander";
import { MEMBER_ROLES, type MemberRole } from "../domain/access/roles.ts";
import { formatInstant } from "../domain/format-date.ts";
import { AppError } from "../services/app-error.ts";
import { createInvite } from "../services/people/create-invite.ts";
import { inviteLink } from "../services/people/invite-code.ts";
import { listPendingInvites } from "../services/people/list-invites.ts";
import { listMembers } from "../services/people/list-members.ts";
import { removeMember } from "../services/people/remove-member.ts";
import { revokeInvite } from "../services/people/revoke-invite.ts";
import { botUsername } from "./bot-username.ts";
import type { CliContext } from "./cli-context.ts";

/** A role as typed: its code in any case ("Focal-Point"). */
function roleOf(ctx: CliContext, text: string): MemberRole {
  const role = MEMBER_ROLES.find((r) => r === text.trim().toLowerCase());
  if (role === undefined) {
    const roles = MEMBER_ROLES.map((r) => `${r} (${ctx.t(`member-role-${r}`)})`).join(", ");
    throw new AppError("unknown-role", { value: text, roles });
  }
  return role;
}

/** The operator's CLI: invites and members, with the rights of the server's owner. */
export function registerPeopleCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const when = (at: Date) => formatInstant(at, ctx.config.TZ_PLAN, ctx.locale);
  const invite = program.command("invite").description(t("cli-desc-invite"));

  invite
    .command("create")
    .description(t("cli-desc-invite-create"))
    .requiredOption(`--role <${t("cli-arg-role")}>`, t("cli-desc-role"))
    .option(`--agency <${t("cli-arg-code")}>`, t("cli-desc-agency"))
    .option("--json", t("cli-desc-invite-json"))
    .action(async (opts: { role: string; agency?: string; json?: boolean }) => {
      const role = roleOf(ctx, opts.role);
      await ctx.withDb("write", async (deps) => {
        const created = await createInvite(deps, {
          actor: "system",
          role,
          agencyCode: opts.agency,
          ttlDays: ctx.config.INVITE_TTL_DAYS,
        });
        const username = await botUsername(ctx.config);
        const link = username === null ? null : inviteLink(username, created.code);
        if (opts.json) {
          ctx.print(
            JSON.stringify({
              code: created.code,
              link,
              zalo: t("invite-zalo-instruction", { code: created.code }),
              role: created.role,
              agency: created.agencyCode,
              expiresAt: created.expiresAt.toISOString(),
            }),
          );
          return;
        }
        ctx.print(
          t("invite-created", {
            role: t(`member-role-${created.role}`),
            agency: created.agencyName ? t("agency-suffix", { agency: created.agencyName }) : "",
            link: link ?? t("invite-link-unavailable", { code: created.code }),
            code: created.code,
            expires: when(created.expiresAt),
          }),
        );
        ctx.print(t("invite-zalo-instruction", { code: created.code }));
      });
    });

  invite
    .command("list")
    .description(t("cli-desc-invite-list"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const rows = await listPendingInvites(deps, "system");
        if (opts.json) {
          const out = rows.map((r) => ({
            id: r.id,
            role: r.role,
            agency: r.agency?.code ?? null,
            expiresAt: r.expiresAt.toISOString(),
          }));
          return ctx.print(JSON.stringify(out, null, 2));
        }
        ctx.print(
          rows.length === 0
            ? t("cli-invite-list-none")
            : rows
                .map((r) =>
                  t("cli-invite-row", {
                    id: r.id,
                    role: t(`member-role-${r.role}`),
                    agency: r.agency?.code ?? "—",
                    expires: when(r.expiresAt),
                  }),
                )
                .join("\n"),
        );
      });
    });

  invite
    .command(`revoke <${t("cli-arg-code-or-id")}>`)
    .description(t("cli-desc-invite-revoke"))
    .action(async (key: string) => {
      await ctx.withDb("write", async (deps) => {
        const byId = /^[0-9a-f-]{36}$/.test(key);
        const result = await revokeInvite(deps, {
          actor: "system",
          ...(byId ? { inviteId: key } : { code: key }),
        });
        ctx.print(t(result === "revoked" ? "revoke-invite-done" : "revoke-invite-already"));
      });
    });

  const member = program.command("member").description(t("cli-desc-member"));

  member
    .command("list")
    .description(t("cli-desc-member-list"))
    .option("--json", t("cli-desc-json"))
    .action(async (opts: { json?: boolean }) => {
      await ctx.withDb("read", async (deps) => {
        const rows = await listMembers(deps, "system");
        if (opts.json) return ctx.print(JSON.stringify(rows, null, 2));
        ctx.print(
          rows.length === 0
            ? t("cli-member-list-none")
            : rows
                .map((m) =>
                  t("cli-member-row", {
                    id: m.id,
                    name: m.fullName,
                    role: t(`member-role-${m.role}`),
                    agency: m.agencyCode ?? "—",
                  }),
                )
                .join("\n"),
        );
      });
    });

  member
    .command(`remove <${t("cli-arg-id")}>`)
    .description(t("cli-desc-member-remove"))
    .action(async (id: string) => {
      await ctx.withDb("write", async (deps) => {
        const removed = await removeMember(deps, { actor: "system", memberId: id });
        ctx.print(t("revoke-member-done", { name: removed.fullName }));
      });
    });
}
