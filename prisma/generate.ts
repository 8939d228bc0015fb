// Generates the Prisma clients offline: the SQLite one (src/generated/prisma) and, from the derived
// schema, the PostgreSQL one (src/generated/prisma-pg). `prisma generate` only needs the
// WebAssembly pieces shipped in the `prisma` package; the native schema engine it would download
// is never used, so any existing file satisfies its check (see README: "Database").
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const schemas = ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"].filter((s) =>
  existsSync(path.join(root, s)),
);
for (const schema of schemas) {
  const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", path.join(root, schema)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
