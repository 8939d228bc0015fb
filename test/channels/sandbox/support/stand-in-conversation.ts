// A small stand-in for the conversation layer while it is being built elsewhere: enough to drive
// every part of the sandbox (text, choices, edits, notices, files) through real services.
// Not product code: the real conversation replaces it when the layers are merged.
import type { Conversation, Identity, Reply } from "../../../../src/conversation/conversation-types.ts";
import type { SandboxDeps } from "../../../../src/channels/sandbox/sandbox-deps.ts";
import { formatMillion } from "../../../../src/domain/money.ts";
import { translator } from "../../../../src/i18n/translator.ts";
import { exportPeriod } from "../../../../src/services/summary/export-period.ts";
import { listTasks } from "../../../../src/services/reporting/list-tasks.ts";
import { resolveActor } from "../../../../src/services/people/resolve-actor.ts";

const say = (
  text: string,
  extra: Partial<{ choices: { label: string; payload: string }[][] }> = {},
): Reply => ({
  outputs: [{ kind: "message", text, ...extra }],
});

export function standInConversation(deps: SandboxDeps): Conversation {
  const actorOf = (identity: Identity) =>
    resolveActor(deps, { channel: identity.channel, externalId: identity.externalId });
  return {
    async handle(identity, input) {
      if (input.kind === "choice") {
        if (input.payload !== "pick:yes") return say("unknown choice");
        return {
          outputs: [
            { kind: "edit-origin", text: "Đã chọn: Có", choices: null },
            { kind: "notice", text: "Đã ghi nhận" },
          ],
        };
      }
      if (input.kind !== "command") return say(`Bạn viết: ${input.kind === "text" ? input.text : "?"}`);
      const actor = await actorOf(identity);
      if (input.name === "start") return say(`Xin chào ${identity.displayName ?? ""}!`);
      if (actor === null) return say("Chưa tham gia.");
      if (input.name === "tasks") {
        const rows = await listTasks(deps, actor);
        return say(
          rows
            .map(
              (r) =>
                `${r.itemCode}: ${r.budgetVnd === null ? "—" : formatMillion(r.budgetVnd, "vi")} triệu đồng`,
            )
            .join("\n"),
        );
      }
      if (input.name === "pick") {
        return say("Chọn một:", { choices: [[{ label: "Có", payload: "pick:yes" }]] });
      }
      if (input.name === "export") {
        const files = await exportPeriod(deps, {
          actor,
          formats: ["xlsx", "png"],
          t: translator("vi"),
          locale: "vi",
          timezone: deps.timezone,
        });
        return {
          outputs: files.map((f) => ({
            kind: "file" as const,
            format: f.fileName.endsWith(".png") ? ("png" as const) : ("xlsx" as const),
            fileName: f.fileName,
            bytes: f.bytes,
            caption: f.fileName,
          })),
        };
      }
      return say(`/${input.name} ${input.args}`);
    },
  };
}
