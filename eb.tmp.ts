import { benchExports } from "./src/bench/export-bench.ts";
await benchExports((n, v) => console.log(n.padEnd(50), v));
process.exit(0);
