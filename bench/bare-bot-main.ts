// The child process of a bot benchmark: a bare grammY echo bot (no database), polling the fake
// Telegram server given in the environment, measured the same way as tiendo's process.
import { Bot } from "grammy";
import { BENCH_BOT } from "./bench-bot-info.ts";
import { serveBenchParent } from "./bench-child.ts";

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? "", {
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "" },
  botInfo: BENCH_BOT,
});
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
void bot.start();
serveBenchParent(() => bot.stop());
