// Progress replies: parsing speed, and 100 focal points reporting at once through the fake server.
import { performance } from "node:perf_hooks";
import { percentile } from "./stats.ts";
import type { SentMessage } from "../test/support/fake-telegram/fake-telegram-server.ts";
import { parseReply } from "../src/domain/replies/parse-reply.ts";
import type { PrivateChat } from "../test/support/fake-telegram/telegram-users.ts";
import { startBenchAppProcess } from "./bench-app-process.ts";
import type { BenchKind } from "./bench-database.ts";

const TOKEN = "123456:BENCH-reports-fake-server_xyz";

const SAMPLES = [
  "DA5.TDA3\nTiến độ: 60%\nGiải ngân: 1.200,5\nKết quả: mở 3 lớp dạy nghề, 90 học viên\nKhó khăn: chưa bố trí được mặt bằng\nĐề xuất: ...",
  "tien do - 45\ngiai ngan = 1,2 tỷ\nket qua: da mo 2 lop\nkho khan: thieu giao vien",
  "Progress: 30%\nDisbursed: 1.200.000.000 đồng\nResults: trained 20\nObstacles: none",
  "TIẾN ĐỘ: 100 %\nGIẢI NGÂN: 500 triệu\nTRẠNG THÁI: hoàn thành",
  "Tiến độ: sáu mươi\nGiải ngân: nhiều",
];

export async function benchReports(print: (name: string, value: string) => void): Promise<void> {
  for (let i = 0; i < 500; i++) parseReply(SAMPLES[i % SAMPLES.length] ?? "");
  const start = performance.now();
  for (let i = 0; i < 10_000; i++) parseReply(SAMPLES[i % SAMPLES.length] ?? "");
  const ms = performance.now() - start;
  print(
    "replies: parse 10,000 messages",
    `${ms.toFixed(0)} ms (${((10_000 / ms) * 1000).toFixed(0)} messages/s)`,
  );
}

/** Runs in the bot section (bot-bench.ts), next to the bare grammY bot; tiendo in its own process. */
export async function benchReportsAtOnce(
  print: (name: string, value: string) => void,
  kind: BenchKind,
): Promise<void> {
  // 100 focal points (one per agency of a generated list? the seed has 9 reporting agencies:
  // several focal points per agency, as in real life), each sending one report and confirming it.
  const bench = await startBenchAppProcess(TOKEN, kind, { now: "2023-03-10T03:00:00Z" });
  const agencies = [
    ["LDTBXH", "DA5.TDA3"],
    ["VHTT", "DA6"],
    ["TTYT", "DA7"],
    ["HLHPN", "DA8"],
    ["NV", "DA5.TDA2.ND1"],
    ["UBND-HT", "DA4.TDA1.ND1"],
    ["TCKH", "DA10.TDA3"],
    ["TP", "DA10.TDA1.ND2"],
    ["VP", "DA5.TDA4"],
  ] as const;
  // Joined one after the other: set-up, not measured.
  const people: { chat: PrivateChat; item: string }[] = [];
  for (let i = 0; i < 100; i++) {
    const [agency, item] = agencies[i % agencies.length]!;
    people.push({ chat: await bench.join("focal-point", agency), item });
  }
  const latencies: number[] = [];
  let t0 = 0;
  const burst = () => {
    t0 = performance.now();
    return Promise.all(
      people.map(async ({ chat, item }, i) => {
        const s = performance.now();
        await chat.send(
          `${item}\nTiến độ: ${(i % 90) + 5}%\nGiải ngân: ${i + 1},5\nKết quả: báo cáo thử ${i}`,
        );
        const summary: SentMessage = await chat.next(
          (m) => m.text?.startsWith("Anh/chị xác nhận") ?? false,
          60_000,
        );
        latencies.push(performance.now() - s);
        const confirm = summary.reply_markup?.inline_keyboard?.[0]?.[0]?.callback_data ?? "";
        const s2 = performance.now();
        await chat.press(summary, confirm);
        await chat.next((m) => m.text?.startsWith("✅") ?? false, 60_000);
        latencies.push(performance.now() - s2);
      }),
    );
  };
  await bench.process.profiled(`reports-${kind}`, burst);
  const seconds = (performance.now() - t0) / 1000;
  const revisions = await bench.db.reportRevision.count();
  await bench.stop();
  print(
    `replies (${kind}): 100 focal points report at once (message + confirm)`,
    `${(100 / seconds).toFixed(1)} reports/s, p95 ${percentile(latencies, 95).toFixed(0)} ms per step (target < 150 ms), ${revisions} revisions saved`,
  );
}
