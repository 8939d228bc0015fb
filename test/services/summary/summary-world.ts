// A real migrated SQLite file with plans imported from files, focal points, and reports submitted
// through the reporting services at chosen local times (Asia/Ho_Chi_Minh).
import { randomUUID } from "node:crypto";
import pino from "pino";
import { ChannelDirectory } from "../../../src/conversation/channel-directory.ts";
import type { Identity } from "../../../src/conversation/conversation-types.ts";
import { createConversation } from "../../../src/conversation/create-conversation.ts";
import { bootstrapAdmins } from "../../../src/services/people/bootstrap-admins.ts";
import { ADMIN_ID, inputOf, text } from "../../conversation/conversation-world.ts";
import type { Actor } from "../../../src/domain/access/roles.ts";
import type { ReplyValue } from "../../../src/domain/replies/parse-reply.ts";
import { importPlanFile } from "../../../src/services/plan/import-plan-file.ts";
import { confirmReport } from "../../../src/services/reporting/confirm-report.ts";
import { draftReport } from "../../../src/services/reporting/draft-report.ts";
import { MovableClock } from "../../support/reminder-world.ts";
import { tempDatabase, type TempDatabase } from "../../support/temp-database.ts";

export const M = 1_000_000n;

export interface SummaryWorld {
  temp: TempDatabase;
  clock: MovableClock;
  deps: { db: TempDatabase["db"]; clock: MovableClock };
  /** Imports a plan file at a local time; returns the plan's id. */
  importPlan(file: string, at: string): Promise<string>;
  /** A report by the agency's focal point (made on first use) on `item` for `period`, sent at `at`. */
  report(o: { plan: string; agency: string; at: string; value: ReplyValue }): Promise<void>;
  /** A report of a cumulative disbursement (million VND) and, if given, progress (%). */
  send(
    plan: string,
    agency: string,
    at: string,
    item: string,
    period: string,
    million: number,
    pct?: number,
  ): Promise<void>;
  /** The admin's conversation (Vietnamese): sends a command, returns the reply's text. */
  admin(): Promise<(command: string) => Promise<string>>;
  close(): Promise<void>;
}

export async function summaryWorld(): Promise<SummaryWorld> {
  const temp = await tempDatabase();
  const clock = new MovableClock(new Date("2023-01-05T09:00:00+07:00"));
  const deps = { db: temp.db, clock };
  const actors = new Map<string, Actor>();
  const focalPoint = async (planId: string, code: string): Promise<Actor> => {
    const key = `${planId}|${code}`;
    const known = actors.get(key);
    if (known) return known;
    const agency = await temp.db.agency.findFirstOrThrow({ where: { code, plans: { some: { planId } } } });
    const member = await temp.db.member.create({
      data: { id: randomUUID(), fullName: `Đầu mối ${code}`, role: "focal-point", agencyId: agency.id },
    });
    const actor: Actor = { memberId: member.id, role: "focal-point", agencyId: agency.id };
    actors.set(key, actor);
    return actor;
  };
  const report: SummaryWorld["report"] = async ({ plan, agency, at, value }) => {
    clock.set(at);
    const actor = await focalPoint(plan, agency);
    const draft = await draftReport(deps, { actor, value, channel: "telegram" });
    await confirmReport(deps, { actor, draftId: draft.id });
  };
  return {
    temp,
    clock,
    deps,
    async importPlan(file, at) {
      clock.set(at);
      const r = await importPlanFile(deps, { file });
      if (r.kind !== "checked") throw new Error(`plan ${file} invalid`);
      return (await temp.db.plan.findUniqueOrThrow({ where: { code: r.planCode } })).id;
    },
    report,
    send(plan, agency, at, item, period, million, pct) {
      const progress = pct === undefined ? {} : { progressPct: pct };
      return report({
        plan,
        agency,
        at,
        value: { item, period, disbursedVnd: BigInt(million) * M, ...progress },
      });
    },
    async admin() {
      await bootstrapAdmins(deps, [ADMIN_ID]);
      const conversation = createConversation({
        ...deps,
        logger: pino({ level: "silent" }),
        inviteTtlDays: 7,
        timezone: "Asia/Ho_Chi_Minh",
        defaultLocale: "vi",
        channels: new ChannelDirectory(),
      });
      const identity: Identity = {
        channel: "telegram",
        externalId: ADMIN_ID,
        chatId: ADMIN_ID,
        chatKind: "private",
        displayName: "Quản trị",
      };
      return async (command) => text(await conversation.handle(identity, inputOf(command)));
    },
    close: () => temp.close(),
  };
}
