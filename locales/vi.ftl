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
plan-import-refused-agency = đơn vị { $code } đã có thành viên hoặc báo cáo nên không thể xóa khỏi kế hoạch. Giữ lại đơn vị này trong tệp.
plan-import-refused-assignment = phân công { $agency } / { $item } / { $role } đã có báo cáo nên không thể xóa. Giữ lại phân công này trong tệp.
plan-change-create = + thêm { $entity } { $key }
plan-change-update = ~ sửa { $entity } { $key }: { $fields }
plan-change-delete = - xóa { $entity } { $key }
plan-show-none = Chưa có kế hoạch nào trong cơ sở dữ liệu. Chạy: npm run -s cli -- plan import <tệp>
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
cli-error = Lỗi: { $detail }
