// Generates the Prisma client offline. `prisma generate` only needs the WebAssembly pieces
// shipped in the `prisma` package; the native schema engine it would download is never used,
// so any existing file satisfies its check (see README: "Database").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(
  process.execPath,
  [prismaCli, "generate", "--schema", path.join(root, "prisma/schema.prisma")],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
process.exit(result.status ?? 1);
