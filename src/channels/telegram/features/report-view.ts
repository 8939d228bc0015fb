// How a draft, a receipt and reading errors look in a chat.
import { InlineKeyboard } from "grammy";
import { formatLocalDate } from "../../../domain/format-date.ts";
import { formatMillion } from "../../../domain/money.ts";
import type { ReplyReading } from "../../../domain/replies/parse-reply.ts";
import type { Receipt } from "../../../services/confirm-report.ts";
import type { DraftView } from "../../../services/draft-report.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";

export function summaryText(ctx: BotContext, d: DraftView, locale: string): string {
  const v = d.value;
  const money = (x: bigint) => formatMillion(x, locale);
  const lines = [
    ctx.t("report-summary-title"),
    ctx.t("report-summary-item", { code: d.itemCode, title: d.itemTitle }),
    ctx.t("report-summary-period", {
      period: d.period.label,
      key: d.period.key,
      date: formatLocalDate(d.period.dueDate, locale),
    }),
  ];
  if (d.late) lines.push(ctx.t("report-summary-late"));
  if (d.status) {
    lines.push(
      ctx.t(d.statusDerived ? "report-summary-status-derived" : "report-summary-status", {
        status: ctx.t(`status-${d.status}`),
      }),
    );
  }
  if (v.progressPct !== undefined)
    lines.push(
      ctx.t("report-summary-progress", {
        pct: String(v.progressPct).replace(".", locale === "en" ? "." : ","),
      }),
    );
  if (v.disbursedVnd !== undefined) {
    lines.push(
      v.disbursedInvestmentVnd !== undefined || v.disbursedRecurrentVnd !== undefined
        ? ctx.t("report-summary-disbursed-split", {
            amount: money(v.disbursedVnd),
            investment: money(v.disbursedInvestmentVnd ?? 0n),
            recurrent: money(v.disbursedRecurrentVnd ?? 0n),
          })
        : ctx.t("report-summary-disbursed", { amount: money(v.disbursedVnd) }),
    );
  }
  if (v.results) lines.push(ctx.t("report-summary-results", { text: v.results }));
  if (v.obstacles) lines.push(ctx.t("report-summary-obstacles", { text: v.obstacles }));
  if (v.proposals) lines.push(ctx.t("report-summary-proposals", { text: v.proposals }));
  for (const w of d.warnings) {
    const params =
      w.code === "over-budget"
        ? { disbursed: money(BigInt(w.params.disbursed ?? 0)), budget: money(BigInt(w.params.budget ?? 0)) }
        : w.params;
    lines.push(ctx.t(`report-warning-${w.code}`, params));
  }
  if (d.attachments > 0) lines.push(ctx.t("report-summary-attachments", { count: d.attachments }));
  lines.push(ctx.t("report-summary-revision", { revision: d.revision }));
  return lines.join("\n");
}

export function summaryKeyboard(ctx: BotContext, draftId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("report-button-confirm"), encodeCallback({ kind: "rp-ok", id: draftId }))
    .text(ctx.t("report-button-edit"), encodeCallback({ kind: "rp-edit", id: draftId }))
    .text(ctx.t("report-button-cancel"), encodeCallback({ kind: "rp-no", id: draftId }));
}

export function receiptText(ctx: BotContext, r: Receipt): string {
  const params = {
    code: r.itemCode,
    period: r.periodLabel,
    key: r.periodKey,
    revision: r.revision,
    reference: r.reference,
  };
  if (r.again) return ctx.t("report-saved-again", params);
  return ctx.t(r.late ? "report-saved-late" : "report-saved", params);
}

export function readingErrorsText(ctx: BotContext, reading: ReplyReading): string {
  return [
    ctx.t("report-errors-header"),
    ...reading.errors.map((e) => `• ${ctx.t(`reply-error-${e.code}`, { ...e.params, line: e.line })}`),
    ctx.t("report-errors-footer"),
  ].join("\n");
}
