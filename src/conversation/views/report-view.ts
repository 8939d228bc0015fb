// How a draft, a receipt and reading errors read, on every channel.
import { formatDecimal } from "../../domain/format-percent.ts";
import { formatLocalDate } from "../../domain/format-date.ts";
import { formatMillion } from "../../domain/money.ts";
import type { ReplyReading } from "../../domain/replies/parse-reply.ts";
import type { Receipt } from "../../services/reporting/confirm-report.ts";
import type { DraftView } from "../../services/reporting/draft-report.ts";
import type { ChoiceRows } from "../conversation-types.ts";
import type { Turn } from "../turn.ts";

export function draftText({ t, locale }: Turn, d: DraftView): string {
  const v = d.value;
  const money = (x: bigint) => formatMillion(x, locale);
  const lines = [
    t("report-summary-title"),
    t("report-summary-item", { code: d.itemCode, title: d.itemTitle }),
    t("report-summary-period", {
      period: d.period.label,
      key: d.period.key,
      date: formatLocalDate(d.period.dueDate, locale),
    }),
  ];
  if (d.late) lines.push(t("report-summary-late"));
  if (d.status) {
    lines.push(
      t(d.statusDerived ? "report-summary-status-derived" : "report-summary-status", {
        status: t(`status-${d.status}`),
      }),
    );
  }
  if (v.progressPct !== undefined)
    lines.push(t("report-summary-progress", { pct: formatDecimal(v.progressPct, locale) }));
  if (v.disbursedVnd !== undefined) {
    lines.push(
      v.disbursedInvestmentVnd !== undefined || v.disbursedRecurrentVnd !== undefined
        ? t("report-summary-disbursed-split", {
            amount: money(v.disbursedVnd),
            investment: money(v.disbursedInvestmentVnd ?? 0n),
            recurrent: money(v.disbursedRecurrentVnd ?? 0n),
          })
        : t("report-summary-disbursed", { amount: money(v.disbursedVnd) }),
    );
  }
  if (v.results) lines.push(t("report-summary-results", { text: v.results }));
  if (v.obstacles) lines.push(t("report-summary-obstacles", { text: v.obstacles }));
  if (v.proposals) lines.push(t("report-summary-proposals", { text: v.proposals }));
  for (const w of d.warnings) {
    const params =
      w.code === "over-budget"
        ? { disbursed: money(BigInt(w.params.disbursed ?? 0)), budget: money(BigInt(w.params.budget ?? 0)) }
        : w.params;
    lines.push(t(`report-warning-${w.code}`, params));
  }
  if (d.attachments > 0) lines.push(t("report-summary-attachments", { count: d.attachments }));
  lines.push(t("report-summary-revision", { revision: d.revision }));
  return lines.join("\n");
}

export function draftChoices(turn: Turn, draftId: string): ChoiceRows {
  return [
    [
      turn.choice(turn.t("report-button-confirm"), { kind: "rp-ok", id: draftId }),
      turn.choice(turn.t("report-button-edit"), { kind: "rp-edit", id: draftId }),
      turn.choice(turn.t("report-button-cancel"), { kind: "rp-no", id: draftId }),
    ],
  ];
}

export function receiptText({ t }: Turn, r: Receipt): string {
  const params = {
    code: r.itemCode,
    period: r.periodLabel,
    key: r.periodKey,
    revision: r.revision,
    reference: r.reference,
  };
  if (r.again) return t("report-saved-again", params);
  return t(r.late ? "report-saved-late" : "report-saved", params);
}

export function readingErrorsText({ t }: Turn, reading: ReplyReading): string {
  return [
    t("report-errors-header"),
    ...reading.errors.map((e) => `• ${t(`reply-error-${e.code}`, { ...e.params, line: e.line })}`),
    t("report-errors-footer"),
  ].join("\n");
}
