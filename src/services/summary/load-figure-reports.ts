// The reports a summary needs, revisions oldest first: the period's own with their texts (notes,
// the workbook), and for the cumulative figures the other periods' figures only. Read in steps, so
// a province's summary does not read every report of the year when it need not:
// 1. the period's own reports and the previous period's (its figures give the change since then),
//    and of periods ending after the as-of date the revisions sent by then (usually none);
// 2. the other periods that ended by the as-of date, only for the assignments whose figures are not
//    already settled by a revision standing after those periods' ends (all of them when many are
//    not). Revisions are read flat and grouped here: a nested include binds a parameter per report.
import { settledSince } from "../../domain/summary/cumulative-figures.ts";
import type { ReportStatus } from "../../domain/replies/reply-fields.ts";
import type { SnapshotRevision } from "../../domain/summary/summary-types.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";

interface PeriodRef {
  id: string;
  key: string;
  endDate: string;
  endAt: Date;
}

export interface FigureReportsOptions {
  periods: PeriodRef[];
  period: PeriodRef;
  previous: PeriodRef | null;
  asOf: { date: string; at: Date };
  /** Every reporting assignment of the plan. */
  reporters: string[];
}

type Revision = SnapshotRevision;
export interface LoadedReport {
  assignmentId: string;
  periodKey: string;
  reference: string;
  revisions: Revision[];
}

/** Past this many open assignments, step 2 reads the periods whole rather than by assignment. */
const MAX_FILTERED = 500;

const FIGURES = {
  reportId: true,
  number: true,
  submittedAt: true,
  late: true,
  status: true,
  progressPermille: true,
  disbursedInvestmentVnd: true,
  disbursedRecurrentVnd: true,
  disbursedTotalVnd: true,
} as const;
const TEXTS = { results: true, obstacles: true, proposals: true } as const;
const REPORT = { id: true, assignmentId: true, reference: true, periodId: true } as const;

export async function loadFigureReports(
  { db }: Pick<ServiceDeps, "db">,
  o: FigureReportsOptions,
): Promise<LoadedReport[]> {
  const keyOf = new Map(o.periods.map((p) => [p.id, p.key]));
  type Row = Omit<Revision, "results" | "obstacles" | "proposals" | "status"> &
    Partial<Pick<Revision, "results" | "obstacles" | "proposals">> & { reportId: string; status: string };
  const attach = (
    reports: { id: string; assignmentId: string; reference: string; periodId: string }[],
    rows: Row[],
  ) => {
    const of = new Map<string, Revision[]>();
    for (const { reportId, ...r } of rows) {
      const v = { results: null, obstacles: null, proposals: null, ...r, status: r.status as ReportStatus };
      const list = of.get(reportId);
      if (list) list.push(v);
      else of.set(reportId, [v]);
    }
    return reports.map((r) => ({
      assignmentId: r.assignmentId,
      periodKey: keyOf.get(r.periodId) ?? "",
      reference: r.reference,
      revisions: of.get(r.id) ?? [],
    }));
  };
  const order = [{ reportId: "asc" }, { number: "asc" }] as const;
  const read = async (where: Prisma.ProgressReportWhereInput, texts: boolean): Promise<LoadedReport[]> => {
    const [reports, rows] = await Promise.all([
      db.progressReport.findMany({ where, select: REPORT }),
      db.reportRevision.findMany({
        where: { report: where },
        orderBy: [...order],
        select: texts ? { ...FIGURES, ...TEXTS } : FIGURES,
      }),
    ]);
    return attach(reports, rows);
  };
  /** Of periods ending after the as-of date, the revisions sent by then (usually none). */
  const readSent = async (periodIds: string[]): Promise<LoadedReport[]> => {
    if (periodIds.length === 0) return [];
    const rows = await db.reportRevision.findMany({
      where: { submittedAt: { lte: o.asOf.at }, report: { periodId: { in: periodIds } } },
      orderBy: [...order],
      select: FIGURES,
    });
    if (rows.length === 0) return [];
    const ids = [...new Set(rows.map((r) => r.reportId))];
    return attach(await db.progressReport.findMany({ where: { id: { in: ids } }, select: REPORT }), rows);
  };
  const others = o.periods.filter((p) => p.id !== o.period.id && p.id !== o.previous?.id);
  const whole = others.filter((p) => p.endDate <= o.asOf.date);
  const later = others.filter((p) => p.endDate > o.asOf.date).map((p) => p.id);
  const first = (
    await Promise.all([
      read({ periodId: o.period.id }, true),
      o.previous ? read({ periodId: o.previous.id }, false) : [],
      readSent(later),
    ])
  ).flat();
  if (whole.length === 0) return first;
  const ends = new Map(o.periods.map((p) => [p.key, p.endAt]));
  const lastEnd = Math.max(...whole.map((p) => p.endAt.getTime()));
  const now = settledSince(first, ends, o.asOf.at, ["status", "disbursed", "progress"]);
  const before = o.previous ? settledSince(first, ends, o.previous.endAt, ["progress"]) : null;
  const settled = (m: Map<string, number>, id: string) => (m.get(id) ?? -Infinity) > lastEnd;
  const open = o.reporters.filter((id) => !settled(now, id) || (before !== null && !settled(before, id)));
  if (open.length === 0) return first;
  const rest = await read(
    {
      periodId: { in: whole.map((p) => p.id) },
      ...(open.length <= MAX_FILTERED ? { assignmentId: { in: open } } : {}),
    },
    false,
  );
  return [...first, ...rest];
}
