import { AppError } from "../app-error.ts";
import type { ServiceDeps } from "../service-deps.ts";

/** A registry agency by code, in any case ("ldtbxh" is LDTBXH), with what it was merged into. */
export async function findAgency({ db }: Pick<ServiceDeps, "db">, code: string) {
  const wanted = code.trim().toUpperCase();
  const exact = await db.agency.findUnique({ where: { code: wanted }, include: { mergedInto: true } });
  if (exact !== null) return exact;
  const all = await db.agency.findMany({ include: { mergedInto: true } });
  const found = all.find((a) => a.code.toUpperCase() === wanted);
  if (found === undefined) throw new AppError("unknown-agency", { code: code.trim() });
  return found;
}
