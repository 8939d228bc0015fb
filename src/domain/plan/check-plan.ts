// Semantic validation of a parsed plan file, and its normalisation into a PlanModel.
// Errors stop an import; warnings are gaps the plan itself leaves open (shown, not hidden).
import { DateTime } from "luxon";
import { buildPeriods } from "../calendar/build-periods.ts";
import { vndToMillion } from "../money.ts";
import { stepsOf } from "../reminders/reminder-policy.ts";
import { datesBetween, type WorkingCalendar } from "../calendar/working-calendar.ts";
import { flattenItems, topmostGaps } from "./item-tree.ts";
import type { TPlanFile, TSchedule } from "./plan-file-schema.ts";
import type {
  AssignmentModel,
  BudgetLineModel,
  CalendarModel,
  PlanIssue,
  PlanModel,
  PlanTotals,
} from "./plan-model.ts";

export interface PlanCheck {
  model: PlanModel | null;
  /** Sums of the budget lines (what the plan actually allocates). */
  lineTotals: { investment: bigint; recurrent: bigint; total: bigint };
  errors: PlanIssue[];
  warnings: PlanIssue[];
}

const REPORTING_ROLES = new Set(["lead", "implement"]);

/** Errors and warnings found so far; each step adds to them. */
interface Issues {
  errors: PlanIssue[];
  warnings: PlanIssue[];
  err(code: string, path: (string | number)[], params?: Record<string, string | number>): void;
}

export function checkPlan(file: TPlanFile): PlanCheck {
  const errors: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];
  const issues: Issues = {
    errors,
    warnings,
    err: (code, path, params = {}) => errors.push({ code, path, params }),
  };
  const agencyCodes = checkAgencies(file, issues);
  const tree = checkItems(file, issues);
  const { budgetLines, lineTotals } = checkBudget(file, issues, tree.itemCodes);
  const calendar = checkCalendar(file, issues);
  const assignments = checkAssignments(file, issues, { agencyCodes, itemCodes: tree.itemCodes, ...calendar });
  checkReminderPolicy(file, issues);
  addGaps(issues, tree, assignments, budgetLines);
  const model =
    errors.length > 0 ? null : buildModel(file, { items: tree.items, budgetLines, assignments, ...calendar });
  return { model, lineTotals, errors, warnings };
}

/** Agencies: codes unique, at most one standing office. */
function checkAgencies(file: TPlanFile, { err, warnings }: Issues): Set<string> {
  const agencyCodes = new Set<string>();
  file.agencies.forEach((a, i) => {
    if (agencyCodes.has(a.code)) err("duplicate-agency", ["agencies", i, "code"], { code: a.code });
    agencyCodes.add(a.code);
  });
  const offices = file.agencies.filter((a) => a.standingOffice === true);
  if (offices.length > 1) {
    err("several-standing-offices", ["agencies"], { codes: offices.map((a) => a.code).join(", ") });
  }
  if (offices.length === 0) warnings.push({ code: "no-standing-office", path: ["agencies"], params: {} });

  return agencyCodes;
}

/** Items: codes unique and under their parent's. */
function checkItems(file: TPlanFile, { err }: Issues) {
  const flat = flattenItems(file.program, file.items);
  const itemCodes = new Set<string>();
  for (const { item, path } of flat) {
    if (itemCodes.has(item.code)) err("duplicate-item", [...path, "code"], { code: item.code });
    itemCodes.add(item.code);
    const parent = item.parentCode;
    if (parent !== null && parent !== file.program.code && !item.code.startsWith(`${parent}.`)) {
      err("item-code-not-under-parent", [...path, "code"], { code: item.code, parent });
    }
  }
  const items = flat.map((f) => f.item);

  return { flat, itemCodes, items };
}
type Tree = ReturnType<typeof checkItems>;

/** Budget lines (one stated amount per capital type; a line may cover several items) and the sums. */
function checkBudget(file: TPlanFile, { err }: Issues, itemCodes: Set<string>) {
  const budgetLines: BudgetLineModel[] = [];
  const lineCodes = new Set<string>();
  file.budget.forEach((line, i) => {
    line.items.forEach((code, j) => {
      if (!itemCodes.has(code)) err("unknown-item", ["budget", i, "items", j], { code });
    });
    if (line.investment === undefined && line.recurrent === undefined) {
      err("budget-line-empty", ["budget", i], {});
    }
    const code = line.code ?? line.items.join("+");
    if (lineCodes.has(code)) err("duplicate-budget-line", ["budget", i], { code });
    lineCodes.add(code);
    for (const capitalType of ["investment", "recurrent"] as const) {
      const amountVnd = line[capitalType];
      if (amountVnd === undefined) continue;
      budgetLines.push({
        code,
        capitalType,
        amountVnd,
        source: line.source ?? null,
        note: line.note ?? null,
        position: i,
        itemCodes: [...line.items].sort(),
      });
    }
  });

  const sum = (type: "investment" | "recurrent") =>
    budgetLines.filter((l) => l.capitalType === type).reduce((s, l) => s + l.amountVnd, 0n);
  const lineTotals = { investment: sum("investment"), recurrent: sum("recurrent"), total: 0n };
  lineTotals.total = lineTotals.investment + lineTotals.recurrent;
  const t = file.totals;
  const money = (v: bigint) => vndToMillion(v);
  for (const type of ["investment", "recurrent"] as const) {
    if (lineTotals[type] !== t[type]) {
      err("sum-capital-type", ["totals", type], {
        type,
        lines: money(lineTotals[type]),
        declared: money(t[type]),
      });
    }
  }
  if (t.investment + t.recurrent !== t.total) {
    err("sum-total-by-type", ["totals", "total"], {
      investment: money(t.investment),
      recurrent: money(t.recurrent),
      sum: money(t.investment + t.recurrent),
      total: money(t.total),
    });
  }
  if (t.central + t.local !== t.total) {
    err("sum-total-by-source", ["totals", "total"], {
      central: money(t.central),
      local: money(t.local),
      sum: money(t.central + t.local),
      total: money(t.total),
    });
  }

  return { budgetLines, lineTotals };
}

/** Calendar: time zone, holidays, schedules and the periods they make. */
function checkCalendar(file: TPlanFile, { err }: Issues) {
  const timezone = file.plan.timezone;
  if (!DateTime.fromISO("2000-01-01", { zone: timezone }).isValid)
    err("bad-timezone", ["plan", "timezone"], { timezone });
  const validDate = (d: string) => DateTime.fromISO(d, { zone: "utc" }).isValid;
  const holidays: { date: string; name: string }[] = [];
  file.calendar.holidays.forEach((h, i) => {
    const [from, to] = "date" in h ? [h.date, h.date] : [h.from, h.to];
    if (!validDate(from) || !validDate(to) || from > to) {
      err("bad-date", ["calendar", "holidays", i], { value: from === to ? from : `${from} → ${to}` });
      return;
    }
    for (const date of datesBetween(from, to)) {
      if (!holidays.some((x) => x.date === date)) holidays.push({ date, name: h.name });
    }
  });
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  const working: WorkingCalendar = {
    timezone,
    workingDays: file.calendar.workingDays,
    holidays: new Set(holidays.map((h) => h.date)),
  };
  const calendars: CalendarModel[] = [];
  const periodKeys = new Set<string>();
  const scheduleProblem = (s: TSchedule): [string, string[], Record<string, string>] | null => {
    if (s.cadence !== "once") {
      return typeof s.due === "string" || s.period !== undefined
        ? ["schedule-periodic-needs-rule", ["due"], { code: s.code }]
        : null;
    }
    if (s.period === undefined) return ["schedule-once-needs-period", [], { code: s.code }];
    if (typeof s.due !== "string") return ["schedule-once-needs-date", ["due"], { code: s.code }];
    const bad = [s.period.from, s.period.to, s.due].find((d) => !validDate(d));
    if (bad !== undefined) return ["bad-date", [], { value: bad }];
    if (s.period.from > s.period.to) return ["bad-date", ["period"], { value: s.period.to }];
    return null;
  };
  const periods = file.calendar.schedules.flatMap((s, i) => {
    const path = ["calendar", "schedules", i];
    if (calendars.some((c) => c.code === s.code))
      err("duplicate-schedule", [...path, "code"], { code: s.code });
    const problem = scheduleProblem(s);
    if (problem !== null) {
      err(problem[0], [...path, ...problem[1]], problem[2]);
      return [];
    }
    calendars.push({
      code: s.code,
      name: s.name,
      cadence: s.cadence,
      dueRule: JSON.stringify(s.due),
      isDefault: s.default ?? true,
      position: i,
    });
    const built = buildPeriods({
      schedule: s,
      year: file.plan.year,
      calendar: working,
      shift: file.calendar.deadlineShift,
    });
    for (const p of built) {
      if (periodKeys.has(p.key)) err("duplicate-period", path, { key: p.key });
      periodKeys.add(p.key);
    }
    return built;
  });

  return { timezone, holidays, calendars, periods };
}
type CheckedCalendar = ReturnType<typeof checkCalendar>;

/** Assignments: known agencies, items and schedules; each once. */
function checkAssignments(
  file: TPlanFile,
  { err }: Issues,
  known: { agencyCodes: Set<string>; itemCodes: Set<string> } & CheckedCalendar,
): AssignmentModel[] {
  const { agencyCodes, itemCodes, calendars } = known;
  const defaultCalendars = calendars.filter((c) => c.isDefault).map((c) => c.code);
  const assignments: AssignmentModel[] = [];
  const seen = new Set<string>();
  file.assignments.forEach((a, i) => {
    const path = ["assignments", i];
    if (!agencyCodes.has(a.agency)) err("unknown-agency", [...path, "agency"], { code: a.agency });
    (a.calendars ?? []).forEach((c, j) => {
      if (!calendars.some((k) => k.code === c))
        err("unknown-schedule", [...path, "calendars", j], { code: c });
    });
    a.items.forEach((itemCode, j) => {
      const key = `${a.agency}|${itemCode}|${a.role}`;
      if (!itemCodes.has(itemCode)) {
        err("unknown-item", [...path, "items", j], { code: itemCode });
        return;
      }
      if (seen.has(key)) {
        err("duplicate-assignment", [...path, "items", j], {
          agency: a.agency,
          item: itemCode,
          role: a.role,
        });
        return;
      }
      seen.add(key);
      const mustReport = a.report ?? REPORTING_ROLES.has(a.role);
      assignments.push({
        agencyCode: a.agency,
        itemCode,
        role: a.role,
        mustReport,
        note: a.note ?? null,
        calendarCodes: mustReport ? [...(a.calendars ?? defaultCalendars)].sort() : [],
      });
    });
  });

  return assignments;
}

/** Reminder policy: escalation names steps that exist. */
function checkReminderPolicy(file: TPlanFile, { err }: Issues): void {
  if (file.reminders) {
    const names = stepsOf(file.reminders).map((x) => x.name);
    for (const level of ["leader", "office"] as const) {
      const step = file.reminders.escalate[level];
      if (!names.includes(step)) {
        err("unknown-step", ["reminders", "escalate", level], { step, steps: names.join(", ") });
      }
    }
  }
}

/** Gaps the plan leaves open: items (topmost) without a lead or without a budget. */
function addGaps(
  { warnings }: Issues,
  { flat, items }: Tree,
  assignments: AssignmentModel[],
  budgetLines: BudgetLineModel[],
): void {
  const withLead = new Set(assignments.filter((a) => REPORTING_ROLES.has(a.role)).map((a) => a.itemCode));
  for (const code of topmostGaps(items, withLead)) {
    warnings.push({ code: "no-lead", path: pathOf(flat, code), params: { item: code }, item: code });
  }
  const withBudget = new Set(budgetLines.flatMap((l) => l.itemCodes));
  for (const code of topmostGaps(items, withBudget)) {
    warnings.push({ code: "no-budget", path: pathOf(flat, code), params: { item: code }, item: code });
  }
}

/** The normalised plan, once nothing is wrong. */
function buildModel(
  file: TPlanFile,
  parts: Pick<PlanModel, "items" | "budgetLines" | "assignments"> & CheckedCalendar,
): PlanModel {
  const { items, budgetLines, assignments, calendars, periods, holidays, timezone } = parts;
  const t = file.totals;
  const totals: PlanTotals = {
    total: t.total,
    investment: t.investment,
    recurrent: t.recurrent,
    central: t.central,
    local: t.local,
    otherSources: t.otherSources ?? [],
  };
  const doc = file.plan.document;
  return {
    meta: {
      code: file.plan.code,
      title: file.plan.title,
      programName: file.program.title,
      year: file.plan.year,
      timezone,
      documentNumber: doc.number ?? null,
      documentDate: doc.date ?? null,
      issuer: doc.issuer,
      signer: doc.signer ?? null,
    },
    totals,
    agencies: file.agencies.map((a, i) => ({
      code: a.code,
      name: a.name,
      shortName: a.shortName ?? null,
      kind: a.kind,
      isStandingOffice: a.standingOffice ?? false,
      position: i,
    })),
    items,
    budgetLines,
    assignments,
    calendars,
    periods,
    holidays,
    workingDays: file.calendar.workingDays,
    deadlineShift: file.calendar.deadlineShift,
    reminderPolicy: JSON.stringify(file.reminders ?? {}),
    reportSettings: JSON.stringify(file.report ?? {}),
  };
}

function pathOf(flat: { item: { code: string }; path: (string | number)[] }[], code: string) {
  return flat.find((f) => f.item.code === code)?.path ?? [];
}
