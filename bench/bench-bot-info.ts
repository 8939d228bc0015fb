// The fake Telegram server's bot as getMe describes it (bot benchmarks skip the call).
import type { UserFromGetMe } from "grammy/types";
import { BOT_USER } from "../test/support/fake-telegram/fake-telegram-server.ts";

export const BENCH_BOT: UserFromGetMe = {
  ...BOT_USER,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as UserFromGetMe;
