// Telegram's limits for the shared splitter (src/domain/text/split-text.ts).
import { splitText as splitUnder } from "../../../domain/text/split-text.ts";

/** Telegram's limit on a message's text (counted here in UTF-16 units, never more than Telegram counts). */
export const TEXT_LIMIT = 4096;
/** Telegram's limit on a caption. */
export const CAPTION_LIMIT = 1024;

export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  return splitUnder(text, limit);
}
