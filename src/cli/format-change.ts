// A plan import's change as a person reads it: "~ sửa đơn vị NV: tên “Phòng Nội vụ” → “Phòng Nội vụ TP”".
import type { Change } from "../domain/plan/diff-plan.ts";
import { formatInstant } from "../domain/format-date.ts";
import { formatMillion } from "../domain/money.ts";
import type { Translate } from "../i18n/translator.ts";

export interface ChangeFormat {
  t: Translate;
  locale: string;
  timezone: string;
}

/** A key's translation, or null when the locale files do not have it. */
const known = (t: Translate, key: string): string | null => {
  const text = t(key);
  return text === key ? null : text;
};

function valueText(f: ChangeFormat, field: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return f.t("plan-value-none");
  if (typeof v === "bigint") return f.t("plan-value-money", { amount: formatMillion(v, f.locale) });
  if (typeof v === "boolean") return f.t(v ? "plan-value-yes" : "plan-value-no");
  if (v instanceof Date) return formatInstant(v, f.timezone, f.locale);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== "object")) return v.length === 0 ? f.t("plan-value-none") : v.join(", ");
    return f.t("plan-value-entries", { count: v.length });
  }
  if (typeof v === "object") {
    const total = (v as { total?: unknown }).total;
    return typeof total === "bigint" ? valueText(f, field, total) : f.t("plan-value-changed");
  }
  if (field === "role" && typeof v === "string") return known(f.t, `role-${v}`) ?? v;
  return `“${String(v)}”`;
}

/** "tên “A” → “B”" for each changed field. */
function fieldChanges(f: ChangeFormat, c: Change): string {
  const before = (c.before ?? {}) as Record<string, unknown>;
  const after = (c.after ?? {}) as Record<string, unknown>;
  return c.fields
    .map((field) =>
      f.t("plan-change-field", {
        field: known(f.t, `plan-field-${field}`) ?? field,
        before: valueText(f, field, before[field]),
        after: valueText(f, field, after[field]),
      }),
    )
    .join("; ");
}

export function changeLine(f: ChangeFormat, c: Change): string {
  return f.t(`plan-change-${c.kind}`, {
    entity: known(f.t, `plan-entity-${c.entity}`) ?? c.entity,
    key: c.key,
    fields: c.kind === "update" ? fieldChanges(f, c) : "",
  });
}
