// A notification too long for one message goes out in parts (a province digest, a long list of
// reminders). When part 3 of 4 is refused (a 429, a timeout), the row is retried later, and without
// this the retry started again at part 1: the chat got parts 1 and 2 twice. Each part delivered is
// now recorded on the row (its content's hash and its message id) before the next is sent (a
// message in one part, most of them, writes nothing more than before), and a
// retry skips the parts it would send to the same chat unchanged. A part whose content changed since
// (a report came in and the digest's figures moved) is sent, and so is everything after it: the
// reader gets the new figures whole, never a mix with a part left out.
import { createHash } from "node:crypto";

/** What the transport asks before and tells after each part of one message (see partSender). */
export interface PartsProgress {
  /** The message id part `index` got, if an earlier attempt delivered it with this content. */
  deliveredAs(index: number, content: string): string | undefined;
  /** Before part `index` is sent: those before it are recorded; rejects if the row is no longer ours. */
  sending(index: number): Promise<void>;
  /** Part `index` was delivered (recorded when another part follows). */
  delivered(index: number, content: string, messageId: string): void;
}

interface Stored {
  to: string;
  parts: { key: string; id: string }[];
}

const keyOf = (content: string) => createHash("sha256").update(content).digest("base64url").slice(0, 22);

function read(json: string | null, to: string): Stored["parts"] {
  if (json === null) return [];
  try {
    const stored = JSON.parse(json) as Stored;
    return stored.to === to && Array.isArray(stored.parts) ? stored.parts : [];
  } catch {
    return [];
  }
}

/**
 * The progress of one row's message to `to` ("channel:chat"): `stored` is what the row holds,
 * `record` writes the new JSON under the sender's lease (false: the row is no longer ours).
 */
export function rowPartsProgress(
  stored: string | null,
  to: string,
  record: (json: string) => Promise<boolean>,
): PartsProgress {
  const before = read(stored, to);
  const now: Stored["parts"] = [];
  let resent = false;
  return {
    deliveredAs(index, content) {
      // Only the unchanged beginning is skipped: once a part is sent anew, so is the rest.
      const part = before[index];
      if (resent || now.length !== index || part === undefined || part.key !== keyOf(content))
        return undefined;
      now.push(part);
      return part.id;
    },
    async sending(index) {
      if (index === 0 || !resent) return; // nothing new delivered before this part
      if (!(await record(JSON.stringify({ to, parts: now.slice(0, index) } satisfies Stored))))
        throw new Error("the row's lease lapsed during a send in parts: the rest is left to its holder");
    },
    delivered(index, content, messageId) {
      resent = true;
      now.length = index;
      now.push({ key: keyOf(content), id: messageId });
    },
  };
}

/**
 * For a transport: sends its parts one at a time through `send`, skipping those `progress` says
 * were delivered. `content` identifies the part (its text and buttons, a file's name and size);
 * it is only worked out for a notification (a conversation's reply has no progress).
 */
export function partSender(progress: PartsProgress | undefined) {
  let index = 0;
  return async (content: () => string, send: () => Promise<string>): Promise<string> => {
    if (progress === undefined) return send();
    const i = index++;
    const text = content();
    const earlier = progress.deliveredAs(i, text);
    if (earlier !== undefined) return earlier;
    await progress.sending(i);
    const id = await send();
    progress.delivered(i, text, id);
    return id;
  };
}
