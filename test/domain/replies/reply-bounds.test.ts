// Bounds checked when a message is read: nothing absurd, negative or contradictory is shown as
// understood (and Confirm can never fail on it later).
import { describe, expect, it } from "vitest";
import { MAX_AMOUNT_VND, parseAmount } from "../../../src/domain/replies/parse-amount.ts";
import { parseReply } from "../../../src/domain/replies/parse-reply.ts";
import { advanceWizard, startWizard } from "../../../src/domain/replies/report-wizard.ts";
import { reportWarnings } from "../../../src/domain/replies/report-warnings.ts";

const codes = (text: string) => parseReply(text).errors.map((e) => e.code);
const none = { budgetVnd: null, lastProgressPct: null };

describe("amount bounds", () => {
  it("refuses amounts above 10^15 VND, accepts the bound itself", () => {
    expect(parseAmount("99999999999999999999999")).toEqual({ ok: false, reason: "too-large" });
    expect(parseAmount("1.000.000.001 triệu")).toEqual({ ok: false, reason: "too-large" });
    expect(parseAmount("1.000.000.000 triệu")).toEqual({ ok: true, vnd: MAX_AMOUNT_VND });
    expect(codes("DA5.TDA3\nGiải ngân: 99999999999999999999999")).toEqual(["money-too-large"]);
    expect(parseReply("Giải ngân: 99999999999999999999999").value.disbursedVnd).toBeUndefined();
  });

  it("refuses a negative amount, alone or as one capital type, with or without a separator", () => {
    expect(codes("Giải ngân: -100")).toEqual(["negative-money"]);
    expect(codes("Giải ngân -100")).toEqual(["negative-money"]);
    expect(codes("Giải ngân: đầu tư -300; sự nghiệp 59")).toEqual(["negative-money"]);
    expect(codes("Giải ngân: đầu tư 300; sự nghiệp −59")).toEqual(["negative-money"]);
    expect(codes("Giải ngân đầu tư: -300")).toEqual(["negative-money"]);
    expect(parseReply("Giải ngân: đầu tư -300; sự nghiệp 59").ok).toBe(false);
  });

  it("still reads dashes used as separators", () => {
    expect(parseReply("Giải ngân - 100").value.disbursedVnd).toBe(100_000_000n);
    expect(parseReply("Giải ngân: đầu tư - 300; sự nghiệp 59").value).toMatchObject({
      disbursedInvestmentVnd: 300_000_000n,
      disbursedRecurrentVnd: 59_000_000n,
    });
  });

  it("the guided report refuses the same amounts", () => {
    const at = { ...startWizard({ assignmentId: "a", periodId: "p" }), step: "disbursed" as const };
    expect(advanceWizard(at, { kind: "text", text: "-100" }).error?.code).toBe("negative-money");
    expect(advanceWizard(at, { kind: "text", text: "99999999999999999999999" }).error?.code).toBe(
      "money-too-large",
    );
  });
});

describe("status and progress that contradict each other", () => {
  it("warns (to confirm) on not started with progress, and completed below 100%", () => {
    const read = (text: string) => reportWarnings(parseReply(text).value, none).map((w) => w.code);
    expect(read("Trạng thái: chưa bắt đầu\nTiến độ: 100%")).toEqual(["status-progress"]);
    expect(read("Trạng thái: hoàn thành\nTiến độ: 0%")).toEqual(["status-progress"]);
    expect(read("Trạng thái: hoàn thành\nTiến độ: 100%")).toEqual([]);
    expect(read("Trạng thái: chưa bắt đầu\nTiến độ: 0")).toEqual([]);
    expect(read("Trạng thái: đang thực hiện\nTiến độ: 0%")).toEqual([]);
  });
});
