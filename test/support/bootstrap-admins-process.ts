// A process making sure of the configured admins, as each instance does when it starts: for tests
// of instances starting at once. Environment: DATABASE_URL, ADMIN_IDS (comma-separated), START_AT
// (epoch ms to wait for, so that all start together). Prints how many admins it made.
import { openDatabase } from "../../src/db/open-database.ts";
import { bootstrapAdmins } from "../../src/services/people/bootstrap-admins.ts";
import { systemClock } from "../../src/services/service-deps.ts";

async function main() {
  const db = await openDatabase(process.env.DATABASE_URL ?? "");
  await db.$queryRawUnsafe("SELECT 1"); // connected before the start line
  const startAt = Number(process.env.START_AT ?? 0);
  if (startAt > Date.now()) await new Promise((r) => setTimeout(r, startAt - Date.now()));
  const made = await bootstrapAdmins({ db, clock: systemClock }, (process.env.ADMIN_IDS ?? "").split(","));
  process.stdout.write(`${made}\n`);
  await db.$disconnect();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
