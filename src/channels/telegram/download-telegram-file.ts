// The bytes of a file a person sent the bot: getFile, then GET <apiRoot>/file/bot<token>/<path>.
// Telegram hands bots files up to 20 MB ("file is too big" beyond); a file it no longer has, or a
// download that fails, is asked for again.
import { GrammyError, type Api } from "grammy";
import { AppError } from "../../services/app-error.ts";

/** The largest file the Bot API lets a bot download, in MB. */
const BOT_DOWNLOAD_LIMIT_MB = 20;
const DOWNLOAD_TIMEOUT_MS = 120_000;

export async function downloadTelegramFile(o: {
  api: Api;
  apiRoot: string;
  token: string;
  fileId: string;
}): Promise<Uint8Array> {
  let filePath: string | undefined;
  try {
    filePath = (await o.api.getFile(o.fileId)).file_path;
  } catch (e) {
    if (e instanceof GrammyError && /file is too big/i.test(e.description))
      throw new AppError("file-too-big", { max: String(BOT_DOWNLOAD_LIMIT_MB) });
    if (e instanceof GrammyError && e.error_code === 400) throw new AppError("file-gone");
    throw e;
  }
  if (filePath === undefined) throw new AppError("file-gone");
  const res = await fetch(`${o.apiRoot}/file/bot${o.token}/${filePath}`, {
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (!res.ok) throw new AppError("file-gone");
  return new Uint8Array(await res.arrayBuffer());
}
