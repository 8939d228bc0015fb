// The child process of a bot benchmark: tiendo as `npm start` runs it (startApp from src/main.ts,
// polling the fake Telegram server given in the environment), in a process of its own as deployed.
// Only two things differ from `npm start`: the bot's getMe answer is given (the fake server's bot)
// and BENCH_NOW pins the clock (the seed plan's reporting periods are in 2023).
import { pino } from "pino";
import { createConfig } from "../src/config/config.ts";
import { startApp } from "../src/main.ts";
import { systemClock } from "../src/services/service-deps.ts";
import { BENCH_BOT } from "./bench-bot-info.ts";
import { serveBenchParent } from "./bench-child.ts";

const pinned = process.env.BENCH_NOW;
const clock = pinned ? { now: () => new Date(pinned) } : systemClock;
const app = await startApp(createConfig(process.env), {
  logger: pino({ level: "silent" }),
  botInfo: BENCH_BOT,
  clock,
  say: () => undefined,
});
serveBenchParent(() => app.stop());
