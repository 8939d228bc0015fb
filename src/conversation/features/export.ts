import { exportPeriod } from "../../services/export-period.ts";
import type { Feature } from "../router.ts";

const CAPTION = {
  xlsx: "export-caption-xlsx",
  png: "export-caption-png",
  docx: "export-caption-docx",
} as const;

/** /export [period]: the workbook, the chart and the report draft, as real files. */
export const exportFiles: Feature = {
  commands: {
    export: async (turn, args) => {
      const files = await exportPeriod(turn.deps, {
        actor: turn.requireActor(),
        periodKey: args.toUpperCase() || undefined,
        formats: ["xlsx", "png", "docx"],
        t: turn.t,
        locale: turn.locale,
        timezone: turn.deps.timezone,
      });
      for (const f of files) {
        const format = f.fileName.endsWith(".png") ? "png" : f.fileName.endsWith(".docx") ? "docx" : "xlsx";
        turn.file({
          kind: "file",
          format,
          fileName: f.fileName,
          bytes: f.bytes,
          caption: turn.t(CAPTION[format], { key: f.periodKey }),
        });
      }
    },
  },
};
