import { Composer, InputFile } from "grammy";
import { exportPeriod, type ExportFormat } from "../../../services/export-period.ts";
import type { BotContext } from "../context.ts";
import { localeOf, requireActor } from "./shared.ts";

export const exportFiles = new Composer<BotContext>();

/** /export [period]: the workbook, the chart and the report draft, as real files. */
exportFiles.command("export", async (ctx) => {
  const actor = requireActor(ctx);
  const periodKey = ctx.match.trim().toUpperCase() || undefined;
  const locale = await localeOf(ctx);
  const t = (k: string, a?: Record<string, string | number>) => ctx.t(k, a);
  const make = (format: ExportFormat) =>
    exportPeriod(ctx.deps, { actor, periodKey, format, t, locale, timezone: ctx.deps.timezone });
  const xlsx = await make("xlsx");
  await ctx.replyWithDocument(new InputFile(xlsx.bytes, xlsx.fileName), {
    caption: ctx.t("export-caption-xlsx", { key: xlsx.periodKey }),
  });
  const png = await make("png");
  await ctx.replyWithPhoto(new InputFile(png.bytes, png.fileName), {
    caption: ctx.t("export-caption-png", { key: png.periodKey }),
  });
  const docx = await make("docx");
  await ctx.replyWithDocument(new InputFile(docx.bytes, docx.fileName), {
    caption: ctx.t("export-caption-docx", { key: docx.periodKey }),
  });
});
