// Progress reports: /report (guided, or in one message), typed reports and replies to reminders,
// a file with the report as its caption, and Confirm / Edit / Cancel on the draft.
import { can } from "../../domain/access/roles.ts";
import { parseReply } from "../../domain/replies/parse-reply.ts";
import type { AttachmentRef } from "../../domain/replies/report-wizard.ts";
import { attachToGuidedReport } from "../../services/reporting/attach-to-guided-report.ts";
import { cancelDraft } from "../../services/reporting/cancel-draft.ts";
import { cancelGuidedReport } from "../../services/reporting/cancel-guided-report.ts";
import { confirmReport } from "../../services/reporting/confirm-report.ts";
import { continueGuidedReport } from "../../services/reporting/continue-guided-report.ts";
import { AppError } from "../../services/app-error.ts";
import { draftReport } from "../../services/reporting/draft-report.ts";
import { holdReportForPlan, takeHeldReport } from "../../services/reporting/report-plan-choice.ts";
import { findRepliedReminder } from "../../services/reminders/find-replied-reminder.ts";
import { reopenDraft } from "../../services/reporting/reopen-draft.ts";
import { startGuidedReport } from "../../services/reporting/start-guided-report.ts";
import type { Feature } from "../router.ts";
import type { Turn } from "../turn.ts";
import { showGuidedStep } from "../views/guided-step-view.ts";
import { draftChoices, draftText, readingErrorsText, receiptText } from "../views/report-view.ts";

/** One message → what was understood, field by field, with Confirm / Edit / Cancel. */
async function oneMessage(
  turn: Turn,
  text: string,
  context: { assignmentId?: string; periodId?: string } = {},
  attachments: AttachmentRef[] = [],
) {
  const reading = parseReply(text);
  if (!reading.ok) return turn.say(readingErrorsText(turn, reading));
  const actor = turn.requireActor();
  try {
    const draft = await draftReport(turn.deps, {
      actor,
      value: reading.value,
      ...context,
      channel: turn.identity.channel,
      sourceText: text,
      attachments,
    });
    turn.say(draftText(turn, draft), draftChoices(turn, draft.id));
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "which-plan") throw e;
    // The item code is in several active plans: keep the message, ask which plan.
    const plans = await holdReportForPlan(turn.deps, {
      actor,
      person: turn.person,
      itemCode: String(e.params.code),
      held: { text, attachments },
    });
    turn.say(
      turn.t("report-which-plan", { code: String(e.params.code) }),
      plans.map((p) => [
        turn.choice(turn.t("report-plan-choice", { code: p.planCode, title: p.planTitle }), {
          kind: "rp-plan",
          id: p.assignmentId,
        }),
      ]),
    );
  }
}

/** Whether typed text from this person may be a report (others' text goes to the fallback). */
const reporter = (turn: Turn) => turn.actor !== null && can(turn.actor, "report.submit");

export const report: Feature = {
  commands: {
    report: async (turn, text) => {
      const actor = turn.requireActor();
      if (text === "")
        return showGuidedStep(turn, await startGuidedReport(turn.deps, { actor, person: turn.person }));
      await cancelGuidedReport(turn.deps, { person: turn.person });
      await oneMessage(turn, text);
    },
  },

  text: async (turn, input) => {
    if (!reporter(turn)) return false;
    const actor = turn.requireActor();
    const answer = await continueGuidedReport(turn.deps, {
      actor,
      person: turn.person,
      input: { kind: "text", text: input.text },
    });
    if (answer !== null) {
      if (answer.kind === "refused")
        turn.say(turn.t(`reply-error-${answer.error.code}`, answer.error.params));
      else showGuidedStep(turn, answer);
      return true;
    }
    // A reply to a reminder: the item and period come from the reminder.
    if (input.replyTo !== undefined) {
      const reminder = await findRepliedReminder(turn.deps, {
        actor,
        channel: turn.identity.channel,
        messageId: input.replyTo,
      });
      if (reminder) return oneMessage(turn, input.text, reminder).then(() => true);
    }
    const reading = parseReply(input.text);
    const looksLikeReport =
      Object.keys(reading.value).length > 0 || reading.errors.some((e) => e.field !== "line");
    if (!looksLikeReport) return false;
    await oneMessage(turn, input.text);
    return true;
  },

  /** A photo or document: joins the guided report in progress, or carries the report in its caption. */
  file: async (turn, { file, caption }) => {
    if (!reporter(turn)) return false;
    const ref: AttachmentRef = { kind: file.kind, fileId: file.fileId };
    if (file.fileName !== undefined) ref.fileName = file.fileName;
    if (file.mimeType !== undefined) ref.mimeType = file.mimeType;
    if (file.sizeBytes !== undefined) ref.sizeBytes = file.sizeBytes;
    const count = await attachToGuidedReport(turn.deps, { person: turn.person, file: ref });
    if (count !== null) turn.say(turn.t("report-attachment-received", { count }));
    else if (caption && caption.trim() !== "") await oneMessage(turn, caption, {}, [ref]);
    else turn.say(turn.t("report-attachment-how"));
    return true;
  },

  choices: {
    "rp-plan": async (turn, { id }) => {
      const held = await takeHeldReport(turn.deps, turn.person);
      turn.edit({ choices: null });
      if (held === null) throw new AppError("draft-expired");
      await oneMessage(turn, held.text, { assignmentId: id }, held.attachments);
    },
    "rp-ok": async (turn, { id }) => {
      const receipt = await confirmReport(turn.deps, { actor: turn.requireActor(), draftId: id });
      turn.edit({ choices: null });
      turn.say(receiptText(turn, receipt));
    },
    "rp-no": async (turn, { id }) => {
      await cancelDraft(turn.deps, { actor: turn.requireActor(), draftId: id });
      turn.edit({ choices: null });
      turn.say(turn.t("report-cancelled"));
    },
    "rp-edit": async (turn, { id }) => {
      const step = await reopenDraft(turn.deps, {
        actor: turn.requireActor(),
        person: turn.person,
        draftId: id,
      });
      turn.edit({ choices: null });
      showGuidedStep(turn, step);
    },
  },
};
