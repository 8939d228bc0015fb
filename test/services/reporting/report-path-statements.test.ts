// The report path writes in raw SQL (drafts straight to the driver, the confirmation's statements
// raw in its transaction, the revision numbered in its own insert): what it stores is what the
// model client stored, read back through the client; a draft saved already is never saved twice.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/access/roles.ts";
import type { WizardState } from "../../../src/domain/replies/report-wizard.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { confirmReport } from "../../../src/services/reporting/confirm-report.ts";
import { draftReport } from "../../../src/services/reporting/draft-report.ts";
import { loadDraft, saveDraft } from "../../../src/services/reporting/report-drafts.ts";
import { clearWizard, loadWizard, saveWizard } from "../../../src/services/reporting/report-wizard-store.ts";
import { SEED_PLAN_FILE } from "../../support/seed-plan.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

describe("the report path's statements", () => {
  let temp: TempDatabase;
  const now = new Date("2023-03-10T03:00:00.250Z");
  const clock = { now: () => now };
  beforeEach(async () => {
    temp = await tempDatabase();
    await importPlanFile({ db: temp.db, clock }, { file: SEED_PLAN_FILE });
  });
  afterEach(async () => {
    await temp.close();
  });

  async function focalPoint(): Promise<Actor> {
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code: "LDTBXH" } });
    const member = await temp.db.member.create({
      data: { id: randomUUID(), fullName: "Focal", role: "focal-point", agencyId: agency.id },
    });
    return { memberId: member.id, role: "focal-point", agencyId: agency.id };
  }

  /** A focal point's first kind of draft: DA5.TDA3 at 40 %, from Telegram. */
  const draft40 = (actor: Actor) =>
    draftReport(
      { db: temp.db, clock },
      { actor, value: { item: "DA5.TDA3", progressPct: 40 }, channel: "telegram" },
    );

  const reminder = (assignmentId: string, periodId: string, key: string) =>
    temp.db.outbox.create({
      data: {
        id: randomUUID(),
        kind: "reminder",
        key,
        assignmentId,
        periodId,
        payload: "{}",
        dueAt: now,
        status: "pending",
        nextAttemptAt: now,
      },
    });

  it("stores the revision, its attachments, the answered correction, the cancelled reminders and the audit row", async () => {
    const deps = { db: temp.db, clock };
    const actor = await focalPoint();
    const first = await draft40(actor);
    await confirmReport(deps, { actor, draftId: first.id });
    const report = await temp.db.progressReport.findFirstOrThrow({ include: { period: true } });
    await reminder(report.assignmentId, report.periodId, "r1");
    const other = await temp.db.reportingPeriod.findFirstOrThrow({ where: { id: { not: report.periodId } } });
    await reminder(report.assignmentId, other.id, "r2");
    const correction = await temp.db.correctionRequest.create({
      data: { id: randomUUID(), reportId: report.id, reason: "sai số", createdAt: now },
    });

    const second = await draftReport(deps, {
      actor,
      value: {
        item: "DA5.TDA3",
        progressPct: 35.5,
        disbursedVnd: 1_500_000_000n,
        disbursedInvestmentVnd: 1_000_000_000n,
        disbursedRecurrentVnd: 500_000_000n,
        results: "thử",
        obstacles: "chậm",
        proposals: "thêm",
      },
      channel: "zalo",
      sourceText: "DA5.TDA3\nTiến độ: 35,5%",
      attachments: [{ kind: "photo", fileId: "f1", sizeBytes: 12 }],
    });
    expect(second.revision).toBe(2);
    expect(second.warnings.map((w) => w.code)).toEqual(["progress-down"]);
    const receipt = await confirmReport(deps, { actor, draftId: second.id });
    expect(receipt).toEqual({
      reference: report.reference,
      itemCode: "DA5.TDA3",
      periodKey: report.period.key,
      periodLabel: report.period.label,
      revision: 2,
      late: false,
      again: false,
    });

    const revision = await temp.db.reportRevision.findFirstOrThrow({
      where: { number: 2 },
      include: { attachments: true },
    });
    expect(revision).toMatchObject({
      reportId: report.id,
      status: "in-progress",
      progressPermille: 355,
      disbursedInvestmentVnd: 1_000_000_000n,
      disbursedRecurrentVnd: 500_000_000n,
      disbursedTotalVnd: 1_500_000_000n,
      results: "thử",
      obstacles: "chậm",
      proposals: "thêm",
      late: false,
      channel: "zalo",
      sourceText: "DA5.TDA3\nTiến độ: 35,5%",
      idempotencyKey: `draft:${second.id}`,
      submittedById: actor.memberId,
      submittedAt: now,
    });
    expect(JSON.parse(revision.warnings ?? "[]")).toEqual(second.warnings);
    expect(revision.attachments).toMatchObject([
      { kind: "photo", fileId: "f1", channel: "zalo", sizeBytes: 12 },
    ]);
    const firstRevision = await temp.db.reportRevision.findFirstOrThrow({ where: { number: 1 } });
    expect(firstRevision).toMatchObject({ progressPermille: 400, warnings: null, results: null });

    expect(await temp.db.correctionRequest.findUniqueOrThrow({ where: { id: correction.id } })).toMatchObject(
      {
        resolvedAt: now,
        resolvedRevisionId: revision.id,
      },
    );
    const statuses = await temp.db.outbox.findMany({
      select: { key: true, status: true },
      orderBy: { key: "asc" },
    });
    expect(statuses).toEqual([
      { key: "r1", status: "cancelled" },
      { key: "r2", status: "pending" },
    ]);
    const audits = await temp.db.auditLog.findMany({
      where: { action: "report.submit" },
      orderBy: { data: "asc" },
    });
    expect(audits.map((a) => ({ ...a, data: JSON.parse(a.data) as unknown }))).toMatchObject([
      {
        at: now,
        actorMemberId: actor.memberId,
        actorLabel: null,
        entity: "report",
        entityId: report.id,
        data: { revision: 1, period: report.period.key, late: false, channel: "telegram" },
      },
      { at: now, data: { revision: 2, period: report.period.key, late: false, channel: "zalo" } },
    ]);
    expect(await temp.db.session.count({ where: { key: { startsWith: "draft:" } } })).toBe(0);
  });

  it("confirms a draft saved already (by an update that stopped before deleting it) as that revision, writing nothing", async () => {
    const deps = { db: temp.db, clock };
    const actor = await focalPoint();
    const draft = await draft40(actor);
    const stored = await loadDraft(deps, draft.id);
    const saved = await confirmReport(deps, { actor, draftId: draft.id });
    await saveDraft(deps, stored!);
    const again = await confirmReport(deps, { actor, draftId: draft.id });
    expect(again).toEqual({ ...saved, again: true });
    expect(await temp.db.reportRevision.count()).toBe(1);
    expect(await temp.db.auditLog.count({ where: { action: "report.submit" } })).toBe(1);
    expect(await loadDraft(deps, draft.id)).toBeNull();
  });

  it("the same draft confirmed from two devices at once: one revision, one receipt of it", async () => {
    const deps = { db: temp.db, clock };
    const actor = await focalPoint();
    const draft = await draft40(actor);
    const receipts = await Promise.all([
      confirmReport(deps, { actor, draftId: draft.id }),
      confirmReport(deps, { actor, draftId: draft.id }),
    ]);
    expect(receipts.map((r) => r.revision)).toEqual([1, 1]);
    expect(receipts[0]?.reference).toBe(receipts[1]?.reference);
    expect(receipts.filter((r) => r.again)).toHaveLength(1);
    expect(await temp.db.reportRevision.count()).toBe(1);
    expect(await temp.db.auditLog.count({ where: { action: "report.submit" } })).toBe(1);
  });

  it("is late by the period's deadline when confirmed (a re-import may have moved it since the draft)", async () => {
    const deps = { db: temp.db, clock };
    const actor = await focalPoint();
    const draft = await draft40(actor);
    expect(draft.late).toBe(false);
    const stored = await loadDraft(deps, draft.id);
    await temp.db.reportingPeriod.update({
      where: { id: stored!.periodId },
      data: { dueAt: new Date(now.getTime() - 1), label: "Quý I (sửa)" },
    });
    const receipt = await confirmReport(deps, { actor, draftId: draft.id });
    expect(receipt).toMatchObject({ late: true, periodLabel: "Quý I (sửa)" });
    expect(await temp.db.reportRevision.findFirstOrThrow()).toMatchObject({ late: true });
  });

  it("keeps drafts and guided reports in Session rows as the model client did: stamped, replaced, deleted", async () => {
    const deps = { db: temp.db, clock };
    const actor = await focalPoint();
    // A draft written by the model client, as before (and without its item's code) still confirms.
    const old = await draft40(actor);
    const key = `draft:${old.id}`;
    const value = (await temp.db.session.findUniqueOrThrow({ where: { key } })).value;
    await temp.db.session.delete({ where: { key } });
    const stored = JSON.parse(value) as { itemCode?: string };
    delete stored.itemCode;
    await temp.db.session.create({ data: { key, value: JSON.stringify(stored) } });
    await expect(confirmReport(deps, { actor, draftId: old.id })).resolves.toMatchObject({
      itemCode: "DA5.TDA3",
      revision: 1,
    });

    const before = Date.now();
    const state = { step: "item", attachments: [] } as unknown as WizardState;
    await saveWizard(deps, "telegram", "42", state);
    const wizardKey = "wizard:telegram:person:42";
    const written = await temp.db.session.findUniqueOrThrow({ where: { key: wizardKey } });
    expect(written.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(written.updatedAt.getTime()).toBeLessThanOrEqual(Date.now());
    await temp.db.session.update({ where: { key: wizardKey }, data: { updatedAt: new Date(0) } });
    await saveWizard(deps, "telegram", "42", { ...state, step: "progress" } as unknown as WizardState);
    const replaced = await temp.db.session.findUniqueOrThrow({ where: { key: wizardKey } });
    expect(replaced.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(await loadWizard(deps, "telegram", "42")).toMatchObject({ step: "progress" });
    await clearWizard(deps, "telegram", "42");
    expect(await loadWizard(deps, "telegram", "42")).toBeNull();
    expect(await temp.db.session.count({ where: { key: wizardKey } })).toBe(0);
  });
});
