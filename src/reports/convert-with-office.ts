// Converts a DOCX or XLSX to PDF with LibreOffice headless, set in the bundled Tinos (metric-
// compatible with Times New Roman, which these machines do not have): a private fontconfig file
// and a private LibreOffice profile in a temporary folder; nothing is installed system-wide.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CHART_FONTS } from "./charts/svg-parts.ts";
import { TINOS_FILES } from "./text-width.ts";

export type OfficeResult =
  { ok: true; bytes: Buffer } | { ok: false; reason: "unavailable" | "failed"; detail: string };

// Only Tinos (and DejaVu Sans, for any glyph it lacks) are visible: LibreOffice's own table would
// otherwise set Times New Roman in whatever serif the system has.
const fallbackDir = path.dirname(CHART_FONTS[0] ?? "");
const fontsConf = (cacheDir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${[...new Set(TINOS_FILES.map((f) => path.dirname(f)))].map((d) => `  <dir>${d}</dir>`).join("\n")}
  <dir>${fallbackDir}</dir>
  <alias binding="strong"><family>Times New Roman</family><prefer><family>Tinos</family></prefer></alias>
  <alias binding="strong"><family>Times</family><prefer><family>Tinos</family></prefer></alias>
  <cachedir>${cacheDir}</cachedir>
</fontconfig>
`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; error?: NodeJS.ErrnoException; stderr: string }>((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, error, stderr });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** The document as PDF, or why not ("unavailable": no LibreOffice on this machine). */
export async function convertWithOffice(
  bytes: Buffer,
  o: { from: "docx" | "xlsx"; soffice?: string; timeoutMs?: number },
): Promise<OfficeResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "tiendo-office-"));
  try {
    const input = path.join(dir, `document.${o.from}`);
    await writeFile(input, bytes);
    await writeFile(path.join(dir, "fonts.conf"), fontsConf(path.join(dir, "fc-cache")));
    const env = {
      ...process.env,
      HOME: dir,
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
      SAL_USE_VCLPLUGIN: "svp",
    };
    const result = await run(
      o.soffice ?? "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      env,
      o.timeoutMs ?? 120_000,
    );
    if (result.error?.code === "ENOENT")
      return { ok: false, reason: "unavailable", detail: "soffice not found" };
    try {
      return { ok: true, bytes: await readFile(path.join(dir, "document.pdf")) };
    } catch {
      return { ok: false, reason: "failed", detail: `exit ${result.code}: ${result.stderr.slice(0, 500)}` };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
