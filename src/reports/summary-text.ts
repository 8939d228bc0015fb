// The summary as lines of text for a chat or a terminal (each under Telegram's limit).
import { periodInWords } from "../domain/calendar/period-in-words.ts";
import { formatLocalDate } from "../domain/format-date.ts";
import { formatPercent } from "../domain/format-percent.ts";
import { formatMillion } from "../domain/money.ts";
import type { Summary } from "../domain/summary/compute-summary.ts";
import type { Translate } from "../i18n/translator.ts";

export function summaryHeader(t: Translate, s: Summary, locale: string): string[] {
  const m = (v: bigint) => formatMillion(v, locale);
  return [
    t("summary-title", {
      period: s.period.label,
      key: s.period.key,
      date: formatLocalDate(s.period.dueDate, locale),
    }),
    t("summary-completeness", {
      received: s.received,
      expected: s.expected,
      completeness: formatPercent(s.completeness, locale),
      onTime: s.onTime,
      timeliness: formatPercent(s.timeliness, locale),
    }),
    t(s.reconciles ? "summary-money" : "summary-money-mismatch", {
      total: m(s.allocated.total),
      investment: m(s.allocated.investment),
      recurrent: m(s.allocated.recurrent),
      declared: m(s.declared.total),
      disbursed: m(s.disbursed),
      rate: formatPercent(s.disbursementRate, locale),
    }),
  ];
}

export function summaryProjects(t: Translate, s: Summary, locale: string, level = "project"): string[] {
  return s.items
    .filter((i) => i.level === level)
    .map((i) =>
      t("summary-item", {
        code: i.code,
        allocated: formatMillion(i.allocated.total, locale),
        disbursed: formatMillion(i.disbursed, locale),
        rate: formatPercent(i.disbursementRate, locale),
        progress: i.progressPct === null ? "—" : `${formatPercent(i.progressPct / 100, locale)}`,
        status: i.status ? t(`status-${i.status}`) : t("summary-no-report"),
        delta:
          i.progressDelta === null || i.progressDelta === 0
            ? ""
            : ` (${i.progressDelta > 0 ? "+" : ""}${i.progressDelta})`,
      }),
    );
}

export function summaryLate(t: Translate, s: Summary, locale: string, limit = 30): string[] {
  const due = formatLocalDate(s.period.dueDate, locale);
  const rows = s.late
    .slice(0, limit)
    .map((l) =>
      t(`summary-late-${l.kind}`, { agency: l.agency, item: l.item, days: l.daysLate ?? 0, date: due }),
    );
  if (s.late.length > limit) rows.push(t("summary-more", { count: s.late.length - limit }));
  return rows;
}

/** Which items' cumulative figures come from another period's report, and as of when. */
export function summaryCarried(t: Translate, s: Summary, locale: string): string[] {
  if (s.carried.length === 0) return [];
  const list = s.carried
    .map((c) =>
      t("summary-carried-item", {
        item: c.item,
        period: periodInWords(c.periodKey, locale),
        date: formatLocalDate(c.submittedDate, locale),
      }),
    )
    .join("; ");
  return [t("summary-carried", { date: formatLocalDate(s.asOf, locale), list })];
}

export function summaryText(t: Translate, s: Summary, locale: string): string[] {
  const out = [
    ...summaryHeader(t, s, locale),
    "",
    t("summary-by-project"),
    ...summaryProjects(t, s, locale),
    ...summaryCarried(t, s, locale),
  ];
  if (s.late.length > 0)
    out.push("", t("summary-late-header", { count: s.late.length }), ...summaryLate(t, s, locale));
  if (s.notes.length > 0) {
    out.push("", t("summary-notes-header"));
    for (const n of s.notes.slice(0, 20)) {
      out.push(
        t("summary-note", {
          item: n.item,
          agency: n.agency,
          obstacles: n.obstacles ?? "—",
          proposals: n.proposals ?? "—",
        }),
      );
    }
  }
  if (s.gaps.noLead.length + s.gaps.noBudget.length > 0) {
    out.push(
      "",
      t("summary-gaps", {
        noLead: s.gaps.noLead.join(", ") || "—",
        noBudget: s.gaps.noBudget.join(", ") || "—",
      }),
    );
  }
  if (s.movement.moved.length + s.movement.stalled.length > 0) {
    out.push(
      t("summary-movement", {
        moved: s.movement.moved.join(", ") || "—",
        stalled: s.movement.stalled.join(", ") || "—",
      }),
    );
  }
  return out;
}
