// Several focal points of one agency confirming reports on the same item at the same moment: each
// confirmation is saved, as its own revision, numbered one after another (on PostgreSQL the
// transactions run side by side and would otherwise race for the next number).
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/access/roles.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { confirmReport } from "../../../src/services/reporting/confirm-report.ts";
import { draftReport } from "../../../src/services/reporting/draft-report.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

describe("confirmations at once", () => {
  let temp: TempDatabase;
  const clock = { now: () => new Date("2023-03-10T03:00:00Z") };
  beforeEach(async () => {
    temp = await tempDatabase();
    await importPlanFile({ db: temp.db, clock }, { file: SEED_PLAN_FILE });
  });
  afterEach(async () => {
    await temp.close();
  });

  it("12 focal points of one agency confirm the same item at once: 12 revisions, numbered 1 to 12", async () => {
    const deps = { db: temp.db, clock };
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code: "LDTBXH" } });
    const people: Actor[] = [];
    for (let i = 0; i < 12; i++) {
      const member = await temp.db.member.create({
        data: { id: randomUUID(), fullName: `Focal ${i}`, role: "focal-point", agencyId: agency.id },
      });
      people.push({ memberId: member.id, role: "focal-point", agencyId: agency.id });
    }
    const drafts = await Promise.all(
      people.map((actor, i) =>
        draftReport(deps, {
          actor,
          value: { item: "DA5.TDA3", progressPct: 10 + i },
          channel: "telegram",
        }),
      ),
    );
    const receipts = await Promise.all(
      drafts.map((d, i) => confirmReport(deps, { actor: people[i]!, draftId: d.id })),
    );
    expect(receipts.map((r) => r.revision).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(new Set(receipts.map((r) => r.reference)).size).toBe(1);
    const revisions = await temp.db.reportRevision.findMany({
      select: { number: true, progressPermille: true },
    });
    expect(revisions).toHaveLength(12);
    expect(new Set(revisions.map((r) => r.progressPermille)).size).toBe(12);
  });
});
