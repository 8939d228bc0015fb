## Plan file: errors
plan-error-yaml-syntax = Tệp YAML sai cú pháp: { $detail }. Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép.
plan-error-missing-field = Thiếu mục “{ $field }”. Hãy thêm mục này.
plan-error-wrong-type = Mục “{ $field }” sai kiểu dữ liệu (cần { $expected }).
plan-error-unknown-field = Mục “{ $field }” có khóa không hợp lệ: { $keys }. Hãy xóa hoặc sửa tên khóa.
plan-error-bad-choice = Giá trị của “{ $field }” không hợp lệ. Chọn một trong: { $options }.
plan-error-bad-shape = Mục “{ $field }” không đúng dạng. Xem ví dụ trong tệp kế hoạch mẫu.
plan-error-empty = Mục “{ $field }” không được để trống.
plan-error-out-of-range = Giá trị của “{ $field }” nằm ngoài khoảng cho phép.
plan-error-bad-date = Ngày “{ $value }” không hợp lệ. Viết theo dạng NNNN-TT-NN, ví dụ 2023-09-10.
plan-error-bad-code = Mã “{ $value }” không hợp lệ. Mã chỉ gồm chữ không dấu, số và . _ + -, ví dụ DA4.TDA1.ND1.
plan-error-bad-money = Số tiền “{ $value }” không đọc được. Viết bằng triệu đồng, ví dụ 5893, "5.893" hoặc "1.234,5".
plan-error-invalid = Mục “{ $field }” không hợp lệ: { $detail }.
plan-error-duplicate-agency = Mã đơn vị { $code } bị trùng. Mỗi đơn vị cần một mã riêng.
plan-error-several-standing-offices = Chỉ một đơn vị được là cơ quan thường trực (đang có: { $codes }).
plan-error-duplicate-item = Mã nội dung { $code } bị trùng. Mỗi dự án, tiểu dự án, nội dung cần một mã riêng.
plan-error-item-code-not-under-parent = Mã { $code } phải bắt đầu bằng mã cấp trên { $parent } (ví dụ { $parent }.ND1).
plan-error-unknown-item = Không có nội dung mã { $code } trong kế hoạch. Kiểm tra lại mã trong phần items.
plan-error-unknown-agency = Không có đơn vị mã { $code } trong danh sách agencies.
plan-error-unknown-schedule = Không có lịch báo cáo mã { $code } trong calendar.schedules.
plan-error-budget-line-empty = Dòng kế hoạch vốn chưa có số tiền: thêm investment (vốn đầu tư) hoặc recurrent (vốn sự nghiệp).
plan-error-duplicate-budget-line = Dòng kế hoạch vốn { $code } bị trùng.
plan-error-sum-capital-type = Tổng các dòng { $type ->
    [investment] vốn đầu tư phát triển
   *[recurrent] vốn sự nghiệp
  } là { $lines } triệu đồng, khác số đã công bố { $declared } triệu đồng. Sửa số tổng hoặc các dòng vốn.
plan-error-sum-total-by-type = Vốn đầu tư { $investment } + vốn sự nghiệp { $recurrent } = { $sum } triệu đồng, khác tổng { $total } triệu đồng.
plan-error-sum-total-by-source = Ngân sách trung ương { $central } + địa phương { $local } = { $sum } triệu đồng, khác tổng { $total } triệu đồng.
plan-error-bad-timezone = Múi giờ { $timezone } không tồn tại. Dùng Asia/Ho_Chi_Minh.
plan-error-duplicate-schedule = Mã lịch báo cáo { $code } bị trùng.
plan-error-schedule-once-needs-period = Lịch báo cáo một lần { $code } cần mục period (key, from, to).
plan-error-schedule-once-needs-date = Lịch báo cáo một lần { $code } cần hạn là một ngày, ví dụ due: 2023-09-10.
plan-error-schedule-periodic-needs-rule = Lịch báo cáo định kỳ { $code } cần hạn dạng quy tắc, ví dụ due: {"{"} monthOffset: 0, day: 15 {"}"}, và không có period.
plan-error-duplicate-period = Kỳ báo cáo { $key } bị trùng giữa các lịch báo cáo.
plan-error-duplicate-assignment = Đơn vị { $agency } đã được giao { $item } với vai trò { $role }.

## Plan file: warnings
plan-warning-no-lead = { $item } chưa có đơn vị chủ trì hoặc thực hiện: sẽ không ai được nhắc báo cáo nội dung này.
plan-warning-no-budget = { $item } chưa có kế hoạch vốn.
plan-warning-no-standing-office = Chưa có đơn vị nào là cơ quan thường trực (standingOffice: true).

## Plan commands
plan-validate-ok = Kế hoạch hợp lệ.
plan-validate-failed = Kế hoạch có { $count } lỗi, chưa thể nhập.
plan-issue-line = dòng { $line }
plan-totals = Tổng vốn { $total } triệu đồng: đầu tư phát triển { $investment }, sự nghiệp { $recurrent }; trung ương { $central }, địa phương { $local }.
plan-import-nothing = Không có gì thay đổi: cơ sở dữ liệu đã khớp với tệp kế hoạch.
plan-import-done = Đã nhập kế hoạch { $code }: { $changes } thay đổi.
plan-import-dry-run = Chạy thử, chưa ghi gì: { $changes } thay đổi sẽ được áp dụng.
plan-import-refused = Không thể nhập: { $reason }
plan-import-refused-item = nội dung { $code } đã có báo cáo tiến độ nên không thể xóa khỏi kế hoạch. Giữ lại nội dung này trong tệp.
plan-import-refused-agency = đơn vị { $code } đã có báo cáo trong kế hoạch này nên không thể xóa khỏi kế hoạch. Giữ lại đơn vị này trong tệp.
plan-import-refused-assignment = phân công { $agency } / { $item } / { $role } đã có báo cáo nên không thể xóa. Giữ lại phân công này trong tệp.
plan-change-create = + thêm { $entity } { $key }
plan-change-update = ~ sửa { $entity } { $key }: { $fields }
plan-change-delete = - xóa { $entity } { $key }
plan-show-lead = chủ trì/thực hiện: { $agencies }
plan-show-no-lead = chưa có đơn vị chủ trì
plan-show-budget = { $amount } triệu đồng
plan-show-subtree-budget = tổng { $amount } triệu đồng
plan-show-inherited-lead = theo cấp trên: { $agencies }
plan-show-no-budget = chưa có vốn
plan-show-agencies = Đơn vị và nội dung được giao:
plan-show-shared = (dòng vốn chung với { $items })
role-lead = chủ trì
role-coordinate = phối hợp
role-guide = hướng dẫn
role-implement = thực hiện
role-supervise = giám sát
capital-investment = đầu tư phát triển
capital-recurrent = sự nghiệp

## Start and configuration
config-invalid = Cấu hình không hợp lệ: biến { $variable }: { $detail }
start-migrated = Đã áp dụng { $count } migration cho cơ sở dữ liệu { $file }.
start-imported = Đã nhập kế hoạch mẫu { $code } từ { $file }.
start-loaded = Kế hoạch { $code }: { $items } nội dung, { $agencies } đơn vị, { $assignments } phân công, { $periods } kỳ báo cáo; tổng vốn { $total } triệu đồng.
start-need-token = Cần TELEGRAM_BOT_TOKEN để chạy bot. Đặt biến này trong tệp .env rồi chạy lại npm start.
db-migrated = Đã áp dụng: { $names }
db-up-to-date = Cơ sở dữ liệu đã ở phiên bản mới nhất.
db-migration-created = Đã tạo migration { $name }.
db-migration-none = schema.prisma không có thay đổi nào so với các migration.

## Bot: errors
error-internal = Đã có lỗi xảy ra, xin thử lại sau. Nếu lỗi lặp lại, báo cho quản trị viên mã tham chiếu: { $ref }
error-forbidden = Xin lỗi, anh/chị không có quyền dùng chức năng này.
error-not-registered = Anh/chị chưa được đăng ký dùng tiendo. Hãy xin cơ quan thường trực (Văn phòng HĐND-UBND) một mã mời, rồi bấm vào đường link mời hoặc nhắn mã cho bot: THAMGIA <mã>.
error-no-plan = Chưa có kế hoạch nào trong hệ thống.
error-no-agency = Tài khoản của anh/chị chưa gắn với đơn vị nào.
error-unknown-agency = Không có đơn vị mã { $code }.
error-invite-needs-agency = Mã mời cho vai trò này cần chọn một đơn vị.
error-invite-no-agency-for-role = Vai trò này không gắn với đơn vị.
error-invite-not-found = Không tìm thấy mã mời này.
error-member-not-found = Không tìm thấy thành viên này (có thể đã bị xóa).
error-bad-button = Nút này không còn hiệu lực. Hãy gõ lại lệnh.
error-group-only = Lệnh này dùng trong nhóm chat của cơ quan thường trực.

## Bot: start and joining
start-unknown = Xin chào! tiendo giúp theo dõi tiến độ thực hiện kế hoạch của thành phố và nhắc các đơn vị báo cáo đúng hạn.
    Để dùng, anh/chị cần một mã mời từ cơ quan thường trực (Văn phòng HĐND-UBND). Khi nhận được đường link mời, chỉ cần bấm vào là tham gia; hoặc nhắn mã cho bot, ví dụ: THAMGIA 7K2Q-9XWD.
start-welcome-back = Chào { $name }! Anh/chị đang là { $role }{ $agency }. Gõ /help để xem các lệnh.
join-done = Chào mừng { $name }! Anh/chị đã tham gia với vai trò { $role }{ $agency }. Gõ /tasks để xem các nội dung được giao, /help để xem các lệnh.
join-again = Anh/chị đã tham gia bằng mã này rồi. Gõ /help để xem các lệnh.
join-unknown = Mã mời không đúng. Kiểm tra lại đường link, hoặc xin cơ quan thường trực một mã mới.
join-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; hãy xin cơ quan thường trực một mã mới.
join-expired = Mã mời này đã hết hạn. Hãy xin cơ quan thường trực một mã mới.
join-revoked = Mã mời này đã bị thu hồi. Hãy liên hệ cơ quan thường trực.
join-already-member = Anh/chị đã là thành viên. Mã mời này chưa được dùng và vẫn còn hiệu lực cho người khác.
agency-suffix = {" "}của { $agency }

## Bot: roles
member-role-admin = quản trị viên
member-role-standing-office = cơ quan thường trực
member-role-leader = lãnh đạo
member-role-focal-point = đầu mối báo cáo

## Bot: help
help-header = Các lệnh của anh/chị:
help-start = /start: bắt đầu, tham gia bằng mã mời
help-help = /help: danh sách lệnh
help-me = /me: thông tin tài khoản
help-tasks = /tasks: nội dung được giao, hạn báo cáo, tình trạng
help-lang = /lang: đổi ngôn ngữ (Tiếng Việt / English)
help-agencies = /agencies: các đơn vị và người đã tham gia
help-members = /members: danh sách thành viên
help-invite = /invite: tạo mã mời cho đầu mối, lãnh đạo
help-revoke = /revoke: thu hồi mã mời, xóa thành viên
help-subscribe = /subscribe: nhận bản tổng hợp định kỳ (trong nhóm, hoặc riêng cho anh/chị)
cmd-start = Bắt đầu, tham gia bằng mã mời
cmd-help = Danh sách lệnh
cmd-me = Thông tin tài khoản
cmd-tasks = Nội dung được giao và hạn báo cáo
cmd-lang = Đổi ngôn ngữ
cmd-agencies = Các đơn vị
cmd-members = Thành viên
cmd-invite = Tạo mã mời
cmd-revoke = Thu hồi mã mời, xóa thành viên
cmd-subscribe = Nhóm này nhận bản tổng hợp

## Bot: me
me-card = { $name }
    Vai trò: { $role }
    Đơn vị: { $agency }
    Ngôn ngữ: { $locale }
    Kênh: { $channels }
    Mã { $channel } của anh/chị: { $externalId }
me-no-agency = (không gắn đơn vị)

## Bot: tasks
tasks-header = Nội dung được giao cho { $agency } ({ $count }):
tasks-none = { $agency } chưa được giao nội dung nào trong kế hoạch.
tasks-item = { $code } ({ $role }): { $title }
tasks-budget = Vốn: { $amount } triệu đồng
tasks-budget-shared = Vốn: { $amount } triệu đồng (dòng vốn chung với { $items })
tasks-no-budget = Vốn: chưa có kế hoạch vốn
tasks-next = Hạn tới: { $period }, { $date }: { $status }
tasks-status-reported = đã báo cáo
tasks-status-missing = chưa báo cáo
tasks-no-next = Không còn hạn báo cáo nào trong kế hoạch.
tasks-overdue = Quá hạn chưa báo cáo: { $periods }
tasks-not-reporting = Không phải báo cáo định kỳ.

## Bot: agencies and members
agencies-header = Các đơn vị trong kế hoạch ({ $count }):
agencies-row = { $code }{ $office }: { $name } · { $items } nội dung báo cáo · { $focal } đầu mối
agencies-office-mark = {" "}★
members-header = Thành viên ({ $count }):
members-none = Chưa có thành viên nào.
members-row = { $name }: { $role }{ $agency }{ $unreachable }
members-unreachable = {" "}(không nhắn tin được)

## Bot: invites
invite-choose-role = Chọn vai trò cho người được mời:
invite-choose-agency = Chọn đơn vị cho { $role } (trang { $page }/{ $pages }):
invite-no-agency-button = Không gắn đơn vị
invite-prev = « Trước
invite-next = Sau »
invite-created = Mã mời cho { $role }{ $agency }:
    { $link }
    Mã: { $code }
    Hết hạn: { $expires }. Chỉ dùng được một lần. Gửi đường link này cho đúng người được mời.
invite-link-unavailable = (chưa biết tên bot để tạo đường link; người được mời gõ /start { $code })

## Bot: revoke
revoke-header = Chọn mã mời cần thu hồi hoặc thành viên cần xóa:
revoke-nothing = Không có mã mời nào đang chờ và không có thành viên nào anh/chị có thể xóa.
revoke-invite-button = Thu hồi mã: { $role }{ $agency }
revoke-member-button = Xóa: { $name } ({ $role })
revoke-confirm-member = Xóa { $name } khỏi tiendo? Người này sẽ không dùng được bot nữa; các báo cáo đã gửi vẫn được giữ.
revoke-confirm-yes = Xóa
revoke-confirm-no = Không
revoke-invite-done = Đã thu hồi mã mời.
revoke-invite-already = Mã mời này đã được dùng hoặc đã thu hồi trước đó.
revoke-member-done = Đã xóa { $name }.
revoke-cancelled = Đã hủy.

## Bot: language
lang-choose = Chọn ngôn ngữ / Choose a language:
lang-set = Đã chuyển sang Tiếng Việt.

## Bot: subscriptions
subscribe-done = Nhóm này sẽ nhận bản tổng hợp định kỳ về tiến độ kế hoạch.
subscribe-already = Nhóm này đã đăng ký nhận bản tổng hợp rồi.

## Bot: fallback
fallback-member = Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh.
start-bot-running = Bot @{ $bot } đang chạy ({ $mode }); kiểm tra sức khỏe tại http://localhost:{ $port }/healthz. Nhấn Ctrl+C để dừng.

## Reminders
reminder-title = ⏰ Nhắc báo cáo: { $period } ({ $key })
reminder-item = Nội dung: { $code }, { $title }
reminder-due-ahead = Hạn: { $date } (còn { $days } ngày)
reminder-due-today = Hạn: hôm nay, { $date }
reminder-due-late = Hạn: { $date }, đã quá hạn { $days } ngày
reminder-how = Bấm “Báo cáo ngay”, hoặc trả lời tin nhắn này theo mẫu:
reminder-template =
    { $code }
    Tiến độ: 60%
    Giải ngân: 1.200,5
    Kết quả: mở 3 lớp dạy nghề, 90 học viên
    Khó khăn: ...
    Đề xuất: ...
reminder-escalation = ⚠️ { $agency } chưa gửi báo cáo { $period } ({ $key }) về { $code }, { $title }.
reminder-button-report = 📝 Báo cáo ngay
reminder-button-snooze = ⏰ Nhắc lại sáng mai
reminder-snoozed = Được, tôi sẽ nhắc lại lúc { $at }.
reminder-already-reported = Báo cáo này đã được gửi, không cần nhắc nữa. Cảm ơn anh/chị!
reminder-too-many-snoozes = Đã hoãn nhắc nhiều lần; xin gửi báo cáo sớm.
reminder-unreachable = Không gửi được nhắc nhở cho { $name }{ $agency }: người này đã chặn bot hoặc xóa cuộc trò chuyện. Xin liên hệ trực tiếp.
schedule-header = Nhắc nhở sắp gửi:
schedule-queued = Đang chờ gửi:
schedule-planned = Theo lịch 7 ngày tới:
schedule-row = { $at } · { $agency } · { $item } · { $period } · { $step } → { $recipient }
schedule-none = Không có nhắc nhở nào trong 7 ngày tới.
pause-done = Đã tạm dừng nhắc nhở cho { $target }.
pause-already = Nhắc nhở cho { $target } đang tạm dừng rồi.
resume-done = Đã bật lại nhắc nhở cho { $target }.
resume-not-paused = Nhắc nhở cho { $target } không bị tạm dừng.
pause-usage = Cách dùng: /pause <mã đơn vị hoặc kỳ báo cáo>, ví dụ /pause LDTBXH hoặc /pause 2023-Q1. /resume để bật lại.
error-unknown-pause-target = Không có đơn vị hay kỳ báo cáo nào mã { $code }.
help-schedule = /schedule: nhắc nhở sắp gửi
help-pause = /pause, /resume: tạm dừng, bật lại nhắc nhở cho một đơn vị hoặc một kỳ
cmd-schedule = Nhắc nhở sắp gửi
cmd-pause = Tạm dừng nhắc nhở
cmd-resume = Bật lại nhắc nhở
plan-error-unknown-step = Bước nhắc “{ $step }” không có trong lịch nhắc. Chọn một trong: { $steps }.
reminders-preview-none = Không có nhắc nhở nào đến hạn vào thời điểm này.

## Progress replies: reading a message
reply-error-unknown-line = Dòng { $line }: không hiểu “{ $text }”. Mỗi dòng bắt đầu bằng một nhãn, ví dụ “Tiến độ: 60%” hoặc “Giải ngân: 1.200,5”.
reply-error-duplicate-field = Dòng { $line }: mục này đã có ở dòng trên. Mỗi mục chỉ ghi một lần.
reply-error-bad-item = Dòng { $line }: mã nội dung “{ $text }” không hợp lệ. Ví dụ: DA5.TDA3
reply-error-bad-status = Dòng { $line }: không hiểu trạng thái “{ $text }”. Ghi một trong: chưa thực hiện, đang thực hiện, hoàn thành, vướng mắc.
reply-error-bad-progress = Dòng { $line }: không đọc được tiến độ “{ $text }”. Ghi số phần trăm từ 0 đến 100, ví dụ: Tiến độ: 60%
reply-error-bad-money = Dòng { $line }: không đọc được số tiền “{ $text }”. Ví dụ: Giải ngân: 1.200,5 (triệu đồng), hoặc 1,2 tỷ, 500 triệu, 1.200.000.000 đồng
reply-error-bad-disbursed = { reply-error-bad-money }
reply-error-bad-disbursedInvestment = { reply-error-bad-money }
reply-error-bad-disbursedRecurrent = { reply-error-bad-money }
reply-error-too-long = Nội dung quá dài (tối đa { $max } ký tự). Hãy viết ngắn gọn hơn.
reply-error-empty = Tin nhắn chưa có số liệu nào. Hãy gửi theo mẫu, ví dụ:
    DA5.TDA3
    Tiến độ: 60%
    Giải ngân: 1.200,5

## Progress replies: drafts, confirmation, guided report
report-summary-title = Anh/chị xác nhận báo cáo sau:
report-summary-item = Nội dung: { $code }, { $title }
report-summary-period = Kỳ: { $period } ({ $key }), hạn { $date }
report-summary-late = (nộp sau hạn: lần báo cáo này được ghi là muộn)
report-summary-status = Trạng thái: { $status }
report-summary-status-derived = Trạng thái: { $status } (suy ra từ tiến độ; bấm Sửa để đổi)
report-summary-progress = Tiến độ: { $pct }%
report-summary-disbursed = Giải ngân lũy kế: { $amount } triệu đồng
report-summary-disbursed-split = Giải ngân lũy kế: { $amount } triệu đồng (đầu tư { $investment }, sự nghiệp { $recurrent })
report-summary-results = Kết quả: { $text }
report-summary-obstacles = Khó khăn, vướng mắc: { $text }
report-summary-proposals = Đề xuất, kiến nghị: { $text }
report-summary-revision = Đây sẽ là lần báo cáo thứ { $revision } của kỳ này.
report-warning-over-budget = ⚠️ Số giải ngân { $disbursed } triệu đồng lớn hơn kế hoạch vốn { $budget } triệu đồng. Kiểm tra lại trước khi xác nhận.
report-warning-progress-down = ⚠️ Tiến độ { $now }% thấp hơn lần báo cáo trước ({ $before }%). Kiểm tra lại trước khi xác nhận.
report-button-confirm = ✅ Xác nhận
report-button-edit = ✏️ Sửa
report-button-cancel = ✖️ Hủy
report-saved = ✅ Đã lưu báo cáo { $code }, kỳ { $period } ({ $key }), lần { $revision }. Số tham chiếu: { $reference }.
report-saved-late = { report-saved } Báo cáo được ghi nhận là nộp sau hạn.
report-saved-again = Báo cáo này đã được lưu rồi (lần { $revision }, số tham chiếu { $reference }). Không tạo thêm bản mới.
report-cancelled = Đã hủy, không lưu gì.
report-errors-header = Tin nhắn chưa đọc được hết, chưa lưu gì:
report-errors-footer = Sửa các dòng trên rồi gửi lại cả tin nhắn.
status-not-started = chưa thực hiện
status-in-progress = đang thực hiện
status-completed = hoàn thành
status-stuck = vướng mắc
wizard-choose-item = Báo cáo cho nội dung nào?
wizard-choose-period = Báo cáo cho kỳ nào? (mặc định: kỳ hiện tại)
wizard-choose-status = Trạng thái thực hiện { $code }?
wizard-ask-progress = Tiến độ so với mục tiêu năm, tính theo %? (ví dụ: 60)
wizard-ask-disbursed = Số vốn đã giải ngân lũy kế, triệu đồng? (ví dụ: 1.200,5 hoặc 1,2 tỷ)
wizard-ask-results = Kết quả đạt được? (ví dụ: mở 3 lớp dạy nghề, 90 học viên)
wizard-ask-obstacles = Khó khăn, vướng mắc?
wizard-ask-proposals = Đề xuất, kiến nghị?
wizard-current = (hiện có: { $value })
wizard-button-skip = Bỏ qua
wizard-button-back = « Quay lại
wizard-button-cancel = Hủy
wizard-period-button = { $key }: hạn { $date }
reply-error-cannot-skip = Mục này không bỏ qua được.
reply-error-choose-button = Hãy chọn bằng các nút bên dưới.
error-not-your-item = Nội dung { $code } không thuộc đơn vị của anh/chị, nên không báo cáo được. Gõ /tasks để xem các nội dung của đơn vị.
error-unknown-item = Không có nội dung mã { $code } trong kế hoạch. Gõ /tasks để xem mã các nội dung của đơn vị.
error-which-item = Đơn vị có nhiều nội dung ({ $codes }). Ghi mã nội dung ở dòng đầu tin nhắn, ví dụ: { $codes }
error-nothing-to-report = Đơn vị của anh/chị không có nội dung nào phải báo cáo.
error-no-period = Không có kỳ báo cáo nào cho nội dung này.
error-draft-expired = Bản nháp này không còn (bản nháp chưa xác nhận chỉ được giữ 30 ngày). Chưa có gì được lưu từ bản nháp này; hãy gửi lại báo cáo.
help-report = /report: báo cáo tiến độ (theo từng bước, hoặc /report kèm tin nhắn theo mẫu)
help-history = /history <mã nội dung> [kỳ]: các lần báo cáo đã gửi
cmd-report = Báo cáo tiến độ
cmd-history = Các lần báo cáo
history-header = Các lần báo cáo { $code }, kỳ { $period } (số tham chiếu { $reference }):
history-row = Lần { $revision }: { $at }{ $late } · { $status } · { $details }
history-late = {" "}(muộn)
history-none = Chưa có báo cáo nào cho { $code } kỳ { $period }.
history-usage = Cách dùng: /history <mã nội dung> [kỳ], ví dụ /history DA5.TDA3 2023-Q1
reply-error-bad-period = Dòng { $line }: không hiểu kỳ báo cáo “{ $text }”. Ví dụ: Kỳ: 2023-Q1 (hoặc quý 1, 6 tháng, cả năm)
error-unknown-period = Nội dung này không có kỳ báo cáo { $key }. Gõ /tasks để xem các kỳ.
report-attachment-received = Đã nhận tệp đính kèm ({ $count }). Tiếp tục trả lời câu hỏi ở trên.
report-attachment-how = Để gửi ảnh hoặc tài liệu kèm báo cáo: gõ /report rồi gửi tệp trong lúc trả lời, hoặc gửi tệp kèm chú thích là nội dung báo cáo theo mẫu.
report-summary-attachments = Tệp đính kèm: { $count }
correct-usage = Cách dùng: /correct <mã nội dung> [kỳ] <lý do>, ví dụ /correct DA5.TDA3 2023-Q1 số giải ngân chưa khớp sổ kế toán
correct-notice = 📝 { $name } đề nghị sửa báo cáo { $code }, kỳ { $period } ({ $key }): { $reason }
    Hãy gửi lại báo cáo (ghi “Kỳ: { $key }”); lần báo cáo mới sẽ được lưu thêm, bản cũ vẫn được giữ.
correct-done = Đã gửi đề nghị sửa báo cáo { $code } ({ $key }) tới { $count } đầu mối của đơn vị.
error-no-report-yet = Chưa có báo cáo nào của { $code } để đề nghị sửa.
help-correct = /correct <mã nội dung> [kỳ] <lý do>: đề nghị đơn vị sửa báo cáo
cmd-correct = Đề nghị sửa báo cáo

## Summaries
summary-title = 📊 Tổng hợp { $period } ({ $key }), hạn { $date }
summary-completeness = Đã nhận { $received }/{ $expected } báo cáo ({ $completeness }); đúng hạn { $onTime }/{ $expected } ({ $timeliness }).
summary-money = Kế hoạch vốn { $total } triệu đồng (đầu tư { $investment }, sự nghiệp { $recurrent }), khớp số công bố. Đã giải ngân { $disbursed } ({ $rate }).
summary-money-mismatch = Kế hoạch vốn { $total } triệu đồng (đầu tư { $investment }, sự nghiệp { $recurrent }), KHÔNG khớp số công bố { $declared }. Đã giải ngân { $disbursed } ({ $rate }).
summary-by-project = Theo dự án (vốn · giải ngân · tiến độ · trạng thái):
summary-item = { $code }: { $allocated } · { $disbursed } ({ $rate }) · { $progress }{ $delta } · { $status }
summary-no-report = chưa có báo cáo
summary-late-header = Chậm, thiếu báo cáo ({ $count }):
summary-late-missing = { $agency } · { $item }: chưa báo cáo, quá hạn { $days } ngày
summary-late-late = { $agency } · { $item }: nộp muộn { $days } ngày
summary-more = … và { $count } mục khác
summary-notes-header = Khó khăn, đề xuất:
summary-note = { $item } ({ $agency }): khó khăn: { $obstacles }; đề xuất: { $proposals }
summary-gaps = Kế hoạch còn thiếu: chưa có đơn vị chủ trì: { $noLead }; chưa có vốn: { $noBudget }.
summary-movement = So với kỳ trước: có tiến triển: { $moved }; đứng yên: { $stalled }.
overdue-none = Không có báo cáo nào chậm hoặc thiếu trong kỳ { $key }.
overdue-resend = 🔔 Nhắc lại { $agency } · { $item }
overdue-resent = Đã xếp lịch nhắc lại cho { $count } đầu mối của { $agency } (gửi trong vòng một phút).
overdue-nobody = { $agency } chưa có đầu mối nào tham gia để nhắc.
project-header = { $code }: { $title }
agency-header = { $code }: { $name } · đã nhận { $received }/{ $expected } ({ $completeness }), đúng hạn { $onTime }
agency-row = { $item }: { $state }
agency-reported = đã báo cáo lần { $revision } ({ $date }){ $late } · { $progress } · { $status }
agency-missing = chưa báo cáo
error-unknown-project = Không có dự án, tiểu dự án mã { $code }.
help-summary = /summary [kỳ]: tổng hợp tiến độ
help-overdue = /overdue: báo cáo chậm, thiếu; nhắc lại một chạm
help-project = /project <mã>: một dự án
help-agency = /agency <mã>: một đơn vị
help-export = /export [kỳ]: xuất Excel, biểu đồ, dự thảo báo cáo
cmd-summary = Tổng hợp tiến độ
cmd-overdue = Báo cáo chậm, thiếu
cmd-project = Một dự án
cmd-agency = Một đơn vị
cmd-export = Xuất Excel, biểu đồ, báo cáo

## Exports
xlsx-sheet-summary = Tổng hợp
xlsx-sheet-reports = Báo cáo
xlsx-sheet-missing = Chưa báo cáo
xlsx-completeness = Tỷ lệ đủ báo cáo
xlsx-timeliness = Tỷ lệ đúng hạn
xlsx-col-code = Mã
xlsx-col-title = Nội dung
xlsx-col-investment = Vốn đầu tư (triệu đồng)
xlsx-col-recurrent = Vốn sự nghiệp (triệu đồng)
xlsx-col-allocated = Tổng vốn (triệu đồng)
xlsx-col-disbursed = Giải ngân (triệu đồng)
xlsx-col-rate = Tỷ lệ giải ngân
xlsx-col-progress = Tiến độ
xlsx-col-status = Trạng thái
xlsx-col-agency = Đơn vị
xlsx-col-period = Kỳ
xlsx-col-reference = Số tham chiếu
xlsx-col-revision = Lần
xlsx-col-submitted = Thời điểm gửi
xlsx-col-late = Muộn
xlsx-col-results = Kết quả
xlsx-col-obstacles = Khó khăn, vướng mắc
xlsx-col-proposals = Đề xuất, kiến nghị
xlsx-col-kind = Tình trạng
xlsx-col-days-late = Số ngày chậm
xlsx-kind-missing = Chưa báo cáo
xlsx-kind-late = Nộp muộn
xlsx-total = Tổng cộng
xlsx-yes = Có
chart-allocated = Kế hoạch vốn
chart-disbursed = Đã giải ngân
export-caption-xlsx = Bảng tổng hợp { $key } (Excel)
export-caption-png = Biểu đồ vốn và giải ngân { $key }
export-caption-docx = Dự thảo báo cáo { $key } (Word), để văn phòng chỉnh sửa và ký
docx-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
docx-motto = Độc lập - Tự do - Hạnh phúc
docx-title = BÁO CÁO
docx-section-reporting = I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ
docx-reporting = Đến hạn báo cáo ngày { $date }, cơ quan thường trực nhận được { $received }/{ $expected } báo cáo của các đơn vị (đạt { $completeness }), trong đó { $onTime } báo cáo gửi đúng hạn (đạt { $timeliness }).
docx-section-results = II. KẾT QUẢ THỰC HIỆN VÀ GIẢI NGÂN
docx-money = Tổng kế hoạch vốn năm là { $total } triệu đồng (vốn đầu tư phát triển { $investment } triệu đồng, vốn sự nghiệp { $recurrent } triệu đồng; ngân sách trung ương { $central } triệu đồng, ngân sách địa phương { $local } triệu đồng). Lũy kế giải ngân theo báo cáo của các đơn vị: { $disbursed } triệu đồng, đạt { $rate } kế hoạch. Chi tiết theo dự án, tiểu dự án (đơn vị: triệu đồng):
docx-section-late = III. ĐƠN VỊ CHẬM, CHƯA GỬI BÁO CÁO
docx-section-notes = IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ
docx-section-gaps = V. NỘI DUNG KẾ HOẠCH CÒN THIẾU
docx-section-next = VI. NHIỆM VỤ TRỌNG TÂM KỲ TỚI
docx-next = (Văn phòng bổ sung nội dung trước khi trình ký.)
docx-none = Không có.
docx-recipients = Nơi nhận:
export-written = Đã ghi { $file } ({ $bytes } byte), kỳ { $key }.
overdue-header = Chậm, thiếu báo cáo kỳ { $key } ({ $count }):
docx-col-allocated = Kế hoạch vốn
docx-col-disbursed = Giải ngân
docx-col-rate = Tỷ lệ
history-money = { $amount } triệu đồng
docx-late-missing = { $agency } ({ $item }): chưa báo cáo, quá hạn { $days } ngày
docx-late-late = { $agency } ({ $item }): nộp muộn { $days } ngày

## Reports
docx-number = Số:      /BC{ $symbol }
docx-place-date = { $place }, ngày      tháng      năm { $year }
docx-subject = Kết quả thực hiện { $plan } { $period }
docx-no-budget = không có vốn
docx-col-no = STT
docx-col-expected = Nội dung phải báo cáo
docx-col-received = Đã báo cáo
docx-col-on-time = Đúng hạn
docx-col-late-count = Chậm, chưa báo cáo
docx-col-max-days = Số ngày chậm nhiều nhất
docx-col-capital = Loại vốn
docx-capital-investment = Vốn đầu tư phát triển
docx-capital-recurrent = Vốn sự nghiệp
docx-capital-unsplit = Giải ngân chưa tách theo loại vốn
docx-appendix-agencies = Phụ lục 1. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ
docx-appendix-capital = Phụ lục 2. KẾ HOẠCH VỐN VÀ GIẢI NGÂN THEO LOẠI VỐN
docx-appendix-note = (Kèm theo Báo cáo kết quả thực hiện { $period })
docx-appendix-money-note = (Đơn vị: triệu đồng)
docx-note = { $item } ({ $agency }): khó khăn: { $obstacles }; đề xuất: { $proposals }
docx-note-obstacles = { $item } ({ $agency }): khó khăn: { $obstacles }
docx-note-proposals = { $item } ({ $agency }): đề xuất: { $proposals }
docx-gaps-no-lead = Chưa có đơn vị chủ trì: { $items }.
docx-gaps-no-budget = Chưa được bố trí vốn: { $items }.
docx-head-office = Chánh Văn phòng
docx-head-department = Trưởng phòng
docx-head-centre = Giám đốc
docx-head-other = Thủ trưởng cơ quan
docx-recipients-leaders = Lãnh đạo UBND
docx-recipients-default =
    - { $parent } (b/c);
    - Các cơ quan, đơn vị thực hiện Kế hoạch;
    - Lưu: VT, { $symbol }.
chart-title = Kế hoạch vốn và giải ngân theo dự án, { $period } (triệu đồng)
chart-no-budget = không có vốn
chart-agencies-title = Tình hình báo cáo của các cơ quan, đơn vị, { $period }
chart-completeness = Đủ báo cáo
chart-timeliness = Đúng hạn
chart-no-agencies = Không có đơn vị nào phải báo cáo kỳ này.
chart-trend-title = Lũy kế giải ngân qua các kỳ năm { $year } (triệu đồng)
chart-trend-plan = Kế hoạch vốn năm: { $amount } triệu đồng
chart-trend-no-report = chưa có báo cáo
export-caption-pdf = Báo cáo { $key } (PDF), in thử để ký
export-caption-png-agencies = Biểu đồ tình hình báo cáo của các đơn vị { $key }
export-caption-png-trend = Biểu đồ lũy kế giải ngân qua các kỳ { $key }
export-pdf-unavailable = Chưa tạo được bản PDF: máy chủ chưa cài LibreOffice. Hãy dùng bản Word (DOCX) của báo cáo (xuất với định dạng docx), mở bằng Word và lưu thành PDF.
export-pdf-failed = Không chuyển được báo cáo sang PDF (LibreOffice không hoàn tất). Hãy dùng bản Word (DOCX) của báo cáo.
xlsx-col-due = Hạn báo cáo
xlsx-col-name = Tên đơn vị
xlsx-sheet-agencies = Theo đơn vị

## Outbox
outbox-kind = { $kind ->
    [reminder] nhắc nhở
    [digest] bản tin
    [correction] đề nghị sửa
    [unreachable] báo không liên lạc được
    [return] tóm tắt khi trở lại sau vắng
   *[other] { $kind }
}
outbox-status = { $status ->
    [pending] chờ gửi
    [claimed] đang gửi
    [sent] đã gửi
    [failed] gửi lỗi
    [cancelled] đã hủy
    [unreachable] không liên lạc được
    [skipped] bỏ qua (quá hạn)
    [superseded] thay bằng nhắc sau
   *[other] { $status }
}
outbox-list-row = { $at } · { outbox-kind } · { outbox-status } · { $recipient } · { $attempts } lần thử · { $key }
outbox-list-error = lỗi gần nhất: { $error }
outbox-list-none = Hộp thư đi không có gì khớp.
outbox-bad-option = “{ $value }” không hợp lệ; chọn một trong: { $allowed }.
schedule-failed = ⚠️ { $count } thông báo gửi lỗi sau 6 lần thử; xem bằng lệnh: outbox list --status failed

## Conversation: group chats and the guided report
group-use-private = Lệnh này chỉ dùng trong cuộc trò chuyện riêng với tôi, để thông tin của anh/chị không hiện cho cả nhóm.
group-use-private-link = Lệnh này chỉ dùng trong cuộc trò chuyện riêng với tôi, để thông tin của anh/chị không hiện cho cả nhóm: { $link }
wizard-none = Anh/chị không có báo cáo nào đang làm dở. Gõ /report để bắt đầu.

## Plan draft
plan-draft-cmd-description = soạn bản nháp kế hoạch (YAML) từ văn bản kế hoạch (.docx, .pdf, .txt, .md) và báo cáo những gì đã đọc
plan-draft-opt-out = ghi bản nháp vào tệp này
plan-draft-opt-json = in một đối tượng JSON (bản nháp, rà soát, dòng nguồn của từng giá trị)
plan-draft-unsupported-type = Chưa đọc được tệp { $file }: chỉ nhận .docx, .pdf (có lớp chữ), .txt hoặc .md.
plan-draft-scanned-pdf = Tệp PDF { $file } là ảnh quét, không có lớp chữ: hãy gửi bản .docx hoặc PDF xuất từ Word.
plan-draft-unreadable-file = Không mở được tệp { $file }: tệp hỏng hoặc không đúng định dạng { $kind }.
plan-draft-empty = Tệp { $file } không có nội dung chữ nào.
plan-draft-written = Đã ghi bản nháp vào { $file }. Kiểm tra bằng: plan validate { $file }
plan-draft-at = { $kind ->
    [docx] đoạn { $line }
    [pdf] trang { $page }, dòng { $line }
   *[text] dòng { $line }
}
plan-draft-yaml-header = Bản nháp kế hoạch soạn tự động từ văn bản { $file }; mỗi giá trị ghi nơi đọc được.
plan-draft-yaml-check = Đối chiếu với văn bản trước khi nhập (plan validate, plan import --dry-run); chỗ có chú thích là chỗ chưa chắc.
plan-draft-yaml-totals = Mục IV. Kinh phí thực hiện (triệu đồng).
plan-draft-yaml-agencies = Mục VI. Tổ chức thực hiện: mã đơn vị đặt từ tên, có thể sửa.
plan-draft-yaml-items = Mục III. Nội dung thực hiện.
plan-draft-yaml-budget = Kế hoạch vốn, mỗi dòng một khoản văn bản nêu (triệu đồng).
plan-draft-yaml-assignments = Phân công theo mục VI.
plan-draft-yaml-calendar = Lịch báo cáo: văn bản không nêu, lấy theo kế hoạch mẫu và dời sang năm của kế hoạch.
plan-draft-not-in-document = văn bản không nêu
plan-draft-read-from = đọc từ { $at }: "{ $quote }"
plan-draft-doubt-date-without-day = Văn bản để trống ngày ban hành.
plan-draft-doubt-standing-office-inferred = Cơ quan thường trực suy ra từ nhiệm vụ tổng hợp báo cáo.
plan-draft-doubt-program-duty = Nhiệm vụ chung cho cả Chương trình, không nêu dự án cụ thể; vai trò suy ra từ câu chữ.
plan-draft-doubt-role-implement-with-others = "Phối hợp với các cơ quan liên quan … thực hiện": đọc là đơn vị thực hiện.
plan-draft-doubt-role-guessed = Câu không nêu rõ vai trò (chủ trì, phối hợp, hướng dẫn): tạm đọc là thực hiện.
plan-draft-doubt-org-only-item = Nội dung này chỉ có ở mục Tổ chức thực hiện, không có ở mục Nội dung thực hiện.
plan-draft-doubt-budget-for-parent = Dòng vốn đứng cuối dự án, sau mục con cuối cùng: đọc là vốn của cả dự án.
plan-draft-severity-inconsistent = Văn bản không khớp
plan-draft-severity-gap = Còn thiếu
plan-draft-severity-uncertain = Chưa chắc chắn
plan-draft-severity-unplaced = Câu chưa xếp được
plan-draft-severity-info = Ghi chú
plan-draft-review-read = Đã đọc { $file }: { $paragraphs } đoạn; { $items } nội dung, { $activities } hoạt động, { $budgetLines } dòng vốn, { $agencies } đơn vị, { $assignments } phân công.
plan-draft-review-declared = Văn bản nêu: tổng { $total }, đầu tư { $investment }, sự nghiệp { $recurrent }; trung ương { $central }, địa phương { $local } (triệu đồng).
plan-draft-review-lines = Các dòng vốn cộng lại: { $total } (đầu tư { $investment }, sự nghiệp { $recurrent }) triệu đồng.
plan-draft-review-reconciled = Các dòng vốn khớp với tổng văn bản nêu.
plan-draft-review-not-reconciled = Các dòng vốn KHÔNG khớp với tổng văn bản nêu: xem mục "Văn bản không khớp".
plan-draft-review-valid = Bản nháp hợp lệ theo plan validate.
plan-draft-review-invalid = Bản nháp còn { $count } lỗi theo plan validate (chưa thể nhập):
plan-draft-review-missing = —
plan-draft-finding-unplaced = Chưa xếp được vào đâu: "{ $text }"
plan-draft-finding-duplicate-item = { $item } xuất hiện hai lần trong mục Nội dung thực hiện.
plan-draft-finding-budget-no-item = Dòng vốn không thuộc nội dung nào: "{ $text }"
plan-draft-finding-budget-unknown-item = Dòng vốn nêu { $item } nhưng mục Nội dung thực hiện không có nội dung này: "{ $text }"
plan-draft-finding-unreadable-amount = Không đọc được số tiền { $amount }: "{ $text }"
plan-draft-finding-budget-no-amount = Dòng vốn không có số tiền: "{ $text }"
plan-draft-finding-budget-no-capital-type = Dòng vốn không nêu loại vốn (đầu tư hay sự nghiệp), chưa đưa vào bản nháp: "{ $text }"
plan-draft-finding-budget-parts-differ = Dòng vốn nêu { $stated } nhưng các phần cộng lại { $parts } không bằng: "{ $text }"
plan-draft-finding-funding-unlabelled = Số tiền { $amount } ở mục Kinh phí không rõ là khoản nào: "{ $text }"
plan-draft-finding-funding-repeated = Mục Kinh phí nêu lại một khoản ({ $amount }); giữ số đọc trước: "{ $text }"
plan-draft-finding-agency-without-duty = { $agency } không có nhiệm vụ nào đọc được.
plan-draft-finding-no-content-section = Không tìm thấy mục Nội dung thực hiện.
plan-draft-finding-no-funding-section = Không tìm thấy mục Kinh phí thực hiện.
plan-draft-finding-no-organisation-section = Không tìm thấy mục Tổ chức thực hiện.
plan-draft-finding-section-skipped = Mục "{ $title }" không chứa dữ liệu kế hoạch, đã bỏ qua.
plan-draft-finding-org-only-item = { $item } có ở mục Tổ chức thực hiện nhưng không có ở mục Nội dung thực hiện: thêm vào bản nháp, chưa có tên và hoạt động riêng.
plan-draft-finding-content-only-item = { $item } có ở mục Nội dung thực hiện nhưng mục Tổ chức thực hiện không giao cho đơn vị nào.
plan-draft-finding-no-number = Không tìm thấy số văn bản.
plan-draft-finding-no-date = Không tìm thấy ngày ban hành.
plan-draft-finding-no-issuer = Không tìm thấy cơ quan ban hành.
plan-draft-finding-no-signer = Không tìm thấy người ký.
plan-draft-finding-no-title = Không tìm thấy tên kế hoạch.
plan-draft-finding-date-without-day = Ngày ban hành để trống, chỉ có tháng và năm: { $date }.
plan-draft-finding-no-total-total = Mục Kinh phí không nêu tổng vốn.
plan-draft-finding-no-total-investment = Mục Kinh phí không nêu vốn đầu tư.
plan-draft-finding-no-total-recurrent = Mục Kinh phí không nêu vốn sự nghiệp.
plan-draft-finding-no-total-central = Mục Kinh phí không nêu ngân sách trung ương.
plan-draft-finding-no-total-local = Mục Kinh phí không nêu ngân sách địa phương.
plan-draft-finding-lines-differ-investment = Vốn đầu tư văn bản nêu { $declared } triệu đồng, nhưng { $count } dòng vốn đầu tư cộng lại { $lines } triệu đồng.
plan-draft-finding-lines-differ-recurrent = Vốn sự nghiệp văn bản nêu { $declared } triệu đồng, nhưng { $count } dòng vốn sự nghiệp cộng lại { $lines } triệu đồng.
plan-draft-finding-lines-differ-total = Tổng vốn văn bản nêu { $declared } triệu đồng, nhưng các dòng vốn cộng lại { $lines } triệu đồng.
plan-draft-finding-total-differs-by-type = Tổng vốn { $total } khác đầu tư { $investment } + sự nghiệp { $recurrent } = { $sum } triệu đồng.
plan-draft-finding-total-differs-by-source = Tổng vốn { $total } khác trung ương { $central } + địa phương { $local } = { $sum } triệu đồng.
plan-draft-finding-calendar-default = Văn bản không có lịch báo cáo: lấy lịch của kế hoạch mẫu { $plan } dời sang năm { $year } ({ $holidays } kỳ nghỉ lễ giữ lại, { $dropped } bỏ vì khác năm: bổ sung ngày nghỉ của năm { $year }).
plan-draft-finding-no-lead = { $item } chưa có đơn vị chủ trì hoặc thực hiện.
plan-draft-finding-no-budget = { $item } chưa có kế hoạch vốn.
plan-draft-finding-draft-invalid = Bản nháp còn { $count } lỗi theo plan validate.

## Sandbox
sandbox-running = Sandbox đang chạy tại { $url } (chỉ nhận kết nối từ máy này, địa chỉ 127.0.0.1; không cần token Telegram). Giờ giả lập: { $now }. Nhấn Ctrl+C để dừng.
sandbox-title = tiendo · sandbox
sandbox-intro = Trò chuyện thử với tiendo trên máy này: chọn một vai, bấm tham gia, rồi gõ lệnh như trong Telegram. Mọi báo cáo là dữ liệu thật trong cùng cơ sở dữ liệu.
sandbox-persona-label = Đóng vai
sandbox-persona-focal-point = { $agency } — đầu mối
sandbox-persona-leader = Lãnh đạo UBND thành phố
sandbox-persona-office = { $agency } — cơ quan thường trực
sandbox-persona-admin = Quản trị viên
sandbox-persona-unread = { $name } ({ $count } tin mới)
sandbox-join = Tham gia với vai này
sandbox-not-joined = Vai này chưa tham gia. Bấm “Tham gia với vai này”: tiendo tạo một lời mời và dùng nó ngay, như người được mời.
sandbox-clock-label = Giờ giả lập
sandbox-clock-hour = +1 giờ
sandbox-clock-day = +1 ngày
sandbox-clock-week = +7 ngày
sandbox-clock-moved = Đồng hồ đã chuyển đến { $now }.
sandbox-language = English
sandbox-language-label = Chuyển sang tiếng Anh
sandbox-reset = Làm lại từ đầu
sandbox-reset-confirm = Xóa mọi dữ liệu của sandbox (thành viên, báo cáo, nhắc nhở) và nhập lại kế hoạch mẫu?
sandbox-reset-done = Đã làm lại sandbox từ kế hoạch mẫu.
sandbox-messages-label = Cuộc trò chuyện
sandbox-message-label = Tin nhắn
sandbox-message-hint = Enter để gửi, Shift+Enter để xuống dòng.
sandbox-send = Gửi
sandbox-reply = Trả lời
sandbox-replying = Đang trả lời: { $name }
sandbox-reply-cancel = Bỏ trả lời
sandbox-download = Tải về { $name }
sandbox-you = Bạn
sandbox-bot = tiendo
sandbox-quick = Lệnh nhanh
sandbox-empty = Chưa có tin nhắn nào.
sandbox-offline = Mất kết nối với sandbox; đang thử lại…
sandbox-failed = Không gửi được. Sandbox có còn chạy không?
sandbox-bad-input = Tin nhắn trống hoặc quá dài (tối đa 10.000 ký tự), hoặc nút này không còn dùng được.
sandbox-bad-request = Yêu cầu không hợp lệ.
sandbox-reset-cli-done = Đã xóa dữ liệu trong { $file } và nhập lại kế hoạch mẫu { $code }.
sandbox-reset-not-local = Lệnh này chỉ làm lại cơ sở dữ liệu là một tệp trên máy này (DATABASE_URL=file:…).
sandbox-reset-cli-invalid = Tệp kế hoạch mẫu có lỗi, chưa nhập lại được. Chạy npm run cli -- plan validate để xem chi tiết.
error-sandbox-unknown-persona = Không có vai này trong kế hoạch hiện tại.
error-sandbox-join-failed = Không tham gia được với vai này. Hãy thử lại.
error-sandbox-reset-real-people = Cơ sở dữ liệu này có { $count } tài khoản thật (không phải của sandbox) nên không làm lại. Thêm --force nếu thật sự muốn xóa hết.

## Errors
error-unknown-role = Không có vai trò “{ $value }”. Chọn một trong: { $roles }.
error-unknown-plan = Không có kế hoạch mã { $code } trong cơ sở dữ liệu. Các kế hoạch hiện có: { $plans }.
error-unknown-summary-period = Không có kỳ báo cáo “{ $value }”. Các kỳ của kế hoạch: { $periods } (có thể viết Q2, quý 2, 6 tháng, cả năm).
error-plan-file-invalid = Tệp kế hoạch { $file } có lỗi, chưa thể nhập. Chạy: npm run -s cli -- plan validate { $file }
error-database-busy = Không cập nhật được cơ sở dữ liệu { $file } vì một tiến trình khác (bot đang chạy?) đang dùng tệp này. Dừng tiến trình đó rồi chạy lại: npm run -s cli -- db migrate
error-database-not-ready = Cơ sở dữ liệu { $file } chưa được tạo hoặc chưa cập nhật. Chạy trước: npm run -s cli -- db migrate
error-file-not-found = Không tìm thấy tệp { $file }. Kiểm tra lại tên và đường dẫn.
error-file-access-denied = Không có quyền đọc hoặc ghi tệp { $file }.
error-file-is-directory = { $file } là một thư mục, không phải tệp. Ghi rõ tên tệp.
error-file-failed = Không đọc hoặc ghi được tệp { $file } (mã lỗi hệ thống { $reason }).
error-export-format-mismatch = Tệp { $file } có đuôi .{ $ext } nhưng định dạng yêu cầu là { $format }. Đổi tên tệp thành …{ $format } hoặc bỏ --format để suy ra từ đuôi tệp.
error-export-format-unknown = Không biết xuất { $file } theo định dạng nào. Dùng đuôi tệp hoặc --format: { $formats }.
error-bad-instant = “{ $value }” không phải thời điểm hợp lệ. Viết theo ISO 8601, ví dụ 2023-03-08T08:00:00+07:00.
error-port-in-use = Cổng { $port } đang được một chương trình khác dùng. Đặt PORT khác trong tệp .env (hoặc PORT=0 để chọn cổng trống) rồi chạy lại.
start-failed = Không khởi động được do một lỗi không mong đợi. Báo cho quản trị viên mã tham chiếu: { $ref } (chi tiết trong nhật ký).
config-detail-database-url = phải là đường dẫn tệp SQLite, ví dụ "file:./data/tiendo.db", hoặc địa chỉ PostgreSQL, ví dụ "postgresql://tiendo@127.0.0.1:5432/tiendo"
config-detail-timezone = phải là tên múi giờ IANA, ví dụ "Asia/Ho_Chi_Minh"
config-detail-bot-token = phải có dạng 123456:ABC-DEF… (lấy từ @BotFather)
config-detail-bot-username = phải là tên @username của bot, không có dấu @
config-detail-webhook-secret = phải gồm 16–256 ký tự A-Z, a-z, 0-9, _ và -
config-detail-admin-ids = phải là các mã người dùng Telegram (chữ số), cách nhau bởi dấu phẩy
config-detail-cron = phải là biểu thức cron, ví dụ "* * * * *"
config-detail-time = phải là giờ địa phương dạng HH:MM, ví dụ "08:00"
config-detail-webhook-required = bắt buộc khi BOT_MODE=webhook
config-detail-boolean = phải là true hoặc false
config-detail-choice = phải là một trong: { $options }
config-detail-too-big = không được lớn hơn { $max }
config-detail-too-small = không được nhỏ hơn { $min }
config-detail-url = phải là địa chỉ http:// hoặc https://
config-detail-whole-number = phải là một số nguyên
config-detail-invalid = giá trị không hợp lệ

## CLI
cli-error-internal = Đã có lỗi không mong đợi. Báo cho quản trị viên mã tham chiếu: { $ref } (chi tiết trong nhật ký).
cli-see-help = Xem thêm: npm run -s cli -- --help
cli-unknown-option = Không có tùy chọn { $name }.
cli-unknown-command = Không có lệnh “{ $name }”.
cli-missing-argument = Thiếu { $name }.
cli-option-missing-value = Tùy chọn { $name } cần một giá trị.
cli-missing-option = Thiếu tùy chọn bắt buộc { $name }.
cli-excess-arguments = Lệnh này nhận ít tham số hơn (có dư tham số).
cli-invalid-value = Giá trị “{ $value }” không hợp lệ cho { $name }.
cli-conflicting-options = Không dùng { $name } cùng với { $other }.
cli-invalid-usage = Lệnh viết chưa đúng.
cli-help-usage = Cách dùng:
cli-help-options = Tùy chọn:
cli-help-commands = Lệnh:
cli-help-arguments = Tham số:
cli-help-global-options = Tùy chọn chung:
cli-help-options-token = [tùy-chọn]
cli-help-command-token = [lệnh]
cli-arg-command = lệnh
cli-arg-file = tệp
cli-arg-code = mã
cli-arg-name = tên
cli-arg-text = tin-nhắn
cli-arg-role = vai-trò
cli-arg-id = mã-số
cli-arg-code-or-id = mã-mời-hoặc-mã-số
cli-arg-instant = thời-điểm
cli-arg-period = kỳ
cli-arg-format = định-dạng
cli-desc-program = tiendo: theo dõi tiến độ kế hoạch thực hiện năm
cli-desc-help = xem hướng dẫn của lệnh
cli-desc-lang = ngôn ngữ: vi (mặc định) hoặc en
cli-desc-json = in kết quả dạng JSON
cli-desc-plan = kiểm tra, nhập và xem tệp kế hoạch
cli-desc-plan-validate = kiểm tra tệp kế hoạch: số tổng, mã, đơn vị; chỗ còn thiếu là cảnh báo
cli-desc-plan-import = nhập tệp kế hoạch vào cơ sở dữ liệu (nhập lại không thay đổi gì)
cli-desc-dry-run = chỉ liệt kê thay đổi, không ghi gì
cli-desc-plan-show = cây nội dung với vốn và đơn vị chủ trì; các đơn vị với nội dung được giao
cli-desc-plan-code = mã kế hoạch (mặc định: kế hoạch nhập gần nhất)
cli-desc-plan-periods = các kỳ báo cáo của kế hoạch và hạn nộp
cli-desc-db = cơ sở dữ liệu
cli-desc-db-migrate = áp dụng các migration còn thiếu trong prisma/migrations
cli-desc-db-new-migration = tạo migration từ thay đổi trong prisma/schema.prisma
cli-desc-invite = mã mời cho đầu mối, lãnh đạo và cơ quan thường trực
cli-desc-invite-create = tạo mã mời dùng một lần; in mã và đường link Telegram
cli-desc-role = vai trò: admin, standing-office, leader hoặc focal-point
cli-desc-agency = mã đơn vị (bắt buộc với đầu mối báo cáo), chữ hoa hay thường đều được
cli-desc-invite-json = in {"{"} code, link, role, agency, expiresAt {"}"}
cli-desc-invite-list = các mã mời chưa dùng, chưa thu hồi, chưa hết hạn
cli-desc-invite-revoke = thu hồi một mã mời theo mã hoặc mã số
cli-desc-member = người đã tham gia tiendo
cli-desc-member-list = danh sách thành viên
cli-desc-member-remove = xóa một thành viên ngay (lịch sử báo cáo được giữ)
cli-desc-reminders = nhắc báo cáo
cli-desc-reminders-preview = những nhắc nhở sẽ gửi vào thời điểm đó (không gửi, không ghi gì)
cli-desc-at = thời điểm ISO 8601, ví dụ 2023-03-08T08:00:00+07:00
cli-desc-reply = tin nhắn báo cáo tiến độ
cli-desc-reply-parse = xem một tin nhắn báo cáo được đọc thế nào
cli-desc-summary = tình hình thực hiện kế hoạch theo kỳ (mặc định: kỳ vừa hết hạn)
cli-desc-summary-json = in bản tổng hợp dạng JSON (tiền tính bằng triệu đồng)
cli-desc-period = kỳ báo cáo, ví dụ 2023-Q1, Q2, quý 2, 6 tháng, cả năm (xem: plan periods)
cli-desc-export = ghi bản tổng hợp của kỳ ra bảng Excel (xlsx), dự thảo báo cáo Word (docx) hoặc biểu đồ (png)
cli-desc-format = xlsx, docx hoặc png (mặc định: theo đuôi tệp)
cli-desc-out = tệp sẽ ghi
cli-invite-row = { $id }  { $role }  { $agency }  hết hạn { $expires }
cli-invite-list-none = Không có mã mời nào đang chờ.
cli-member-row = { $id }  { $name }  { $role }  { $agency }
cli-member-list-none = Chưa có thành viên nào.
plan-periods-header = Các kỳ báo cáo của kế hoạch { $code }:
plan-periods-row = { $key }  { $name }: từ { $from } đến { $to }, hạn nộp { $due }
plan-periods-hint = Khi gõ kỳ có thể viết 2023-Q2, Q2, quý 2, 6 tháng hoặc cả năm.
period-name-quarter = quý { $roman } năm { $year }
period-name-half = { $half ->
    [1] 6 tháng đầu năm { $year }
   *[other] 6 tháng cuối năm { $year }
  }
period-name-year = năm { $year }
period-name-month = tháng { $month } năm { $year }
reminder-step-before = trước hạn { $days } ngày
reminder-step-due = đúng ngày hạn
reminder-step-after = quá hạn { $days } ngày
plan-change-field = { $field } { $before } → { $after }
plan-value-none = (trống)
plan-value-money = { $amount } triệu đồng
plan-value-yes = có
plan-value-no = không
plan-value-entries = { $count } mục
plan-value-changed = (đã thay đổi)
plan-entity-plan = kế hoạch
plan-entity-agency = đơn vị
plan-entity-item = nội dung
plan-entity-budget-line = dòng vốn
plan-entity-assignment = phân công
plan-entity-calendar = lịch báo cáo
plan-entity-period = kỳ báo cáo
plan-entity-holiday = ngày nghỉ
plan-field-code = mã
plan-field-name = tên
plan-field-shortName = tên viết tắt
plan-field-kind = loại
plan-field-isStandingOffice = cơ quan thường trực
plan-field-position = thứ tự
plan-field-title = tên nội dung
plan-field-level = cấp
plan-field-parentCode = cấp trên
plan-field-number = số thứ tự
plan-field-activities = hoạt động
plan-field-capitalType = loại vốn
plan-field-amountVnd = số tiền
plan-field-source = nguồn
plan-field-note = ghi chú
plan-field-itemCodes = nội dung dùng dòng vốn
plan-field-role = vai trò
plan-field-mustReport = phải báo cáo
plan-field-calendarCodes = lịch báo cáo
plan-field-cadence = chu kỳ
plan-field-dueRule = quy tắc hạn
plan-field-isDefault = mặc định
plan-field-label = nhãn
plan-field-calendarCode = lịch báo cáo
plan-field-startDate = ngày bắt đầu
plan-field-endDate = ngày kết thúc
plan-field-nominalDueDate = hạn danh nghĩa
plan-field-dueDate = hạn nộp
plan-field-dueAt = thời điểm hết hạn
plan-field-programName = chương trình
plan-field-year = năm
plan-field-timezone = múi giờ
plan-field-documentNumber = số văn bản
plan-field-documentDate = ngày văn bản
plan-field-issuer = cơ quan ban hành
plan-field-signer = người ký
plan-field-totals = tổng vốn
plan-field-workingDays = ngày làm việc
plan-field-deadlineShift = dời hạn
plan-field-reminderPolicy = lịch nhắc

## Progress replies: bounds
reply-error-negative-money = Dòng { $line }: số tiền “{ $text }” là số âm. Giải ngân lũy kế không thể âm; ghi số từ 0 trở lên.
reply-error-money-too-large = Dòng { $line }: số tiền “{ $text }” quá lớn (tối đa { $max } tỷ đồng). Kiểm tra lại số chữ số và đơn vị (mặc định là triệu đồng).
report-warning-status-progress = ⚠️ Trạng thái “{ $status ->
    [not-started] chưa thực hiện
   *[completed] hoàn thành
  }” nhưng tiến độ là { $pct }%. Kiểm tra lại trước khi xác nhận.
reply-field-item = Nội dung: { $value }
reply-field-period = Kỳ: { $value }
reply-field-status = Trạng thái: { $value }
reply-field-progressPct = Tiến độ: { $value }%
reply-field-disbursedMillion = Giải ngân lũy kế: { $value } triệu đồng
reply-field-disbursedInvestmentMillion = trong đó vốn đầu tư: { $value } triệu đồng
reply-field-disbursedRecurrentMillion = trong đó vốn sự nghiệp: { $value } triệu đồng
reply-field-results = Kết quả: { $value }
reply-field-obstacles = Khó khăn, vướng mắc: { $value }
reply-field-proposals = Đề xuất, kiến nghị: { $value }

## Zalo channel
start-zalo-running = Bot Zalo { $bot } đang chạy ({ $mode }); kiểm tra tại http://localhost:{ $port }/healthz. Bấm Ctrl+C để dừng.
config-detail-zalo-token = phải có dạng <mã bot>:<khóa> (lấy từ Zalo Bot Manager)
config-detail-zalo-webhook-secret = phải dài 8–256 ký tự, chỉ gồm A-Z a-z 0-9 _ -
config-detail-zalo-webhook-required = bắt buộc khi ZALO_MODE=webhook
choices-item = { $n } — { $label }
choices-how = Trả lời bằng số (1–{ $max }) hoặc gõ đúng tên lựa chọn.
choices-typed = Hoặc gõ: { $labels }
choices-stale = Số này không còn ứng với lựa chọn nào: cuộc trò chuyện đã sang bước khác. Gõ /help để xem các lệnh.
choices-out-of-range = Hãy trả lời bằng một số từ 1 đến { $max }, hoặc gõ tên lựa chọn.
reminder-how-numbered = Trả lời 1 để báo cáo ngay, 2 để nhắc lại sáng mai; hoặc gửi báo cáo theo mẫu:
unsupported-sticker = Cảm ơn anh/chị! Bot chỉ đọc được tin nhắn chữ và ảnh.
unsupported-voice = Xin lỗi, bot chưa nghe được tin nhắn thoại. Anh/chị vui lòng gõ nội dung bằng chữ.
unsupported-other = Zalo không chuyển tệp, đường link hay loại tin nhắn này cho bot. Bot chỉ nhận được tin nhắn chữ và ảnh: hãy gõ báo cáo, hoặc gửi ảnh (chụp tài liệu) kèm báo cáo.
file-link-unavailable = Không gửi được tệp { $name } trên kênh này: máy chủ tiendo chưa có địa chỉ công khai (PUBLIC_URL). Hãy báo cơ quan thường trực.
file-link-document = { $caption }
    Tải về (chỉ tải được một lần, hết hạn { $expires }): { $url }
file-link-picture = { $caption }
    Xem ảnh (hết hạn { $expires }): { $url }
file-page-ready = Tệp { $name } đã sẵn sàng. Liên kết này chỉ tải được một lần.
file-page-download = Tải về
file-page-unknown = Liên kết không đúng hoặc không còn tồn tại.
file-page-expired = Liên kết đã hết hạn. Hãy yêu cầu lại tệp trong Zalo (ví dụ /export).
file-page-used = Liên kết này đã được dùng để tải tệp. Mỗi liên kết chỉ tải được một lần; hãy yêu cầu lại tệp trong Zalo.
file-page-not-member = Liên kết này không còn hiệu lực vì người nhận không còn là thành viên.
## People: typed codes, linked chat apps
invite-zalo-instruction = Nhắn cho bot Zalo: THAMGIA { $code }
code-wait = Anh/chị đã nhập sai mã quá nhiều lần. Để bảo vệ tài khoản, hãy đợi đến { $time } rồi thử lại.
help-link = /link: nhận tin trên cả Telegram và Zalo (mã liên kết)
help-channel = /channel: chọn ứng dụng nhận nhắc nhở
cmd-link = Liên kết ứng dụng chat khác
cmd-channel = Chọn ứng dụng nhận nhắc nhở
channel-name-telegram = Telegram
channel-name-zalo = Zalo
channel-name-sandbox = chat thử nghiệm
channel-mark-delivered = {" "}(nhận nhắc nhở)
channel-mark-unreachable = {" "}(không gửi được)
link-code-created = Mã liên kết: { $code }
    Mở ứng dụng chat kia (Telegram hoặc Zalo) và nhắn cho bot tiendo: LIENKET { $code }
    Mã dùng một lần, hết hạn sau { $minutes } phút (lúc { $expires }).
link-code-telegram = Trên Telegram, có thể bấm: { $link }
link-done = Đã liên kết { $channel } với tài khoản { $name }. Nhắc nhở và thông báo vẫn gửi qua { $preferred }; gõ /channel để chọn ứng dụng khác.
link-again = Ứng dụng này đã được liên kết với tài khoản của anh/chị rồi.
link-unknown = Mã liên kết không đúng. Gõ /link ở ứng dụng đã dùng tiendo để lấy mã mới.
link-used = Mã liên kết này đã được dùng. Gõ /link ở ứng dụng đã dùng tiendo để lấy mã mới.
link-expired = Mã liên kết này đã hết hạn. Gõ /link ở ứng dụng đã dùng tiendo để lấy mã mới.
link-revoked = Mã liên kết này không còn hiệu lực (đã có mã mới hơn). Dùng mã mới nhất.
link-already-member = Tài khoản chat này đã thuộc về một thành viên tiendo nên không thể liên kết thêm. Hãy liên hệ cơ quan thường trực.
link-same-account = Mã này cần được nhắn từ ứng dụng chat kia (ví dụ Zalo nếu anh/chị lấy mã trên Telegram).
channel-only-one = Anh/chị đang dùng: { $channels }. Để nhận tin cả trên ứng dụng khác (Telegram hoặc Zalo), gõ /link.
channel-choose = Các ứng dụng của anh/chị: { $channels }. Chọn ứng dụng nhận nhắc nhở và thông báo:
channel-set = Từ nay nhắc nhở và thông báo gửi qua { $channel }. Nếu không gửi được, tiendo chuyển sang ứng dụng còn lại của anh/chị.
error-channel-not-linked = Anh/chị chưa liên kết ứng dụng này. Gõ /channel để xem các ứng dụng đã liên kết, /link để liên kết thêm.
subscribe-done-private = Anh/chị sẽ nhận bản tổng hợp định kỳ về tiến độ kế hoạch trong cuộc trò chuyện này.
subscribe-already-private = Anh/chị đã đăng ký nhận bản tổng hợp trong cuộc trò chuyện này rồi.
## Plan draft in the chat
plan-chat-send-document = Để soạn bản nháp kế hoạch, hãy gửi văn bản kế hoạch dưới dạng tệp .docx, .pdf (có lớp chữ), .txt hoặc .md.
plan-chat-file-caption = Bản nháp kế hoạch (YAML): mỗi giá trị ghi dòng đọc được trong văn bản.
plan-chat-import-ask = Nhập bản nháp này làm kế hoạch nháp? Kế hoạch nháp chưa nhắc việc ai cho đến khi được kích hoạt.
plan-chat-import = Nhập làm kế hoạch nháp
plan-chat-skip = Bỏ qua
plan-chat-cannot-import = Bản nháp chưa hợp lệ nên chưa thể nhập: sửa văn bản (hoặc tệp nháp) theo các lỗi trên rồi gửi lại.
plan-chat-imported = Đã nhập kế hoạch nháp { $planCode } ({ $items } mục, { $agencies } đơn vị): { $title }. Kế hoạch nháp chưa nhắc việc ai.
plan-chat-code-taken = Đã có kế hoạch mã { $code } nên chưa nhập bản nháp này. Sửa mã kế hoạch (plan: code) trong tệp nháp rồi nhập bằng lệnh plan import.
plan-chat-gone = Bản nháp này không còn chờ nhập: đã nhập, đã bỏ qua hoặc đã được thay bằng văn bản gửi sau.
plan-chat-skipped = Đã bỏ qua bản nháp, không nhập gì.
error-file-too-big = Tệp quá lớn: chỉ nhận tệp đến { $max } MB.
error-file-gone = Không tải được tệp vừa gửi. Hãy gửi lại.
sandbox-attach = Đính kèm tệp
sandbox-attach-too-big = Tệp { $file } quá lớn: chỉ nhận tệp đến { $count } MB.
## Cumulative figures and year over year
summary-late-unreported = { $agency } · { $item }: không báo cáo (hạn { $date })
docx-late-unreported = { $agency } ({ $item }): không báo cáo (hạn { $date })
xlsx-kind-unreported = Không báo cáo
summary-carried = Số liệu lũy kế đến { $date }; lấy từ báo cáo kỳ khác: { $list }.
summary-carried-item = { $item } ({ $period }, gửi { $date })
summary-yoy-header = So với cùng kỳ năm { $year } (kế hoạch { $plan }, đến { $date }):
summary-yoy-allocated = Kế hoạch vốn: { $current } triệu đồng; năm trước { $previous } triệu đồng.
summary-yoy-disbursed = Giải ngân lũy kế: { $current } ({ $currentRate }); năm trước { $previous } ({ $previousRate }).
summary-yoy-completeness = Báo cáo đã nhận: { $currentReceived }/{ $currentExpected } ({ $current }); năm trước { $previousReceived }/{ $previousExpected } ({ $previous }).
docx-yoy-title = So sánh với cùng kỳ năm trước
docx-yoy-col-measure = Chỉ tiêu
docx-yoy-col-year = Năm { $year } (đến { $date })
docx-yoy-allocated = Kế hoạch vốn (triệu đồng)
docx-yoy-disbursed = Giải ngân lũy kế (triệu đồng)
docx-yoy-rate = Tỷ lệ giải ngân
docx-yoy-reports = Báo cáo đã nhận/phải nộp
history-previous-year = Năm { $year } (kế hoạch { $plan }): vốn { $allocated } triệu đồng; lũy kế đến { $date }: giải ngân { $disbursed } triệu đồng ({ $rate }), tiến độ { $progress }, { $status }.
## PostgreSQL
error-new-migration-needs-sqlite = Migration mới được tạo trên SQLite (DATABASE_URL=file:…), rồi chạy npm run db:derive-postgres để có migration cho PostgreSQL.
## Agency registry and plan lifecycle
plan-import-refused-agency-merged = đơn vị { $code } đã được sáp nhập vào { $into }. Dùng mã { $into } trong tệp.
plan-import-agency-renamed = ~ đổi tên đơn vị { $code }: “{ $before }” → “{ $after }”
plan-import-agencies = Đơn vị: { $known } đơn vị đã có trong danh mục (giữ nguyên thành viên), { $created } đơn vị mới.
cli-desc-plan-import-draft = nhập kế hoạch mới ở trạng thái dự thảo (chưa nhắc hạn cho đến khi kích hoạt)
cli-desc-plan-list = các kế hoạch với trạng thái, năm, chương trình và số liệu tổng
cli-desc-plan-activate = kích hoạt kế hoạch: bắt đầu nhắc hạn báo cáo
cli-desc-plan-close = đóng kế hoạch: không nhắc hạn nữa, vẫn xem được
cli-desc-agency-group = danh mục đơn vị: đổi tên, sáp nhập
cli-desc-agency-rename = đổi tên một đơn vị (tên cũ được giữ trong lịch sử)
cli-desc-agency-merge = sáp nhập một đơn vị vào đơn vị khác: thành viên, mã mời và phân công của các kế hoạch đang chạy chuyển sang
cli-arg-from = mã-đơn-vị-cũ
cli-arg-into = mã-đơn-vị-nhận
plan-status-draft = dự thảo
plan-status-active = đang thực hiện
plan-status-closed = đã đóng
plan-list-empty = Chưa có kế hoạch nào. Nhập một tệp kế hoạch: tiendo plan import <tệp>
plan-list-row = { $code } · { $status } · năm { $year } · { $program } · { $total } triệu đồng · { $items } nội dung, { $agencies } đơn vị, { $assignments } phân công, { $reports } báo cáo
plan-activated = Đã kích hoạt kế hoạch { $code }: từ nay nhắc hạn báo cáo.
plan-closed = Đã đóng kế hoạch { $code }: không nhắc hạn nữa ({ $cancelled } lời nhắc đang chờ đã hủy). Báo cáo và số liệu vẫn xem được.
agency-rename-done = Đã đổi tên đơn vị { $code }: “{ $before }” → “{ $after }”.
agency-rename-dry-run = Chạy thử, chưa ghi gì: đơn vị { $code } sẽ đổi tên “{ $before }” → “{ $after }”.
agency-rename-same = Đơn vị { $code } đã có tên “{ $after }”: không có gì thay đổi.
agency-merge-done = Đã sáp nhập { $from } vào { $into }: chuyển { $members } thành viên, { $assignments } phân công, { $invites } mã mời.{ $kept ->
    [0] {""}
   *[other] { " " }{ $kept } phân công trùng vẫn giữ ở đơn vị cũ.
}
agency-merge-dry-run = Chạy thử, chưa ghi gì: sáp nhập { $from } vào { $into } sẽ chuyển { $members } thành viên, { $assignments } phân công, { $invites } mã mời.
error-agency-merged = Đơn vị { $code } đã được sáp nhập vào { $into }. Dùng mã { $into }.
error-agency-merge-same = Không thể sáp nhập đơn vị { $code } vào chính nó.
error-plan-ambiguous = Đang có nhiều kế hoạch thực hiện: { $plans }. Chọn một kế hoạch (ví dụ --plan { $example }).
error-no-active-plan = Không có kế hoạch nào đang thực hiện. Các kế hoạch: { $plans }.
error-plan-status-unchanged = Kế hoạch { $code } đã ở trạng thái này rồi.
error-which-plan = Mã { $code } có trong nhiều kế hoạch đang thực hiện. Ghi thêm mã kế hoạch sau mã nội dung (mã kế hoạch có trong /tasks).
cli-desc-plan-choice = mã kế hoạch (mặc định: kế hoạch duy nhất đang thực hiện)
tasks-plan-header = ━━ { $title } ({ $code })
plan-which = Đang có nhiều kế hoạch thực hiện. Chọn kế hoạch:
plan-choice-label = { $code } · năm { $year }
report-which-plan = Nội dung { $code } có trong nhiều kế hoạch đang thực hiện. Báo cáo này cho kế hoạch nào?
report-plan-choice = { $code }: { $title }
wizard-item-in-plan = { $code } · { $plan }
## Working time and absences
away-instead-of = 👤 Thay cho { $name } đang vắng đến { $until }.
reminder-batch-title = ⏰ Nhắc báo cáo: anh/chị có { $count } nội dung cần báo cáo
reminder-batch-item = • { $code }, { $title }: { $period } ({ $key })
reminder-batch-escalation = • ⚠️ { $agency } chưa gửi báo cáo { $period } ({ $key }) về { $code }, { $title }
reminder-batch-how = Bấm “Báo cáo” ở từng nội dung, hoặc trả lời tin nhắn này theo mẫu báo cáo.
reminder-batch-button-report = 📝 Báo cáo { $code }
away-return-title = 👋 Chào mừng anh/chị trở lại (vắng đến { $until }). Đơn vị còn thiếu { $count } báo cáo:
away-return-item = • { $code }, { $title }: { $period } ({ $key }). { $due }
away-return-how = Gõ /report để báo cáo.
away-return-nothing = 👋 Chào mừng anh/chị trở lại (vắng đến { $until }). Đơn vị không còn báo cáo nào bị thiếu.
overdue-resent-later = Đã xếp lịch nhắc lại cho { $count } đầu mối của { $agency }; ngoài giờ làm việc nên sẽ gửi lúc { $at }.
reminders-preview-closed = Lúc này ngoài giờ làm việc: không gửi nhắc nhở nào. Lần gửi tiếp theo: { $at }.
cmd-away = Báo vắng (nghỉ phép, công tác)
help-away = /away (/vang): báo vắng từ ngày đến ngày, ví dụ /away 10/07 - 21/07; /away để xem, hủy
away-usage = Cách dùng: /away 10/07 - 21/07 (từ ngày đến ngày). Gõ /away để xem hoặc hủy lịch vắng.
away-usage-office = Văn phòng báo vắng cho một thành viên: /away <tên> 10/07 - 21/07
away-none = Anh/chị không có lịch vắng nào.
away-list-header = Lịch vắng:
away-row = • { $name }: từ { $from } đến { $to }
away-cancel-button = ❌ Hủy vắng { $from } – { $to }
away-recorded = Đã ghi nhận: { $name } vắng từ { $from } đến { $to }. Trong thời gian này nhắc nhở được gửi cho người khác của đơn vị; khi trở lại sẽ có một bản tóm tắt việc còn thiếu.
away-cancelled = Đã hủy lịch vắng từ { $from } đến { $to }.
away-member-unknown = Không tìm thấy thành viên “{ $name }”.
away-member-ambiguous = Có nhiều thành viên khớp “{ $name }”: { $names }. Xin ghi rõ hơn.
error-bad-absence = Khoảng ngày không hợp lệ: “{ $value }”. Ví dụ: 10/07 - 21/07.
cli-desc-member-away = Báo vắng cho một thành viên (từ ngày đến ngày, dd/mm/yyyy)
cli-member-away-done = Đã ghi nhận { $name } vắng từ { $from } đến { $to }.
cli-arg-from-date = từ-ngày
cli-arg-to-date = đến-ngày

## Zalo and people together
invite-created-code = Mã mời cho { $role }{ $agency }:
    Mã: { $code }
    Hết hạn: { $expires }. Chỉ dùng được một lần. Gửi mã này cho đúng người được mời.
link-notice = 🔐 Tài khoản của anh/chị vừa được liên kết với { $channel } lúc { $time }; nếu không phải anh/chị, hãy báo cơ quan thường trực.

## plans (the plans in the chat: list, activate, close)
cmd-plans = Các kế hoạch, kích hoạt, đóng
plans-header = Các kế hoạch ({ $count }):
plans-none = Chưa có kế hoạch nào. Gửi văn bản kế hoạch (.docx, .pdf) vào đây để lập bản nháp.
plans-activate-button = ▶️ Kích hoạt { $code }
plans-close-button = ⏹ Đóng { $code }
plans-activate-ask = Kích hoạt kế hoạch { $code }? Từ nay tiendo nhắc hạn báo cáo cho đầu mối các đơn vị của kế hoạch này.
plans-close-ask = Đóng kế hoạch { $code }? tiendo thôi nhắc hạn và hủy các lời nhắc đang chờ; báo cáo và số liệu vẫn xem được.
plans-confirm-yes = Đồng ý
plans-confirm-no = Thôi
plans-unchanged = Không thay đổi gì.
error-plan-gone = Không còn kế hoạch này. Gõ /plans để xem các kế hoạch hiện có.
