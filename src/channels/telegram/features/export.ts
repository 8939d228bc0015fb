import { Composer, InputFile } from "grammy";
import { exportPeriod } from "../../../services/export-period.ts";
import type { BotContext } from "../context.ts";
import { localeOf, requireActor } from "./shared.ts";

export const exportFiles = new Composer<BotContext>();

/** /export [period]: the workbook, the chart and the report draft, as real files. */
exportFiles.command("export", async (ctx) => {
  const actor = requireActor(ctx);
  const periodKey = ctx.match.trim().toUpperCase() || undefined;
  const locale = await localeOf(ctx);
  const t = (k: string, a?: Record<string, string | number>) => ctx.t(k, a);
  const [xlsx, png, docx] = await exportPeriod(ctx.deps, {
    actor,
    periodKey,
    formats: ["xlsx", "png", "docx"],
    t,
    locale,
    timezone: ctx.deps.timezone,
  });
  if (!xlsx || !png || !docx) return;
  await ctx.replyWithDocument(new InputFile(xlsx.bytes, xlsx.fileName), {
    caption: ctx.t("export-caption-xlsx", { key: xlsx.periodKey }),
  });
  await ctx.replyWithPhoto(new InputFile(png.bytes, png.fileName), {
    caption: ctx.t("export-caption-png", { key: png.periodKey }),
  });
  await ctx.replyWithDocument(new InputFile(docx.bytes, docx.fileName), {
    caption: ctx.t("export-caption-docx", { key: docx.periodKey }),
  });
});
