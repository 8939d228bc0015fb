// Opening a file link. What "bound to the recipient" means here: the link was sent to one member's
// private chat; a document downloads once (the first download uses it up, so a link that leaked
// and was used by someone else is refused to the next person, and the recipient asks again), only
// while the recipient is still a member, and only until it expires. A picture (the chart) is shown
// to whoever holds the link until it expires, because the chat platform fetches it to display it.
import type { ServiceDeps } from "../service-deps.ts";
import { hashFileToken } from "./create-file-link.ts";

export type FileLinkRefusal = "unknown" | "expired" | "used" | "not-member";

export type OpenedFileLink =
  | { kind: "file"; fileName: string; mimeType: string; bytes: Uint8Array; locale: string | null }
  | { kind: "ready"; fileName: string; locale: string | null }
  | { kind: "refused"; reason: FileLinkRefusal; locale: string | null };

type Deps = Pick<ServiceDeps, "db" | "clock">;

async function find(deps: Deps, token: string) {
  return deps.db.fileLink.findUnique({
    where: { tokenHash: hashFileToken(token) },
    include: { recipient: { select: { removedAt: true, locale: true } } },
  });
}

const isPicture = (mimeType: string) => mimeType.startsWith("image/");

function refusal(deps: Deps, row: NonNullable<Awaited<ReturnType<typeof find>>>): FileLinkRefusal | null {
  if (row.expiresAt <= deps.clock.now()) return "expired";
  if (row.recipient.removedAt !== null) return "not-member";
  if (!isPicture(row.mimeType) && row.downloads > 0) return "used";
  return null;
}

/** A look at the link without using it (the page with the download button; pictures are served). */
export async function peekFileLink(deps: Deps, token: string): Promise<OpenedFileLink> {
  const row = await find(deps, token);
  if (row === null) return { kind: "refused", reason: "unknown", locale: null };
  const refused = refusal(deps, row);
  if (refused !== null) return { kind: "refused", reason: refused, locale: row.recipient.locale };
  if (isPicture(row.mimeType)) {
    await deps.db.fileLink.update({ where: { id: row.id }, data: { downloads: { increment: 1 } } });
    return {
      kind: "file",
      fileName: row.fileName,
      mimeType: row.mimeType,
      bytes: row.bytes,
      locale: row.recipient.locale,
    };
  }
  return { kind: "ready", fileName: row.fileName, locale: row.recipient.locale };
}

/** Downloads the file, using the link up (one conditional update: two downloads at once, one wins). */
export async function takeFileLink(deps: Deps, token: string): Promise<OpenedFileLink> {
  const row = await find(deps, token);
  if (row === null) return { kind: "refused", reason: "unknown", locale: null };
  const refused = refusal(deps, row);
  if (refused !== null) return { kind: "refused", reason: refused, locale: row.recipient.locale };
  const now = deps.clock.now();
  const { count } = await deps.db.fileLink.updateMany({
    where: { id: row.id, downloads: isPicture(row.mimeType) ? { gte: 0 } : 0 },
    data: { downloads: { increment: 1 }, downloadedAt: now },
  });
  if (count === 0) return { kind: "refused", reason: "used", locale: row.recipient.locale };
  return {
    kind: "file",
    fileName: row.fileName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    locale: row.recipient.locale,
  };
}
