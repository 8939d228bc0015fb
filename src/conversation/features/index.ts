// Every feature of the conversation, in the order the router asks them about typed text and files.
import type { Feature } from "../router.ts";
import { absences } from "./away.ts";
import { agencies } from "./agencies.ts";
import { preferredChannel } from "./channel.ts";
import { agency } from "./agency.ts";
import { correct } from "./correct.ts";
import { exportFiles } from "./export.ts";
import { guidedReport } from "./guided-report.ts";
import { help } from "./help.ts";
import { history } from "./history.ts";
import { invite } from "./invite.ts";
import { joinByCode } from "./join-by-code.ts";
import { lang } from "./lang.ts";
import { linkChannels } from "./link.ts";
import { me } from "./me.ts";
import { overdue } from "./overdue.ts";
import { planDocument } from "./plan-document.ts";
import { planChoice } from "./plan-choice.ts";
import { plans } from "./plans.ts";
import { reminders } from "./reminders.ts";
import { report } from "./report.ts";
import { revoke } from "./revoke.ts";
import { schedule } from "./schedule.ts";
import { start } from "./start.ts";
import { subscribe } from "./subscribe.ts";
import { summary } from "./summary.ts";
import { tasks } from "./tasks.ts";

export const FEATURES: Feature[] = [
  start,
  joinByCode,
  help,
  me,
  linkChannels,
  preferredChannel,
  lang,
  tasks,
  agencies,
  invite,
  revoke,
  subscribe,
  reminders,
  absences,
  schedule,
  planDocument,
  plans,
  report,
  guidedReport,
  history,
  correct,
  summary,
  overdue,
  agency,
  exportFiles,
  planChoice,
];
