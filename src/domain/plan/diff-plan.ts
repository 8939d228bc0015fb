// What an import would change: the stored plan against the file, entity by entity, by key.
import type { PlanModel } from "./plan-model.ts";

export type EntityName =
  "plan" | "agency" | "item" | "budget-line" | "assignment" | "calendar" | "period" | "holiday";

export interface Change<T = unknown> {
  kind: "create" | "update" | "delete";
  entity: EntityName;
  key: string;
  /** Fields that differ (updates only). */
  fields: string[];
  before: T | null;
  after: T | null;
}

const comparable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === "bigint" ? x.toString() : x instanceof Date ? x.toISOString() : x,
  );

function diffKeyed<T extends object>(
  entity: EntityName,
  before: T[],
  after: T[],
  key: (t: T) => string,
): Change<T>[] {
  const old = new Map(before.map((b) => [key(b), b]));
  const changes: Change<T>[] = [];
  const seen = new Set<string>();
  for (const a of after) {
    const k = key(a);
    seen.add(k);
    const b = old.get(k);
    if (b === undefined) {
      changes.push({ kind: "create", entity, key: k, fields: [], before: null, after: a });
      continue;
    }
    const fields = (Object.keys(a) as (keyof T & string)[]).filter(
      (f) => comparable(a[f]) !== comparable(b[f]),
    );
    if (fields.length > 0) changes.push({ kind: "update", entity, key: k, fields, before: b, after: a });
  }
  for (const b of before) {
    const k = key(b);
    if (!seen.has(k)) changes.push({ kind: "delete", entity, key: k, fields: [], before: b, after: null });
  }
  return changes;
}

export const assignmentKey = (a: { agencyCode: string; itemCode: string; role: string }) =>
  `${a.agencyCode}/${a.itemCode}/${a.role}`;
export const budgetLineKey = (l: { code: string; capitalType: string }) => `${l.code}/${l.capitalType}`;

/** The plan-level fields compared as one "plan" entity. */
export function planHeader(m: PlanModel) {
  return {
    ...m.meta,
    totals: m.totals,
    workingDays: m.workingDays,
    deadlineShift: m.deadlineShift,
    reminderPolicy: m.reminderPolicy,
    reportSettings: m.reportSettings,
  };
}

/** Every change that takes `stored` (null: nothing stored yet) to `incoming`. */
export function diffPlan(stored: PlanModel | null, incoming: PlanModel): Change[] {
  const s = stored;
  return [
    ...diffKeyed("plan", s ? [planHeader(s)] : [], [planHeader(incoming)], (p) => p.code),
    ...diffKeyed("agency", s?.agencies ?? [], incoming.agencies, (a) => a.code),
    ...diffKeyed("item", s?.items ?? [], incoming.items, (i) => i.code),
    ...diffKeyed("budget-line", s?.budgetLines ?? [], incoming.budgetLines, budgetLineKey),
    ...diffKeyed("calendar", s?.calendars ?? [], incoming.calendars, (c) => c.code),
    ...diffKeyed("period", s?.periods ?? [], incoming.periods, (p) => p.key),
    ...diffKeyed("holiday", s?.holidays ?? [], incoming.holidays, (h) => h.date),
    ...diffKeyed("assignment", s?.assignments ?? [], incoming.assignments, assignmentKey),
  ];
}
