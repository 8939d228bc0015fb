import type { ExportFormat } from "../../services/summary/export-period.ts";
import { exportPeriodFiles } from "../../services/summary/export-period.ts";
import { resolvePeriodKey } from "../../services/plan/resolve-period-key.ts";
import type { FileFormat } from "../conversation-types.ts";
import { planArgument } from "../plan-argument.ts";
import type { Feature } from "../router.ts";

/** What /export sends: the workbook, the report draft and the three charts; `pdf` adds the PDF. */
const DEFAULT_FORMATS: ExportFormat[] = ["xlsx", "docx", "png", "png-agencies", "png-trend"];

const fileFormat = (f: ExportFormat): FileFormat => (f.startsWith("png") ? "png" : (f as FileFormat));

/** /export [period] [pdf]: the period's documents, as real files, and what could not be made. */
export const exportFiles: Feature = {
  commands: {
    export: async (turn, args) => {
      const picked = await planArgument(turn, "export", args.trim());
      if (picked === null) return;
      const { planCode } = picked;
      const words = picked.rest.split(/\s+/).filter(Boolean);
      const withPdf = words.some((w) => w.toLowerCase() === "pdf");
      const period = words.filter((w) => w.toLowerCase() !== "pdf").join(" ");
      const actor = turn.requireActor();
      const periodKey = await resolvePeriodKey(turn.deps, period || undefined, planCode);
      const { files, notices } = await exportPeriodFiles(turn.deps, {
        actor,
        periodKey,
        planCode,
        formats: withPdf ? [...DEFAULT_FORMATS, "pdf"] : DEFAULT_FORMATS,
        t: turn.t,
        locale: turn.locale,
        timezone: turn.deps.timezone,
      });
      for (const f of files) {
        turn.file({
          kind: "file",
          format: fileFormat(f.format),
          fileName: f.fileName,
          bytes: f.bytes,
          caption: turn.t(`export-caption-${f.format}`, { key: f.periodKey }),
        });
      }
      for (const notice of notices) turn.say(notice);
    },
  },
};
