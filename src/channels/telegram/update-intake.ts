// Telegram's side of the shared update intake (../update-intake.ts): updates told apart by
// update_id, queued per chat, handled by the bot (with its error boundary).
import { BotError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { ServiceDeps } from "../../services/service-deps.ts";
import { UpdateIntake as SharedIntake, type IntakeTimings, type IntakeTransport } from "../update-intake.ts";
import type { BotContext } from "./context.ts";
import { markClaimedByTransport } from "./middlewares/process-once.ts";

export { INTAKE_TIMINGS, type Accepted, type IntakeTimings } from "../update-intake.ts";

export type UpdateIntake = SharedIntake<Update>;

/** The chat an update belongs to (as `ctx.chat ?? ctx.from`): its updates are handled in order. */
export function chatKeyOf(update: Update): string | null {
  const chat =
    update.message?.chat ??
    update.edited_message?.chat ??
    update.callback_query?.message?.chat ??
    update.my_chat_member?.chat ??
    update.channel_post?.chat;
  if (chat) return String(chat.id);
  const from = update.callback_query?.from ?? update.inline_query?.from;
  return from ? String(from.id) : null;
}

function telegramTransport(bot: Bot<BotContext>, logger: Logger): IntakeTransport<Update> {
  return {
    channel: "telegram",
    idOf: (update) => String(update.update_id),
    chatKeyOf,
    handle: async (update) => {
      markClaimedByTransport(update);
      try {
        await bot.handleUpdate(update);
      } catch (err) {
        if (err instanceof BotError) await Promise.resolve(bot.errorHandler(err)).catch(() => undefined);
        else logger.error({ err, updateId: update.update_id }, "update handling failed");
      }
    },
  };
}

export function telegramIntake(options: {
  bot: Bot<BotContext>;
  deps: Pick<ServiceDeps, "db" | "clock">;
  logger: Logger;
  timings?: IntakeTimings;
  concurrency?: number;
}): UpdateIntake {
  return new SharedIntake<Update>({
    transport: telegramTransport(options.bot, options.logger),
    deps: options.deps,
    logger: options.logger,
    ...(options.timings ? { timings: options.timings } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
}
