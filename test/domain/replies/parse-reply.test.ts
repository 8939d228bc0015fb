import { describe, expect, it } from "vitest";
import { parseAmount } from "../../../src/domain/replies/parse-amount.ts";
import { parseReply, type ReplyValue } from "../../../src/domain/replies/parse-reply.ts";

const M = 1_000_000n;

describe("parseAmount: money as officials type it", () => {
  it.each([
    ["1.200", 1200n * M],
    ["1.200,5", 1_200_500_000n],
    ["1200", 1200n * M],
    ["1,2 tỷ", 1_200_000_000n],
    ["1,2 ty", 1_200_000_000n],
    ["2 tỷ", 2_000_000_000n],
    ["500 triệu", 500n * M],
    ["500tr", 500n * M],
    ["500 TRIỆU ĐỒNG", 500n * M],
    ["1.200.000.000 đồng", 1_200_000_000n],
    ["1.200.000.000 đ", 1_200_000_000n],
    ["1.200.000.000 VND", 1_200_000_000n],
    ["350 nghìn đồng", 350_000n],
    ["0", 0n],
    ["1 200,5", 1_200_500_000n],
  ])("%s", (text, vnd) => {
    expect(parseAmount(text)).toEqual({ ok: true, vnd });
  });

  it.each(["nhiều", "-5", "1,2,3", "5 đô", "0,0000001", "1.2345678 triệu", ""])("refuses %j", (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });
});

const ok = (text: string, value: ReplyValue) => {
  const r = parseReply(text);
  expect(r.errors).toEqual([]);
  expect(r.value).toEqual(value);
};

describe("parseReply: a table of realistic messages", () => {
  it("the template, with diacritics", () => {
    ok(
      "DA5.TDA3\nTiến độ: 60%\nGiải ngân: 1.200,5\nKết quả: mở 3 lớp dạy nghề, 90 học viên\nKhó khăn: chưa bố trí được mặt bằng\nĐề xuất: hỗ trợ kinh phí thuê địa điểm",
      {
        item: "DA5.TDA3",
        progressPct: 60,
        disbursedVnd: 1_200_500_000n,
        results: "mở 3 lớp dạy nghề, 90 học viên",
        obstacles: "chưa bố trí được mặt bằng",
        proposals: "hỗ trợ kinh phí thuê địa điểm",
      },
    );
  });

  it("without diacritics, upper case, '-' and '=' separators, percent without %", () => {
    ok("da5.tda3\nTIEN DO - 45\ngiai ngan = 500 trieu\nket qua: da mo 2 lop", {
      item: "DA5.TDA3",
      progressPct: 45,
      disbursedVnd: 500n * M,
      results: "da mo 2 lop",
    });
    ok("TIẾN ĐỘ: 100 %\nGIẢI NGÂN: 1,2 tỷ\nTRẠNG THÁI: hoàn thành", {
      progressPct: 100,
      disbursedVnd: 1_200_000_000n,
      status: "completed",
    });
  });

  it("odd spacing and blank lines", () => {
    ok("   DA10.TDA1.ND2  \n\n  Tiến   độ :   30,5 %  \n\tGiải ngân:1.200.000.000 đồng", {
      item: "DA10.TDA1.ND2",
      progressPct: 30.5,
      disbursedVnd: 1_200_000_000n,
    });
  });

  it("English labels", () => {
    ok(
      "Status: in progress\nProgress: 30%\nDisbursed: 250\nResults: 20 people trained\nObstacles: late funds\nProposals: none",
      {
        status: "in-progress",
        progressPct: 30,
        disbursedVnd: 250n * M,
        results: "20 people trained",
        obstacles: "late funds",
        proposals: "none",
      },
    );
  });

  it("disbursement per capital type, on one line or two", () => {
    ok("Giải ngân: đầu tư 300; sự nghiệp 59", {
      disbursedInvestmentVnd: 300n * M,
      disbursedRecurrentVnd: 59n * M,
      disbursedVnd: 359n * M,
    });
    ok("Giải ngân vốn đầu tư: 300\nGiải ngân sự nghiệp: 20,5", {
      disbursedInvestmentVnd: 300n * M,
      disbursedRecurrentVnd: 20_500_000n,
      disbursedVnd: 320_500_000n,
    });
  });

  it("texts continue on the following lines; placeholder dots are dropped", () => {
    ok("Tiến độ: 50%\nKết quả:\n- mở 2 lớp\n- 60 học viên\nĐề xuất: ...", {
      progressPct: 50,
      results: "- mở 2 lớp\n- 60 học viên",
    });
  });

  it("the period it is for", () => {
    for (const [text, key] of [
      ["Kỳ: 2023-Q1", "2023-Q1"],
      ["ky bao cao - quý 2", "Q2"],
      ["Period: Q3/2023", "2023-Q3"],
      ["Kỳ: 6 tháng", "H1"],
      ["Kỳ: cả năm", "Y"],
    ] as const) {
      expect(parseReply(`${text}\nTiến độ: 10%`).value.period).toBe(key);
    }
    expect(parseReply("Kỳ: tuần sau").errors[0]).toMatchObject({ code: "bad-period", line: 1 });
  });

  it("statuses in words", () => {
    for (const [word, status] of [
      ["chưa thực hiện", "not-started"],
      ["dang trien khai", "in-progress"],
      ["Đã hoàn thành", "completed"],
      ["vướng mắc", "stuck"],
    ] as const) {
      expect(parseReply(`Trạng thái: ${word}`).value.status).toBe(status);
    }
  });
});

describe("parseReply: precise errors naming the line", () => {
  it("unreadable values", () => {
    const r = parseReply("DA5.TDA3\nTiến độ: sáu mươi\nGiải ngân: nhiều lắm\nxin chào anh");
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.field, e.line, e.code])).toEqual([
      ["progress", 2, "bad-progress"],
      ["disbursed", 3, "bad-money"],
      ["line", 4, "unknown-line"],
    ]);
    expect(r.value).toEqual({ item: "DA5.TDA3" });
  });

  it("progress above 100, a field twice, an empty message", () => {
    expect(parseReply("Tiến độ: 120%").errors[0]).toMatchObject({ code: "bad-progress", line: 1 });
    expect(parseReply("Tiến độ: 20%\ntien do: 30%").errors[0]).toMatchObject({
      code: "duplicate-field",
      line: 2,
    });
    expect(parseReply("   ").errors[0]).toMatchObject({ code: "empty" });
    expect(parseReply("Chào anh").errors[0]).toMatchObject({ code: "unknown-line" });
  });
});
