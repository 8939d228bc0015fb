/**
 * Every failure a person can be told about, closed: each code has the locale key `error-<code>`
 * in locales/vi.ftl and locales/en.ftl (test/services/app-error.test.ts checks). Channels map it to
 * a reply at their edge; anything that is not an AppError is a bug, logged with a reference id.
 */
export const APP_ERROR_CODES = [
  // people and access
  "forbidden",
  "not-registered",
  "no-agency",
  "unknown-agency",
  "member-not-found",
  "invite-needs-agency",
  "invite-no-agency-for-role",
  "invite-not-found",
  "unknown-role",
  "group-only",
  "channel-not-linked",
  "bad-button",
  // the plan and its periods
  "no-plan",
  "unknown-plan",
  "unknown-item",
  "unknown-project",
  "unknown-period",
  "unknown-summary-period",
  "no-period",
  "unknown-pause-target",
  "plan-file-invalid",
  // progress reports
  "nothing-to-report",
  "which-item",
  "not-your-item",
  "draft-expired",
  "no-report-yet",
  // the database
  "database-busy",
  "database-not-ready",
  "new-migration-needs-sqlite",
  // files and the command line
  "file-not-found",
  "file-access-denied",
  "file-is-directory",
  "file-failed",
  "export-format-mismatch",
  "export-format-unknown",
  "bad-instant",
  "bad-absence",
  "port-in-use",
  "file-too-big",
  "file-gone",
  // the local sandbox chat
  "sandbox-unknown-persona",
  "sandbox-join-failed",
  "sandbox-reset-real-people",
  // the agency registry and the plan lifecycle
  "agency-merged",
  "agency-merge-same",
  "plan-ambiguous",
  "no-active-plan",
  "plan-status-unchanged",
  "which-plan",
  "plan-gone",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The locale key of a code's message. */
export const appErrorKey = (code: AppErrorCode): string => `error-${code}`;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }

  /** The locale key of this error's message. */
  get key(): string {
    return appErrorKey(this.code);
  }
}
