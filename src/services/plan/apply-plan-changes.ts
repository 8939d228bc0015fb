// Applies an import's changes inside its transaction: deletes dependents first, then creates and
// updates parents before children. Big lists go in batches (the driver binds one parameter each).
import { randomUUID } from "node:crypto";
import { assignmentKey, budgetLineKey, type Change } from "../../domain/plan/diff-plan.ts";
import type {
  AssignmentModel,
  BudgetLineModel,
  CalendarModel,
  PeriodModel,
  WorkItemModel,
} from "../../domain/plan/plan-model.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { applyAgencyChanges } from "./bind-agencies.ts";

type Tx = Prisma.TransactionClient;

function pick<T>(changes: Change[], entity: Change["entity"], kind: Change["kind"]): Change<T>[] {
  return changes.filter((c) => c.entity === entity && c.kind === kind) as Change<T>[];
}
const afters = <T>(cs: Change<T>[]) => cs.map((c) => c.after as T);
const befores = <T>(cs: Change<T>[]) => cs.map((c) => c.before as T);

async function idMap(rows: Promise<{ id: string; key: string }[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((r) => [r.key, r.id]));
}

type Ids = Awaited<ReturnType<typeof loadIds>>;

/** What each step works with: the transaction, the plan, the changes and the ids known so far. */
interface Step {
  tx: Tx;
  planId: string;
  changes: Change[];
  ids: Ids;
  need: (m: Map<string, string>, key: string) => string;
}

export async function applyPlanChanges(
  tx: Tx,
  planId: string,
  changes: Change[],
  audited: { now: Date; actorLabel: string },
) {
  const need = (m: Map<string, string>, key: string) => {
    const id = m.get(key);
    if (id === undefined) throw new Error(`import: unknown key ${key}`);
    return id;
  };
  const step: Step = { tx, planId, changes, ids: await loadIds(tx, planId), need };
  await applyDeletes(step);
  await applyAgencyChanges(tx, { planId, changes, ids: step.ids.agencies, ...audited });
  await applyItems(step);
  await applyBudgetLines(step);
  await applyCalendars(step);
  await applyAssignments(step);
}

/** Ids of what the plan holds, by natural key. */
async function loadIds(tx: Tx, planId: string) {
  const [agencies, items, calendars, assignments, lines] = await Promise.all([
    idMap(
      tx.planAgency
        .findMany({ where: { planId }, select: { agency: { select: { id: true, code: true } } } })
        .then((r) => r.map((x) => ({ id: x.agency.id, key: x.agency.code }))),
    ),
    idMap(
      tx.workItem
        .findMany({ where: { planId }, select: { id: true, code: true } })
        .then((r) => r.map((x) => ({ id: x.id, key: x.code }))),
    ),
    idMap(
      tx.reportingCalendar
        .findMany({ where: { planId }, select: { id: true, code: true } })
        .then((r) => r.map((x) => ({ id: x.id, key: x.code }))),
    ),
    idMap(
      tx.assignment
        .findMany({
          where: { planId },
          select: {
            id: true,
            role: true,
            agency: { select: { code: true } },
            workItem: { select: { code: true } },
          },
        })
        .then((r) =>
          r.map((x) => ({
            id: x.id,
            key: assignmentKey({ agencyCode: x.agency.code, itemCode: x.workItem.code, role: x.role }),
          })),
        ),
    ),
    idMap(
      tx.budgetLine
        .findMany({ where: { planId }, select: { id: true, code: true, capitalType: true } })
        .then((r) => r.map((x) => ({ id: x.id, key: budgetLineKey(x) }))),
    ),
  ]);
  return { agencies, items, calendars, assignments, lines };
}

/** Deletes, dependents first (refusals already guarantee none of these has reports). */
async function applyDeletes({ tx, planId, changes, need, ids }: Step): Promise<void> {
  const { items, calendars, assignments, lines } = ids;
  const del = (entity: Change["entity"], m: Map<string, string>) =>
    pick(changes, entity, "delete").map((c) => need(m, c.key));
  await inBatches(del("assignment", assignments), (batch) =>
    tx.assignment.deleteMany({ where: { id: { in: batch } } }),
  );
  await inBatches(del("budget-line", lines), (batch) =>
    tx.budgetLine.deleteMany({ where: { id: { in: batch } } }),
  );
  await inBatches(
    pick(changes, "period", "delete").map((c) => c.key),
    (batch) => tx.reportingPeriod.deleteMany({ where: { planId, key: { in: batch } } }),
  );
  await inBatches(del("calendar", calendars), (batch) =>
    tx.reportingCalendar.deleteMany({ where: { id: { in: batch } } }),
  );
  await inBatches(
    pick(changes, "holiday", "delete").map((c) => c.key),
    (batch) => tx.holiday.deleteMany({ where: { planId, date: { in: batch } } }),
  );
  const deletedItems = befores(pick<WorkItemModel>(changes, "item", "delete")).sort(
    (a, b) => b.position - a.position,
  );
  for (const item of deletedItems) {
    await tx.workItem.updateMany({ where: { parentId: need(items, item.code) }, data: { parentId: null } });
  }
  await inBatches(
    deletedItems.map((i) => need(items, i.code)),
    (batch) => tx.workItem.deleteMany({ where: { id: { in: batch } } }),
  );
}

/** Items, parents first (the model lists them in tree order), and their activities. */
async function applyItems({ tx, planId, changes, need, ids }: Step): Promise<void> {
  const { items } = ids;
  const createdItems = afters(pick<WorkItemModel>(changes, "item", "create"));
  for (const i of createdItems) items.set(i.code, randomUUID());
  const itemData = (i: WorkItemModel) => ({
    level: i.level,
    number: i.number,
    title: i.title,
    position: i.position,
    parentId: i.parentCode === null ? null : need(items, i.parentCode),
  });
  for (const batch of byDepth(createdItems)) {
    await tx.workItem.createMany({
      data: batch.map((i) => ({ id: need(items, i.code), planId, code: i.code, ...itemData(i) })),
    });
  }
  const updatedItems = pick<WorkItemModel>(changes, "item", "update");
  for (const c of updatedItems) {
    const i = c.after as WorkItemModel;
    await tx.workItem.update({ where: { id: need(items, i.code) }, data: itemData(i) });
  }
  const rewrittenActivities = updatedItems
    .filter((c) => c.fields.includes("activities"))
    .map((c) => c.after as WorkItemModel);
  await inBatches(
    rewrittenActivities.map((i) => need(items, i.code)),
    (batch) => tx.activity.deleteMany({ where: { workItemId: { in: batch } } }),
  );
  await tx.activity.createMany({
    data: [...createdItems, ...rewrittenActivities].flatMap((i) =>
      i.activities.map((a) => ({ id: randomUUID(), workItemId: need(items, i.code), ...a })),
    ),
  });
}

/** Budget lines and the items they cover. */
async function applyBudgetLines({ tx, planId, changes, need, ids }: Step): Promise<void> {
  const { items, lines } = ids;
  const lineData = (l: BudgetLineModel) => ({
    amountVnd: l.amountVnd,
    source: l.source,
    note: l.note,
    position: l.position,
  });
  const createdLines = afters(pick<BudgetLineModel>(changes, "budget-line", "create"));
  for (const l of createdLines) lines.set(budgetLineKey(l), randomUUID());
  await tx.budgetLine.createMany({
    data: createdLines.map((l) => ({
      id: need(lines, budgetLineKey(l)),
      planId,
      code: l.code,
      capitalType: l.capitalType,
      ...lineData(l),
    })),
  });
  const updatedLines = pick<BudgetLineModel>(changes, "budget-line", "update");
  for (const c of updatedLines) {
    const l = c.after as BudgetLineModel;
    await tx.budgetLine.update({ where: { id: need(lines, budgetLineKey(l)) }, data: lineData(l) });
  }
  const relinkedUpdates = updatedLines
    .filter((c) => c.fields.includes("itemCodes"))
    .map((c) => c.after as BudgetLineModel);
  await inBatches(
    relinkedUpdates.map((l) => need(lines, budgetLineKey(l))),
    (batch) => tx.budgetLineItem.deleteMany({ where: { budgetLineId: { in: batch } } }),
  );
  const relinked = [...createdLines, ...relinkedUpdates];
  await tx.budgetLineItem.createMany({
    data: relinked.flatMap((l) =>
      l.itemCodes.map((code) => ({
        budgetLineId: need(lines, budgetLineKey(l)),
        workItemId: need(items, code),
      })),
    ),
  });
}

/** Calendars, periods, holidays. */
async function applyCalendars({ tx, planId, changes, need, ids }: Step): Promise<void> {
  const { calendars } = ids;
  const calendarData = (c: CalendarModel) => ({
    name: c.name,
    cadence: c.cadence,
    dueRule: c.dueRule,
    isDefault: c.isDefault,
    position: c.position,
  });
  const createdCalendars = afters(pick<CalendarModel>(changes, "calendar", "create"));
  for (const c of createdCalendars) calendars.set(c.code, randomUUID());
  await tx.reportingCalendar.createMany({
    data: createdCalendars.map((c) => ({
      id: need(calendars, c.code),
      planId,
      code: c.code,
      ...calendarData(c),
    })),
  });
  for (const c of afters(pick<CalendarModel>(changes, "calendar", "update"))) {
    await tx.reportingCalendar.update({ where: { id: need(calendars, c.code) }, data: calendarData(c) });
  }
  const periodData = (p: PeriodModel) => ({
    calendarId: need(calendars, p.calendarCode),
    label: p.label,
    startDate: p.startDate,
    endDate: p.endDate,
    nominalDueDate: p.nominalDueDate,
    dueDate: p.dueDate,
    dueAt: p.dueAt,
  });
  await tx.reportingPeriod.createMany({
    data: afters(pick<PeriodModel>(changes, "period", "create")).map((p) => ({
      id: randomUUID(),
      planId,
      key: p.key,
      ...periodData(p),
    })),
  });
  for (const p of afters(pick<PeriodModel>(changes, "period", "update"))) {
    await tx.reportingPeriod.update({ where: { planId_key: { planId, key: p.key } }, data: periodData(p) });
  }
  await tx.holiday.createMany({
    data: afters(pick<{ date: string; name: string }>(changes, "holiday", "create")).map((h) => ({
      id: randomUUID(),
      planId,
      ...h,
    })),
  });
  for (const h of afters(pick<{ date: string; name: string }>(changes, "holiday", "update"))) {
    await tx.holiday.update({ where: { planId_date: { planId, date: h.date } }, data: { name: h.name } });
  }
}

/** Assignments and the calendars they report on. */
async function applyAssignments({ tx, planId, changes, need, ids }: Step): Promise<void> {
  const { agencies, items, calendars, assignments } = ids;
  const createdAssignments = afters(pick<AssignmentModel>(changes, "assignment", "create"));
  for (const a of createdAssignments) assignments.set(assignmentKey(a), randomUUID());
  await tx.assignment.createMany({
    data: createdAssignments.map((a) => ({
      id: need(assignments, assignmentKey(a)),
      planId,
      agencyId: need(agencies, a.agencyCode),
      workItemId: need(items, a.itemCode),
      role: a.role,
      mustReport: a.mustReport,
      note: a.note,
    })),
  });
  const updatedAssignments = pick<AssignmentModel>(changes, "assignment", "update");
  for (const c of updatedAssignments) {
    const a = c.after as AssignmentModel;
    await tx.assignment.update({
      where: { id: need(assignments, assignmentKey(a)) },
      data: { mustReport: a.mustReport, note: a.note },
    });
  }
  const recalendaredUpdates = updatedAssignments
    .filter((c) => c.fields.includes("calendarCodes"))
    .map((c) => c.after as AssignmentModel);
  await inBatches(
    recalendaredUpdates.map((a) => need(assignments, assignmentKey(a))),
    (batch) => tx.assignmentCalendar.deleteMany({ where: { assignmentId: { in: batch } } }),
  );
  const recalendared = [...createdAssignments, ...recalendaredUpdates];
  await tx.assignmentCalendar.createMany({
    data: recalendared.flatMap((a) =>
      a.calendarCodes.map((code) => ({
        assignmentId: need(assignments, assignmentKey(a)),
        calendarId: need(calendars, code),
      })),
    ),
  });
}

/** Items grouped by depth so each batch's parents already exist. */
function byDepth(items: WorkItemModel[]): WorkItemModel[][] {
  const depth = new Map<string, number>();
  const batches: WorkItemModel[][] = [];
  for (const i of items) {
    const d = i.parentCode === null ? 0 : (depth.get(i.parentCode) ?? 0) + 1;
    depth.set(i.code, d);
    (batches[d] ??= []).push(i);
  }
  return batches.filter((b) => b !== undefined);
}

/** Bound parameters per statement stay well under the driver's limit. */
const BATCH = 500;

async function inBatches(values: string[], work: (batch: string[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < values.length; i += BATCH) await work(values.slice(i, i + BATCH));
}
