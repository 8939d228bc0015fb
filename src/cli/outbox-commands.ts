import type { Command } from "commander";
import { formatInstant } from "../domain/format-date.ts";
import { listOutbox } from "../services/outbox/list-outbox.ts";
import type { CliContext } from "./cli-context.ts";

const STATUSES = [
  "pending",
  "claimed",
  "sent",
  "failed",
  "cancelled",
  "unreachable",
  "skipped",
  "superseded",
];
const KINDS = ["reminder", "digest", "correction", "unreachable", "return", "link-notice"];

export function registerOutboxCommands(program: Command, ctx: CliContext): void {
  const outbox = program.command("outbox").description("what tiendo sends on its own, and what failed");
  outbox
    .command("list")
    .description("notifications in the outbox, newest first (at most 200)")
    .option("--status <status>", STATUSES.join(" | "))
    .option("--kind <kind>", KINDS.join(" | "))
    .option(
      "--json",
      "print [{ id, kind, key, status, attempts, recipient, dueAt, nextAttemptAt, sentAt, channel, lastError }]",
    )
    .action(async (opts: { status?: string; kind?: string; json?: boolean }) => {
      for (const [value, allowed] of [
        [opts.status, STATUSES],
        [opts.kind, KINDS],
      ] as const) {
        if (value !== undefined && !allowed.includes(value)) {
          ctx.print(ctx.t("outbox-bad-option", { value, allowed: allowed.join(", ") }));
          return ctx.exitCode(1);
        }
      }
      await ctx.withDb("read", async (deps) => {
        const rows = await listOutbox(deps, {
          ...(opts.status !== undefined ? { status: opts.status } : {}),
          ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
        });
        if (opts.json) return ctx.print(JSON.stringify(rows, null, 2));
        if (rows.length === 0) return ctx.print(ctx.t("outbox-list-none"));
        const at = (iso: string) => formatInstant(new Date(iso), ctx.config.TZ_PLAN, ctx.locale);
        for (const r of rows) {
          ctx.print(
            ctx.t("outbox-list-row", {
              at: at(r.sentAt ?? r.nextAttemptAt),
              kind: r.kind,
              status: r.status,
              recipient: r.recipient || "—",
              attempts: r.attempts,
              key: r.key,
            }),
          );
          if (r.lastError !== null && r.status !== "sent")
            ctx.print(`    ${ctx.t("outbox-list-error", { error: r.lastError })}`);
        }
      });
    });
}
