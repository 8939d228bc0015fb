import type { ServiceDeps } from "../service-deps.ts";

export interface OutboxListRow {
  id: string;
  kind: string;
  key: string;
  status: string;
  attempts: number;
  /** Whom it is for: a person's name, or a subscribed chat's title. */
  recipient: string;
  dueAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  channel: string | null;
  lastError: string | null;
}

/** The outbox for the operator (`outbox list`): newest first, optionally one status or kind. */
export async function listOutbox(
  deps: Pick<ServiceDeps, "db">,
  o: { status?: string; kind?: string; limit?: number } = {},
): Promise<OutboxListRow[]> {
  const rows = await deps.db.outbox.findMany({
    where: {
      ...(o.status !== undefined ? { status: o.status } : {}),
      ...(o.kind !== undefined ? { kind: o.kind } : {}),
    },
    orderBy: [{ nextAttemptAt: "desc" }, { key: "asc" }],
    take: o.limit ?? 200,
    include: {
      recipient: { select: { fullName: true } },
      subscription: { select: { title: true, chatId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    key: r.key,
    status: r.status,
    attempts: r.attempts,
    recipient: r.recipient?.fullName ?? r.subscription?.title ?? r.subscription?.chatId ?? "",
    dueAt: r.dueAt.toISOString(),
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    channel: r.channel,
    lastError: r.lastError,
  }));
}
