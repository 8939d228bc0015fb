// The guided report: one step per message, buttons where there is a choice, "skip" for optional
// fields and "back" to correct. State lives in the database (see report-wizard-store).
import { InlineKeyboard } from "grammy";
import { defaultPeriod } from "../../../domain/calendar/deadlines.ts";
import { formatLocalDate } from "../../../domain/format-date.ts";
import { formatMillion } from "../../../domain/money.ts";
import { REPORT_STATUSES } from "../../../domain/replies/reply-fields.ts";
import {
  advanceWizard,
  SKIPPABLE,
  startWizard,
  type AttachmentRef,
  type WizardInput,
  type WizardState,
} from "../../../domain/replies/report-wizard.ts";
import { draftReport } from "../../../services/draft-report.ts";
import { reportableAssignments } from "../../../services/reportable-assignments.ts";
import { clearWizard, loadWizard, saveWizard } from "../../../services/report-wizard-store.ts";
import { encodeCallback } from "../callback-data/callback-data.ts";
import type { BotContext } from "../context.ts";
import { summaryKeyboard, summaryText } from "./report-view.ts";
import { localeOf, requireActor } from "./shared.ts";

const chatKey = (ctx: BotContext) => String(ctx.chat?.id ?? "");

function nav(ctx: BotContext, state: WizardState, kb = new InlineKeyboard()): InlineKeyboard {
  kb.row();
  if (SKIPPABLE.has(state.step)) kb.text(ctx.t("wizard-button-skip"), encodeCallback({ kind: "wz-skip" }));
  if (state.trail.length > 0) kb.text(ctx.t("wizard-button-back"), encodeCallback({ kind: "wz-back" }));
  kb.text(ctx.t("wizard-button-cancel"), encodeCallback({ kind: "wz-cancel" }));
  return kb;
}

/** Sends the prompt of the current step, or the summary to confirm when all steps are done. */
export async function showStep(ctx: BotContext, state: WizardState): Promise<void> {
  const actor = requireActor(ctx);
  const mine = await reportableAssignments(ctx.deps, actor);
  const chosen = mine.find((a) => a.assignmentId === state.assignmentId);
  const locale = await localeOf(ctx);
  if (state.step === "done") {
    await clearWizard(ctx.deps, "telegram", chatKey(ctx));
    const draft = await draftReport(ctx.deps, {
      actor,
      value: state.value,
      assignmentId: state.assignmentId,
      periodId: state.periodId,
      channel: "telegram",
      sourceText: null,
      attachments: state.attachments ?? [],
    });
    await ctx.reply(summaryText(ctx, draft, locale), { reply_markup: summaryKeyboard(ctx, draft.id) });
    return;
  }
  await saveWizard(ctx.deps, "telegram", chatKey(ctx), state);
  const current = (value: string | undefined) => (value ? `\n${ctx.t("wizard-current", { value })}` : "");
  switch (state.step) {
    case "item": {
      const kb = new InlineKeyboard();
      for (const a of mine)
        kb.text(`${a.itemCode}`, encodeCallback({ kind: "wz-item", id: a.assignmentId })).row();
      await ctx.reply(ctx.t("wizard-choose-item"), { reply_markup: nav(ctx, state, kb) });
      return;
    }
    case "period": {
      const periods = chosen?.periods ?? [];
      const fallback = chosen ? defaultPeriod(periods, chosen.reportedKeys, ctx.deps.clock.now()) : null;
      const kb = new InlineKeyboard();
      for (const p of [...(fallback ? [fallback] : []), ...periods.filter((p) => p.id !== fallback?.id)]) {
        const label = ctx.t("wizard-period-button", { key: p.key, date: formatLocalDate(p.dueDate, locale) });
        kb.text(
          p.id === fallback?.id ? `• ${label}` : label,
          encodeCallback({ kind: "wz-period", id: p.id }),
        ).row();
      }
      await ctx.reply(ctx.t("wizard-choose-period"), { reply_markup: nav(ctx, state, kb) });
      return;
    }
    case "status": {
      const kb = new InlineKeyboard();
      REPORT_STATUSES.forEach((s, i) => {
        kb.text(ctx.t(`status-${s}`), encodeCallback({ kind: "wz-status", status: s }));
        if (i % 2 === 1) kb.row();
      });
      await ctx.reply(ctx.t("wizard-choose-status", { code: chosen?.itemCode ?? "" }), {
        reply_markup: nav(ctx, state, kb),
      });
      return;
    }
    case "progress":
      await ctx.reply(ctx.t("wizard-ask-progress") + current(state.value.progressPct?.toString()), {
        reply_markup: nav(ctx, state),
      });
      return;
    case "disbursed":
      await ctx.reply(
        ctx.t("wizard-ask-disbursed") +
          current(
            state.value.disbursedVnd === undefined
              ? undefined
              : formatMillion(state.value.disbursedVnd, locale),
          ),
        { reply_markup: nav(ctx, state) },
      );
      return;
    default:
      await ctx.reply(ctx.t(`wizard-ask-${state.step}`) + current(state.value[state.step]), {
        reply_markup: nav(ctx, state),
      });
  }
}

/** Starts a guided report (preset from a reminder button or a draft being edited). */
export async function startGuidedReport(
  ctx: BotContext,
  preset: Parameters<typeof startWizard>[0] = {},
): Promise<void> {
  const mine = await reportableAssignments(ctx.deps, requireActor(ctx));
  const only = mine.length === 1 ? mine[0] : undefined;
  const state = startWizard({
    ...preset,
    ...(only && !preset.assignmentId ? { assignmentId: only.assignmentId } : {}),
  });
  await showStep(ctx, state);
}

/** Feeds one answer to the guided report in this chat; false when none is in progress. */
export async function continueGuidedReport(ctx: BotContext, input: WizardInput): Promise<boolean> {
  const state = await loadWizard(ctx.deps, "telegram", chatKey(ctx));
  if (state === null) return false;
  const result = advanceWizard(state, input);
  if (result.error) {
    await ctx.reply(ctx.t(`reply-error-${result.error.code}`, result.error.params));
    return true;
  }
  await showStep(ctx, result.state);
  return true;
}

/** A photo or document sent during the dialogue joins the report; false when none is in progress. */
export async function attachToGuidedReport(ctx: BotContext, file: AttachmentRef): Promise<boolean> {
  const state = await loadWizard(ctx.deps, "telegram", chatKey(ctx));
  if (state === null) return false;
  state.attachments = [...(state.attachments ?? []), file];
  await saveWizard(ctx.deps, "telegram", chatKey(ctx), state);
  await ctx.reply(ctx.t("report-attachment-received", { count: state.attachments.length }));
  return true;
}

export async function cancelGuidedReport(ctx: BotContext): Promise<void> {
  await clearWizard(ctx.deps, "telegram", chatKey(ctx));
}
