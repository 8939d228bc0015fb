import { describe, expect, it } from "vitest";
import { ConfigError, createConfig } from "../../src/config/config.ts";

describe("createConfig", () => {
  it("has working defaults for the embedded database", () => {
    expect(createConfig({})).toEqual({
      DATABASE_URL: "file:./data/tiendo.db",
      LOG_LEVEL: "info",
      DEFAULT_LOCALE: "vi",
      TZ_PLAN: "Asia/Ho_Chi_Minh",
      PLAN_FILE: "prisma/data/bac-kan-2023.yaml",
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      BOT_MODE: "polling",
      PORT: 8080,
      ADMIN_TELEGRAM_IDS: [],
      INVITE_TTL_DAYS: 7,
      CODE_ATTEMPTS_MAX: 5,
      CODE_ATTEMPTS_WINDOW_MINUTES: 15,
      LINK_CODE_TTL_MINUTES: 10,
      REMINDERS_ENABLED: true,
      REMINDER_CRON: "* * * * *",
      DIGEST_WEEKDAY: 1,
      DIGEST_TIME: "08:00",
      DIGEST_AFTER_DEADLINE: true,
      ZALO_API_ROOT: "https://bot-api.zaloplatforms.com",
      ZALO_MODE: "polling",
      ZALO_SENDS_PER_SECOND: 5,
      UPDATE_CONCURRENCY: 8,
      FILE_LINK_TTL_HOURS: 24,
      SANDBOX_CLOCK: "2023-06-12T08:00",
    });
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/x"],
    ["LOG_LEVEL", "loud"],
    ["DEFAULT_LOCALE", "fr"],
    ["TZ_PLAN", "Asia/Hanoi_City"],
    ["TELEGRAM_BOT_TOKEN", "not-a-token"],
    ["WEBHOOK_SECRET", "short"],
    ["ADMIN_TELEGRAM_IDS", "12,abc"],
    ["PORT", "99999"],
    ["CODE_ATTEMPTS_MAX", "0"],
    ["LINK_CODE_TTL_MINUTES", "90"],
    ["REMINDER_CRON", "every minute"],
    ["SANDBOX_CLOCK", "next monday"],
    ["REMINDERS_ENABLED", "maybe"],
    ["DIGEST_TIME", "8am"],
    ["DIGEST_WEEKDAY", "9"],
    ["ZALO_BOT_TOKEN", "no colon"],
    ["ZALO_MODE", "push"],
    ["ZALO_WEBHOOK_SECRET", "short"],
    ["ZALO_SENDS_PER_SECOND", "0"],
    ["PUBLIC_URL", "not a url"],
    ["FILE_LINK_TTL_HOURS", "0"],
    ["UPDATE_CONCURRENCY", "0"],
  ])("names the variable when %s is bad", (variable, value) => {
    let error: unknown;
    try {
      createConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).not.toContain(value);
  });

  it("webhook mode needs a token, a URL and a secret", () => {
    expect(() => createConfig({ BOT_MODE: "webhook" })).toThrow(ConfigError);
    const c = createConfig({
      BOT_MODE: "webhook",
      TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ_-12",
      WEBHOOK_URL: "https://bot.example.vn/telegram",
      WEBHOOK_SECRET: "s3cret-s3cret-s3cret",
      ADMIN_TELEGRAM_IDS: "111, 222",
    });
    expect(c.ADMIN_TELEGRAM_IDS).toEqual(["111", "222"]);
  });

  it("Zalo webhook mode needs a Zalo token, a URL and a secret, and says it is for ZALO_MODE", () => {
    let error: unknown;
    try {
      createConfig({ ZALO_MODE: "webhook", ZALO_BOT_TOKEN: "1234567890:abcdefghij" });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ variable: "ZALO_WEBHOOK_URL", key: "config-detail-zalo-webhook-required" });
    const c = createConfig({
      ZALO_MODE: "webhook",
      ZALO_BOT_TOKEN: "1234567890:abcdefghij",
      ZALO_WEBHOOK_URL: "https://bot.example.vn/zalo",
      ZALO_WEBHOOK_SECRET: "zalo-secret",
      PUBLIC_URL: "https://bot.example.vn",
    });
    expect(c.ZALO_MODE).toBe("webhook");
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it("accepts a well-formed bot token and treats an empty one as absent", () => {
    expect(
      createConfig({ TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ_-12" }).TELEGRAM_BOT_TOKEN,
    ).toBe("123456:ABCdefGHIjklMNOpqrSTUvwxYZ_-12");
    expect(createConfig({ TELEGRAM_BOT_TOKEN: "" }).TELEGRAM_BOT_TOKEN).toBeUndefined();
  });
});
