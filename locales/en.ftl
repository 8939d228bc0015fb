## Plan file: errors
plan-error-yaml-syntax = The YAML is malformed: { $detail }. Check indentation, colons and quotes.
plan-error-missing-field = “{ $field }” is missing. Add it.
plan-error-wrong-type = “{ $field }” has the wrong type (expected { $expected }).
plan-error-unknown-field = “{ $field }” has keys that are not allowed: { $keys }. Remove or rename them.
plan-error-bad-choice = “{ $field }” has a value that is not allowed. Choose one of: { $options }.
plan-error-bad-shape = “{ $field }” does not have the right shape. See the bundled plan file for an example.
plan-error-empty = “{ $field }” must not be empty.
plan-error-out-of-range = “{ $field }” is out of range.
plan-error-bad-date = “{ $value }” is not a valid date. Write YYYY-MM-DD, e.g. 2023-09-10.
plan-error-bad-code = “{ $value }” is not a valid code. Use letters without diacritics, digits and . _ + -, e.g. DA4.TDA1.ND1.
plan-error-bad-money = “{ $value }” is not a readable amount. Write million VND, e.g. 5893, "5.893" or "1.234,5".
plan-error-invalid = “{ $field }” is not valid: { $detail }.
plan-error-duplicate-agency = Agency code { $code } is used twice. Each agency needs its own code.
plan-error-several-standing-offices = Only one agency can be the standing office (now: { $codes }).
plan-error-duplicate-item = Item code { $code } is used twice. Each project, sub-project and content item needs its own code.
plan-error-item-code-not-under-parent = Code { $code } must start with its parent's code { $parent } (e.g. { $parent }.ND1).
plan-error-unknown-item = There is no item { $code } in the plan. Check the code against the items section.
plan-error-unknown-agency = There is no agency { $code } in the agencies list.
plan-error-unknown-schedule = There is no reporting schedule { $code } in calendar.schedules.
plan-error-budget-line-empty = This budget line has no amount: add investment or recurrent.
plan-error-duplicate-budget-line = Budget line { $code } is listed twice.
plan-error-sum-capital-type = The { $type ->
    [investment] investment
   *[recurrent] recurrent
  } lines add up to { $lines } million VND, not the declared { $declared } million VND. Fix the total or the lines.
plan-error-sum-total-by-type = Investment { $investment } + recurrent { $recurrent } = { $sum } million VND, not the total { $total } million VND.
plan-error-sum-total-by-source = Central { $central } + local { $local } = { $sum } million VND, not the total { $total } million VND.
plan-error-bad-timezone = Time zone { $timezone } does not exist. Use Asia/Ho_Chi_Minh.
plan-error-duplicate-schedule = Reporting schedule code { $code } is used twice.
plan-error-schedule-once-needs-period = One-off schedule { $code } needs a period (key, from, to).
plan-error-schedule-once-needs-date = One-off schedule { $code } needs a due date, e.g. due: 2023-09-10.
plan-error-schedule-periodic-needs-rule = Periodic schedule { $code } needs a due rule, e.g. due: {"{"} monthOffset: 0, day: 15 {"}"}, and no period.
plan-error-duplicate-period = Reporting period { $key } appears in two schedules.
plan-error-duplicate-assignment = Agency { $agency } is already assigned { $item } as { $role }.

## Plan file: warnings
plan-warning-no-lead = { $item } has no lead or implementing agency: nobody will be reminded to report on it.
plan-warning-no-budget = { $item } has no budget line.
plan-warning-no-standing-office = No agency is the standing office (standingOffice: true).

## Plan commands
plan-validate-ok = The plan is valid.
plan-validate-failed = The plan has { $count } errors and cannot be imported yet.
plan-issue-line = line { $line }
plan-totals = Total { $total } million VND: investment { $investment }, recurrent { $recurrent }; central { $central }, local { $local }.
plan-import-nothing = Nothing changed: the database already matches the plan file.
plan-import-done = Imported plan { $code }: { $changes } changes.
plan-import-dry-run = Dry run, nothing written: { $changes } changes would be applied.
plan-import-refused = Cannot import: { $reason }
plan-import-refused-item = item { $code } already has progress reports, so it cannot be removed from the plan. Keep it in the file.
plan-import-refused-agency = agency { $code } already has reports in this plan, so it cannot be removed from the plan. Keep it in the file.
plan-import-refused-assignment = assignment { $agency } / { $item } / { $role } already has reports, so it cannot be removed. Keep it in the file.
plan-change-create = + add { $entity } { $key }
plan-change-update = ~ change { $entity } { $key }: { $fields }
plan-change-delete = - remove { $entity } { $key }
plan-show-lead = lead/implementing: { $agencies }
plan-show-no-lead = no lead agency
plan-show-budget = { $amount } million VND
plan-show-subtree-budget = { $amount } million VND in all
plan-show-inherited-lead = through the parent: { $agencies }
plan-show-no-budget = no budget
plan-show-agencies = Agencies and their items:
plan-show-shared = (budget line shared with { $items })
role-lead = lead
role-coordinate = coordinate
role-guide = guide
role-implement = implement
role-supervise = supervise
capital-investment = investment
capital-recurrent = recurrent

## Start and configuration
config-invalid = Invalid configuration: variable { $variable }: { $detail }
start-migrated = Applied { $count } migrations to the database { $file }.
start-imported = Imported the bundled plan { $code } from { $file }.
start-loaded = Plan { $code }: { $items } items, { $agencies } agencies, { $assignments } assignments, { $periods } reporting periods; total budget { $total } million VND.
start-need-token = TELEGRAM_BOT_TOKEN is needed to run the bot. Set it in .env and run npm start again.
db-migrated = Applied: { $names }
db-up-to-date = The database is up to date.
db-migration-created = Created migration { $name }.
db-migration-none = schema.prisma has no changes compared with the migrations.

## Bot: errors
error-internal = Something went wrong, please try again later. If it happens again, give the administrator this reference: { $ref }
error-forbidden = Sorry, you are not allowed to use this.
error-not-registered = You are not registered with tiendo yet. Ask the standing office (Văn phòng HĐND-UBND) for an invite, then tap the invite link or message the code to the bot: THAMGIA <code>.
error-no-plan = There is no plan in the system yet.
error-no-agency = Your account is not linked to an agency.
error-unknown-agency = There is no agency { $code }.
error-invite-needs-agency = An invite for this role needs an agency.
error-invite-no-agency-for-role = This role is not linked to an agency.
error-invite-not-found = This invite was not found.
error-member-not-found = This member was not found (they may have been removed).
error-bad-button = This button is no longer valid. Type the command again.
error-group-only = Use this command in the standing office's group chat.

## Bot: start and joining
start-unknown = Hello! tiendo follows the progress of the city's plan and reminds agencies to report on time.
    To use it you need an invite from the standing office (Văn phòng HĐND-UBND). When you get the invite link, just tap it to join; or message the code to the bot, for example: THAMGIA 7K2Q-9XWD.
start-welcome-back = Hello { $name }! You are { $role }{ $agency }. Type /help to see the commands.
join-done = Welcome { $name }! You joined as { $role }{ $agency }. Type /tasks to see your items, /help for the commands.
join-again = You already joined with this invite. Type /help to see the commands.
join-unknown = This invite code is not valid. Check the link, or ask the standing office for a new one.
join-used = This invite has already been used. Each invite works once; ask the standing office for a new one.
join-expired = This invite has expired. Ask the standing office for a new one.
join-revoked = This invite was revoked. Please contact the standing office.
join-already-member = You are already a member. This invite was not used and still works for someone else.
agency-suffix = {" "}of { $agency }

## Bot: roles
member-role-admin = administrator
member-role-standing-office = standing office
member-role-leader = leader
member-role-focal-point = focal point

## Bot: help
help-header = Your commands:
help-start = /start: start, join with an invite
help-help = /help: list of commands
help-me = /me: your account
help-tasks = /tasks: your items, deadlines and status
help-lang = /lang: change language (Tiếng Việt / English)
help-agencies = /agencies: agencies and who joined
help-members = /members: list of members
help-invite = /invite: create an invite for a focal point or leader
help-revoke = /revoke: revoke invites, remove members
help-subscribe = /subscribe: receive periodic digests (in a group, or just for you)
cmd-start = Start, join with an invite
cmd-help = List of commands
cmd-me = Your account
cmd-tasks = Your items and deadlines
cmd-lang = Change language
cmd-agencies = Agencies
cmd-members = Members
cmd-invite = Create an invite
cmd-revoke = Revoke invites, remove members
cmd-subscribe = This group receives digests

## Bot: me
me-card = { $name }
    Role: { $role }
    Agency: { $agency }
    Language: { $locale }
    Chat apps: { $channels }
    Your { $channel } id: { $externalId }
me-no-agency = (no agency)

## Bot: tasks
tasks-header = Items assigned to { $agency } ({ $count }):
tasks-none = { $agency } has no items in the plan.
tasks-item = { $code } ({ $role }): { $title }
tasks-budget = Budget: { $amount } million VND
tasks-budget-shared = Budget: { $amount } million VND (line shared with { $items })
tasks-no-budget = Budget: no budget line
tasks-next = Next deadline: { $period }, { $date }: { $status }
tasks-status-reported = reported
tasks-status-missing = not reported yet
tasks-no-next = No more deadlines in the plan.
tasks-overdue = Overdue, not reported: { $periods }
tasks-not-reporting = No periodic report required.

## Bot: agencies and members
agencies-header = Agencies in the plan ({ $count }):
agencies-row = { $code }{ $office }: { $name } · { $items } reporting items · { $focal } focal points
agencies-office-mark = {" "}★
members-header = Members ({ $count }):
members-none = No members yet.
members-row = { $name }: { $role }{ $agency }{ $unreachable }
members-unreachable = {" "}(cannot be messaged)

## Bot: invites
invite-choose-role = Choose the role of the person you invite:
invite-choose-agency = Choose the agency for the { $role } (page { $page }/{ $pages }):
invite-no-agency-button = No agency
invite-prev = « Previous
invite-next = Next »
invite-created = Invite for a { $role }{ $agency }:
    { $link }
    Code: { $code }
    Expires: { $expires }. Works once. Send this link only to the person you invite.
invite-link-unavailable = (the bot's name is not known yet; the invited person types /start { $code })

## Bot: revoke
revoke-header = Choose an invite to revoke or a member to remove:
revoke-nothing = There are no pending invites and no members you can remove.
revoke-invite-button = Revoke invite: { $role }{ $agency }
revoke-member-button = Remove: { $name } ({ $role })
revoke-confirm-member = Remove { $name } from tiendo? They will no longer be able to use the bot; reports already sent are kept.
revoke-confirm-yes = Remove
revoke-confirm-no = No
revoke-invite-done = Invite revoked.
revoke-invite-already = This invite was already used or revoked.
revoke-member-done = Removed { $name }.
revoke-cancelled = Cancelled.

## Bot: language
lang-choose = Chọn ngôn ngữ / Choose a language:
lang-set = Switched to English.

## Bot: subscriptions
subscribe-done = This group will receive periodic digests of the plan's progress.
subscribe-already = This group is already subscribed to digests.

## Bot: fallback
fallback-member = I did not understand this message. Type /help to see the commands.
start-bot-running = Bot @{ $bot } is running ({ $mode }); health check at http://localhost:{ $port }/healthz. Press Ctrl+C to stop.

## Reminders
reminder-title = ⏰ Report reminder: { $period } ({ $key })
reminder-item = Item: { $code }, { $title }
reminder-due-ahead = Due: { $date } ({ $days } days left)
reminder-due-today = Due: today, { $date }
reminder-due-late = Due: { $date }, { $days } days late
reminder-how = Tap “Report now”, or reply to this message in this form:
reminder-template =
    { $code }
    Progress: 60%
    Disbursed: 1,200.5
    Results: opened 3 vocational classes, 90 trainees
    Obstacles: ...
    Proposals: ...
reminder-escalation = ⚠️ { $agency } has not sent the { $period } ({ $key }) report on { $code }, { $title }.
reminder-button-report = 📝 Report now
reminder-button-snooze = ⏰ Remind me tomorrow morning
reminder-snoozed = OK, I will remind you again at { $at }.
reminder-already-reported = This report has already been sent, no more reminders. Thank you!
reminder-too-many-snoozes = This reminder was postponed many times; please send the report soon.
reminder-unreachable = Could not send a reminder to { $name }{ $agency }: they blocked the bot or deleted the chat. Please contact them directly.
schedule-header = Reminders coming up:
schedule-queued = Waiting to be sent:
schedule-planned = Scheduled in the next 7 days:
schedule-row = { $at } · { $agency } · { $item } · { $period } · { $step } → { $recipient }
schedule-none = No reminders in the next 7 days.
pause-done = Reminders paused for { $target }.
pause-already = Reminders for { $target } are already paused.
resume-done = Reminders resumed for { $target }.
resume-not-paused = Reminders for { $target } were not paused.
pause-usage = Usage: /pause <agency code or period>, e.g. /pause LDTBXH or /pause 2023-Q1. /resume to turn them back on.
error-unknown-pause-target = There is no agency or reporting period { $code }.
help-schedule = /schedule: reminders coming up
help-pause = /pause, /resume: pause or resume reminders for an agency or a period
cmd-schedule = Reminders coming up
cmd-pause = Pause reminders
cmd-resume = Resume reminders
plan-error-unknown-step = Reminder step “{ $step }” is not in the reminder schedule. Choose one of: { $steps }.
reminders-preview-none = No reminders are due at that instant.

## Progress replies: reading a message
reply-error-unknown-line = Line { $line }: “{ $text }” is not understood. Start each line with a label, e.g. “Progress: 60%” or “Disbursed: 1,200.5”.
reply-error-duplicate-field = Line { $line }: this field is already given above. Give each field once.
reply-error-bad-item = Line { $line }: “{ $text }” is not a valid item code. Example: DA5.TDA3
reply-error-bad-status = Line { $line }: status “{ $text }” is not understood. Use one of: not started, in progress, completed, stuck.
reply-error-bad-progress = Line { $line }: progress “{ $text }” is not readable. Give a percentage from 0 to 100, e.g. Progress: 60%
reply-error-bad-money = Line { $line }: amount “{ $text }” is not readable. Examples: Disbursed: 1.200,5 (million VND), or 1,2 tỷ, 500 triệu, 1.200.000.000 đồng
reply-error-bad-disbursed = { reply-error-bad-money }
reply-error-bad-disbursedInvestment = { reply-error-bad-money }
reply-error-bad-disbursedRecurrent = { reply-error-bad-money }
reply-error-too-long = The text is too long (at most { $max } characters). Please shorten it.
reply-error-empty = The message has no figures yet. Send it in this form, e.g.:
    DA5.TDA3
    Progress: 60%
    Disbursed: 1,200.5

## Progress replies: drafts, confirmation, guided report
report-summary-title = Please confirm this report:
report-summary-item = Item: { $code }, { $title }
report-summary-period = Period: { $period } ({ $key }), due { $date }
report-summary-late = (after the deadline: this revision is recorded as late)
report-summary-status = Status: { $status }
report-summary-status-derived = Status: { $status } (from the progress; tap Edit to change)
report-summary-progress = Progress: { $pct }%
report-summary-disbursed = Disbursed to date: { $amount } million VND
report-summary-disbursed-split = Disbursed to date: { $amount } million VND (investment { $investment }, recurrent { $recurrent })
report-summary-results = Results: { $text }
report-summary-obstacles = Obstacles: { $text }
report-summary-proposals = Proposals: { $text }
report-summary-revision = This will be revision { $revision } for this period.
report-warning-over-budget = ⚠️ Disbursed { $disbursed } million VND is more than the budget of { $budget } million VND. Check before confirming.
report-warning-progress-down = ⚠️ Progress { $now }% is lower than the last report ({ $before }%). Check before confirming.
report-button-confirm = ✅ Confirm
report-button-edit = ✏️ Edit
report-button-cancel = ✖️ Cancel
report-saved = ✅ Saved the report on { $code }, period { $period } ({ $key }), revision { $revision }. Reference: { $reference }.
report-saved-late = { report-saved } It is recorded as late.
report-saved-again = This report was already saved (revision { $revision }, reference { $reference }). Nothing new was created.
report-cancelled = Cancelled, nothing saved.
report-errors-header = Part of the message could not be read; nothing is saved:
report-errors-footer = Fix the lines above and send the whole message again.
status-not-started = not started
status-in-progress = in progress
status-completed = completed
status-stuck = stuck
wizard-choose-item = Which item is this report for?
wizard-choose-period = Which period? (default: the current one)
wizard-choose-status = Status of { $code }?
wizard-ask-progress = Progress against the year's target, in %? (e.g. 60)
wizard-ask-disbursed = Funds disbursed to date, in million VND? (e.g. 1.200,5 or 1,2 tỷ)
wizard-ask-results = Results achieved? (e.g. opened 3 classes, 90 trainees)
wizard-ask-obstacles = Obstacles?
wizard-ask-proposals = Proposals?
wizard-current = (now: { $value })
wizard-button-skip = Skip
wizard-button-back = « Back
wizard-button-cancel = Cancel
wizard-period-button = { $key }: due { $date }
reply-error-cannot-skip = This one cannot be skipped.
reply-error-choose-button = Please choose with the buttons below.
error-not-your-item = Item { $code } does not belong to your agency, so you cannot report on it. Type /tasks to see your agency's items.
error-unknown-item = There is no item { $code } in the plan. Type /tasks to see your agency's item codes.
error-which-item = Your agency has several items ({ $codes }). Put the item code on the first line, e.g. { $codes }
error-nothing-to-report = Your agency has no items to report on.
error-no-period = There is no reporting period for this item.
error-draft-expired = This draft no longer exists (unconfirmed drafts are kept 30 days). Nothing was saved from it; please send the report again.
help-report = /report: report progress (step by step, or /report followed by a message in the template's form)
help-history = /history <item code> [period]: the revisions sent
cmd-report = Report progress
cmd-history = Report history
history-header = Revisions of { $code }, period { $period } (reference { $reference }):
history-row = Revision { $revision }: { $at }{ $late } · { $status } · { $details }
history-late = {" "}(late)
history-none = No report yet for { $code } in { $period }.
history-usage = Usage: /history <item code> [period], e.g. /history DA5.TDA3 2023-Q1
reply-error-bad-period = Line { $line }: period “{ $text }” is not understood. Example: Period: 2023-Q1 (or Q1, six months, year)
error-unknown-period = This item has no reporting period { $key }. Type /tasks to see the periods.
report-attachment-received = Attachment received ({ $count }). Please go on answering the question above.
report-attachment-how = To send a photo or document with a report: type /report and send the file while answering, or send the file with the report as its caption.
report-summary-attachments = Attachments: { $count }
correct-usage = Usage: /correct <item code> [period] <reason>, e.g. /correct DA5.TDA3 2023-Q1 the disbursement does not match the accounts
correct-notice = 📝 { $name } asks to correct the report on { $code }, period { $period } ({ $key }): { $reason }
    Please send the report again (with “Period: { $key }”); it is saved as a new revision and the old one is kept.
correct-done = Sent the correction request for { $code } ({ $key }) to { $count } focal points of the agency.
error-no-report-yet = There is no report on { $code } to correct yet.
help-correct = /correct <item code> [period] <reason>: ask an agency to correct a report
cmd-correct = Ask for a correction

## Summaries
summary-title = 📊 Summary of { $period } ({ $key }), due { $date }
summary-completeness = Received { $received }/{ $expected } reports ({ $completeness }); on time { $onTime }/{ $expected } ({ $timeliness }).
summary-money = Budget { $total } million VND (investment { $investment }, recurrent { $recurrent }), matching the declared totals. Disbursed { $disbursed } ({ $rate }).
summary-money-mismatch = Budget { $total } million VND (investment { $investment }, recurrent { $recurrent }), NOT matching the declared { $declared }. Disbursed { $disbursed } ({ $rate }).
summary-by-project = By project (budget · disbursed · progress · status):
summary-item = { $code }: { $allocated } · { $disbursed } ({ $rate }) · { $progress }{ $delta } · { $status }
summary-no-report = no report
summary-late-header = Late and missing reports ({ $count }):
summary-late-missing = { $agency } · { $item }: missing, { $days } days late
summary-late-late = { $agency } · { $item }: sent { $days } days late
summary-more = … and { $count } more
summary-notes-header = Obstacles and proposals:
summary-note = { $item } ({ $agency }): obstacles: { $obstacles }; proposals: { $proposals }
summary-gaps = Gaps in the plan: no lead agency: { $noLead }; no budget: { $noBudget }.
summary-movement = Since the previous period: moved: { $moved }; stalled: { $stalled }.
overdue-none = No late or missing reports for { $key }.
overdue-resend = 🔔 Remind { $agency } · { $item }
overdue-resent = A reminder is queued for { $count } focal points of { $agency } (sent within a minute).
overdue-nobody = { $agency } has no focal point registered to remind.
project-header = { $code }: { $title }
agency-header = { $code }: { $name } · received { $received }/{ $expected } ({ $completeness }), on time { $onTime }
agency-row = { $item }: { $state }
agency-reported = revision { $revision } ({ $date }){ $late } · { $progress } · { $status }
agency-missing = not reported
error-unknown-project = There is no project or sub-project { $code }.
help-summary = /summary [period]: progress summary
help-overdue = /overdue: late and missing reports; remind with one tap
help-project = /project <code>: one project
help-agency = /agency <code>: one agency
help-export = /export [period]: Excel, chart, draft report
cmd-summary = Progress summary
cmd-overdue = Late and missing reports
cmd-project = One project
cmd-agency = One agency
cmd-export = Excel, chart, report

## Exports
xlsx-sheet-summary = Tổng hợp
xlsx-sheet-reports = Báo cáo
xlsx-sheet-missing = Chưa báo cáo
xlsx-completeness = Completeness
xlsx-timeliness = Timeliness
xlsx-col-code = Code
xlsx-col-title = Item
xlsx-col-investment = Investment (million VND)
xlsx-col-recurrent = Recurrent (million VND)
xlsx-col-allocated = Budget (million VND)
xlsx-col-disbursed = Disbursed (million VND)
xlsx-col-rate = Disbursement rate
xlsx-col-progress = Progress
xlsx-col-status = Status
xlsx-col-agency = Agency
xlsx-col-period = Period
xlsx-col-reference = Reference
xlsx-col-revision = Revision
xlsx-col-submitted = Submitted
xlsx-col-late = Late
xlsx-col-results = Results
xlsx-col-obstacles = Obstacles
xlsx-col-proposals = Proposals
xlsx-col-kind = State
xlsx-col-days-late = Days late
xlsx-kind-missing = Missing
xlsx-kind-late = Late
xlsx-total = Total
xlsx-yes = Yes
chart-allocated = Budget
chart-disbursed = Disbursed
export-caption-xlsx = Summary workbook { $key } (Excel)
export-caption-png = Budget and disbursement chart { $key }
export-caption-docx = Draft report { $key } (Word), for the office to edit and sign
docx-nation = SOCIALIST REPUBLIC OF VIETNAM
docx-motto = Independence - Freedom - Happiness
docx-title = REPORT
docx-section-reporting = I. REPORTING BY THE AGENCIES
docx-reporting = By the deadline of { $date }, the standing office received { $received }/{ $expected } reports ({ $completeness }), { $onTime } of them on time ({ $timeliness }).
docx-section-results = II. RESULTS AND DISBURSEMENT
docx-money = The year's budget is { $total } million VND (investment { $investment }, recurrent { $recurrent }; central budget { $central }, local budget { $local }). Disbursed to date according to the agencies' reports: { $disbursed } million VND, { $rate } of the plan. By project and sub-project (million VND):
docx-section-late = III. AGENCIES LATE OR MISSING
docx-section-notes = IV. OBSTACLES AND PROPOSALS
docx-section-gaps = V. GAPS IN THE PLAN
docx-section-next = VI. PRIORITIES FOR THE NEXT PERIOD
docx-next = (To be completed by the office before signature.)
docx-none = None.
docx-recipients = Recipients:
export-written = Wrote { $file } ({ $bytes } bytes), period { $key }.
overdue-header = Late and missing reports for { $key } ({ $count }):
docx-col-allocated = Budget
docx-col-disbursed = Disbursed
docx-col-rate = Rate
history-money = { $amount } million VND
docx-late-missing = { $agency } ({ $item }): missing, { $days } days late
docx-late-late = { $agency } ({ $item }): sent { $days } days late

## Reports
docx-number = No.:      /BC{ $symbol }
docx-place-date = { $place }, …… { $year }
docx-subject = Implementation of { $plan }: { $period }
docx-no-budget = no budget
docx-col-no = No.
docx-col-expected = Items to report
docx-col-received = Reports received
docx-col-on-time = On time
docx-col-late-count = Late or missing
docx-col-max-days = Most days late
docx-col-capital = Capital type
docx-capital-investment = Development investment
docx-capital-recurrent = Recurrent
docx-capital-unsplit = Disbursed, not split by capital type
docx-appendix-agencies = Appendix 1. REPORTING BY AGENCY
docx-appendix-capital = Appendix 2. BUDGET AND DISBURSEMENT BY CAPITAL TYPE
docx-appendix-note = (Attached to the implementation report for { $period })
docx-appendix-money-note = (Million VND)
docx-note = { $item } ({ $agency }): obstacles: { $obstacles }; proposals: { $proposals }
docx-note-obstacles = { $item } ({ $agency }): obstacles: { $obstacles }
docx-note-proposals = { $item } ({ $agency }): proposals: { $proposals }
docx-gaps-no-lead = No lead agency: { $items }.
docx-gaps-no-budget = No budget: { $items }.
docx-head-office = Chief of Office
docx-head-department = Head of Department
docx-head-centre = Director
docx-head-other = Head of Agency
docx-recipients-leaders = Leaders of the People's Committee
docx-recipients-default =
    - { $parent } (for report);
    - The agencies implementing the plan;
    - Archive: VT, { $symbol }.
chart-title = Budget and disbursement by project, { $period } (million VND)
chart-no-budget = no budget
chart-agencies-title = Reporting by agency, { $period }
chart-completeness = Reports received
chart-timeliness = On time
chart-no-agencies = No agency has to report for this period.
chart-trend-title = Cumulative disbursement over the periods of { $year } (million VND)
chart-trend-plan = Budget for the year: { $amount } million VND
chart-trend-no-report = no report yet
export-caption-pdf = Report { $key } (PDF), a proof to sign
export-caption-png-agencies = Reporting by agency { $key }
export-caption-png-trend = Disbursement over the periods { $key }
export-pdf-unavailable = The PDF could not be made: LibreOffice is not installed on the server. Use the Word (DOCX) report (export the docx format), open it in Word and save it as PDF.
export-pdf-failed = The report could not be converted to PDF (LibreOffice did not finish). Use the Word (DOCX) report.
xlsx-col-due = Due date
xlsx-col-name = Agency name
xlsx-sheet-agencies = By agency

## Outbox
outbox-kind = { $kind ->
    [reminder] reminder
    [digest] digest
    [correction] correction request
    [unreachable] unreachable notice
    [return] welcome-back summary
   *[other] { $kind }
}
outbox-status = { $status ->
    [pending] waiting
    [claimed] sending
    [sent] sent
    [failed] failed
    [cancelled] cancelled
    [unreachable] unreachable
    [skipped] skipped (too old)
    [superseded] replaced by a later reminder
   *[other] { $status }
}
outbox-list-row = { $at } · { outbox-kind } · { outbox-status } · { $recipient } · { $attempts } attempts · { $key }
outbox-list-error = last error: { $error }
outbox-list-none = Nothing in the outbox matches.
outbox-bad-option = “{ $value }” is not valid; choose one of: { $allowed }.
schedule-failed = ⚠️ { $count } notifications failed after 6 attempts; see them with: outbox list --status failed

## Conversation: group chats and the guided report
group-use-private = This command works only in a private chat with me, so your information is not shown to the whole group.
group-use-private-link = This command works only in a private chat with me, so your information is not shown to the whole group: { $link }
wizard-none = You have no report in progress. Type /report to start one.

## Plan draft
plan-draft-cmd-description = draft a plan file (YAML) from the plan document (.docx, .pdf, .txt, .md) and review what was read
plan-draft-opt-out = write the draft to this file
plan-draft-opt-json = print one JSON object (draft, review, source line of each value)
plan-draft-unsupported-type = Cannot read { $file }: only .docx, .pdf (with a text layer), .txt or .md are accepted.
plan-draft-scanned-pdf = The PDF { $file } is a scanned image with no text layer: send the .docx, or a PDF exported from Word.
plan-draft-unreadable-file = Cannot open { $file }: the file is damaged or not a valid { $kind }.
plan-draft-empty = { $file } contains no text.
plan-draft-written = The draft is written to { $file }. Check it with: plan validate { $file }
plan-draft-at = { $kind ->
    [docx] paragraph { $line }
    [pdf] page { $page }, line { $line }
   *[text] line { $line }
}
plan-draft-yaml-header = Plan draft made automatically from the document { $file }; each value says where it was read.
plan-draft-yaml-check = Compare with the document before importing (plan validate, plan import --dry-run); commented values are uncertain.
plan-draft-yaml-totals = Section IV. Funding (million VND).
plan-draft-yaml-agencies = Section VI. Organisation: agency codes are made from the names and may be changed.
plan-draft-yaml-items = Section III. Content.
plan-draft-yaml-budget = Capital plan, one line per amount the document states (million VND).
plan-draft-yaml-assignments = Assignments from section VI.
plan-draft-yaml-calendar = Reporting calendar: not in the document; the bundled plan's, moved to the plan's year.
plan-draft-not-in-document = not stated in the document
plan-draft-read-from = read from { $at }: "{ $quote }"
plan-draft-doubt-date-without-day = The document leaves the day of issue blank.
plan-draft-doubt-standing-office-inferred = Standing office inferred from the duty of compiling the reports.
plan-draft-doubt-program-duty = A duty for the whole program, naming no project; the role is inferred from the wording.
plan-draft-doubt-role-implement-with-others = "Coordinate with the agencies concerned … to carry out": read as the implementing agency.
plan-draft-doubt-role-guessed = The sentence names no role (lead, coordinate, guide): read as implementing.
plan-draft-doubt-org-only-item = This item is only in the organisation section, not in the content section.
plan-draft-doubt-budget-for-parent = The budget line closes the project, after its last sub-item: read as the whole project's.
plan-draft-severity-inconsistent = The document does not add up
plan-draft-severity-gap = Missing
plan-draft-severity-uncertain = Uncertain
plan-draft-severity-unplaced = Sentences not placed
plan-draft-severity-info = Notes
plan-draft-review-read = Read { $file }: { $paragraphs } paragraphs; { $items } items, { $activities } activities, { $budgetLines } budget lines, { $agencies } agencies, { $assignments } assignments.
plan-draft-review-declared = The document states: total { $total }, investment { $investment }, recurrent { $recurrent }; central { $central }, local { $local } (million VND).
plan-draft-review-lines = The budget lines add up to { $total } (investment { $investment }, recurrent { $recurrent }) million VND.
plan-draft-review-reconciled = The budget lines reconcile with the declared totals.
plan-draft-review-not-reconciled = The budget lines do NOT reconcile with the declared totals: see "The document does not add up".
plan-draft-review-valid = The draft passes plan validate.
plan-draft-review-invalid = The draft has { $count } errors in plan validate (cannot be imported yet):
plan-draft-review-missing = —
plan-draft-finding-unplaced = Not placed: "{ $text }"
plan-draft-finding-duplicate-item = { $item } appears twice in the content section.
plan-draft-finding-budget-no-item = A budget line belongs to no item: "{ $text }"
plan-draft-finding-budget-unknown-item = A budget line names { $item }, which the content section does not have: "{ $text }"
plan-draft-finding-unreadable-amount = Cannot read the amount { $amount }: "{ $text }"
plan-draft-finding-budget-no-amount = A budget line with no amount: "{ $text }"
plan-draft-finding-budget-no-capital-type = A budget line names no capital type (investment or recurrent); left out of the draft: "{ $text }"
plan-draft-finding-budget-parts-differ = A budget line states { $stated } but its parts add up to { $parts }: "{ $text }"
plan-draft-finding-funding-unlabelled = The amount { $amount } in the funding section is not labelled: "{ $text }"
plan-draft-finding-funding-repeated = The funding section states an amount again ({ $amount }); the first one is kept: "{ $text }"
plan-draft-finding-agency-without-duty = { $agency } has no duty that could be read.
plan-draft-finding-no-content-section = No content section (Nội dung thực hiện) found.
plan-draft-finding-no-funding-section = No funding section (Kinh phí thực hiện) found.
plan-draft-finding-no-organisation-section = No organisation section (Tổ chức thực hiện) found.
plan-draft-finding-section-skipped = Section "{ $title }" holds no plan data; skipped.
plan-draft-finding-org-only-item = { $item } is in the organisation section but not in the content section: added to the draft with no title or activities of its own.
plan-draft-finding-content-only-item = { $item } is in the content section but the organisation section assigns it to no agency.
plan-draft-finding-no-number = No document number found.
plan-draft-finding-no-date = No date of issue found.
plan-draft-finding-no-issuer = No issuing authority found.
plan-draft-finding-no-signer = No signer found.
plan-draft-finding-no-title = No plan title found.
plan-draft-finding-date-without-day = The day of issue is blank; month and year only: { $date }.
plan-draft-finding-no-total-total = The funding section states no total.
plan-draft-finding-no-total-investment = The funding section states no investment total.
plan-draft-finding-no-total-recurrent = The funding section states no recurrent total.
plan-draft-finding-no-total-central = The funding section states no central budget.
plan-draft-finding-no-total-local = The funding section states no local budget.
plan-draft-finding-lines-differ-investment = The document states { $declared } million VND investment, but its { $count } investment lines add up to { $lines }.
plan-draft-finding-lines-differ-recurrent = The document states { $declared } million VND recurrent, but its { $count } recurrent lines add up to { $lines }.
plan-draft-finding-lines-differ-total = The document states a total of { $declared } million VND, but the budget lines add up to { $lines }.
plan-draft-finding-total-differs-by-type = The total { $total } differs from investment { $investment } + recurrent { $recurrent } = { $sum } million VND.
plan-draft-finding-total-differs-by-source = The total { $total } differs from central { $central } + local { $local } = { $sum } million VND.
plan-draft-finding-calendar-default = The document has no reporting calendar: the bundled plan { $plan }'s, moved to { $year } ({ $holidays } holidays kept, { $dropped } dropped as another year's: add the holidays of { $year }).
plan-draft-finding-no-lead = { $item } has no lead or implementing agency.
plan-draft-finding-no-budget = { $item } has no budget.
plan-draft-finding-draft-invalid = The draft has { $count } errors in plan validate.

## Sandbox
sandbox-running = The sandbox is running at { $url } (it accepts connections from this machine only, address 127.0.0.1; no Telegram token needed). Simulated time: { $now }. Press Ctrl+C to stop.
sandbox-title = tiendo · sandbox
sandbox-intro = Try tiendo on this machine: pick a role, join, then type commands as in Telegram. Every report is real data in the same database.
sandbox-persona-label = Acting as
sandbox-persona-focal-point = { $agency } — focal point
sandbox-persona-leader = City People's Committee leader
sandbox-persona-office = { $agency } — standing office
sandbox-persona-admin = Administrator
sandbox-persona-unread = { $name } ({ $count } new)
sandbox-join = Join as this role
sandbox-not-joined = This role has not joined yet. Press “Join as this role”: tiendo creates an invite and redeems it at once, as an invited person would.
sandbox-clock-label = Simulated time
sandbox-clock-hour = +1 hour
sandbox-clock-day = +1 day
sandbox-clock-week = +7 days
sandbox-clock-moved = The clock moved to { $now }.
sandbox-language = Tiếng Việt
sandbox-language-label = Switch to Vietnamese
sandbox-reset = Start over
sandbox-reset-confirm = Delete all sandbox data (members, reports, reminders) and import the bundled plan again?
sandbox-reset-done = The sandbox started over from the bundled plan.
sandbox-messages-label = Conversation
sandbox-message-label = Message
sandbox-message-hint = Enter to send, Shift+Enter for a new line.
sandbox-send = Send
sandbox-reply = Reply
sandbox-replying = Replying to: { $name }
sandbox-reply-cancel = Cancel reply
sandbox-download = Download { $name }
sandbox-you = You
sandbox-bot = tiendo
sandbox-quick = Quick commands
sandbox-empty = No messages yet.
sandbox-offline = Lost the connection to the sandbox; retrying…
sandbox-failed = Could not send. Is the sandbox still running?
sandbox-bad-input = The message is empty or too long (10,000 characters at most), or this button no longer works.
sandbox-bad-request = Invalid request.
sandbox-reset-cli-done = Deleted the data in { $file } and imported the bundled plan { $code } again.
sandbox-reset-not-local = This command only resets a database that is a file on this machine (DATABASE_URL=file:…).
sandbox-reset-cli-invalid = The bundled plan file has errors and was not imported. Run npm run cli -- plan validate for details.
error-sandbox-unknown-persona = There is no such role in the current plan.
error-sandbox-join-failed = Could not join as this role. Please try again.
error-sandbox-reset-real-people = This database has { $count } real accounts (not the sandbox's), so it was not reset. Add --force to really delete everything.

## Errors
error-unknown-role = There is no role “{ $value }”. Choose one of: { $roles }.
error-unknown-plan = There is no plan { $code } in the database. Plans present: { $plans }.
error-unknown-summary-period = There is no reporting period “{ $value }”. The plan's periods: { $periods } (you can also write Q2, quarter 2, H1, year).
error-plan-file-invalid = The plan file { $file } has errors and cannot be imported. Run: npm run -s cli -- plan validate { $file }
error-database-busy = Could not update the database { $file }: another process (a running bot?) is using the file. Stop it, then run: npm run -s cli -- db migrate
error-database-not-ready = The database { $file } has not been created or is not up to date. First run: npm run -s cli -- db migrate
error-file-not-found = File { $file } not found. Check its name and path.
error-file-access-denied = No permission to read or write { $file }.
error-file-is-directory = { $file } is a folder, not a file. Give a file name.
error-file-failed = Could not read or write { $file } (system error { $reason }).
error-export-format-mismatch = { $file } ends in .{ $ext } but the format asked for is { $format }. Name the file …{ $format }, or leave out --format to take it from the extension.
error-export-format-unknown = Cannot tell which format to write { $file } in. Use the file's extension or --format: { $formats }.
error-bad-instant = “{ $value }” is not a valid instant. Write it in ISO 8601, for example 2023-03-08T08:00:00+07:00.
error-port-in-use = Port { $port } is used by another program. Set another PORT in .env (or PORT=0 for any free port) and start again.
start-failed = Could not start because of an unexpected error. Give the administrator the reference: { $ref } (details in the log).
config-detail-database-url = must be a SQLite file URL such as "file:./data/tiendo.db" or a PostgreSQL URL such as "postgresql://tiendo@127.0.0.1:5432/tiendo"
config-detail-timezone = must be an IANA time zone such as "Asia/Ho_Chi_Minh"
config-detail-bot-token = must look like 123456:ABC-DEF… (from @BotFather)
config-detail-bot-username = must be the bot's @username without @
config-detail-webhook-secret = must be 16–256 characters of A-Z, a-z, 0-9, _ and -
config-detail-admin-ids = must be Telegram user ids separated by commas
config-detail-cron = must be a cron expression such as "* * * * *"
config-detail-time = must be a local time such as "08:00"
config-detail-webhook-required = is required when BOT_MODE=webhook
config-detail-boolean = must be true or false
config-detail-choice = must be one of: { $options }
config-detail-too-big = must be at most { $max }
config-detail-too-small = must be at least { $min }
config-detail-url = must be an http:// or https:// address
config-detail-whole-number = must be a whole number
config-detail-invalid = is not a valid value

## CLI
cli-error-internal = Something unexpected went wrong. Give the administrator the reference: { $ref } (details in the log).
cli-see-help = See: npm run -s cli -- --help
cli-unknown-option = There is no option { $name }.
cli-unknown-command = There is no command “{ $name }”.
cli-missing-argument = Missing { $name }.
cli-option-missing-value = Option { $name } needs a value.
cli-missing-option = Missing the required option { $name }.
cli-excess-arguments = This command takes fewer arguments (there are extra ones).
cli-invalid-value = “{ $value }” is not a valid value for { $name }.
cli-conflicting-options = { $name } cannot be used with { $other }.
cli-invalid-usage = The command is not written correctly.
cli-help-usage = Usage:
cli-help-options = Options:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-global-options = Global options:
cli-help-options-token = [options]
cli-help-command-token = [command]
cli-arg-command = command
cli-arg-file = file
cli-arg-code = code
cli-arg-name = name
cli-arg-text = text
cli-arg-role = role
cli-arg-id = id
cli-arg-code-or-id = code-or-id
cli-arg-instant = instant
cli-arg-period = period
cli-arg-format = format
cli-desc-program = tiendo: keeps a yearly implementation plan moving
cli-desc-help = display help for a command
cli-desc-lang = language: vi (default) or en
cli-desc-json = print the result as JSON
cli-desc-plan = validate, import and show a plan file
cli-desc-plan-validate = check a plan file: sums, codes, agencies; gaps as warnings
cli-desc-plan-import = import a plan file into the database (idempotent)
cli-desc-dry-run = print what would change, write nothing
cli-desc-plan-show = the item tree with budgets and lead agencies; agencies with their items
cli-desc-plan-code = plan code (default: the latest imported plan)
cli-desc-plan-periods = the plan's reporting periods and their deadlines
cli-desc-db = the database
cli-desc-db-migrate = apply pending migrations from prisma/migrations
cli-desc-db-new-migration = create a migration from the changes in prisma/schema.prisma
cli-desc-invite = invites for focal points, leaders and the standing office
cli-desc-invite-create = create a single-use invite; prints the code and the Telegram deep link
cli-desc-role = role: admin, standing-office, leader or focal-point
cli-desc-agency = agency code (required for a focal point), in any case
cli-desc-invite-json = print {"{"} code, link, role, agency, expiresAt {"}"}
cli-desc-invite-list = pending invites (not used, revoked or expired)
cli-desc-invite-revoke = revoke a pending invite by its code or id
cli-desc-member = people registered with tiendo
cli-desc-member-list = the members
cli-desc-member-remove = remove a member at once (their history is kept)
cli-desc-reminders = reporting reminders
cli-desc-reminders-preview = what a tick at that instant would send (nothing is sent or written)
cli-desc-at = ISO 8601 instant, e.g. 2023-03-08T08:00:00+07:00
cli-desc-reply = progress replies
cli-desc-reply-parse = show how a one-message progress reply is read
cli-desc-summary = where the plan stands for a period (default: the latest past deadline)
cli-desc-summary-json = print the summary as JSON (money in million VND)
cli-desc-period = period, e.g. 2023-Q1, Q2, quarter 2, H1, year (see: plan periods)
cli-desc-export = write the period's summary as an XLSX workbook, a DOCX report draft or a PNG chart
cli-desc-format = xlsx, docx or png (default: from the file's extension)
cli-desc-out = the file to write
cli-invite-row = { $id }  { $role }  { $agency }  expires { $expires }
cli-invite-list-none = No pending invites.
cli-member-row = { $id }  { $name }  { $role }  { $agency }
cli-member-list-none = No members yet.
plan-periods-header = Reporting periods of plan { $code }:
plan-periods-row = { $key }  { $name }: { $from } to { $to }, due { $due }
plan-periods-hint = A period can be typed as 2023-Q2, Q2, quarter 2, H1 or year.
period-name-quarter = Q{ $quarter } { $year }
period-name-half = { $half ->
    [1] first half of { $year }
   *[other] second half of { $year }
  }
period-name-year = year { $year }
period-name-month = month { $month } of { $year }
reminder-step-before = { $days } { $days ->
    [one] day
   *[other] days
  } before the deadline
reminder-step-due = on the deadline
reminder-step-after = { $days } { $days ->
    [one] day
   *[other] days
  } late
plan-change-field = { $field } { $before } → { $after }
plan-value-none = (empty)
plan-value-money = { $amount } million VND
plan-value-yes = yes
plan-value-no = no
plan-value-entries = { $count } entries
plan-value-changed = (changed)
plan-entity-plan = plan
plan-entity-agency = agency
plan-entity-item = item
plan-entity-budget-line = budget line
plan-entity-assignment = assignment
plan-entity-calendar = reporting calendar
plan-entity-period = reporting period
plan-entity-holiday = holiday
plan-field-code = code
plan-field-name = name
plan-field-shortName = short name
plan-field-kind = kind
plan-field-isStandingOffice = standing office
plan-field-position = position
plan-field-title = title
plan-field-level = level
plan-field-parentCode = parent
plan-field-number = number
plan-field-activities = activities
plan-field-capitalType = capital type
plan-field-amountVnd = amount
plan-field-source = source
plan-field-note = note
plan-field-itemCodes = items sharing the line
plan-field-role = role
plan-field-mustReport = must report
plan-field-calendarCodes = reporting calendars
plan-field-cadence = cadence
plan-field-dueRule = deadline rule
plan-field-isDefault = default
plan-field-label = label
plan-field-calendarCode = reporting calendar
plan-field-startDate = start date
plan-field-endDate = end date
plan-field-nominalDueDate = nominal deadline
plan-field-dueDate = deadline
plan-field-dueAt = deadline instant
plan-field-programName = programme
plan-field-year = year
plan-field-timezone = time zone
plan-field-documentNumber = document number
plan-field-documentDate = document date
plan-field-issuer = issuer
plan-field-signer = signer
plan-field-totals = totals
plan-field-workingDays = working days
plan-field-deadlineShift = deadline shift
plan-field-reminderPolicy = reminder policy

## Progress replies: bounds
reply-error-negative-money = Line { $line }: the amount “{ $text }” is negative. Disbursement to date cannot be negative; write 0 or more.
reply-error-money-too-large = Line { $line }: the amount “{ $text }” is too large (at most { $max } billion VND). Check the digits and the unit (million VND by default).
report-warning-status-progress = ⚠️ The status is “{ $status ->
    [not-started] not started
   *[completed] completed
  }” but progress is { $pct }%. Check before confirming.
reply-field-item = Item: { $value }
reply-field-period = Period: { $value }
reply-field-status = Status: { $value }
reply-field-progressPct = Progress: { $value }%
reply-field-disbursedMillion = Disbursed to date: { $value } million VND
reply-field-disbursedInvestmentMillion = of which investment: { $value } million VND
reply-field-disbursedRecurrentMillion = of which recurrent: { $value } million VND
reply-field-results = Results: { $value }
reply-field-obstacles = Obstacles: { $value }
reply-field-proposals = Proposals: { $value }

## Zalo channel
start-zalo-running = Zalo bot { $bot } is running ({ $mode }); health check at http://localhost:{ $port }/healthz. Press Ctrl+C to stop.
config-detail-zalo-token = must look like <bot id>:<key> (from Zalo Bot Manager)
config-detail-zalo-webhook-secret = must be 8-256 characters of A-Z a-z 0-9 _ -
config-detail-zalo-webhook-required = is required when ZALO_MODE=webhook
choices-item = { $n } — { $label }
choices-how = Reply with a number (1–{ $max }) or type the choice's name.
choices-typed = Or type: { $labels }
choices-stale = That number no longer matches a choice: the conversation has moved on. Type /help to see the commands.
choices-out-of-range = Please reply with a number from 1 to { $max }, or type the choice's name.
reminder-how-numbered = Reply 1 to report now, 2 to be reminded tomorrow morning; or send the report in this form:
unsupported-sticker = Thank you! The bot can only read text messages and pictures.
unsupported-voice = Sorry, the bot cannot listen to voice messages yet. Please type it.
unsupported-other = Zalo does not pass files, links or this kind of message on to bots. The bot only receives text messages and pictures: type your report, or send a picture (a photo of the document) with it.
file-link-unavailable = The file { $name } cannot be sent on this channel: the tiendo server has no public address (PUBLIC_URL). Please tell the standing office.
file-link-document = { $caption }
    Download (works once, expires { $expires }): { $url }
file-link-picture = { $caption }
    View the picture (expires { $expires }): { $url }
file-page-ready = The file { $name } is ready. This link downloads it once.
file-page-download = Download
file-page-unknown = This link is wrong or no longer exists.
file-page-expired = This link has expired. Ask for the file again in Zalo (for example /export).
file-page-used = This link has already been used to download the file. Each link downloads once; ask for the file again in Zalo.
file-page-not-member = This link is no longer valid: its recipient is no longer a member.
## People: typed codes, linked chat apps
invite-zalo-instruction = On Zalo, message the bot: THAMGIA { $code }
code-wait = Too many wrong codes. To protect accounts, please wait until { $time } and try again.
help-link = /link: get messages on both Telegram and Zalo (a link code)
help-channel = /channel: choose the app reminders go to
cmd-link = Link another chat app
cmd-channel = Choose the app for reminders
channel-name-telegram = Telegram
channel-name-zalo = Zalo
channel-name-sandbox = sandbox chat
channel-mark-delivered = {" "}(gets reminders)
channel-mark-unreachable = {" "}(cannot be reached)
link-code-created = Link code: { $code }
    Open the other chat app (Telegram or Zalo) and message the tiendo bot: LIENKET { $code }
    The code works once and expires in { $minutes } minutes (at { $expires }).
link-code-telegram = On Telegram you can also tap: { $link }
link-done = { $channel } is now linked to { $name }'s account. Reminders and notices still go to { $preferred }; type /channel to choose another app.
link-again = This app is already linked to your account.
link-unknown = This link code is not valid. Type /link in the app you already use with tiendo to get a new one.
link-used = This link code has already been used. Type /link in the app you already use with tiendo to get a new one.
link-expired = This link code has expired. Type /link in the app you already use with tiendo to get a new one.
link-revoked = This link code no longer works (a newer one was made). Use the newest code.
link-already-member = This chat account already belongs to a tiendo member, so it cannot be linked. Please contact the standing office.
link-same-account = Send this code from the other chat app (for example Zalo if you got it on Telegram).
channel-only-one = You use: { $channels }. To get messages in another app too (Telegram or Zalo), type /link.
channel-choose = Your apps: { $channels }. Choose the one reminders and notices go to:
channel-set = Reminders and notices now go to { $channel }. If they cannot be delivered there, tiendo uses your other app.
error-channel-not-linked = You have not linked this app. Type /channel to see your linked apps, /link to link another.
subscribe-done-private = You will receive periodic digests of the plan's progress in this chat.
subscribe-already-private = You already receive digests in this chat.
## Plan draft in the chat
plan-chat-send-document = To draft a plan, send the plan document as a .docx, .pdf (with a text layer), .txt or .md file.
plan-chat-file-caption = The plan draft (YAML): each value notes the line of the document it was read from.
plan-chat-import-ask = Import this draft as a draft plan? A draft plan reminds nobody until it is activated.
plan-chat-import = Import as a draft plan
plan-chat-skip = Skip
plan-chat-cannot-import = The draft is not valid, so it cannot be imported: fix the document (or the draft file) as listed above and send it again.
plan-chat-imported = Imported the draft plan { $planCode } ({ $items } items, { $agencies } agencies): { $title }. A draft plan reminds nobody.
plan-chat-code-taken = A plan with the code { $code } already exists, so this draft was not imported. Change the plan's code (plan: code) in the draft file and import it with plan import.
plan-chat-gone = This draft is no longer waiting: it was imported, skipped, or replaced by a document sent later.
plan-chat-skipped = Skipped the draft; nothing was imported.
error-file-too-big = The file is too big: files up to { $max } MB only.
error-file-gone = Could not fetch the file you sent. Please send it again.
sandbox-attach = Attach a file
sandbox-attach-too-big = The file { $file } is too big: files up to { $count } MB only.
## Cumulative figures and year over year
summary-late-unreported = { $agency } · { $item }: not reported (due { $date })
docx-late-unreported = { $agency } ({ $item }): not reported (due { $date })
xlsx-kind-unreported = Not reported
summary-carried = Cumulative figures as of { $date }; taken from another period's report: { $list }.
summary-carried-item = { $item } ({ $period }, sent { $date })
summary-yoy-header = Compared with the same point of { $year } (plan { $plan }, as of { $date }):
summary-yoy-allocated = Budget: { $current } million VND; last year { $previous } million VND.
summary-yoy-disbursed = Disbursed to date: { $current } ({ $currentRate }); last year { $previous } ({ $previousRate }).
summary-yoy-completeness = Reports received: { $currentReceived }/{ $currentExpected } ({ $current }); last year { $previousReceived }/{ $previousExpected } ({ $previous }).
docx-yoy-title = Compared with the same point of last year
docx-yoy-col-measure = Measure
docx-yoy-col-year = { $year } (as of { $date })
docx-yoy-allocated = Budget (million VND)
docx-yoy-disbursed = Disbursed to date (million VND)
docx-yoy-rate = Disbursement rate
docx-yoy-reports = Reports received/due
history-previous-year = { $year } (plan { $plan }): budget { $allocated } million VND; as of { $date }: disbursed { $disbursed } million VND ({ $rate }), progress { $progress }, { $status }.
## PostgreSQL
error-new-migration-needs-sqlite = New migrations are made on SQLite (DATABASE_URL=file:…); then npm run db:derive-postgres writes PostgreSQL's.
## Agency registry and plan lifecycle
plan-import-refused-agency-merged = agency { $code } was merged into { $into }. Use the code { $into } in the file.
plan-import-agency-renamed = ~ rename agency { $code }: “{ $before }” → “{ $after }”
plan-import-agencies = Agencies: { $known } already in the registry (members kept), { $created } new.
cli-desc-plan-import-draft = import a new plan as a draft (no reminders until it is activated)
cli-desc-plan-list = the plans with their status, year, program and totals
cli-desc-plan-activate = activate a plan: its reminders start
cli-desc-plan-close = close a plan: no more reminders, still readable
cli-desc-agency-group = the agency registry: rename, merge
cli-desc-agency-rename = rename an agency (the old name stays in the history)
cli-desc-agency-merge = merge an agency into another: members, invites and assignments of active plans move over
cli-arg-from = old-agency-code
cli-arg-into = receiving-agency-code
plan-status-draft = draft
plan-status-active = active
plan-status-closed = closed
plan-list-empty = No plans yet. Import a plan file: tiendo plan import <file>
plan-list-row = { $code } · { $status } · { $year } · { $program } · { $total } million VND · { $items } items, { $agencies } agencies, { $assignments } assignments, { $reports } reports
plan-activated = Plan { $code } activated: its reminders start.
plan-closed = Plan { $code } closed: no more reminders ({ $cancelled } pending reminders cancelled). Its reports and figures stay readable.
agency-rename-done = Agency { $code } renamed: “{ $before }” → “{ $after }”.
agency-rename-dry-run = Dry run, nothing written: agency { $code } would be renamed “{ $before }” → “{ $after }”.
agency-rename-same = Agency { $code } is already called “{ $after }”: nothing changes.
agency-merge-done = Merged { $from } into { $into }: moved { $members } members, { $assignments } assignments, { $invites } invites.{ $kept ->
    [0] {""}
   *[other] { " " }{ $kept } duplicate assignments stay with the old agency.
}
agency-merge-dry-run = Dry run, nothing written: merging { $from } into { $into } would move { $members } members, { $assignments } assignments, { $invites } invites.
error-agency-merged = Agency { $code } was merged into { $into }. Use the code { $into }.
error-agency-merge-same = An agency cannot be merged into itself ({ $code }).
error-plan-ambiguous = Several plans are active: { $plans }. Choose one (for example --plan { $example }).
error-no-active-plan = No plan is active. Plans: { $plans }.
error-plan-status-unchanged = Plan { $code } already has that status.
error-which-plan = The code { $code } is in several active plans. Add the plan code after the item code (/tasks shows the plan codes).
cli-desc-plan-choice = plan code (default: the only active plan)
tasks-plan-header = ━━ { $title } ({ $code })
plan-which = Several plans are active. Choose one:
plan-choice-label = { $code } · { $year }
report-which-plan = Item { $code } is in several active plans. Which plan is this report for?
report-plan-choice = { $code }: { $title }
wizard-item-in-plan = { $code } · { $plan }
## Working time and absences
away-instead-of = 👤 In place of { $name }, away until { $until }.
reminder-batch-title = ⏰ Report reminder: you have { $count } items to report
reminder-batch-item = • { $code }, { $title }: { $period } ({ $key })
reminder-batch-escalation = • ⚠️ { $agency } has not reported { $period } ({ $key }) on { $code }, { $title }
reminder-batch-how = Tap “Report” on each item, or reply to this message with the report template.
reminder-batch-button-report = 📝 Report { $code }
away-return-title = 👋 Welcome back (away until { $until }). Your agency still owes { $count } reports:
away-return-item = • { $code }, { $title }: { $period } ({ $key }). { $due }
away-return-how = Type /report to report.
away-return-nothing = 👋 Welcome back (away until { $until }). Your agency owes no reports.
overdue-resent-later = Queued a new reminder for { $count } focal points of { $agency }; outside working hours, so it goes out at { $at }.
reminders-preview-closed = Outside working time now: no reminders go out. Next opening: { $at }.
cmd-away = Mark yourself away (leave, mission)
help-away = /away (/vang): mark yourself away from a date to a date, e.g. /away 10/07 - 21/07; /away alone to see or cancel
away-usage = Usage: /away 10/07 - 21/07 (from, to). Type /away alone to see or cancel your absences.
away-usage-office = The office marks a member away: /away <name> 10/07 - 21/07
away-none = You have no absences.
away-list-header = Absences:
away-row = • { $name }: from { $from } to { $to }
away-cancel-button = ❌ Cancel absence { $from } – { $to }
away-recorded = Recorded: { $name } is away from { $from } to { $to }. Meanwhile reminders go to others of the agency; on return one summary of what is still missing.
away-cancelled = Cancelled the absence from { $from } to { $to }.
away-member-unknown = No member matches “{ $name }”.
away-member-ambiguous = Several members match “{ $name }”: { $names }. Please be more specific.
error-bad-absence = Not a valid date range: “{ $value }”. For example: 10/07 - 21/07.
cli-desc-member-away = Mark a member away (from a date to a date, dd/mm/yyyy)
cli-member-away-done = Recorded { $name } away from { $from } to { $to }.
cli-arg-from-date = from-date
cli-arg-to-date = to-date

## Zalo and people together
invite-created-code = Invite for a { $role }{ $agency }:
    Code: { $code }
    Expires: { $expires }. Works once. Send this code only to the person you invite.
link-notice = 🔐 Your account was just linked with { $channel } at { $time }; if this was not you, tell the standing office.

## plans (the plans in the chat: list, activate, close)
cmd-plans = Plans: list, activate, close
plans-header = Plans ({ $count }):
plans-none = No plan yet. Send the plan document (.docx, .pdf) here to draft one.
plans-activate-button = ▶️ Activate { $code }
plans-close-button = ⏹ Close { $code }
plans-activate-ask = Activate plan { $code }? From now on tiendo reminds the focal points of its agencies of their deadlines.
plans-close-ask = Close plan { $code }? tiendo stops its reminders and cancels those waiting; its reports and figures stay readable.
plans-confirm-yes = Yes
plans-confirm-no = No
plans-unchanged = Nothing changed.
error-plan-gone = This plan no longer exists. Type /plans to see the plans there are.
