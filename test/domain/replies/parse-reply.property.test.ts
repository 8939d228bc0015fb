// Property tests: the parser never throws and never invents a value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/domain/replies/normalize.ts";
import { parseReply } from "../../../src/domain/replies/parse-reply.ts";

const labels = [
  "Tiến độ",
  "tien do",
  "Giải ngân",
  "GIAI NGAN",
  "Kết quả",
  "Khó khăn",
  "Đề xuất",
  "Trạng thái",
  "Progress",
  "Disbursed",
];
const seps = [":", " -", "=", ": ", "  :  "];
const values = fc.oneof(
  fc.string(),
  fc.integer({ min: -10, max: 200 }).map(String),
  fc.constantFrom(
    "60%",
    "1.200,5",
    "1,2 tỷ",
    "500 triệu",
    "1.200.000.000 đồng",
    "hoàn thành",
    "...",
    "đang thực hiện",
  ),
);
const line = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom(...labels), fc.constantFrom(...seps), values).map(([l, s, v]) => `${l}${s}${v}`),
);
const message = fc.array(line, { maxLength: 8 }).map((ls) => ls.join("\n"));

describe("parseReply properties", () => {
  it("never throws, on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), message),
        (text) => {
          parseReply(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never invents a value: every number and text it returns is in the message", () => {
    fc.assert(
      fc.property(message, (text) => {
        const { value } = parseReply(text);
        const digits = text.replace(/\D/g, "");
        if (value.progressPct !== undefined) {
          expect(digits).toContain(String(Math.trunc(value.progressPct)));
        }
        for (const f of ["results", "obstacles", "proposals"] as const) {
          const v = value[f];
          if (v !== undefined) for (const part of v.split("\n")) expect(text).toContain(part);
        }
        if (value.status !== undefined) expect(fold(text)).toMatch(/trang thai|tinh trang|tinh hinh|status/);
        if (value.disbursedVnd !== undefined && value.disbursedVnd > 0n) expect(digits).toMatch(/[1-9]/);
        if (value.item !== undefined) expect(text.toUpperCase()).toContain(value.item);
      }),
      { numRuns: 2000 },
    );
  });

  it("a message either reads fully or says which line is wrong", () => {
    fc.assert(
      fc.property(message, (text) => {
        const r = parseReply(text);
        expect(r.ok).toBe(r.errors.length === 0);
        const count = text.replace(/\r\n?/g, "\n").split("\n").length;
        for (const e of r.errors) expect(e.line).toBeLessThanOrEqual(count);
      }),
      { numRuns: 1000 },
    );
  });
});
