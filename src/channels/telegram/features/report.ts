import { Composer } from "grammy";
import { parseReply } from "../../../domain/replies/parse-reply.ts";
import type { AttachmentRef } from "../../../domain/replies/report-wizard.ts";
import { AppError } from "../../../services/app-error.ts";
import { confirmReport } from "../../../services/confirm-report.ts";
import { draftReport } from "../../../services/draft-report.ts";
import { findReminderTarget } from "../../../services/find-reminder-target.ts";
import { deleteDraft, loadDraft } from "../../../services/report-drafts.ts";
import type { BotContext } from "../context.ts";
import { onCallback } from "./on-callback.ts";
import { readingErrorsText, receiptText, summaryKeyboard, summaryText } from "./report-view.ts";
import {
  attachToGuidedReport,
  cancelGuidedReport,
  continueGuidedReport,
  startGuidedReport,
} from "./report-wizard.ts";
import { localeOf, requireActor } from "./shared.ts";

export const report = new Composer<BotContext>();

/** One message → what was understood, field by field, with Confirm / Edit / Cancel. */
async function oneMessage(
  ctx: BotContext,
  text: string,
  context: { assignmentId?: string; periodId?: string } = {},
  attachments: AttachmentRef[] = [],
) {
  const actor = requireActor(ctx);
  const reading = parseReply(text);
  if (!reading.ok) return void (await ctx.reply(readingErrorsText(ctx, reading)));
  const draft = await draftReport(ctx.deps, {
    actor,
    value: reading.value,
    ...context,
    channel: "telegram",
    sourceText: text,
    attachments,
  });
  await ctx.reply(summaryText(ctx, draft, await localeOf(ctx)), {
    reply_markup: summaryKeyboard(ctx, draft.id),
  });
}

report.command("report", async (ctx) => {
  const actor = requireActor(ctx);
  if (actor.role !== "focal-point") throw new AppError("forbidden");
  const text = ctx.match.trim();
  if (text === "") return startGuidedReport(ctx);
  await cancelGuidedReport(ctx);
  return oneMessage(ctx, text);
});

report.chatType("private").on("message:text", async (ctx, next) => {
  if (ctx.actor?.role !== "focal-point" || ctx.message.text.startsWith("/")) return next();
  if (await continueGuidedReport(ctx, { kind: "text", text: ctx.message.text })) return;
  // A reply to a reminder: the item and period come from the reminder.
  const repliedTo = ctx.message.reply_to_message?.message_id;
  if (repliedTo !== undefined) {
    const reminder = await findReminderTarget(ctx.deps, {
      memberId: ctx.actor.memberId,
      channel: "telegram",
      messageId: String(repliedTo),
    });
    if (reminder) return oneMessage(ctx, ctx.message.text, reminder);
  }
  const reading = parseReply(ctx.message.text);
  const looksLikeReport =
    Object.keys(reading.value).length > 0 || reading.errors.some((e) => e.field !== "line");
  if (!looksLikeReport) return next();
  return oneMessage(ctx, ctx.message.text);
});

/** A photo or document: joins the guided report in progress, or carries the report in its caption. */
report.chatType("private").on(["message:photo", "message:document"], async (ctx, next) => {
  if (ctx.actor?.role !== "focal-point") return next();
  const m = ctx.message;
  const photo = m.photo?.at(-1);
  const file: AttachmentRef = photo
    ? { kind: "photo", fileId: photo.file_id, sizeBytes: photo.file_size }
    : {
        kind: "document",
        fileId: m.document?.file_id ?? "",
        fileName: m.document?.file_name,
        mimeType: m.document?.mime_type,
        sizeBytes: m.document?.file_size,
      };
  if (await attachToGuidedReport(ctx, file)) return;
  if (m.caption && m.caption.trim() !== "") return oneMessage(ctx, m.caption, {}, [file]);
  await ctx.reply(ctx.t("report-attachment-how"));
});

onCallback(report, "rp-ok", async (ctx, data) => {
  const receipt = await confirmReport(ctx.deps, { actor: requireActor(ctx), draftId: data.id });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(receiptText(ctx, receipt));
});

onCallback(report, "rp-no", async (ctx, data) => {
  const draft = await loadDraft(ctx.deps, data.id);
  if (draft && draft.memberId !== requireActor(ctx).memberId) throw new AppError("forbidden");
  await deleteDraft(ctx.deps, data.id);
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("report-cancelled"));
});

onCallback(report, "rp-edit", async (ctx, data) => {
  const draft = await loadDraft(ctx.deps, data.id);
  if (draft === null) throw new AppError("draft-expired");
  if (draft.memberId !== requireActor(ctx).memberId) throw new AppError("forbidden");
  await deleteDraft(ctx.deps, data.id);
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await startGuidedReport(ctx, {
    assignmentId: draft.assignmentId,
    periodId: draft.periodId,
    value: { ...draft.value, status: draft.status },
  });
});

onCallback(report, "wz-item", (ctx, d) => continueGuidedReport(ctx, { kind: "item", assignmentId: d.id }));
onCallback(report, "wz-period", (ctx, d) => continueGuidedReport(ctx, { kind: "period", periodId: d.id }));
onCallback(report, "wz-status", (ctx, d) => continueGuidedReport(ctx, { kind: "status", status: d.status }));
onCallback(report, "wz-skip", (ctx) => continueGuidedReport(ctx, { kind: "skip" }));
onCallback(report, "wz-back", (ctx) => continueGuidedReport(ctx, { kind: "back" }));
onCallback(report, "wz-cancel", async (ctx) => {
  await cancelGuidedReport(ctx);
  await ctx.reply(ctx.t("report-cancelled"));
});
