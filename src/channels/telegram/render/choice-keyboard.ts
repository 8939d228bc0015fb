import { InlineKeyboard } from "grammy";
import { MAX_PAYLOAD_BYTES } from "../../../conversation/choice-payload.ts";
import type { ChoiceRows } from "../../../conversation/conversation-types.ts";

/** Choices as an inline keyboard; a payload Telegram would refuse (empty, > 64 bytes) is a bug here. */
export function choiceKeyboard(rows: ChoiceRows): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const row of rows) {
    if (row.length === 0) continue;
    for (const c of row) {
      const bytes = Buffer.byteLength(c.payload);
      if (bytes === 0 || bytes > MAX_PAYLOAD_BYTES)
        throw new Error(`callback data of ${bytes} bytes: ${c.payload}`);
      kb.text(c.label, c.payload);
    }
    kb.row();
  }
  return kb;
}
