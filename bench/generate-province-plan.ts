// A province-scale plan file for benchmarks: 1,000 agencies, 5,000 items, 10,000 assignments.
import { stringify } from "yaml";

export interface ProvinceShape {
  agencies: number;
  projects: number;
  subprojectsPerProject: number;
  contentsPerSubproject: number;
}

/** Quarterly reports due the 15th of the quarter's last month, as in the seed plan. */
const QUARTERLY = {
  schedules: [
    { code: "quarterly", name: "Báo cáo quý", cadence: "quarterly", due: { monthOffset: "0", day: "15" } },
  ],
};

export const PROVINCE: ProvinceShape = {
  agencies: 1000,
  projects: 200,
  subprojectsPerProject: 4,
  contentsPerSubproject: 5,
};

export function generateProvincePlan(shape: ProvinceShape = PROVINCE): string {
  const agencies = Array.from({ length: shape.agencies }, (_, i) => ({
    code: `A${i + 1}`,
    name: `Đơn vị số ${i + 1}`,
    kind: i === 0 ? "office" : i % 10 === 0 ? "commune" : "department",
    ...(i === 0 ? { standingOffice: "true" } : {}),
  }));
  const items = [];
  const contents: string[] = [];
  const subprojects: string[] = [];
  const projects: string[] = [];
  for (let p = 1; p <= shape.projects; p++) {
    const pc = `DA${p}`;
    projects.push(pc);
    const children = [];
    for (let s = 1; s <= shape.subprojectsPerProject; s++) {
      const sc = `${pc}.TDA${s}`;
      subprojects.push(sc);
      const leaves = [];
      for (let c = 1; c <= shape.contentsPerSubproject; c++) {
        const cc = `${sc}.ND${c}`;
        contents.push(cc);
        leaves.push({
          code: cc,
          title: `Nội dung số ${c} của ${sc}`,
          activities: [`Hoạt động chính của ${cc}`],
        });
      }
      children.push({ code: sc, title: `Tiểu dự án ${s} của ${pc}`, children: leaves });
    }
    items.push({ code: pc, title: `Dự án ${p}`, children });
  }
  // One line per content item; every tenth also has investment capital.
  let investment = 0;
  let recurrent = 0;
  const budget = contents.map((code, i) => {
    const r = 10 + (i % 90);
    recurrent += r;
    if (i % 10 === 0) {
      investment += 100;
      return { items: [code], investment: "100", recurrent: String(r) };
    }
    return { items: [code], recurrent: String(r) };
  });
  const agency = (i: number) => `A${(i % shape.agencies) + 1}`;
  const byAgency = new Map<string, { role: string; items: string[] }[]>();
  const assign = (a: string, role: string, item: string) => {
    const list = byAgency.get(a) ?? [];
    const group = list.find((g) => g.role === role) ?? { role, items: [] };
    if (!list.includes(group)) list.push(group);
    group.items.push(item);
    byAgency.set(a, list);
  };
  contents.forEach((c, i) => {
    assign(agency(i), "lead", c);
    assign(agency(i + 1), "coordinate", c);
  });
  subprojects.forEach((s, i) => assign(agency(i + 7), "implement", s));
  for (let k = 0; k < 6; k++) projects.forEach((p, i) => assign(agency(i * 6 + k + 3), "supervise", p));
  const assignments = [...byAgency.entries()].flatMap(([a, groups]) =>
    groups.map((g) => ({ agency: a, role: g.role, items: g.items })),
  );
  const total = investment + recurrent;
  const central = Math.round(total * 0.9);
  return stringify({
    plan: {
      code: "province-bench",
      title: "Kế hoạch cấp tỉnh (dữ liệu thử hiệu năng)",
      year: "2023",
      document: { number: "01/KH-UBND", date: "2023-01-15", issuer: "UBND tỉnh" },
    },
    program: { code: "CT", title: "Chương trình MTQG 1719" },
    totals: {
      total: String(total),
      investment: String(investment),
      recurrent: String(recurrent),
      central: String(central),
      local: String(total - central),
    },
    agencies,
    items,
    budget,
    assignments,
    calendar: QUARTERLY,
  });
}

/** What a plan of generateReminderPlan may set apart from its shape. */
export interface ReminderPlanOptions {
  /** The plan's heading (code, title, year, timezone…), over the bench's. */
  plan?: Record<string, unknown>;
  /** The plan file's `calendar` (default: quarterly reports due the 15th of the quarter's last month). */
  calendar?: Record<string, unknown>;
  /** The plan file's `reminders` (default: none given, the product's policy). */
  reminders?: Record<string, unknown>;
}

/** A plan where each of `agencies` agencies leads `perAgency` content items (quarterly reports). */
export function generateReminderPlan(
  agencies: number,
  perAgency: number,
  o: ReminderPlanOptions = {},
): string {
  const items = Array.from({ length: agencies }, (_, i) => ({
    code: `DA${i + 1}`,
    title: `Dự án ${i + 1}`,
    children: Array.from({ length: perAgency }, (_, j) => ({
      code: `DA${i + 1}.ND${j + 1}`,
      title: `Nội dung ${j + 1}`,
    })),
  }));
  const total = agencies * 10;
  return stringify({
    plan: {
      code: "reminder-bench",
      title: "Kế hoạch thử nhắc nhở",
      year: "2023",
      document: { issuer: "UBND tỉnh" },
      ...o.plan,
    },
    program: { code: "CT", title: "Chương trình MTQG 1719" },
    totals: {
      total: String(total),
      investment: "0",
      recurrent: String(total),
      central: String(total),
      local: "0",
    },
    agencies: Array.from({ length: agencies }, (_, i) => ({
      code: `A${i + 1}`,
      name: `Đơn vị số ${i + 1}`,
      kind: "department",
    })),
    items,
    budget: items.map((it) => ({ items: [it.code], recurrent: "10" })),
    assignments: items.map((it, i) => ({
      agency: `A${i + 1}`,
      role: "lead",
      items: it.children.map((c) => c.code),
    })),
    calendar: o.calendar ?? QUARTERLY,
    ...(o.reminders ? { reminders: o.reminders } : {}),
  });
}
