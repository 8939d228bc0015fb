// The standing office sends the plan document (.docx, .pdf, .txt, .md) in a private chat: tiendo
// answers with the review and the draft plan file, and imports it as a draft plan on one choice.
import path from "node:path";
import { can } from "../../domain/access/roles.ts";
import { AppError } from "../../services/app-error.ts";
import { documentKindOf } from "../../services/plan/read-document-text.ts";
import { draftPlanInChat } from "../../services/plan/draft-plan-in-chat.ts";
import { dropPendingPlanDraft } from "../../services/plan/drop-pending-plan-draft.ts";
import { importPendingPlanDraft } from "../../services/plan/import-pending-plan-draft.ts";
import { listPlans } from "../../services/plan/list-plans.ts";
import type { Feature } from "../router.ts";
import { activateChoice } from "./plans.ts";

/** The largest document read (Telegram hands bots files up to 20 MB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** A document sent without a name (some apps do) is named from its type. */
const EXTENSION_OF: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
  "application/pdf": ".pdf",
  "text/plain": ".txt",
  "text/markdown": ".md",
};
const nameOf = (file: { fileName?: string; mimeType?: string }) =>
  file.fileName ?? `document${EXTENSION_OF[file.mimeType ?? ""] ?? ""}`;
const tooBig = () => new AppError("file-too-big", { max: String(MAX_DOCUMENT_BYTES / 1024 / 1024) });

export const planDocument: Feature = {
  file: async (turn, { file }) => {
    if (!can(turn.actor, "plan.draft")) return false;
    const actor = turn.requireActor();
    const fileName = nameOf(file);
    if (file.kind === "photo" || documentKindOf(fileName) === null) {
      turn.say(turn.t("plan-chat-send-document"));
      return true;
    }
    if ((file.sizeBytes ?? 0) > MAX_DOCUMENT_BYTES) throw tooBig();
    const bytes = await turn.deps.channels.downloadFile(turn.identity.channel, file.fileId);
    if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooBig();
    const result = await draftPlanInChat(turn.deps, {
      actor,
      person: turn.person,
      bytes,
      fileName,
      locale: turn.locale,
    });
    if (!result.ok) {
      turn.say(result.message);
      return true;
    }
    turn.say(result.review.join("\n"));
    turn.file({
      kind: "file",
      format: "yaml",
      fileName: `${path.basename(fileName, path.extname(fileName))}.yaml`,
      bytes: new TextEncoder().encode(result.yaml),
      caption: turn.t("plan-chat-file-caption"),
    });
    if (result.valid && result.pendingId !== undefined) {
      const id = result.pendingId;
      turn.say(turn.t("plan-chat-import-ask"), [
        [
          turn.choice(turn.t("plan-chat-import"), { kind: "pd-import", id }),
          turn.choice(turn.t("plan-chat-skip"), { kind: "pd-skip", id }),
        ],
      ]);
    } else turn.say(turn.t("plan-chat-cannot-import"));
    return true;
  },

  choices: {
    "pd-import": async (turn, { id }) => {
      const actor = turn.requireActor();
      const result = await importPendingPlanDraft(turn.deps, {
        actor,
        person: turn.person,
        draftId: id,
        timezone: turn.deps.timezone,
        actorLabel: "member",
      });
      turn.edit({ choices: null });
      if (result.kind === "imported") {
        // Imported as a draft, which reminds nobody: activating it is offered at once.
        const plan = (await listPlans(turn.deps, actor)).find((p) => p.code === result.planCode);
        const activate =
          plan !== undefined && can(actor, "plan.manage") ? [[activateChoice(turn, plan)]] : [];
        turn.say(turn.t("plan-chat-imported", { ...result }), activate);
      } else if (result.kind === "code-taken")
        turn.say(turn.t("plan-chat-code-taken", { code: result.planCode }));
      else if (result.kind === "gone") turn.say(turn.t("plan-chat-gone"));
      else
        turn.say(
          [
            turn.t("plan-chat-cannot-import"),
            ...result.errors.map((e) => `- ${turn.t(`plan-error-${e.code}`, e.params)}`),
          ].join("\n"),
        );
    },
    "pd-skip": async (turn, { id }) => {
      const dropped = await dropPendingPlanDraft(turn.deps, {
        actor: turn.requireActor(),
        person: turn.person,
        draftId: id,
      });
      turn.edit({ choices: null });
      turn.say(turn.t(dropped ? "plan-chat-skipped" : "plan-chat-gone"));
    },
  },
};
