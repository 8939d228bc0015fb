import { describe, expect, it } from "vitest";
import { messageKeys } from "../../src/i18n/translator.ts";
import { APP_ERROR_CODES, appErrorKey } from "../../src/services/app-error.ts";

describe("AppError codes", () => {
  it("every code has its message in Vietnamese and in English", () => {
    for (const locale of ["vi", "en"] as const) {
      const keys = new Set(messageKeys(locale));
      const missing = APP_ERROR_CODES.filter((code) => !keys.has(appErrorKey(code)));
      expect(missing, `missing in locales/${locale}.ftl`).toEqual([]);
    }
  });
});
