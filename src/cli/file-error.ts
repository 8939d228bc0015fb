import { AppError, type AppErrorCode } from "../services/app-error.ts";

const CODES: Record<string, AppErrorCode> = {
  ENOENT: "file-not-found",
  ENOTDIR: "file-not-found",
  EACCES: "file-access-denied",
  EPERM: "file-access-denied",
  EROFS: "file-access-denied",
  EISDIR: "file-is-directory",
};

/** A file-system failure on `file` as an AppError naming the file; anything else is rethrown. */
export function fileError(e: unknown, file: string): AppError {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) throw e;
  return new AppError(CODES[code] ?? "file-failed", { file, reason: code });
}

/** Runs a file operation on `file`; its failure becomes a localised AppError. */
export async function onFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw fileError(e, file);
  }
}
