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
    });
  });

  it.each([
    ["DATABASE_URL", "postgres://localhost/x"],
    ["LOG_LEVEL", "loud"],
    ["DEFAULT_LOCALE", "fr"],
    ["TZ_PLAN", "Asia/Hanoi_City"],
    ["TELEGRAM_BOT_TOKEN", "not-a-token"],
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

  it("accepts a well-formed bot token and treats an empty one as absent", () => {
    expect(
      createConfig({ TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ_-12" }).TELEGRAM_BOT_TOKEN,
    ).toBe("123456:ABCdefGHIjklMNOpqrSTUvwxYZ_-12");
    expect(createConfig({ TELEGRAM_BOT_TOKEN: "" }).TELEGRAM_BOT_TOKEN).toBeUndefined();
  });
});
