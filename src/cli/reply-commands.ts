import type { Command } from "commander";
import { vndToMillion } from "../domain/money.ts";
import { parseReply, type ReplyReading } from "../domain/replies/parse-reply.ts";
import { reportWarnings } from "../domain/replies/report-warnings.ts";
import type { Translate } from "../i18n/translator.ts";
import type { CliContext } from "./cli-context.ts";

/** The documented JSON of a reading: money in million VND, absent fields omitted. */
export function replyJson(t: Translate, r: ReplyReading) {
  const v = r.value;
  const million = (x: bigint | undefined) => (x === undefined ? undefined : vndToMillion(x));
  const value = Object.fromEntries(
    Object.entries({
      item: v.item,
      period: v.period,
      status: v.status,
      progressPct: v.progressPct,
      disbursedMillion: million(v.disbursedVnd),
      disbursedInvestmentMillion: million(v.disbursedInvestmentVnd),
      disbursedRecurrentMillion: million(v.disbursedRecurrentVnd),
      results: v.results,
      obstacles: v.obstacles,
      proposals: v.proposals,
    }).filter(([, x]) => x !== undefined),
  );
  return {
    ok: r.ok,
    value,
    errors: r.errors.map((e) => ({
      field: e.field,
      line: e.line,
      message: t(`reply-error-${e.code}`, { ...e.params, line: e.line }),
    })),
    // What a draft would ask to confirm (the plan's budget and earlier reports are not looked up here).
    warnings: reportWarnings(v, { budgetVnd: null, lastProgressPct: null }).map((w) => ({
      code: w.code,
      message: t(`report-warning-${w.code}`, w.params),
    })),
  };
}

export function registerReplyCommands(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const reply = program.command("reply").description(t("cli-desc-reply"));
  reply
    .command(`parse <${t("cli-arg-text")}>`)
    .description(t("cli-desc-reply-parse"))
    .option("--json", t("cli-desc-json"))
    .action((text: string, opts: { json?: boolean }) => {
      const out = replyJson(t, parseReply(text));
      if (opts.json) ctx.print(JSON.stringify(out, null, 2));
      else {
        ctx.print(
          [
            ...Object.entries(out.value).map(([k, v]) =>
              t(`reply-field-${k}`, {
                value:
                  k === "status"
                    ? t(`status-${String(v)}`)
                    : typeof v === "number"
                      ? v.toLocaleString(ctx.locale)
                      : String(v),
              }),
            ),
            ...out.errors.map((e) => `✗ ${e.message}`),
            ...out.warnings.map((w) => w.message),
          ].join("\n"),
        );
      }
      ctx.exitCode(out.ok ? 0 : 1);
    });
}
