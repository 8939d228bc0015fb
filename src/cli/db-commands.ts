import type { Command } from "commander";
import { createMigration } from "../db/migrations.ts";
import { prepareDatabase } from "../db/prepare-database.ts";
import type { CliContext } from "./cli-context.ts";

export function registerDbCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const db = program.command("db").description(t("cli-desc-db"));

  db.command("migrate")
    .description(t("cli-desc-db-migrate"))
    .action(async () => {
      // Nothing pending: a read of _prisma_migrations, no schema engine (safe next to the bot).
      const started = performance.now();
      const { db: client, applied, checkMs } = await prepareDatabase(ctx.config.DATABASE_URL, "write");
      await client.$disconnect();
      ctx.logger.debug(
        { access: "write", checkMs, dbMs: Math.round(performance.now() - started) },
        "database work done",
      );
      ctx.print(applied.length > 0 ? t("db-migrated", { names: applied.join(", ") }) : t("db-up-to-date"));
    });

  db.command(`new-migration <${t("cli-arg-name")}>`)
    .description(t("cli-desc-db-new-migration"))
    .action(async (name: string) => {
      const created = await createMigration(ctx.config.DATABASE_URL, name.replace(/[^A-Za-z0-9_]/g, "_"));
      ctx.print(
        created.name === null ? t("db-migration-none") : t("db-migration-created", { name: created.name }),
      );
    });
}
