// Files on a channel that cannot send documents (Zalo): each export or chart is kept for the
// person behind a link to tiendo's own HTTP server, and the reply says where to download it.
import { formatInstant } from "../domain/format-date.ts";
import { createFileLink } from "../services/files/create-file-link.ts";
import type { Output } from "./conversation-types.ts";
import type { Turn } from "./turn.ts";

/** Where the link of `token` points: downloads (documents) and pictures share one path. */
export const fileLinkPath = (token: string) => `/files/${token}`;

export async function filesAsLinks(turn: Turn, outputs: Output[]): Promise<Output[]> {
  const shown: Output[] = [];
  const settings = turn.deps.fileLinks;
  for (const o of outputs) {
    if (o.kind !== "file") {
      shown.push(o);
      continue;
    }
    const publicUrl = settings?.publicUrl;
    if (settings === undefined || publicUrl === undefined || turn.actor === null) {
      shown.push({ kind: "message", text: turn.t("file-link-unavailable", { name: o.fileName }) });
      continue;
    }
    const { token, expiresAt } = await createFileLink(turn.deps, {
      recipientMemberId: turn.actor.memberId,
      fileName: o.fileName,
      format: o.format,
      bytes: o.bytes,
      ttlHours: settings.ttlHours,
    });
    const url = `${publicUrl.replace(/\/+$/, "")}${fileLinkPath(token)}`;
    const text = turn.t(o.format === "png" ? "file-link-picture" : "file-link-document", {
      caption: o.caption ?? o.fileName,
      name: o.fileName,
      url,
      expires: formatInstant(expiresAt, turn.deps.timezone, turn.locale),
    });
    shown.push({ kind: "message", text, ...(o.format === "png" ? { imageUrl: url } : {}) });
  }
  return shown;
}
