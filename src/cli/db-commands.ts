import type { Command } from "commander";
import { applyPendingMigrations, createMigration } from "../db/migrations.ts";
import type { CliContext } from "./cli-context.ts";

export function registerDbCommands(program: Command, ctx: CliContext): void {
  const db = program.command("db").description("database migrations");

  db.command("migrate")
    .description("apply pending migrations from prisma/migrations")
    .action(async () => {
      const applied = await applyPendingMigrations(ctx.config.DATABASE_URL);
      ctx.print(
        applied.length > 0 ? ctx.t("db-migrated", { names: applied.join(", ") }) : ctx.t("db-up-to-date"),
      );
    });

  db.command("new-migration <name>")
    .description("create a migration from the changes in prisma/schema.prisma")
    .action(async (name: string) => {
      const created = await createMigration(ctx.config.DATABASE_URL, name.replace(/[^A-Za-z0-9_]/g, "_"));
      ctx.print(
        created.name === null
          ? ctx.t("db-migration-none")
          : ctx.t("db-migration-created", { name: created.name }),
      );
    });
}
