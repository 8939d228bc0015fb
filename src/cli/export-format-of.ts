import path from "node:path";
import { AppError } from "../services/app-error.ts";
import { EXPORT_FORMATS, type ExportFormat } from "../services/summary/export-period.ts";

const isFormat = (x: string): x is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(x);

/**
 * The export's format: `--format` when given (in any case), else the file's extension. A format
 * that contradicts the extension is refused: an XLSX named report.docx opens nowhere.
 */
export function exportFormatOf(format: string | undefined, out: string): ExportFormat {
  const ext = path.extname(out).slice(1).toLowerCase();
  const formats = EXPORT_FORMATS.join(", ");
  if (format === undefined) {
    if (isFormat(ext)) return ext;
    throw new AppError("export-format-unknown", { file: out, formats });
  }
  const wanted = format.trim().toLowerCase();
  if (!isFormat(wanted)) throw new AppError("export-format-unknown", { file: out, formats, value: format });
  // Every chart is a PNG file.
  const wantedExt = wanted.startsWith("png") ? "png" : wanted;
  if (ext !== "" && ext !== wantedExt)
    throw new AppError("export-format-mismatch", { file: out, format: wanted, ext });
  return wanted;
}
