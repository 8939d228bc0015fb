// The bundled plan in a real SQLite file with sample progress reports for Q1 and Q2 2023: most
// agencies on time, some late, some missing, obstacles and proposals, a split disbursement.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../src/db/open-database.ts";
import { importPlanFile } from "../../src/services/plan/import-plan-file.ts";
import type { ServiceDeps } from "../../src/services/service-deps.ts";
import { seedPlanText } from "../support/seed-plan.ts";
import { tempDatabase } from "../support/temp-database.ts";

const M = 1_000_000n;

interface Sample {
  status: string;
  progress: number;
  disbursed: bigint;
  investment?: bigint;
  obstacles?: string;
  proposals?: string;
  results?: string;
  /** Days after the deadline (negative: before it). */
  sentAfter: number;
}

/** What each agency reports, by item (absent: nothing reported). */
const Q2: Record<string, Sample> = {
  "LDTBXH|DA5.TDA3": {
    status: "in-progress",
    progress: 605,
    disbursed: 2_950n * M,
    results: "Đã mở 6 lớp đào tạo nghề cho 180 học viên",
    obstacles: "Thiếu giáo viên dạy nghề tại chỗ",
    sentAfter: -3,
  },
  "TP|DA10.TDA1.ND2": { status: "in-progress", progress: 500, disbursed: 40n * M, sentAfter: -1 },
  "TP|DA10.TDA1.ND3": {
    status: "completed",
    progress: 1000,
    disbursed: 30n * M,
    proposals: "Bổ sung kinh phí trợ giúp pháp lý lưu động",
    sentAfter: -2,
  },
  "VHTT|DA6": {
    status: "stuck",
    progress: 150,
    disbursed: 25n * M,
    obstacles: "Chưa giải phóng xong mặt bằng nhà văn hóa thôn Nà Pài",
    proposals: "Đề nghị UBND thành phố chỉ đạo giải phóng mặt bằng",
    sentAfter: 4,
  },
  "UBND-HT|DA4.TDA1.ND1": {
    status: "in-progress",
    progress: 420,
    disbursed: 150n * M,
    investment: 150n * M,
    sentAfter: 0,
  },
  "HLHPN|DA8": { status: "in-progress", progress: 380, disbursed: 48n * M, sentAfter: -5 },
  "NV|DA5.TDA2.ND1": { status: "completed", progress: 1000, disbursed: 60n * M, sentAfter: -4 },
  "VP|DA5.TDA4": { status: "in-progress", progress: 450, disbursed: 15n * M, sentAfter: -1 },
  "TTYT|DA7": { status: "in-progress", progress: 300, disbursed: 0n, sentAfter: 2 },
};

const Q1: Record<string, Sample> = {
  "LDTBXH|DA5.TDA3": { status: "in-progress", progress: 350, disbursed: 1_850n * M, sentAfter: -2 },
  "TP|DA10.TDA1.ND2": { status: "in-progress", progress: 250, disbursed: 10n * M, sentAfter: -1 },
  "VHTT|DA6": { status: "in-progress", progress: 100, disbursed: 5n * M, sentAfter: 2 },
  "HLHPN|DA8": { status: "in-progress", progress: 150, disbursed: 20n * M, sentAfter: -1 },
};

export interface SampleWorld {
  db: Db;
  deps: ServiceDeps;
  close(): Promise<void>;
}

/** The seed plan (optionally changed) with sample reports, seen on 2023-06-20 (after the Q2 deadline). */
export async function sampleWorld(planText = seedPlanText()): Promise<SampleWorld> {
  const temp = await tempDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), "tiendo-plan-"));
  const file = path.join(dir, "plan.yaml");
  writeFileSync(file, planText);
  const deps = { db: temp.db, clock: { now: () => new Date("2023-06-20T03:00:00Z") } };
  const imported = await importPlanFile(deps, { file });
  if (imported.kind !== "checked" || !imported.applied) throw new Error("the sample plan did not import");
  const assignments = await temp.db.assignment.findMany({
    select: { id: true, agency: { select: { code: true } }, workItem: { select: { code: true } } },
  });
  const periods = await temp.db.reportingPeriod.findMany({ select: { id: true, key: true, dueAt: true } });
  let n = 0;
  for (const [key, samples] of [
    ["2023-Q1", Q1],
    ["2023-Q2", Q2],
  ] as const) {
    const period = periods.find((p) => p.key === key);
    if (!period) throw new Error(`no period ${key}`);
    for (const a of assignments) {
      const s = samples[`${a.agency.code}|${a.workItem.code}`];
      if (!s) continue;
      n++;
      const id = `report-${n}`;
      const submittedAt = new Date(period.dueAt.getTime() + s.sentAfter * 86_400_000 - 3_600_000 * 6);
      await temp.db.progressReport.create({
        data: {
          id,
          assignmentId: a.id,
          periodId: period.id,
          reference: `R${1000 + n}`,
          createdAt: submittedAt,
        },
      });
      await temp.db.reportRevision.create({
        data: {
          id: `${id}-1`,
          reportId: id,
          number: 1,
          status: s.status,
          progressPermille: s.progress,
          disbursedTotalVnd: s.disbursed,
          disbursedInvestmentVnd: s.investment ?? null,
          results: s.results ?? null,
          obstacles: s.obstacles ?? null,
          proposals: s.proposals ?? null,
          late: s.sentAfter > 0,
          channel: "telegram",
          idempotencyKey: `${id}-1`,
          submittedAt,
        },
      });
    }
  }
  return {
    db: temp.db,
    deps,
    close: async () => {
      await temp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
