// `plan draft <document> [--out plan.yaml] [--json]`: a plan file drafted from the official
// document, with its review; then `plan validate` / `plan import --dry-run` as usual.
import { readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { parse } from "yaml";
import { draftPlanFromDocument } from "../services/plan/draft-plan-from-document.ts";
import type { CliContext } from "./cli-context.ts";

export function registerPlanDraftCommand(plan: Command, ctx: CliContext): void {
  plan
    .command("draft <document>")
    .description(ctx.t("plan-draft-cmd-description"))
    .option("--out <file>", ctx.t("plan-draft-opt-out"))
    .option("--json", ctx.t("plan-draft-opt-json"))
    .action(async (document: string, opts: { out?: string; json?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(document);
      } catch {
        ctx.print(ctx.t("plan-draft-unreadable-file", { file: document, kind: "" }));
        return ctx.exitCode(1);
      }
      const result = await draftPlanFromDocument({
        bytes,
        fileName: document,
        caller: "system",
        locale: ctx.locale,
      });
      if (!result.ok) {
        ctx.print(
          opts.json
            ? JSON.stringify({ ok: false, reason: result.reason, message: result.message }, null, 2)
            : result.message,
        );
        return ctx.exitCode(1);
      }
      if (opts.out !== undefined) await writeFile(opts.out, result.yaml);
      if (opts.json) {
        ctx.print(
          JSON.stringify(
            {
              ok: result.valid,
              reconciles: result.reconciles,
              draft: jsonDraft(result.yaml),
              yaml: result.yaml,
              sources: result.sources,
              review: result.reviewData,
            },
            null,
            2,
          ),
        );
      } else {
        const lines = [...result.review];
        if (opts.out === undefined) lines.unshift(result.yaml);
        else lines.push(ctx.t("plan-draft-written", { file: opts.out }));
        ctx.print(lines.join("\n"));
      }
      ctx.exitCode(result.valid ? 0 : 1);
    });
}

/** The draft as the plan file states it (every value text, as `plan validate` reads it). */
const jsonDraft = (yaml: string): unknown => parse(yaml, { schema: "failsafe" });
