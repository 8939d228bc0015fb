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
import { Prisma } from "../../generated/prisma/client.ts";
import type { ServiceDeps } from "../service-deps.ts";
import { epochMs, flag, jsonRows, text, vnd } from "./json-rows.ts";

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

/**
 * A report and one of its revisions, as one joined row (no revision: the revision's columns null),
 * in this order; money cast to TEXT (exact through JSON), the sending in epoch milliseconds. A
 * report is known by its reference (unique), and its period is given by the read when it reads one
 * period: the two UUIDs per row were a third of the JSON to build and parse.
 */
const figures = (db: ServiceDeps["db"]): Prisma.Sql => Prisma.sql`r."reference", r."assignmentId", v."number",
  ${epochMs(db, Prisma.sql`v."submittedAt"`)}, v."late", v."status", v."progressPermille",
  CAST(v."disbursedInvestmentVnd" AS TEXT), CAST(v."disbursedRecurrentVnd" AS TEXT), CAST(v."disbursedTotalVnd" AS TEXT)`;
/** After the figures: the texts (the period's own reports), or the period (a read of several periods). */
const TEXTS = Prisma.sql`, v."results", v."obstacles", v."proposals"`;
const PERIOD = Prisma.sql`, r."periodId"`;

export async function loadFigureReports(
  { db }: Pick<ServiceDeps, "db">,
  o: FigureReportsOptions,
): Promise<LoadedReport[]> {
  const keyOf = new Map(o.periods.map((p) => [p.id, p.key]));
  const FIGURES = figures(db);
  /**
   * Rows grouped by report, in the order the reports came, revisions by number; the period is
   * `periodId`, or each row's last column when null.
   */
  const group = (rows: unknown[][], periodId: string | null): LoadedReport[] => {
    const of = new Map<string, LoadedReport>();
    for (const r of rows) {
      const [reference, assignmentId, number, sentAt, late, status, progress] = r;
      let report = of.get(reference as string);
      if (report === undefined) {
        report = {
          assignmentId: assignmentId as string,
          periodKey: keyOf.get(periodId ?? (r[10] as string)) ?? "",
          reference: reference as string,
          revisions: [],
        };
        of.set(reference as string, report);
      }
      if (number === null) continue;
      report.revisions.push({
        number: number as number,
        submittedAt: new Date(sentAt as number),
        late: flag(late),
        status: status as ReportStatus,
        progressPermille: progress as number | null,
        disbursedInvestmentVnd: vnd(r[7]),
        disbursedRecurrentVnd: vnd(r[8]),
        disbursedTotalVnd: vnd(r[9]),
        results: periodId === null ? null : text(r[10] ?? null),
        obstacles: periodId === null ? null : text(r[11] ?? null),
        proposals: periodId === null ? null : text(r[12] ?? null),
      });
    }
    const reports = [...of.values()];
    for (const r of reports) if (r.revisions.length > 1) r.revisions.sort((a, b) => a.number - b.number);
    return reports;
  };
  // Reports and revisions in one joined query, as one JSON array: Prisma's two queries (and its
  // rows, field by field) were most of a province summary's time.
  const read = async (
    periodIds: string[],
    texts: boolean,
    assignments: string[] | null = null,
  ): Promise<LoadedReport[]> => {
    if (periodIds.length === 0 || assignments?.length === 0) return [];
    const only =
      assignments === null
        ? Prisma.empty
        : Prisma.sql` AND r."assignmentId" IN (${Prisma.join(assignments)})`;
    const one = periodIds.length === 1 ? (periodIds[0] ?? null) : null;
    return group(
      await jsonRows(
        db,
        Prisma.sql`${FIGURES}${one === null ? PERIOD : texts ? TEXTS : Prisma.empty}`,
        Prisma.sql`FROM "ProgressReport" r LEFT JOIN "ReportRevision" v ON v."reportId" = r."id"
          WHERE r."periodId" IN (${Prisma.join(periodIds)})${only}`,
      ),
      one,
    );
  };
  /** Of periods ending after the as-of date, the revisions sent by then (usually none). */
  const readSent = async (periodIds: string[]): Promise<LoadedReport[]> => {
    if (periodIds.length === 0) return [];
    return group(
      await jsonRows(
        db,
        Prisma.sql`${FIGURES}${PERIOD}`,
        Prisma.sql`FROM "ReportRevision" v JOIN "ProgressReport" r ON r."id" = v."reportId"
          WHERE r."periodId" IN (${Prisma.join(periodIds)}) AND v."submittedAt" <= ${o.asOf.at}`,
      ),
      null,
    );
  };
  const others = o.periods.filter((p) => p.id !== o.period.id && p.id !== o.previous?.id);
  const whole = others.filter((p) => p.endDate <= o.asOf.date);
  const later = others.filter((p) => p.endDate > o.asOf.date).map((p) => p.id);
  const first = (
    await Promise.all([
      read([o.period.id], true),
      o.previous ? read([o.previous.id], false) : [],
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
    whole.map((p) => p.id),
    false,
    open.length <= MAX_FILTERED ? open : null,
  );
  return [...first, ...rest];
}
