/** Whether a database error is a unique-key violation (Prisma's P2002): "that row exists already". */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "P2002";
}
