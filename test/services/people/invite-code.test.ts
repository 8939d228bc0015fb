import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashInviteCode, newInviteCode } from "../../../src/services/people/invite-code.ts";

describe("invite codes", () => {
  it("are 8 characters with a digit, shown as XXXX-XXXX, and differ", () => {
    const codes = Array.from({ length: 500 }, newInviteCode);
    for (const c of codes) expect(c).toMatch(/^(?=.*\d)[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("hash the same however they are typed; older long codes keep their hash", async () => {
    const h = await hashInviteCode("7K2Q-9XWD");
    expect(await hashInviteCode("7k2q 9xwd")).toBe(h);
    expect(await hashInviteCode("7K2Q9XWD")).toBe(h);
    expect(await hashInviteCode("7K2Q-9XWE")).not.toBe(h);
    expect(h).not.toBe(createHash("sha256").update("7K2Q9XWD").digest("hex"));
    const old = "AbCdEfGhIjKlMnOpQrStUv";
    expect(await hashInviteCode(old)).toBe(createHash("sha256").update(old).digest("hex"));
  });
});
