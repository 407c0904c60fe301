<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>Không có gì được thay đổi: nếu vậy sẽ không còn ai có thể quản lý tài khoản. Trước hết hãy cấp quyền đó cho một nhân viên khác.</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Dị ứng và bệnh lý</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Chất gây dị ứng</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Phản ứng</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Kế hoạch xử trí</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Ghi chú y tế</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Sinh ngày</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>Dị ứng (nghiêm trọng nhất trước)</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>. Phản ứng: %1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>. Xử trí: %1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>Không có trẻ đang ghi danh nào được ghi nhận dị ứng hoặc ghi chú y tế.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Số trẻ trong danh sách</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>Có dị ứng nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>Được tô sáng: dị ứng nguy hiểm đến tính mạng. Luôn giữ kế hoạch xử trí và thuốc bên cạnh trẻ, kể cả khi đi dã ngoại.</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>Không có gì được thay đổi: thời hạn lưu giữ phải từ 1 đến 600 tháng.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Chạy thử</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>Không có gì được thay đổi: gia đình này chưa rời trung tâm, hoặc mới rời chưa đến %n tháng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Người lớn cũ</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>Trẻ cũ</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>Trẻ này không còn trong hồ sơ (có thể gia đình đã được lưu trữ). Không có gì được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 đang ghi danh tại %2: hãy điểm danh đến và về cho trẻ tại quầy lễ tân của cơ sở đó. Không có gì được ghi nhận.</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>Hãy chọn người lớn đang ở quầy từ danh sách của gia đình.</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>Hãy chọn một nhân viên từ danh sách.</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>Bản ghi chuyên cần đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>Hôm nay không có trẻ nào được điểm danh đến với mã %1. Hãy kiểm tra mã trên phiếu.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>Chưa ghi nhận lớp</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>Số ngày trung tâm có trẻ</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>Số ngày-trẻ có mặt</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Số giờ có mặt</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>Số lần vắng mặt đã ghi</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Theo lớp</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Số trẻ</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>Ngày-trẻ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>Trung bình mỗi ngày</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>Theo trẻ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Chưa điểm danh về</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>Mã trẻ</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Số ngày có mặt</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>Được tô sáng: các lượt có mặt không có điểm danh về; số giờ của các lượt này không được tính.</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>Kindred đã hết mã bảo mật cho hôm nay. Không có gì được ghi nhận; hãy gọi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>%1 đã được điểm danh đến rồi. Không có gì được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>%1 chưa được điểm danh đến nên không thể điểm danh về. Không có gì được ghi nhận.</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred tại mục %1 (hoặc một mục trước đó đã bị xóa).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred tại mục %1: mục này đã bị xóa trắng bởi một lần che thông tin (mục %2) không thuộc lần ẩn danh hóa gia đình nào.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred tại mục %1: mục này đã bị xóa trắng bởi lần che thông tin (mục %2) của một gia đình đã ẩn danh hóa, nhưng nội dung lại liên quan đến hồ sơ của một gia đình khác.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred: bản ghi đầu (số mục Kindred đã ghi) đã bị xóa.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred: các mục mới nhất đã bị xóa. Nhật ký hiện kết thúc ở mục %1 nhưng Kindred đã ghi mục cuối cùng là %2.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>nhật ký có %n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred: %1, nhưng Kindred đã ghi %2 (có mục đã bị xóa).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi bên ngoài Kindred: %1, nhưng Kindred đã ghi %2 (có mục đã bị thêm vào hoặc bị ghi đè).</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>Hệ thống (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Thời điểm (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Máy trạm</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>Không có gì được thay đổi: các mục nhật ký kiểm toán chỉ được che thông tin khi một gia đình được ẩn danh hóa.</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>Không có gì được thay đổi: mục nhật ký kiểm toán %1 đã bị thay đổi bên ngoài Kindred nên được giữ lại làm bằng chứng. Hãy kiểm tra nhật ký kiểm toán và hỏi quản trị viên của bạn.</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>một trẻ</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>một nhân viên</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>một người lớn</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>một lớp</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>một gia đình</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>một thời điểm không xác định</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>%1 đã điểm danh đến cho %2 lúc %3.</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>%1 đã điểm danh đến cho %2 lúc %3, do %4 đưa đến.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>%1 đã điểm danh về cho %2 lúc %3.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>%1 đã điểm danh về cho %2 lúc %3, do %4 đón.</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>%1 đã giao %2 lúc %3 cho %4, bỏ qua một quy định về đón trẻ.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>%1 đã sửa giờ điểm danh đến của %2 từ %3 thành %4.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>%1 đã sửa giờ điểm danh về của %2 từ %3 thành %4.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>%1 đã hủy lượt điểm danh đến của %2.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>%1 đã hủy lượt điểm danh về của %2.</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>%1 đã ghi %2 vắng mặt ngày %3.</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>phiếu %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>%1 đã mở %2.</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>%1 đã chuyển %2 sang trạng thái %3.</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>%1 đã giao %2 cho người phụ trách mới.</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>%1 đã thêm ghi chú vào %2.</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>%1 đã thêm người hỗ trợ vào %2.</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>%1 đã gỡ một người hỗ trợ khỏi %2.</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>%1 đã liên kết một sự cố với %2.</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>sự cố %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>%1 đã ghi nhận %2.</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 đã thay đổi %2.</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>%1 đã gửi %2 để phê duyệt.</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>%1 đã phê duyệt %2.</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>%1 đã ghi nhận rằng phụ huynh đã xác nhận biết về %2.</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>%1 đã ghi nhận rằng %2 đã xác nhận biết về %3.</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>%1 đã bổ sung sửa đổi %2.</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>%1 đã liên kết %2 với một phiếu.</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>%1 đã bắt đầu kiểm diện (%2).</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>%1 đã xác nhận có mặt %2 trong lần kiểm diện.</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>%1 đã kết thúc kiểm diện.</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>%1 đã chấm công vào cho %2 tại %3.</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>%1 đã chấm công vào cho %2.</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>%1 đã chấm công ra cho %2.</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>%1 đã thêm %2 vào danh sách nhân viên.</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>%1 đã thay đổi hồ sơ nhân viên của %2.</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>%1 đã lưu trữ hồ sơ nhân viên của %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 đã đăng nhập.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>Một lần đăng nhập với tư cách %1 đã thất bại.</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>Một mã PIN mới cho %1 đã bị từ chối.</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>%1 đã đặt mã PIN cho %2.</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>%1 đã đặt mật khẩu cho %2.</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>%1 đã mở tài khoản cho %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>%1 đã thay đổi vai trò của %2.</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>%1 đã thay đổi cơ sở và vai trò của %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 đã mở khóa tài khoản của %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>%1 đã mở khóa quầy lễ tân.</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>Thông tin đăng nhập của quản trị viên đã được đặt lại cho %1.</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>%1 đã thêm gia đình %2.</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>%1 đã thay đổi hồ sơ gia đình %2.</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>%1 đã lưu trữ gia đình %2.</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>%1 đã xuất dữ liệu của gia đình %2.</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>%1 đã ẩn danh hóa một gia đình có hồ sơ đã quá thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>%1 đã thay đổi danh sách những người không được đón %2.</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>%1 đã thay đổi danh sách những người được phép đón %2.</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>%1 đã thêm lớp %2.</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>%1 đã thay đổi lớp %2.</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>%1 đã lưu trữ lớp %2.</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>%1 đã thay đổi cài đặt %2.</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>%1 đã thay đổi logo của trung tâm.</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>%1 đã ghi nhận một liều thuốc cho %2.</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>%1 đã ghi nhận một lần tiêm chủng cho %2.</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>%1 đã khôi phục tệp dữ liệu từ một bản sao lưu.</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>Kindred đã điền dữ liệu cho trung tâm mẫu.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1: %2 trên %3 %4.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>Đây không phải là nhật ký kiểm toán mà máy tính này đã thấy trong tệp này vào %1: mục đầu tiên khác. Hoặc tệp đã bị thay bằng tệp của một trung tâm khác, hoặc nhật ký đã bị viết lại bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>Nhật ký kiểm toán kết thúc trước mục %1, là mục mà máy tính này đã thấy vào %2. Hoặc đây là một bản cũ hơn của tệp (một bản sao lưu đã được khôi phục), hoặc các mục đã bị xóa bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>Mục nhật ký kiểm toán %1 không phải là mục mà máy tính này đã thấy vào %2: nhật ký đã bị viết lại bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>Nhật ký kiểm toán có ít mục hơn so với khi máy tính này thấy vào %1: các mục đã bị xóa bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…và %1 mục khác.</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>Các bản ghi được bảo vệ không khớp với trạng thái được kiểm toán lần cuối (%1):
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>Các mục nhật ký kiểm toán mà máy tính này đã thấy vào %1 sau đó đã bị xóa trắng hoặc sửa lời, và không phải do ẩn danh hóa một gia đình: nhật ký đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>Không thể mở lại bản sao lưu %1 để lưu nó vào đĩa.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>Đĩa đã đầy nên không thể lưu bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>Không thể lưu bản sao lưu %1 vào đĩa (%2).</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>Đĩa đã đầy nên không thể ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>Ghi bản sao lưu thất bại (%1).</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>Đã có một tệp tên %1; bản sao lưu không được ghi đè lên tệp đó.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>Thư mục sao lưu %1 không tồn tại hoặc không truy cập được.</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>Tệp dữ liệu chưa được mở nên không thể tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>Đĩa đã đầy nên không thể ghi bản sao lưu nào vào %1.</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>Kindred không được phép ghi vào thư mục sao lưu %1 (%2).</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>Bản sao lưu không đầy đủ (%1 byte thay vì %2); có thể đĩa đã đầy. Không có bản sao lưu nào được tạo.</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>Bản sao không vượt qua bước kiểm tra nên không có bản sao lưu nào được tạo: %1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>Trong lúc đó, một tệp tên %1 đã xuất hiện; bản sao lưu không được ghi đè lên tệp đó.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>Không thể đặt tên %1 cho bản sao lưu (%2).</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>Chính tệp dữ liệu bị hỏng nên không có bản sao lưu nào được tạo: bản sao cũng sẽ bị hỏng. Hãy giữ các bản sao lưu hiện có và gọi bộ phận hỗ trợ trước khi ghi nhận thêm. Lỗi cụ thể: %1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>đây không phải là tệp dữ liệu Kindred</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>tệp không chứa dữ liệu Kindred</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>tệp được lưu bởi một phiên bản Kindred mới hơn</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>không thể đọc tệp: %1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>tệp không vượt qua bước kiểm tra tính toàn vẹn: %1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>tệp có bản ghi trỏ tới các bản ghi bị thiếu (trong %1)</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>lược đồ của tệp không đúng với yêu cầu của tệp Kindred: %1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>Bản sao lưu %1 đã được mở làm tệp dữ liệu kể từ khi được tạo (có một tệp %2 bên cạnh); không thể dùng nó làm bản sao lưu ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>Không thể mở bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>Không dùng được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>Không thể mở thư mục sao lưu %1 để lưu bản sao lưu vào đĩa (%2).</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>Không thể lưu thư mục sao lưu %1 vào đĩa (%2).</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>Không thể mở bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>Không thể đọc bản sao lưu %1: một phần của nó bị hỏng hoặc đây không phải là tệp Kindred.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>Tệp dữ liệu chưa được mở nên không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>Đĩa đã đầy nên không thể khôi phục bản sao lưu; tệp dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>Khôi phục bản sao lưu thất bại (%1); tệp dữ liệu không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>Một máy trạm hoặc chương trình khác đang mở tệp dữ liệu nên bản sao lưu chưa được khôi phục và không có gì được thay đổi. Hãy đóng Kindred trên các máy trạm khác (và mọi tác vụ báo cáo), rồi thử lại.</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>Đó là chính tệp dữ liệu, không phải bản sao lưu của nó.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>Tệp dữ liệu chưa được mở nên không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 là bản sao lưu của một tệp dữ liệu khác, không phải của tệp này; không có gì được khôi phục. Để xem nó, hãy mở bằng Tệp → Mở tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 Bản sao lưu có quy định đón trẻ khác với tệp dữ liệu (%2) nên không có gì được khôi phục.</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>Không thể cất riêng tệp dữ liệu trước khi khôi phục nên không có gì được khôi phục: %1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>Đã khôi phục từ bản sao lưu %1</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>Bản sao lưu đã được khôi phục (tệp dữ liệu trước đó được giữ lại dưới tên %1), nhưng không thể ghi việc khôi phục vào nhật ký kiểm toán: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>Không có gì được thay đổi: thư mục sao lưu %1 không tồn tại hoặc không truy cập được. Hãy chọn một thư mục có tồn tại (thư mục mạng dùng chung phải đang được kết nối).</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>Không có gì được thay đổi: Kindred không được phép ghi vào thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>Không có gì được thay đổi: hãy nhập giờ sao lưu hằng ngày theo giờ và phút.</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tròn tuổi</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Đồng ý chụp ảnh</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Cho phép</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>Xin đừng chụp ảnh</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>Lễ tân</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>hãy đặt múi giờ của trung tâm trước (Cài đặt, trong cửa sổ Kindred): ngày và giờ được tính theo giờ của trung tâm, và tệp này không cho biết đó là múi giờ nào.</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>Không có gì được thay đổi: trung tâm cần có tên (tên này nằm ở đầu mọi báo cáo in ra).</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>Không có gì được thay đổi: hãy nhập giờ mở cửa và đóng cửa theo giờ và phút.</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>Không có gì được thay đổi: giờ đóng cửa (%1) phải sau giờ mở cửa (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>Không có gì được thay đổi: màn hình khóa sau 1 đến %n phút, hoặc 0 để không bao giờ khóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>Không có gì được thay đổi: quầy lễ tân có thể hủy lượt điểm danh đến hoặc về trong vòng 0 đến %n phút.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>Không có gì được thay đổi: trẻ bị tính là đến muộn sau giờ đến đã đặt từ 0 đến %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>Không có gì được thay đổi: hãy chọn múi giờ của trung tâm (ví dụ Australia/Melbourne); ngày và giờ trong báo cáo là theo giờ của trung tâm.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>Không có gì được thay đổi: %1 không phải là múi giờ mà máy tính này biết (ví dụ Australia/Melbourne).</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>Không có gì được thay đổi: đơn vị tiền tệ là mã gồm ba chữ cái, ví dụ AUD hoặc EUR.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>Không có gì được thay đổi: %1 không phải là mã ngôn ngữ; hãy dùng một mã như en, en-AU, fr-CA hoặc zh-CN.</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>Tệp chưa có múi giờ của trung tâm; múi giờ của máy tính đã nâng cấp tệp đã được lưu lại để quản trị viên xác nhận.</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Hãy nhập tên lớp.</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>Tuổi nhỏ nhất không được là số âm.</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>Tuổi lớn nhất không được nhỏ hơn tuổi nhỏ nhất.</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>Một lớp có ít nhất một trẻ.</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>Tỷ lệ cần ít nhất một trẻ cho mỗi người lớn.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>Hãy nhập tên của nhân viên.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>Hãy nhập họ của nhân viên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1” không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred chưa được dịch sang “%1”. Hãy chọn một trong các ngôn ngữ của Kindred, hoặc ngôn ngữ của trung tâm.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--children nhận số trẻ từ 1 đến %1, không phải “%2”.</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--sites nhận số cơ sở từ 1 đến %1, không phải “%2”.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 không phải là múi giờ mà máy tính này biết (ví dụ Australia/Melbourne).</translation>
    </message>
    <message>
        <source>kindred: %1</source>
        <translation>kindred: %1</translation>
    </message>
    <message>
        <source>kindred %1: %2</source>
        <translation>kindred %1: %2</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; the commands are init, demo, report, export, import and migrate (kindred --help says more).</source>
        <translation>không có lệnh “%1”; các lệnh là init, demo, report, export, import và migrate (kindred --help cho biết thêm).</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>mỗi lần chỉ đưa một lệnh, không được cả %1 lẫn %2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>không có tùy chọn %1 (kindred %2--help liệt kê các tùy chọn).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>không hiểu “%1” ở đây (kindred %2--help cho biết những gì được chấp nhận).</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>--database và --server chỉ hai nơi lưu trữ khác nhau; hãy đưa một trong hai (chỉ dùng cả hai với migrate, để chuyển một tệp dữ liệu lên máy chủ).</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>--server cần địa chỉ của máy chủ, ví dụ “host=db.centre.lan dbname=kindred”.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):
  --database PATH    the data file (default: the store opened last on this computer,
                     else the file in the user&apos;s data folder)
  --server CONNINFO  the centre&apos;s database on a PostgreSQL server, as a libpq
                     URI or key=value string (&quot;host=db.centre.lan dbname=kindred&quot;);
                     the password from ~/.pgpass or PGPASSFILE, else asked for
  --lang CODE        the language of texts and dates (en, fr, pt_BR…)
  --help             this help
  --version          Kindred&apos;s version
</source>
        <translation>Tùy chọn chung (trước hoặc sau lệnh):
  --database PATH    tệp dữ liệu (mặc định: nơi lưu trữ được mở gần nhất trên máy tính này,
                     nếu không thì tệp trong thư mục dữ liệu của người dùng)
  --server CONNINFO  cơ sở dữ liệu của trung tâm trên máy chủ PostgreSQL, dưới dạng URI libpq
                     hoặc chuỗi key=value (“host=db.centre.lan dbname=kindred”);
                     mật khẩu lấy từ ~/.pgpass hoặc PGPASSFILE, nếu không sẽ được hỏi
  --lang CODE        ngôn ngữ của văn bản và ngày tháng (en, fr, pt_BR…)
  --help             trợ giúp này
  --version          phiên bản của Kindred
</translation>
    </message>
    <message>
        <source>Usage: kindred [GLOBAL] [COMMAND [ARGS]]
The front desk for childcare centres. With no command, Kindred opens its window.

Commands:
  init      set up a new centre in a new data file or an empty server database
            (or reset its administrator)
  demo      build the demo centre into a new data file, with no window
  report    write a report as PDF or CSV, with no window
  migrate   upgrade a data file from an older Kindred (a checked backup first), or
            move it to an empty server database (--database FILE --server CONNINFO)
  export, import   not available in this version

A new or missing data file opens the first-start wizard.

Window options:
  --demo          build the demo centre (published PINs) into a new or empty data file
  --children N    children in that demo centre (1 to 200000, default 60 a site)
  --sites N       that demo centre as a chain of N sites (1 to 20, default 1)

</source>
        <translation>Cách dùng: kindred [GLOBAL] [COMMAND [ARGS]]
Quầy lễ tân cho các trung tâm giữ trẻ. Khi không có lệnh, Kindred mở cửa sổ của mình.

Các lệnh:
  init      thiết lập một trung tâm mới trong một tệp dữ liệu mới hoặc một cơ sở dữ liệu
            trống trên máy chủ (hoặc đặt lại quản trị viên của nó)
  demo      tạo trung tâm mẫu vào một tệp dữ liệu mới, không mở cửa sổ
  report    xuất một báo cáo dạng PDF hoặc CSV, không mở cửa sổ
  migrate   nâng cấp một tệp dữ liệu từ phiên bản Kindred cũ hơn (sau khi sao lưu có kiểm tra),
            hoặc chuyển nó sang một cơ sở dữ liệu trống trên máy chủ (--database FILE --server CONNINFO)
  export, import   không có trong phiên bản này

Tệp dữ liệu mới hoặc bị thiếu sẽ mở trình hướng dẫn khởi động lần đầu.

Tùy chọn cửa sổ:
  --demo          tạo trung tâm mẫu (với mã PIN công khai) vào một tệp dữ liệu mới hoặc trống
  --children N    số trẻ trong trung tâm mẫu đó (1 đến 200000, mặc định 60 mỗi cơ sở)
  --sites N       trung tâm mẫu đó là một chuỗi N cơ sở (1 đến 20, mặc định 1)

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
Trạng thái thoát: 0 hoàn tất, 1 đối số sai hoặc bị từ chối, 2 không dùng được tệp dữ liệu.
</translation>
    </message>
    <message>
        <source>Usage: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
Builds the demo centre into FILE, which must not exist (or be empty), with no window. The
file appears only when it is complete. With --server, into an empty server database.

  --children N      children in the centre (1 to 200000, default 60 a site)
  --sites N         a chain of N sites (1 to 20, default 1): site 1 takes the centre&apos;s name,
                    the others a suburb&apos;s; each has its rooms, educators and families, and
                    some staff work at two sites with a role at each (README: the demo centre)
  --time-zone ZONE  the centre&apos;s time zone (default: this computer&apos;s), such as Europe/Paris

</source>
        <translation>Cách dùng: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
Tạo trung tâm mẫu vào FILE, tệp này phải chưa tồn tại (hoặc trống), không mở cửa sổ. Tệp
chỉ xuất hiện khi đã hoàn chỉnh. Với --server, tạo vào một cơ sở dữ liệu trống trên máy chủ.

  --children N      số trẻ trong trung tâm (1 đến 200000, mặc định 60 mỗi cơ sở)
  --sites N         một chuỗi N cơ sở (1 đến 20, mặc định 1): cơ sở 1 mang tên trung tâm,
                    các cơ sở khác mang tên một khu ngoại ô; mỗi cơ sở có lớp, giáo viên và gia đình riêng,
                    và một số nhân viên làm việc tại hai cơ sở với vai trò ở mỗi nơi (README: the demo centre)
  --time-zone ZONE  múi giờ của trung tâm (mặc định: của máy tính này), ví dụ Europe/Paris

</translation>
    </message>
    <message>
        <source>Usage: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
       kindred report --list
Writes a report with no window. The file is only read: it may be read-only, and a desk may
be saving in it meanwhile.

  --list          list the reports
  --from DATE     first day, as yyyy-MM-dd (default: the first of this month)
  --to DATE       last day, as yyyy-MM-dd
  --site NAME     this site, or all for every site side by side (default: this
                  computer&apos;s site; a centre of several sites needs one)
  --room ROOM     only this room of the site (name or number)
  --out FILE      where to write; .pdf or .csv
  --paper SIZE    a4 or letter (default: the locale&apos;s)
  --no-bom        CSV without the UTF-8 byte-order mark
  --check         check the whole file for damage first

</source>
        <translation>Cách dùng: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
       kindred report --list
Xuất một báo cáo mà không mở cửa sổ. Tệp dữ liệu chỉ được đọc: tệp có thể chỉ đọc, và một quầy lễ tân
có thể đang lưu vào tệp trong lúc đó.

  --list          liệt kê các báo cáo
  --from DATE     ngày đầu tiên, dạng yyyy-MM-dd (mặc định: ngày đầu của tháng này)
  --to DATE       ngày cuối cùng, dạng yyyy-MM-dd
  --site NAME     cơ sở này, hoặc all để đặt mọi cơ sở cạnh nhau (mặc định: cơ sở của
                  máy tính này; trung tâm có nhiều cơ sở thì bắt buộc phải có)
  --room ROOM     chỉ lớp này của cơ sở (tên hoặc số)
  --out FILE      nơi ghi; .pdf hoặc .csv
  --paper SIZE    a4 hoặc letter (mặc định: theo thiết lập vùng)
  --no-bom        CSV không có dấu thứ tự byte UTF-8
  --check         trước hết kiểm tra toàn bộ tệp xem có hư hỏng không

</translation>
    </message>
    <message>
        <source>Usage: kindred migrate [--database FILE]
       kindred migrate --database FILE --server CONNINFO
Upgrades a data file written by an older Kindred, after a checked backup beside it; or the
centre&apos;s database on the server. With both options, copies the data file (upgraded first)
into an empty server database in one transaction, then checks every table&apos;s row count and
the audit trail; any difference undoes the copy.

</source>
        <translation>Cách dùng: kindred migrate [--database FILE]
       kindred migrate --database FILE --server CONNINFO
Nâng cấp một tệp dữ liệu do phiên bản Kindred cũ hơn ghi, sau khi tạo một bản sao lưu có kiểm tra bên cạnh;
hoặc nâng cấp cơ sở dữ liệu của trung tâm trên máy chủ. Với cả hai tùy chọn, sao chép tệp dữ liệu (đã nâng cấp trước)
vào một cơ sở dữ liệu trống trên máy chủ trong một giao dịch, rồi kiểm tra số dòng của mọi bảng và
nhật ký kiểm toán; bất kỳ khác biệt nào cũng sẽ hủy bản sao.

</translation>
    </message>
    <message>
        <source>Usage: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                    [--country CC] [--currency CODE] [--lang CODE]
       kindred init --server CONNINFO --centre NAME --time-zone ZONE …
       kindred init --reset-admin --database FILE
Sets up a new centre in FILE, which must not exist (or be empty), or in the server&apos;s
database, which must hold no tables, with its first administrator.
The administrator&apos;s password and its confirmation are read as two lines from standard input:
at least 12 characters, containing neither the centre&apos;s name nor the administrator&apos;s.

  --centre NAME     the centre&apos;s name, as parents know it
  --time-zone ZONE  the centre&apos;s time zone, such as Australia/Melbourne
  --admin NAME      the administrator&apos;s first and last name (default: Centre Administrator)
  --country CC      the country, as two letters (AU, FR, CA…)
  --currency CODE   the currency, as ISO 4217 (AUD, EUR…; default: the country&apos;s)
  --lang CODE       also the centre&apos;s language, as BCP 47 (en-AU, fr-CA…)
  --reset-admin     the last administrator forgot the password: set a new one (two lines
                    from standard input). Only the file&apos;s owner on this computer may.

</source>
        <translation>Cách dùng: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                    [--country CC] [--currency CODE] [--lang CODE]
       kindred init --server CONNINFO --centre NAME --time-zone ZONE …
       kindred init --reset-admin --database FILE
Thiết lập một trung tâm mới trong FILE, tệp này phải chưa tồn tại (hoặc trống), hoặc trong cơ sở dữ liệu
trên máy chủ, cơ sở dữ liệu này không được có bảng nào, cùng với quản trị viên đầu tiên.
Mật khẩu của quản trị viên và phần xác nhận được đọc thành hai dòng từ đầu vào chuẩn:
ít nhất 12 ký tự, không chứa tên trung tâm cũng như tên quản trị viên.

  --centre NAME     tên trung tâm, như phụ huynh vẫn biết
  --time-zone ZONE  múi giờ của trung tâm, ví dụ Australia/Melbourne
  --admin NAME      họ và tên của quản trị viên (mặc định: Centre Administrator)
  --country CC      quốc gia, gồm hai chữ cái (AU, FR, CA…)
  --currency CODE   đơn vị tiền tệ, theo ISO 4217 (AUD, EUR…; mặc định: của quốc gia)
  --lang CODE       đồng thời là ngôn ngữ của trung tâm, theo BCP 47 (en-AU, fr-CA…)
  --reset-admin     quản trị viên cuối cùng quên mật khẩu: đặt mật khẩu mới (hai dòng
                    từ đầu vào chuẩn). Chỉ chủ sở hữu tệp trên máy tính này mới được làm.

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>Cách dùng: kindred %1
Không có trong phiên bản này.

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>--lang nhận một mã ngôn ngữ như en, fr hoặc pt_BR (hoặc pseudo), không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>không có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>(người lớn mới)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(trẻ mới)</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>Đổi tên %1, người được phép đón %3, thành %2</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>Đổi tên %1, trong “không được giao %3”, thành %2</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>Cho phép %1 đón %2</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>Thay đổi thời gian %1 được phép đón %2</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>Không còn cho phép %1 đón %2</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>Thêm “không được giao %2 cho %1”</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>Thay đổi “không được giao %2 cho %1”</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>Gỡ bỏ “không được giao %2 cho %1”</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1 (lệnh của tòa án %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 Không có gì được lưu; bị từ chối: %2.</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>Thay đổi người được phép đón trẻ cần có lý do. %1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1: hãy nêu văn bản đã chấm dứt lệnh của tòa án %2 (một lệnh sau đó, một quyết định sửa đổi hoặc việc rút lệnh, kèm ngày tháng). Không có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>Không thể đọc các quy định đón trẻ trong tệp dữ liệu nên không có gì được khôi phục.</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>nhật ký kiểm toán của tệp không còn nguyên vẹn: %1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>Một trung tâm đang được chuyển sang cơ sở dữ liệu “%1” trên máy chủ (kindred migrate) và việc chuyển chưa hoàn tất. Không có gì được mở. Hãy mở lại khi việc chuyển đã xong; nếu việc chuyển đã bị dừng, hãy chạy lại.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>Kindred cần cập nhật tệp dữ liệu %1 nhưng trước đó không thể tạo một bản sao an toàn của tệp: %2 Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ của trung tâm chưa có trung tâm Kindred nào. Hãy tạo một trung tâm ở đó bằng “kindred init --server”, hoặc chuyển một tệp dữ liệu lên đó bằng “kindred migrate”.</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>Kindred không thể chuyển %1 sang chế độ nhật ký an toàn; có thể tệp đang nằm trên một thư mục mạng dùng chung. Hãy để tệp dữ liệu trên ổ đĩa riêng của máy tính này.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>Tệp %1 bị hỏng và không thể mở. Không có gì được thay đổi. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>Không thể đọc tệp %1 cùng với tệp %2 bên cạnh, vì tệp này không khớp với nó: có lẽ tệp này còn sót lại từ một bản sao khác của tệp dữ liệu (ví dụ khi một bản sao cũ hơn được đặt vào chỗ của nó). Không có gì được thay đổi. Hãy đảm bảo không có Kindred nào đang dùng tệp, chuyển %2 và %3 sang thư mục khác (giữ lại cho bộ phận hỗ trợ), rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>Tệp %1 thuộc về một chương trình khác, không phải Kindred. Tệp không được mở và không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>Tệp %1 đã được lưu bởi một phiên bản Kindred mới hơn. Hãy cài phiên bản mới hơn để mở tệp; không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 là một thư mục, không phải tệp dữ liệu Kindred.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>Kindred không được phép đọc %1. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 không phải là tệp dữ liệu Kindred. Tệp không được mở và không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>Tệp %1 không đầy đủ (ngắn hơn bình thường), có lẽ bị cắt ngang khi đang sao chép. Tệp không được mở. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>Không có tệp dữ liệu Kindred tại %1: tệp ở đó trống. Không có gì được thay đổi. Hãy chọn tệp dữ liệu Kindred, hoặc hỏi người quản lý máy tính này xem tệp ở đâu.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>Tệp %1 chỉ cho phép đọc nên Kindred không thể ghi nhận gì vào đó. Không có gì được thay đổi. Hãy nhờ người quản lý máy tính này cho phép ghi vào tệp.</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Tệp dữ liệu Kindred %1 đang bị một chương trình khác khóa. Hãy đóng chương trình đó (hoặc chờ nó hoàn tất) rồi thử lại; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>Ổ đĩa chứa %1 đã đầy nên Kindred không thể mở tệp. Bản thân tệp vẫn bình thường và không có gì được thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>Tệp %1 hoặc thư mục chứa nó chỉ cho phép đọc nên Kindred không thể sử dụng. Không có gì được thay đổi. Hãy nhờ người quản lý máy tính này cho phép ghi vào cả hai.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>Kindred không được phép mở %1 hoặc tạo %2 bên cạnh nó. Không có gì được thay đổi. Hãy nhờ người quản lý máy tính này kiểm tra quyền của tệp và thư mục chứa nó.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>Ổ đĩa đã báo lỗi khi Kindred đang đọc %1. Không có gì được thay đổi. Hãy kiểm tra ổ đĩa đã được kết nối và hoạt động bình thường, rồi thử lại.</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>Kindred không thể mở %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Tệp %1 bị hỏng. Tệp không được mở và không có gì trong tệp bị thay đổi. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>Tệp %1 bị hỏng. Hãy ngừng ghi nhận vào tệp, đóng Kindred và khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>Không có tệp dữ liệu Kindred tại %1.</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>Kindred không thể tạo thư mục cho tệp dữ liệu của mình, %1.</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>Kindred không thể tạo tệp dữ liệu %1.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>Trung tâm mẫu cần một giám đốc, một lễ tân và hai giáo viên cho các phiếu và sự cố.</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>Khu vui chơi ngoài trời</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>Vấp ngã khi đang chạy và trầy đầu gối trên lối đi.</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>Đã rửa vết trầy, dán băng cá nhân.</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Đầu gối trái</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>Sốt 38,4 °C sau bữa trưa, quấy khóc.</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>Cho nghỉ ở khu vực yên tĩnh; đã đề nghị phụ huynh đến đón.</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>Hố cát</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>Cắn một bạn khác khi chơi vì tranh đồ chơi.</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>Đã tách hai trẻ, dỗ dành cả hai, nói chuyện về việc cư xử nhẹ nhàng.</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>Liều thuốc theo đơn được cho uống muộn 30 phút.</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>Đã cho uống thuốc, báo cho trưởng lớp, kiểm tra lại giờ giấc.</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>Khu vực ăn uống</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>Va đầu vào cạnh bàn khi đứng dậy.</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>Chườm lạnh, theo dõi trong một giờ.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Trán</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Gọi điện thoại</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>Đã ký biểu mẫu khi đón trẻ</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>Bị tính phí cho một ngày chúng tôi đi nghỉ</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>Chúng tôi đã báo với lớp rằng sẽ vắng vào thứ Sáu nhưng vẫn bị tính phí.</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>Đã hoàn lại ngày đó và hướng dẫn cách báo trước ngày nghỉ.</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>Được giải quyết nhanh chóng, xin cảm ơn.</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>Cảm ơn lớp nhà trẻ</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>Con trai chúng tôi tối nào cũng kể về các cô giáo của mình.</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>Đã chuyển lời tới lớp trong buổi họp nhân viên.</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>Thật vui khi biết lời cảm ơn đã được chia sẻ.</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>Thêm bóng râm ở hố cát</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>Hố cát rất nóng sau 11 giờ; có thể lắp một tấm mái che không?</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>Đã đặt mua một tấm mái che cho hố cát; trong lúc chờ, trẻ chơi cát trước 11 giờ.</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>Tốt, dù sẽ mất một thời gian.</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>Không bôi kem chống nắng</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>Vai cháu bị ửng đỏ lúc đón sau khi chơi ngoài trời.</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>Đã thêm giờ bôi kem chống nắng vào phiếu hằng ngày của lớp.</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>Việc này lại xảy ra vào thứ Năm.</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>Không được báo về chuyến đi dã ngoại</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>Chúng tôi chỉ biết về chuyến thăm thư viện qua một phụ huynh khác.</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>Bữa trưa chay vào thứ Sáu</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>Một số gia đình muốn có bữa trưa chay một ngày mỗi tuần.</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>Cảm ơn những bức ảnh ngày làm vườn</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>Những bức ảnh ngày làm vườn đã làm cả tuần của chúng tôi vui hơn.</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>Khi nào có buổi gặp mặt phụ huynh tiếp theo?</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>Có buổi gặp mặt phụ huynh nào trước kỳ nghỉ không?</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>Không thay tã trước khi đón</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>Tã của cháu rất ướt khi tôi đón cháu lúc năm giờ.</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>Đã hỏi phụ huynh nên hỏi những gia đình nào.</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>Đang cùng lớp kiểm tra danh sách gửi thông báo về chuyến đi dã ngoại.</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>Được điểm danh đến tại quầy lễ tân sau bữa sáng; phiếu của lớp ghi giờ đến sớm hơn 25 phút.</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>Bị điểm danh đến nhầm thay cho một anh chị em ở nhà; lớp xác nhận trẻ không có mặt.</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 không phải là múi giờ mà máy tính này biết (ví dụ Australia/Melbourne).</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>Một trung tâm mẫu có từ 1 đến %1 cơ sở.</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>Sơ cứu và hồi sức tim phổi (CPR)</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>Kiểm tra lý lịch làm việc với trẻ em</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Bố</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Bà</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>Người giữ trẻ</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>Không được đón</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Đậu phộng</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Các loại hạt cây</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>Ong đốt</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>Sốc phản vệ</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>Tiêm bút tiêm adrenaline tự động (EpiPen), gọi xe cứu thương, rồi gọi cho phụ huynh</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>Sữa</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>Trứng</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>Dâu tây</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicillin</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>Nổi mề đay, đau bụng</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>Thuốc kháng histamine; gọi cho phụ huynh</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>Hen suyễn: bình xịt cắt cơn màu xanh trong túi, xịt 4 nhát khi cần</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>Chàm: bôi kem sau khi chơi nước</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>Tiền sử co giật do sốt: gọi cho phụ huynh khi trên 38,5 °C</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>Bạn của gia đình</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>Lệnh của tòa án: cấm tiếp xúc</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>không thể tạo trung tâm mẫu trên %1: %2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>không thể tạo trung tâm mẫu: %1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>Đã tạo trung tâm mẫu trên %1 (trẻ: %2, gia đình: %3).</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>hãy cho biết tệp mới để tạo trung tâm mẫu, bằng --database FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 đã tồn tại; trung tâm mẫu chỉ được tạo vào một tệp mới nên không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>không có thư mục %1.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>%1 đã xuất hiện trong khi đang tạo trung tâm mẫu; tệp đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>không thể đặt trung tâm mẫu vào vị trí %1.</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>Đã tạo trung tâm mẫu trong %1 (trẻ: %2, gia đình: %3, lớp: %4, nhân viên: %5; múi giờ %6).</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>Lịch sử: %n ngày mở cửa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n bản ghi chuyên cần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n phiếu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n sự cố.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>Trung tâm mẫu không có lễ tân nào để trực quầy.</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>Đi nghỉ cùng gia đình</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>Hôm nay là ngày cuối tuần và trung tâm đóng cửa nên danh sách có mặt hôm nay trống; vào ngày thường, quầy lễ tân hiển thị các trẻ đã đặt chỗ cho ngày đó như dự kiến.</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>Trung tâm chưa mở cửa: %n nhân viên đã chấm công vào, chưa có trẻ nào đến.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>%n trẻ đã đặt chỗ hôm nay, dự kiến đến từ giờ mở cửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>Trung tâm đã đóng cửa hôm nay: %n trẻ đã đến và đã về nhà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>Hôm nay đến giờ: %n trẻ đang có mặt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n đã về nhà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n đến muộn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n chưa đến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n vắng (có báo trước)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>%n nhân viên đã chấm công vào.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>Một chuỗi %1 cơ sở. Giám đốc (PIN 1111) và lễ tân (2222) làm việc ở mọi cơ sở, mỗi giáo viên chỉ làm ở cơ sở có lớp của mình; 3301 là giáo viên ở cơ sở thứ nhất và thứ hai, còn 3309 là giám đốc của cơ sở thứ hai và là lễ tân ở cơ sở thứ nhất.</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>Lượt điểm danh đến này của %1 đã bị hủy bỏ; không thể sửa. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>%1 vẫn đang được điểm danh có mặt hôm nay. Việc sửa không thể điểm danh về cho trẻ: hãy điểm danh về cho %1 với một người lớn trong danh sách người được đón, hoặc hủy bỏ lượt điểm danh đến nếu đó là nhầm lẫn. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>Lượt có mặt của %1 từ một ngày trước chỉ có thể được đóng lại ở một thời điểm trước hôm nay. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>Lượt điểm danh đến này của %1 đã bị hủy bỏ rồi. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>%1 chưa được điểm danh về nên không có lượt điểm danh về nào để hủy bỏ. Không có gì được thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Chỉ chính quầy đã ghi lượt điểm danh đến này mới được hủy bỏ nó, trong vòng %n phút; sau thời gian đó, hoặc từ quầy khác, hãy hỏi giám đốc. Không có gì được thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>Chỉ chính quầy đã ghi lượt điểm danh về này mới được hủy bỏ nó, trong vòng %n phút; sau thời gian đó, hoặc từ quầy khác, hãy hỏi giám đốc. Không có gì được thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>Hãy cho biết lý do hủy bỏ. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>%1 chưa chấm công vào (hoặc chưa đăng nhập) hôm nay: một nhóm chỉ có thể rời đi cùng nhân viên đang có mặt. %2 chưa được điểm danh về.</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>%1 có hạn chế “không được giao trẻ”%2, nên không được rời trung tâm cùng một nhóm trừ khi giám đốc cho phép vượt quy định kèm lý do. %1 chưa được điểm danh về.</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> (lệnh của tòa án %1)</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>%1 đã rời đi cùng %2%3 lúc %4 và chưa quay lại: hãy điểm danh đến cho nhóm trước (Điểm danh đến theo nhóm). Không có gì được ghi nhận.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>Diễn tập sơ tán</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>Sơ tán thật</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Phong tỏa</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>Hãy nhập tên và ngày sinh của trẻ đến gửi.</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>Trẻ gửi vãng lai cần ít nhất một người lớn có số điện thoại mà trung tâm có thể gọi. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Gửi vãng lai</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>Đã đăng ký gửi vãng lai tại quầy lễ tân.</translation>
    </message>
</context>
<context>
    <name>EmergencyContactReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(không hiển thị với vai trò của bạn)</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>Các hạn chế về quyền nuôi con (“không được giao cho”) không được hiển thị: vai trò của bạn không được xem các hạn chế này. Hãy hỏi giám đốc trước khi giao trẻ cho bất kỳ ai không có trong danh sách.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Dị ứng nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Không được giao cho</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>Người liên hệ khẩn cấp (gọi theo thứ tự này)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>Dị ứng nguy hiểm đến tính mạng: %1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>Không được giao cho: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>Không có trẻ nào đang ghi danh trong lớp này.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>Số trẻ trong danh sách</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 tháng</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Ghi danh và sức chứa</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>Chỗ trống</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Tỷ lệ lấp đầy</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>Nhân viên cần có</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>Có mặt mỗi ngày</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Tỷ lệ lấp đầy %</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>Số trẻ có mặt trung bình mỗi ngày</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Số chỗ</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>Số trẻ đã ghi danh</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>Trẻ trong danh sách chờ phù hợp với một lớp</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>Được tô sáng: số trẻ ghi danh nhiều hơn sức chứa của lớp.</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>Không thể đọc tệp dữ liệu: số liệu hôm nay trống.</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>Không thể đọc tệp dữ liệu: không đọc được các đặt chỗ.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enquiry</source>
        <translation>Đang tìm hiểu</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã ghi danh</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Nặng</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Nguy hiểm đến tính mạng</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>thông tin hộ gia đình đã được thay đổi</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 đã được thêm</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>thông tin của %1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 đã bị gỡ bỏ</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>thông tin dị ứng của %1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>người liên hệ khẩn cấp của %1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>quy định đón trẻ của %1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>các đặt chỗ của %1 đã được thay đổi</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>Toàn bộ thông tin lưu giữ về gia đình %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Đã xuất lúc %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1; đã rời trung tâm ngày %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Mã thẻ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Văn hóa</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>Chia sẻ văn hóa với trung tâm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Người lớn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>Có trong danh bạ phụ huynh</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Tên thường gọi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Ghi chú y tế</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Đồng ý chụp ảnh</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Được phép đón</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Không được giao cho</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>Bản ghi: %1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>Bản xuất máy đọc được (JSON) chứa cùng các bản ghi này với mọi cột, các ảnh, và giá trị cũ cùng giá trị mới của mỗi thay đổi.</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>Trẻ cũ</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>Người lớn cũ</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>Gia đình đã ẩn danh %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>Gia đình này không còn trong hồ sơ (có thể đã được lưu trữ tại một máy trạm khác).</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>Hãy nhập tên của người lớn.</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>Hãy nhập họ của người lớn.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>Hãy nhập họ của %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>“%1” không phải là số điện thoại (dùng từ 6 đến 15 chữ số; có thể có dấu cách và dấu + ở đầu).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 là người giám hộ: hãy nhập ít nhất một số điện thoại mà trung tâm có thể gọi.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>trẻ</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>Hãy nhập tên của trẻ.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>Hãy nhập họ của trẻ.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>Hãy nhập ngày sinh của %1.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>Ngày sinh của %1 nằm trong tương lai.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>Theo ngày sinh, %1 đã là người lớn; hãy kiểm tra lại năm sinh.</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>Hãy ghi rõ %1 bị dị ứng với gì.</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>Hãy nhập tên của người liên hệ khẩn cấp.</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>Hãy nhập số điện thoại của người liên hệ khẩn cấp.</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>Hãy nhập số điện thoại của người liên hệ khẩn cấp %1.</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>Hãy chọn trong số người lớn của gia đình người được phép đón %1.</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>Quyền đón %1 kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>Hãy chọn người mà %1 không được giao cho.</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>%1 không thể vừa được phép đón %2 vừa nằm trong danh sách không được giao trẻ.</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>Hãy nêu lý do %1 không được giao cho %2 (ví dụ lệnh của tòa án).</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>Hãy nêu lý do (ví dụ lệnh của tòa án).</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>Hãy đánh dấu các ngày %1 được đặt chỗ.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>Hãy nhập giờ %1 thường đến, trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>Hãy nhập giờ %1 thường về nhà, muộn nhất là %2.</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>Giờ về đã đặt của %1 phải sau giờ đến (%2).</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>Hãy nhập ngày đầu tiên của đặt chỗ cho %1.</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>Đặt chỗ của %1 kết thúc trước khi bắt đầu (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>Các đặt chỗ của %1 từ %2 và từ %3 trùng một ngày trong tuần; hãy kết thúc đặt chỗ này trước khi đặt chỗ kia bắt đầu.</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Hãy nhập tên của gia đình.</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>Mã thẻ gia đình gồm 4 đến 16 chữ cái in hoa và chữ số; để trống để hệ thống tự tạo.</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>Hãy thêm ít nhất một người giám hộ mà trung tâm có thể gọi.</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>Cùng một người lớn được liệt kê hai lần.</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>%1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>%2 của %1 đã được thay đổi</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>%2 của %1 đã được thay đổi</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>Nội dung quá dài: tối đa %Ln ký tự (hiện có %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>Các tài khoản khác trên máy tính này có thể đọc tệp dữ liệu %1, tệp chứa thông tin y tế và quyền nuôi con của trẻ. Hãy đặt tệp ở chế độ riêng tư bằng cách chạy:
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>Kindred sẽ không dùng %1: tệp nằm trên một thư mục mạng dùng chung (%2). SQLite, nơi lưu dữ liệu của Kindred, không thể bảo vệ một tệp trên thư mục mạng dùng chung: nhật ký ghi trước (WAL) của nó chỉ hoạt động khi mọi chương trình dùng tệp chạy trên cùng một máy tính, nên các lượt điểm danh đến có thể bị mất hoặc tệp có thể bị hỏng. Không có gì được thay đổi. Hãy để tệp dữ liệu trên ổ đĩa riêng của máy tính này; nếu nhiều máy trạm dùng chung một trung tâm, hãy dùng máy chủ Kindred (PostgreSQL). Thư mục sao lưu có thể nằm trên thư mục mạng dùng chung.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Mật khẩu của quản trị viên có ít nhất %1 ký tự; một câu ngắn thì dễ nhớ.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Mật khẩu không được chỉ gồm dấu cách.</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>Mật khẩu không được chứa tên trung tâm: đó là điều đầu tiên người khác sẽ thử.</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>Mật khẩu không được chứa tên của chính bạn: đó là điều đầu tiên người khác sẽ thử.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>Hãy nhập tên trung tâm, như phụ huynh vẫn biết.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 không phải là mã quốc gia; hãy dùng hai chữ cái như AU, FR hoặc CA.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>Hãy chọn múi giờ của trung tâm (ví dụ Australia/Melbourne): các ngày trên phiếu của trung tâm tính theo múi giờ đó.</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 không phải là mã tiền tệ; hãy dùng ba chữ cái như AUD, EUR hoặc CAD.</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 không phải là mã ngôn ngữ; hãy dùng mã như en, fr-CA hoặc pt-BR.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>Hãy nhập tên của quản trị viên.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>Hãy nhập họ của quản trị viên.</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>Tệp dữ liệu này đã có tài khoản; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>Kindred đã có quản trị viên. Hãy đăng nhập, rồi thêm tài khoản từ mục Nhân viên.</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>Trung tâm này không có quản trị viên nào để đặt lại.</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>Trung tâm này có nhiều hơn một quản trị viên; một người khác trong số họ có thể đặt mật khẩu mới từ mục Tài khoản, vì vậy không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>Quản trị viên cuối cùng đã quên mật khẩu.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>Không có tệp dữ liệu tại %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>Chỉ chủ sở hữu của %1 trên máy tính này mới được đặt lại quản trị viên của tệp; hãy chạy lệnh này với tư cách người dùng đó.</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 đã tồn tại; trung tâm mới chỉ được thiết lập trong một tệp mới nên không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>%1 đã xuất hiện trong khi đang thiết lập trung tâm; tệp đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>Không thể đặt tệp dữ liệu mới vào vị trí %1.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>Lịch sử được tạo kết thúc muộn nhất là hôm qua. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>Trong lịch sử của trung tâm không có nhân viên nào trực quầy lễ tân.</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>Tiêm chủng đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>Các liều đến hạn hoặc quá hạn vào %1 theo lịch tiêm chủng của trung tâm. Một liều bị tính là quá hạn sau %n ngày kể từ ngày đến hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vắc-xin</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Liều</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn tiêm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>Số liều đến hạn hoặc quá hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>Đã tiêm</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>Chấn thương</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Ốm bệnh</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Dùng thuốc</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Suýt xảy ra sự cố</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Đã phê duyệt</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>Sổ sự cố</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>Diễn biến và xử trí</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>Đã báo phụ huynh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Vùng cơ thể</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Đã báo phụ huynh</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Báo lúc</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>Cách báo</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Cần theo dõi tiếp</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Phải báo cáo</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Xác nhận bởi</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Xác nhận lúc</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>Vùng cơ thể: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Xử trí: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Theo dõi tiếp: %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>cần</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Đã được %1 xác nhận</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>PHẢI BÁO CÁO cơ quan cấp phép</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>Phải báo cáo cơ quan cấp phép</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>Sự cố đó không có trong hồ sơ.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Trung tâm giữ trẻ Kindred</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>Báo cáo sự cố số %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>Phải báo cáo cơ quan cấp phép.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Vùng cơ thể</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Nhân viên liên quan</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến sự việc</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Sơ cứu hoặc biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Đã báo phụ huynh</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người được báo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách báo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người báo</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>Chưa báo cho phụ huynh nào.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>Không cần theo dõi tiếp.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>Người giám hộ đã xác nhận</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 lúc %2 (%3)</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>Sửa đổi sau khi phê duyệt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Phụ huynh hoặc người giám hộ</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến sự việc</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>Sơ cứu hoặc biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Vùng cơ thể</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Đã báo phụ huynh</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>Thời điểm báo phụ huynh</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>Cách báo phụ huynh</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Cần theo dõi tiếp</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>Phải báo cáo cơ quan cấp phép</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>Nhân viên liên quan</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>Không có gì được thay đổi. Đó không phải là giá trị hợp lệ cho “%1”.</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>Không có gì được thay đổi. Không thể sửa đổi “%1”.</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>Hãy chọn trẻ hoặc các trẻ liên quan.</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>Hãy nhập thời điểm xảy ra sự cố.</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>Sự cố không thể xảy ra trong tương lai.</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>Hãy nhập địa điểm xảy ra sự cố.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Hãy mô tả diễn biến sự việc.</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>Với chấn thương, hãy chọn nhân viên liên quan.</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>Với chấn thương, hãy nêu ít nhất một người chứng kiến (hoặc ghi “không có” kèm lý do).</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>Với chấn thương, hãy nhập vùng cơ thể bị thương.</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>Hãy nhập cả phụ huynh nào đã được báo và báo lúc nào.</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>Thời điểm báo phụ huynh không thể nằm trong tương lai.</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>Hãy cho biết cần theo dõi tiếp những gì.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>time</source>
        <translation>thời điểm</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>diễn biến sự việc</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>sơ cứu</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>vùng cơ thể</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>việc báo phụ huynh</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>theo dõi tiếp</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>đánh dấu phải báo cáo cơ quan cấp phép</translation>
    </message>
    <message>
        <source>children</source>
        <translation>trẻ</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>nhân viên liên quan</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>người chứng kiến</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>Mật khẩu quản trị viên: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>hãy nhập mật khẩu của quản trị viên và phần xác nhận thành hai dòng trên đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>hai mật khẩu không giống nhau; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>hãy cho biết nơi thiết lập trung tâm: một tệp mới với --database FILE, hoặc một cơ sở dữ liệu trống trên máy chủ với --server CONNINFO.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>cần có --%1.</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>Quản trị viên trung tâm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 đã tồn tại; trung tâm mới chỉ được thiết lập trong một tệp mới nên không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>Đã thiết lập %1 trong %2, với %3 là quản trị viên. Hãy đăng nhập bằng tên và mật khẩu đó.</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>không thể thiết lập trung tâm trên %1: %2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>Đã thiết lập %1 trên %2, với %3 là quản trị viên. Hãy đăng nhập bằng tên và mật khẩu đó.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không thể mở %1: %2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>%1 đã có mật khẩu mới; thay đổi này được ghi trong nhật ký kiểm toán.</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>Kindred không thể biết số của bản ghi đang lưu. Không có gì được thay đổi.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>Hiện các phím tắt</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>Đọc lại màn hình</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>Mở menu</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Bật hoặc tắt toàn màn hình</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Phiếu mới</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Kiểm diện khẩn cấp</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>Mục thứ nhất</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>Mục thứ hai</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>Mục thứ ba</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>Mục thứ tư</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>Mục thứ năm</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>Mục thứ sáu</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>Mục thứ bảy</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>Mục thứ tám</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>Mục thứ chín</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh đến</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>Điểm danh đến cho tất cả anh chị em</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Điểm danh về</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Ghi vắng mặt</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>In nhãn</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>In lại nhãn bị mất</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Lưu nhãn dạng PDF</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>Trẻ gửi vãng lai</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>Điểm danh đến hoặc về cho một nhóm</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>Hủy lượt điểm danh đến hoặc về gần nhất của quầy này</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>Ghi sự cố cho các trẻ đã chọn</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>Hiện bảng có mặt toàn màn hình trên màn hình treo tường</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Bản ghi mới</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>Bắt đầu kiểm diện</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>In danh sách kiểm diện ngay</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>Lưu danh sách kiểm diện dạng PDF</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kindred::AccessibleNames</name>
    <message>
        <source>%1, row %2</source>
        <comment>an editor in a table: its column&apos;s heading and its row</comment>
        <translation>%1, dòng %2</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Đặt mã &amp;PIN…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;Gán vai trò</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>Gỡ &amp;lệnh khóa của quầy</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>Không có tài khoản nhân viên nào để hiển thị. Hãy thêm nhân viên ở trang Nhân viên trước; thông tin đăng nhập của họ được đặt tại đây.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>Vai trò nhân viên</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>Hoạt động với vai trò</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bị khóa</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>Vai trò mà tài khoản này sử dụng: vai trò riêng của nhân viên, hoặc một vai trò khác</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>Hoạt động với &amp;vai trò:</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>&amp;Tài khoản nhân viên</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>Vai t&amp;rò và quyền</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>mỗi cơ sở một vai trò</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>vai trò riêng</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>Mã PIN tại quầy này: %1 lần nhập sai trong 15 phút qua; không nhận mã PIN nào cho đến %2.</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>Mã PIN tại quầy này: %1 lần nhập sai trong 15 phút qua.</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>Mã PIN tại quầy này: không có lần nhập sai nào.</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>Vai trò riêng (%1)</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>Vai trò riêng</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>Hãy chọn một nhân viên trong danh sách trước.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>Đã lưu mã PIN của %1.</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>Đã lưu mật khẩu của %1.</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>%1 hiện hoạt động với vai trò %2.</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>%1 có thể thử lại ngay bây giờ.</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>Có thể nhập lại mã PIN tại quầy.</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>không: %n lần nhập sai</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>Thêm người &amp;lớn</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>&amp;Xóa người lớn</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>Người &amp;giám hộ (trung tâm sẽ gọi cho họ; họ chịu trách nhiệm)</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>Hiển thị trong danh &amp;bạ phụ huynh</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>Mẹ, Ông, Người giữ trẻ…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Điện thoại &amp;di động:</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>Điện thoại &amp;nhà:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Điện thoại &amp;cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>Ngôn ngữ ư&amp;a dùng:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(người lớn mới)</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> (người giám hộ)</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>ngôn ngữ của thư và nhãn in cho người này</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Người lớn</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>Thêm &amp;dị ứng</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>Xóa dị ứng</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>Chưa ghi nhận dị ứng nào cho trẻ này. Hãy thêm từng dị ứng mà gia đình cho biết, kèm cách xử trí.</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Chất gây dị ứng</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Phản ứng</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Kế hoạch xử trí</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>Dị ứng %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>đậu phộng, trứng, penicillin…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>ví dụ: EpiPen trong túi đỏ, gọi 000</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Dị ứng</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>Sửa đổi sự cố số %1</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Trường</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>Giá trị &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Ghi sửa đổi</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>Một sự cố đã được phê duyệt chỉ được thay đổi bằng một bản sửa đổi có ghi nhận: giá trị cũ, giá trị mới, lý do, tên của bạn và thời điểm đều được lưu lại.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>Kindred::AppStartup</name>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Kindred could not open %1.

%2</source>
        <translation>Kindred không thể mở %1.

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>người dùng của máy tính này</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>Máy chủ trung tâm yêu cầu mật khẩu của %1.

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>Kindred không thể mở trung tâm trên %1.

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>Cơ sở của máy tính này</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>Trung tâm này có nhiều cơ sở. Máy tính này đặt tại cơ sở nào? Quầy lễ tân, bảng có mặt và danh sách kiểm diện của máy sẽ hiển thị cơ sở đó.</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>Tệp dữ liệu Kindred</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>Cửa sổ sẽ chuyển sang %1 sau khi các cửa sổ còn mở được đóng lại và bạn đăng nhập lại (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>Lưu trữ %1</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>Lưu trữ &lt;b&gt;%1&lt;/b&gt;? Mục này sẽ rời khỏi các danh sách nhưng vẫn còn trong hồ sơ. Vì sao cần lưu trữ?</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>ví dụ: đã rời trung tâm vào cuối học kỳ</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>Hãy cho biết lý do sửa giờ. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>Hãy nhập giờ đúng. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>Giờ đã sửa nằm trong tương lai. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>%1 đã về lúc %2; giờ điểm danh đến phải trước thời điểm đó. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>%1 đã đến lúc %2; giờ điểm danh về phải sau thời điểm đó. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>%1 đã được điểm danh đến lại sau lượt điểm danh về này nên không thể hủy bỏ lượt này: hãy hủy bỏ hoặc điểm danh về cho lượt có mặt sau trước. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>Bản ghi này đã được thay đổi tại một quầy khác trong lúc đó. Không có gì được thay đổi; hãy xem lại.</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>Không có gì để hoàn tác tại quầy này.</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>Đã hoàn tác tại quầy</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>Hãy chọn các trẻ cần điểm danh đến.</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1 không phải là người lớn trong gia đình của %2. Hãy chọn người đã đưa %2 đến từ danh sách của gia đình.</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>%1 đã được điểm danh về hôm nay rồi. Không có gì được ghi nhận.</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>Chỉ giám đốc đang đăng nhập tại quầy này mới có thể vượt lệnh của tòa án.</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>Hãy cho biết lý do trẻ vắng mặt (ví dụ “Ốm”).</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>%1 đã được điểm danh đến hôm nay nên không thể ghi vắng mặt. Không có gì được ghi nhận.</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 đã được ghi vắng mặt ngày đó rồi (%2).</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>&amp;Cũ hơn</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;Mới hơn</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>Văn bản trong chi tiết hoặc lý do</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>Chọn một mục để xem chính xác những gì Kindred đã ghi nhận.</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>Chi tiết đã &amp;ghi nhận</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Bất kỳ bản ghi nào</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Bất kỳ thao tác nào</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>Không có mục nào khớp với các bộ lọc này. Hãy mở rộng khoảng ngày hoặc đặt lại bộ lọc về “Bất kỳ ai”, “Bất kỳ bản ghi nào” hoặc “Bất kỳ thao tác nào”.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>Mục %1–%2 trong số %3, mới nhất trước</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>Mục %1 · thao tác %2 · bản ghi %3 %4
Lúc %5 (UTC)
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>Máy trạm: %1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>Lý do: %1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>nhat-ky-kiem-toan.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>Đã xuất %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;Nhật ký kiểm toán không vượt qua bước kiểm tra.&lt;/b&gt; %1 Hãy giữ một bản sao của tệp dữ liệu này và báo cho quản trị viên của trung tâm.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>Nhật ký kiểm toán không vượt qua bước kiểm tra khi mở tệp dữ liệu này.

%1

Quầy lễ tân vẫn có thể tiếp tục làm việc. Hãy mở “Nhật ký kiểm toán” để xem các mục, giữ một bản sao của tệp này và báo cho quản trị viên của trung tâm.</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>Mọi mục đều đúng như Kindred đã ghi: không có gì bị sửa, bị xóa hay bị chèn thêm. Mọi bản ghi được bảo vệ (quy định đón trẻ, chuyên cần, vai trò, tài khoản) đều khớp với trạng thái được kiểm toán lần cuối.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Các mục nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Thay đổi:</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>Không thể xóa bản sao lưu cũ %1; thư mục sao lưu tiếp tục phình to.</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>Kindred không thể tạo thư mục sao lưu %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Lần sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> (đang sao lưu…)</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> (lần thử gần nhất đã thất bại)</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>Tệp dữ liệu đã không được sao lưu hơn 36 giờ.</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>Kindred sao lưu tệp dữ liệu mỗi ngày; giờ và thư mục sao lưu nằm trong Cài đặt.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>Lần sao lưu gần nhất đã thất bại: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>Thêm &amp;giai đoạn</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>Chưa đặt ngày cố định nào nên quầy lễ tân không chờ trẻ này. Hãy thêm các ngày và giờ gia đình đã đặt.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Giờ về</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Giai đoạn %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>Chưa có đặt chỗ: quầy lễ tân không chờ trẻ này vào ngày nào. Hãy thêm một giai đoạn với các ngày trẻ đến và giờ thường lệ.</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>Các ngày trẻ đến và giờ thường lệ. Thay đổi ngày kể từ một ngày nào đó là một giai đoạn mới: hãy kết thúc giai đoạn cũ vào ngày hôm trước.</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>Giai đoạn có ngày cuối</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>Đánh dấu để nhập ngày cuối của giai đoạn; nếu không đánh dấu, giai đoạn tiếp tục cho đến khi có thông báo mới.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Lịch đăng ký</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>Một máy trạm khác đang lưu — đang thử lại…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>Không thể lưu: một máy trạm khác đã giữ tệp dữ liệu bận trong %n giây. Không có gì được lưu; hãy thử lại.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CellProblemMarks</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A problem in a table, under the table: the row&apos;s name, the column&apos;s heading, what to do.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Kindred::CentreService</name>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>độ tuổi</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>sức chứa</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ lệ</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>họ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>room</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>chứng chỉ</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Lớp đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>lớp %1</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>Đã có một lớp tên %1.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Nhân viên đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>Không có gì được thay đổi: nhân viên đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Mã &amp;PIN của bạn, nhập lại:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Điểm danh về</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>Ai đến đón %1?</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>KHÔNG ĐƯỢC GIAO TRẺ</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>không có trong danh sách người được đón</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>Chỉ dành cho giám đốc: lý do giao trẻ cho người ngoài danh sách người được đón</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>Lý do vượt quy định:</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>Giám đốc vượt quy định: lý do sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>Có trong danh sách người được đón: được phép đón.</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>Vượt lệnh của tòa án</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>Giao trẻ cho %1 trái với lệnh của tòa án %2? Thao tác này vượt qua lệnh “không được giao trẻ” của tòa án và được ghi lại cùng tên và lý do của bạn.</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>người lớn này</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>Chưa điểm danh về: việc vượt lệnh của tòa án %1 chưa được xác nhận.</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>Đã điểm danh về: %1 giao cho %2</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>Người lớn được phép đón</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ Đã chọn</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>Chưa có ảnh trong hồ sơ</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>Người liên hệ khẩn cấp của trẻ kèm số điện thoại (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>Dị ứng %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>Y tế: %1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>Không được giao cho %1: %2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>Không đồng ý chụp ảnh</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>Gia đình không đồng ý cho chụp ảnh: không được chụp hay chia sẻ ảnh của trẻ này, và Kindred chỉ in và hiển thị ảnh tại quầy lễ tân này.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến đến</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>Đã về nhà</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Không có mặt</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>Có mặt từ %1 · mã %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>Vắng mặt hôm nay: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>Được phép chụp và chia &amp;sẻ ảnh của trẻ</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Tên thường &amp;gọi:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>T&amp;rẻ</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>bệnh lý, thuốc, nhu cầu ăn uống, bác sĩ</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>Dị ứng (dị ứng nguy hiểm đến tính mạng luôn được hiển thị màu đỏ ở mọi nơi):</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>Ghi chú &amp;y tế:</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>&amp;Dị ứng &amp;&amp; y tế</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>Người liên hệ &amp;khẩn cấp</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>&amp;Quyền đón</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>Đặt &amp;chỗ</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Có mục trong thẻ này cần sửa.</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>(chưa xếp lớp)</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>Thêm t&amp;rẻ</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>&amp;Xóa trẻ</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>Hồ sơ sức &amp;khỏe…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>Bệnh lý, thuốc, tiêm chủng và sổ dùng thuốc (cho các trẻ đã lưu)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(trẻ mới)</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>Dị ứng nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>Có mục ở đây cần sửa.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>Bệnh lý</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Kế hoạch chăm sóc</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>Nhu cầu ăn uống</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>Lưu bác sĩ</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>Bệnh lý</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Nhu cầu ăn uống</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Phòng khám:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>Đã lưu bệnh lý “%1”.</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>Đã lưu nhu cầu ăn uống “%1”.</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>Xóa khỏi hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>Vì sao xóa mục này? (được lưu trong nhật ký kiểm toán)</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>Đã lưu bác sĩ.</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>&amp;Tải lại…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>Tải bản ghi như hiện tại, bỏ những gì bạn đã nhập</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>Tải bản ghi như hiện tại? Những gì bạn đã nhập kể từ khi mở bản ghi sẽ bị bỏ.</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>Sửa bản ghi chuyên cần</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>Giờ điểm danh về</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>Giờ điểm danh về (quên điểm danh về ở một ngày trước)</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Giờ điểm danh đến</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>Hủy bỏ lượt điểm danh đến (do nhầm lẫn)</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>Hủy bỏ lượt điểm danh về (do nhầm lẫn)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Trẻ:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>Sửa:</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>Giờ đúng:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>Lý do (bắt buộc sau %n phút, hoặc khi sửa từ quầy khác)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>Lý do (được lưu cùng giá trị cũ)</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>%1 sẽ bị bỏ khỏi danh sách kiểm diện và mọi danh sách người có mặt, như thể chưa từng được điểm danh đến. Chỉ hủy bỏ lượt điểm danh đến nếu trẻ đã không đến.</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>Lượt có mặt của %1 sẽ được mở lại: %1 được tính là có mặt cho đến khi được điểm danh về với một người lớn trong danh sách người được đón.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>Hủy bỏ lượt điểm danh đến</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>%1 sẽ không còn trong danh sách kiểm diện và không còn được tính là có mặt. Hủy bỏ lượt điểm danh đến?</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>Thay đổi người được phép đón</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>Các quy định đón trẻ này sẽ thay đổi. Mỗi thay đổi được ghi vào nhật ký kiểm toán cùng tên và lý do của bạn.</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>chuyện gì đã xảy ra và ai quyết định, ví dụ: hôm nay đã xem quyết định nuôi con mới</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>lệnh sau đó, quyết định sửa đổi hoặc việc rút lệnh, kèm ngày tháng</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>Văn bản đã chấm dứt lệnh của tòa án %1:</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>Ít nhất %1 ký tự và %2 từ khác nhau.</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>Lư&amp;u các thay đổi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>Số phiếu được mở mỗi tháng, theo cơ sở</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>Không có phiếu nào trong sáu tháng này.</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>Số giờ giải quyết (trung vị) theo cơ sở</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>Chưa giải quyết phiếu nào.</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>Sự cố theo loại (90 ngày qua)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>Không có sự cố nào trong 90 ngày này.</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>Số phiếu được mở và được giải quyết mỗi tháng</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Đã mở</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>Số giờ giải quyết (trung vị, theo tháng mở phiếu)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>Số trẻ có mặt mỗi ngày (30 ngày qua)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>Không có lượt điểm danh đến nào trong 30 ngày này.</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>Số trẻ có mặt theo từng giờ hôm nay</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>Hôm nay chưa có ai được điểm danh đến.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>Hôm nay, %1: hiện có %n trẻ đang có mặt, tính chung mọi cơ sở.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>Hôm nay, %1: hiện có %n trẻ đang có mặt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>Hôm nay, %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one bar of a chart: its label and its value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s series: its name and its bars</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskActionBar</name>
    <message>
        <source>Arrive</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Về</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh đến</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>Tất cả anh chị em</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Điểm danh về…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>Vắng mặt…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>In nhãn…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>Trẻ gửi vãng lai…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Nhóm…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>In lại nhãn bị mất</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu dạng PDF…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>Hãy đánh dấu một trẻ đang có mặt để in lại nhãn với cùng mã.</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>Hãy điểm danh đến cho một trẻ, hoặc đánh dấu một trẻ đang có mặt, để lưu nhãn.</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>Hủy lượt điểm danh đến của %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>Hủy lượt điểm danh về của %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>Không có gì để hoàn tác tại quầy này.</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>Đã hủy lượt điểm danh đến của %1.</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>Đã hủy lượt điểm danh về của %1: trẻ lại được tính là có mặt, và lần điểm danh về tiếp theo lại phải qua danh sách người được đón.</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>Chỉ còn %1 MB trống trên ổ đĩa chứa dữ liệu của Kindred — hãy giải phóng bớt dung lượng hoặc hỏi người quản lý máy tính này</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>đang diễn ra</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>Đang có một cuộc diễn tập diễn ra. Hãy kết thúc nó trước khi bắt đầu cuộc khác.</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>Người đó không có trong danh sách kiểm diện của cuộc diễn tập này.</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>Cuộc diễn tập này đã kết thúc; không thể thay đổi danh sách kiểm diện nữa.</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>Cuộc diễn tập đó không có trong hồ sơ, hoặc đã kết thúc.</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>Cuộc diễn tập đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Trung tâm giữ trẻ Kindred</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>Sổ diễn tập khẩn cấp</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>Trong danh sách</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Người bắt đầu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>Không có cuộc diễn tập nào được ghi nhận trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>Nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Phụ huynh</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>Điểm danh đến cho trẻ ngay, do người lớn này đưa đến</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>Trẻ gửi vãng lai hoặc đến thăm</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>không có, hoặc ví dụ: đậu phộng, trứng</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>giống của trẻ</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>một số điện thoại trung tâm có thể gọi hôm nay</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(không có lớp)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>&amp;Tên của trẻ:</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>&amp;Họ của trẻ:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Ngày sinh:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Dị ứng:</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>Tên của n&amp;gười lớn:</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>Họ của ngườ&amp;i lớn:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;Người lớn đưa trẻ đến&lt;/b&gt; — bắt buộc có ít nhất một số điện thoại mà trung tâm có thể gọi.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>%1 đã được đăng ký gửi vãng lai.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>%1 đã được đăng ký gửi vãng lai và đã được điểm danh đến (mã %2).</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>%1 đã được đăng ký nhưng chưa được điểm danh đến: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>&amp;Thêm người liên hệ</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Xóa người liên hệ</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>Chưa có người liên hệ khẩn cấp nào. Hãy thêm một người ngoài những người giám hộ mà trung tâm có thể gọi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Người liên hệ %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Liên hệ khẩn cấp</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>Người liên hệ khẩn cấp — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1: %2 — nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — chưa có người liên hệ khẩn cấp trong hồ sơ</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Liên hệ khẩn cấp</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Gia đình mới</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>Tìm gia đình: tên của trẻ hoặc người lớn, các chữ số điện thoại hoặc mã thẻ</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>Gia đình mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>Mở hồ sơ gia đình</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>gia đình %1</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>Lưu trữ gia đình</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n gia đình</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>Tìm thấy %1 cho “%2”.</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>Đang hiển thị %1; cuộn xuống để xem thêm.</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>Chưa có gia đình nào. Hãy thêm gia đình đầu tiên bằng Gia đình mới (%1).</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>Không có gia đình nào khớp với “%1”. Hãy kiểm tra chính tả, hoặc tìm theo số điện thoại hay số thẻ.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gia đình</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Hộ gia đình</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>&amp;Người lớn</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Trẻ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>Bị ẩn với vai trò của bạn (%1).</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>Chỉ giám đốc mới thay đổi người được phép đón hoặc người không được giao trẻ; vai trò của bạn (%1) chỉ được xem.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Gia đình mới</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>Gia đình %1</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>Một trẻ trong gia đình này có dị ứng nguy hiểm đến tính mạng.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>Kindred không tìm được mã thẻ gia đình nào còn trống. Không có gì được lưu; hãy gọi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 không phải là người lớn của gia đình này trong hồ sơ. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 không phải là trẻ của gia đình này trong hồ sơ. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>Gia đình này không còn trong hồ sơ (đã được lưu trữ tại một quầy khác). Không có gì được lưu.</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>gia đình %1</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>Không thể đọc tệp dữ liệu: một số đếm bị trống.</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>Thiết lập Kindred</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>Trung tâm của bạn</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>Kindred lưu trung tâm trong một tệp dữ liệu mới. Chưa có gì được ghi cho đến khi bạn hoàn tất.</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>Tên t&amp;rung tâm:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(chưa cho biết)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Quốc gia:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Múi giờ:</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>Ba chữ cái (ISO 4217): AUD, EUR, CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Đơn vị &amp;tiền tệ:</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>Các lớp mà trẻ được điểm danh đến, với sức chứa của mỗi lớp và số trẻ mà một người lớn được trông ở đó. Có thể thêm lớp sau trong mục Lớp.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Số chỗ</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>Số trẻ mỗi người lớn</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>Thêm &amp;lớp</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>&amp;Xóa lớp</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>Quản trị viên thiết lập nhân viên, mã PIN của họ và những gì mỗi vai trò được làm. Mật khẩu có ít nhất %1 ký tự và không chứa tên trung tâm cũng như tên của bạn.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Hai mật khẩu không giống nhau; hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>Ngôn ngữ của cửa sổ Kindred và của tài khoản riêng của bạn. Mỗi nhân viên có thể có ngôn ngữ riêng.</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>Ngôn ngữ của &amp;bạn:</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>Ngôn ngữ và định dạng của trung tâm, dưới dạng mã ngôn ngữ (BCP 47): en, en-AU, fr-CA… Nhân viên không có ngôn ngữ riêng sẽ thấy cửa sổ bằng ngôn ngữ này.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>&amp;Ngôn ngữ của trung tâm:</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>Tìm gia đình: tên của trẻ hoặc người lớn, các chữ số điện thoại, mã thẻ — hoặc quét thẻ hay mã đón</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>Chưa mở gia đình nào</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>(người dùng đang đăng nhập)</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>&amp;Người lớn tại quầy, người đưa trẻ đến:</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>Nhân viên &amp;trực quầy:</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>Không có gia đình nào khớp với “%1”.
Hãy thử một phần của họ hoặc tên,
các chữ số cuối của số điện thoại,
mã thẻ của gia đình,
hoặc mã đón của hôm nay.</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>Không có thẻ gia đình hay mã đón nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>Chưa mở gia đình nào — hãy nhập tên hoặc quét thẻ</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>Gia đình %1 · thẻ %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>đã đưa trẻ đến lần trước</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>Hãy mở một gia đình trước: người liên hệ khẩn cấp của các trẻ trong gia đình sẽ được hiển thị.</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>Hãy mở một gia đình trước.</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>Mọi trẻ của gia đình này đều đã có mặt.</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>Chưa đánh dấu trẻ nào nên không ai được điểm danh đến: hãy đánh dấu các trẻ (Tab, rồi Space) hoặc nhấn F3 để chọn tất cả.</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>Ai đã đưa trẻ đến? Hãy chọn người lớn tại quầy, rồi nhấn F2 lần nữa.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (mã %2)</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>Đã điểm danh đến: %1, do %2 đưa đến. Nhấn F8 để in nhãn và phiếu.</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>Vẫn đang chờ một máy trạm khác lưu xong; hãy thử lại khi thông báo này thay đổi.</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>Không có trẻ nào của gia đình này đang được điểm danh có mặt.</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — được giao theo quyết định vượt quy định của giám đốc; lý do đã được ghi lại.</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>Hãy chọn các trẻ vắng mặt hôm nay.</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Vắng mặt hôm nay</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>Vì sao trẻ vắng mặt?</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Ốm</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>Hãy chọn một trẻ đang có mặt để in lại nhãn.</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>Chọn người đã đưa trẻ đến (%1)</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>Một trẻ trong gia đình này bị dị ứng nguy hiểm đến tính mạng.</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>Gia đình tìm thấy</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>Tìm gia đình</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>Mã &amp;PIN của bạn, nhập lại:</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>Điểm danh đến hoặc về theo nhóm</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>Điểm danh đến — đến cùng nhân viên (xe đưa đón)</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>Điểm danh về — rời đi cùng nhân viên (đi dã ngoại)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>ví dụ: Xe buổi sáng, Đi sở thú</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>Chỉ dành cho trẻ có hạn chế “không được giao trẻ”: lý do của giám đốc</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>Th&amp;ao tác:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>N&amp;hân viên:</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>&amp;Nhãn nhóm:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Vượt quy định:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>Trẻ (phím Space đánh dấu trẻ đang được tô sáng):</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>Kết quả, theo từng trẻ:</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>Hôm nay không có nhân viên nào đã chấm công vào (hoặc đăng nhập): một nhóm chỉ có thể rời đi cùng nhân viên đang có mặt.</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>Điểm danh đến cho các trẻ đã đánh dấu</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>Điểm danh về cho các trẻ đã đánh dấu</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>Mọi trẻ của lớp này đều đã có mặt.</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>Không có ai của lớp này đang có mặt.</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>Hãy đánh dấu các trẻ trong nhóm trước.</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — đã điểm danh đến, mã %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — đã rời đi cùng %2 (khi quay lại, điểm danh đến theo nhóm)</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — bị từ chối: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>Đã ghi nhận %n trẻ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>Vượt lệnh của tòa án cần nhập lại mã PIN của bạn: hãy nhập mã, rồi thực hiện lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n trẻ bị từ chối: hãy xem danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>Trẻ của lớp</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>Hồ sơ sức khỏe — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>&amp;1 Bệnh lý, ăn uống, bác sĩ</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>&amp;2 Thuốc</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>&amp;3 Thuốc đã dùng</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>&amp;4 Tiêm chủng</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>kế hoạch chăm sóc</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>liều dùng</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>lịch dùng</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>sự đồng ý</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>ngày hết hạn</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>need</source>
        <translation>nhu cầu</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>phòng khám</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Trẻ đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>Hãy nhập tên bệnh lý.</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>Hãy nhập tên thuốc.</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>Hãy nhập liều dùng, đúng như giấy ủy quyền của phụ huynh ghi.</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>Hãy nhập nhu cầu ăn uống.</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>Số điện thoại của bác sĩ có vẻ không đúng.</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>bác sĩ</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>Không có gì được thay đổi. Mục đó đã bị xóa, hoặc thuộc về một trẻ khác.</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>Không có gì bị xóa. Hãy nêu lý do.</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>Không có gì bị xóa. Mục đó không có trong hồ sơ, hoặc đã bị xóa rồi.</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>Gia đình &amp;sẵn lòng chia sẻ văn hóa và các ngày lễ của mình với cộng đồng trung tâm</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>phân cách bằng dấu phẩy, ví dụ: Tiếng Anh, Tiếng Igbo</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>phân cách bằng dấu phẩy, ví dụ: Diwali, Tết Nguyên đán</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>được tạo khi lưu</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>Tên &amp;gia đình:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Thành &amp;phố:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Mã bưu chính:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>&amp;Văn hóa:</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>Ngày &amp;lễ:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>Mã &amp;thẻ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Địa chỉ, dòng thứ hai</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>&amp;Thêm liều</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>&amp;Xóa liều</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Lưu lịch</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>Lịch tiêm chủng</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vắc-xin</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Mũi số</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>Đến hạn ở tuổi</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>Mỗi liều đến hạn vào ngày trẻ đạt đến độ tuổi đó, và quá hạn sau %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>Hãy nhập tên vắc-xin.</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>Số thứ tự mũi tiêm bắt đầu từ 1.</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>Hãy nhập ngày tiêm vắc-xin (không phải ngày trong tương lai).</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>Trẻ đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>Vắc-xin không thể được tiêm trước khi trẻ ra đời.</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>%1 mũi %2 đã được ghi nhận (đã tiêm ngày %3).</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>Tuổi không được là số âm.</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>%1 mũi %2 có hai lần trong lịch tiêm.</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>&amp;Ghi là đã tiêm</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>Sửa &amp;lịch tiêm của trung tâm…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>Chưa ghi nhận mũi tiêm nào. Hãy thêm từng liều theo sổ tiêm hoặc giấy chứng nhận của trẻ.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vắc-xin</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Liều</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn tiêm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Ngày tiêm</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>Liều &amp;vắc-xin:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Ngày tiêm:</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1, mũi %2</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>Đã tiêm đầy đủ theo lịch của trung tâm.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>%1 quá hạn, %2 đến hạn</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>Đã ghi nhận %1 mũi %2.</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Tiêm chủng</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>Báo lúc</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Cần theo dõi tiếp</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>Phải báo cáo cơ quan cấp phép</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>Ghi sự cố</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>Thêm trẻ: nhập tên và nhấn Enter</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>ví dụ: đầu gối trái</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>Các tên, phân cách bằng ;</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Thời điểm</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>Địa đ&amp;iểm</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>&amp;Diễn biến sự việc</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>&amp;Sơ cứu hoặc xử trí</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>&amp;Vùng cơ thể</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>&amp;Nhân viên liên quan</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>Người &amp;chứng kiến</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>Phụ huynh hoặc người giám hộ nào</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>Đã báo phụ huynh</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>Lưu và gửi</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>Sự cố số %1</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>Trẻ số %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>Đã phê duyệt: hãy thay đổi bằng “Sửa đổi…” trên trang sự cố.</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>Trẻ liên quan</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>Nhân viên chứng kiến</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Thêm một trẻ</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>Phụ huynh hoặc người giám hộ đã được báo</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>Thời điểm báo phụ huynh</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>Cách báo phụ huynh</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>Việc cần theo dõi</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>Không có gì được thay đổi. Sự cố này đã được phê duyệt; chỉ có thể sửa đổi kèm lý do.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>Không có gì được thay đổi. Sự cố này đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>Không có gì được thay đổi. Hãy ghi lại phụ huynh nào đã được báo và báo lúc nào trước khi phê duyệt.</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>Hãy nhập tên của người giám hộ đã xác nhận.</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>Hãy cho biết người giám hộ đã xác nhận bằng cách nào (ký tên, trực tiếp, email…).</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>Không có gì được thay đổi. Hãy gửi sự cố trước khi người giám hộ xác nhận.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>Không có gì được thay đổi. %1 đã xác nhận sự cố này rồi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>Không có gì được thay đổi. Hãy nêu lý do sửa đổi.</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>Không có gì được thay đổi. Không thể sửa đổi “%1”.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>Không có gì được thay đổi. Sự cố này chưa được phê duyệt: hãy sửa trực tiếp.</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>Không có gì được thay đổi. Giá trị mới giống giá trị cũ.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Không có gì được thay đổi. %1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>báo cáo sự cố này</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>Chỉ loại phải báo cáo</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Ghi sự cố mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>Người giám hộ đã &amp;xác nhận…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Sửa đổi…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Xem &amp;trước khi in…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>Không có sự cố nào khớp với các bộ lọc và khoảng ngày này. Hãy mở rộng khoảng ngày hoặc chọn “Mọi loại” và “Mọi trạng thái”, hoặc ghi một sự cố bằng Ghi sự cố mới.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Phải báo cáo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n lần sửa đổi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Cần</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>Phê duyệt sự cố số %1? Sau khi phê duyệt, sự cố chỉ có thể được thay đổi bằng một bản sửa đổi có ghi nhận.</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Chưa phê duyệt</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>Xác nhận của người giám hộ</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>Tên của người giám hộ đã xác nhận báo cáo:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cách thức:</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>Đã ký vào báo cáo in</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>su-co-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>&amp;Kiểm diện khẩn cấp</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>Kiểm diện khẩn cấp — không cần đăng nhập</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>Dị ứng nguy hiểm đến tính mạng (in màu đỏ)</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>Dị ứng khác</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Ghi chú y tế</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>Cài đặt nhãn</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>Loại giấy nhãn</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>Chiều &amp;rộng:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Chiều &amp;cao:</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>Thông tin sức khỏe in trên nhãn của trẻ</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>Nhãn đi cùng trẻ và ai cũng có thể đọc được. Những gì không được in sẽ chỉ hiển thị trên màn hình cho nhân viên — đừng in các bệnh lý nhạy cảm lên nhãn.</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>Máy trạm này không thấy ngay các thay đổi của máy trạm khác (%1). Nhấn F5 để đọc lại một trang.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Quầy lễ tân</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>Ai đang có mặt</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>Giới thiệu &amp;Kindred</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (demo) — %2 — Kindred</source>
        <translation>%1 (mẫu) — %2 — Kindred</translation>
    </message>
    <message>
        <source>%1 — %2 — Kindred</source>
        <translation>%1 — %2 — Kindred</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n gia đình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n trẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>Mở một tệp dữ liệu Kindred</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>Dữ liệu Kindred (*.kindred *.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>Dữ liệu của máy chủ trung tâm đã được lưu bằng pg_dump vào %1</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>Sao lưu tệp dữ liệu</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên mới cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>Dữ liệu đã được sao chép và kiểm tra: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>Bản sao lưu Kindred (*.kindred *.bak *.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>Bản sao lưu hằng ngày đang được tạo. Hãy thử lại sau một phút.</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>Thay các bản ghi trong tệp dữ liệu bằng các bản ghi trong bản sao lưu %1?

Mọi thứ đã được ghi nhận kể từ khi tạo bản sao lưu đó (các lượt điểm danh đến, gia đình, sự cố…) sẽ không còn trong tệp dữ liệu. Tệp dữ liệu ở trạng thái hiện tại được giữ lại bên cạnh, và việc khôi phục được ghi vào nhật ký kiểm toán. Sau đó Kindred sẽ tải lại tệp dữ liệu; các máy trạm khác phải được đóng trước.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>Bản sao lưu đã được khôi phục. Tệp dữ liệu trước đó được giữ lại dưới tên %1.

Kindred sẽ tải lại tệp dữ liệu ngay bây giờ: mọi màn hình sẽ hiển thị các bản ghi đã khôi phục.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>Giới thiệu Kindred</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
Quầy lễ tân cho các trung tâm giữ trẻ, trường mầm non và trường học nhỏ.
Được cấp phép theo GNU GPL, phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>Ghi &amp;nhận liều đã dùng</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>Chưa ghi nhận liều thuốc nào cho trẻ này.</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Giờ dùng</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Thuốc</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Liều</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Thuốc:</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>&amp;Liều đã dùng:</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>&amp;Giờ dùng:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>Các liều đã dùng tại trung tâm, mới nhất trước:</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — chưa có giấy đồng ý trong hồ sơ</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>Đã ghi nhận liều thuốc.</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>Thuốc đã cho uống</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>Không có gì được ghi nhận. Hãy chọn nhân viên đã cho trẻ dùng thuốc.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>Không có gì được ghi nhận. Hãy nhập liều đã dùng.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>Không có gì được ghi nhận. Giờ dùng thuốc nằm trong tương lai.</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>Không có gì được ghi nhận. Thuốc đó không có trong hồ sơ của trẻ này.</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>Không có gì được ghi nhận. %1 đã bị xóa khỏi hồ sơ của trẻ này.</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>Không có gì được ghi nhận. Chưa có giấy đồng ý của phụ huynh trong hồ sơ cho %1: không được cho trẻ dùng thuốc này cho đến khi phụ huynh đã ký giấy ủy quyền.</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>Đã lưu giấy đồng ý có chữ &amp;ký của phụ huynh</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>Thêm th&amp;uốc</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Cập nhật</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>Chưa ghi nhận thuốc nào. Hãy thêm thuốc kèm liều dùng trước khi nhân viên cho trẻ dùng.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Thuốc</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Liều</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Thuốc:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>&amp;Liều:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Khi &amp;nào:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Hết hạn:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Có trong hồ sơ</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>KHÔNG CÓ GIẤY ĐỒNG Ý</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>ĐÃ HẾT HẠN %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>Đã lưu %1. Chưa có giấy đồng ý trong hồ sơ: chưa được cho trẻ dùng thuốc này.</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Xóa thuốc</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>Vì sao xóa thuốc này? (được lưu trong nhật ký kiểm toán)</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>Đã xóa thuốc.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Thuốc</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>số %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>Phiếu quá hạn: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>&amp;Chọn ảnh…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>Không thể đọc %1 dưới dạng hình ảnh.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không có ảnh</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>Thêm “&amp;không được giao trẻ”</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>Xóa hạn chế</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>Gia đình này chưa có người lớn nào. Hãy thêm họ ở thẻ Người lớn, rồi đánh dấu những người được phép đón trẻ.</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>Không có ai trong danh sách không được giao trẻ.</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>Được phép đón</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>Không được giao cho</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Lệnh của tòa án</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>Hạn chế %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>Người được &amp;phép đón (đánh dấu; ngày tháng không bắt buộc):</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>Không được giao cho (lệnh của tòa án và các hạn chế khác):</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(người lớn mới)</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>lý do, ví dụ: lệnh của tòa án gia đình</translation>
    </message>
    <message>
        <source>open</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>Ai được phép đón</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>Ai không được phép đón</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>Toàn bộ thông tin lưu giữ về một gia đình</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>Các gia đình đã rời trung tâm</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>Tên gia đình, số điện thoại hoặc mã thẻ, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Xuất &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>PDF &amp;danh bạ phụ huynh…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>&amp;Gia đình:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>Ẩn danh hóa &amp;các gia đình trong danh sách…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ngày rời</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Người lớn</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>Giữ dữ liệu cá nhân sau khi gia đình rời trung tâm trong</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>Đến hạn (không có gì thay đổi cho đến khi bạn ẩn danh hóa). Các bản ghi chuyên cần, sự cố và dùng thuốc được giữ lại, với tên được thay thế.</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>Hãy tìm gia đình trước.</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>Xuất dữ liệu của một gia đình</translation>
    </message>
    <message>
        <source>family-data.pdf</source>
        <translation>du-lieu-gia-dinh.pdf</translation>
    </message>
    <message>
        <source>family-data.json</source>
        <translation>du-lieu-gia-dinh.json</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>Danh bạ phụ huynh</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>danh-ba-phu-huynh.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Thời hạn lưu giữ</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>Không có gia đình nào đến hạn.</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>Đã thay bằng nội dung giữ chỗ: tên và thông tin của %1 và %2. Đã xóa: %3, %4 và %5. Đã gỡ văn bản khỏi %6 và %7. Đã thay tên trong %8 và %9; đã che thông tin %10.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln trẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln người lớn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln ảnh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi dị ứng, người liên hệ hoặc đón trẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi sức khỏe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln phiếu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>%Ln ghi chú phiếu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln sự cố</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln mục nhật ký kiểm toán</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>Được giữ nguyên để phục vụ cơ quan cấp phép: %1 và %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi chuyên cần</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>Ẩn danh hóa các gia đình</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>Ẩn danh hóa %n gia đình trong danh sách? Thao tác này không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Đã hết thời hạn lưu giữ</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>Đã ẩn danh hóa %n gia đình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>Gia đình đến hạn ẩn danh</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Cơ sở:</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>CSV cho E&amp;xcel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>Xem t&amp;rước…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Lưu C&amp;SV…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>Lo&amp;go trung tâm…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>Cơ sở của máy tính này (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tất cả các cơ sở</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Lưu CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Bảng tính CSV (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>Logo trung tâm</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>Kindred không thể đọc %1 dưới dạng hình ảnh.</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>Không có gì được thay đổi: tên ngắn của vai trò chỉ dùng chữ thường, chữ số, - hoặc _.</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>Không có gì được thay đổi: vai trò cần có tên.</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>&amp;Lưu quyền</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>&amp;Thêm vai trò</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>Tên của vai trò mới, ví dụ Đầu bếp</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>Đánh dấu những gì mỗi vai trò được làm (phím Space đánh dấu ô đang chọn), rồi lưu. Thay đổi có hiệu lực ngay với mọi người đang đăng nhập với vai trò đó và được lưu trong nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>Vai trò &amp;mới:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (riêng)</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1 được phép %2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>Không có quyền nào được thay đổi.</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>Đã lưu %1. %2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>Đã lưu những gì %1 được làm.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>Không có gì được thay đổi: đã có một vai trò tên %1.</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>Đã thêm %1 nhưng vai trò này chưa được làm gì: hãy đánh dấu những gì vai trò được làm, rồi lưu.</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Quyền của từng vai trò</translation>
    </message>
</context>
<context>
    <name>Kindred::RollCallWindow</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>&amp;Start roll call</source>
        <translation>&amp;Bắt đầu kiểm diện</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Kết thúc và lưu</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>&amp;In ngay</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>&amp;Sổ diễn tập…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>Người liên hệ khẩn &amp;cấp</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>&amp;Hồ sơ sức khỏe…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Kiểm diện khẩn cấp</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>Người liên hệ khẩn cấp của trẻ ở dòng đã chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Dị ứng nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Dị ứng khác, ghi chú y tế</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>Người liên hệ khẩn cấp / điện thoại</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
Danh sách kiểm diện dưới đây: %2.</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
Không thể đọc danh sách kiểm diện. Hãy dùng danh sách đã in hoặc sổ điểm danh của các lớp.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Nhân viên tại cơ sở</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>%1, %2 tại cơ sở</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n trẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n nhân viên</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>Không thể đọc danh sách những người đang có mặt tại cơ sở</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — đã xác nhận %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>Chưa bắt đầu kiểm diện</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>Không có cuộc kiểm diện nào đang diễn ra.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>Đã lưu: %1, đã xác nhận %2 / %3, mất %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>%n người chưa được xác nhận:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>Vẫn kết thúc và lưu danh sách kiểm diện?</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>Chưa xác nhận được tất cả mọi người</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>Kết thúc kiểm diện</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>Ghi chú cho sổ diễn tập (điểm tập trung, vấn đề phát hiện):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>Bản sao gần nhất lúc %1, không kết nối được máy chủ trung tâm: chỉ đọc, có thể chưa đầy đủ</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>tính đến %1 — có thể chưa đầy đủ</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>Kiểm diện khẩn cấp %1</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>kiem-dien-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>Sổ diễn tập</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Điểm danh</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>Trẻ có mặt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>Nhân viên đã chấm công vào</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>Vẫn còn ở lại sau giờ đóng cửa</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>Chấm công vào</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>Chấm công ra</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>Sửa hoặc hủy bỏ…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Sổ điểm danh…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>Lưu sổ dạng PDF…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>Ghi sự cố… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>Trẻ có mặt (⚠ đỏ: dị ứng nguy hiểm đến tính mạng)</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>Chấm công nhân viên</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>Chưa điểm danh về (cuối ngày), sau đó là các lượt điểm danh về hôm nay</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>Sổ điểm danh đến/về hằng ngày</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>Màn hình treo tường</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>Hiển thị các lớp toàn màn hình, chữ lớn, cho màn hình treo tường: số lượng, nhân viên và tỷ lệ, không có tên trẻ.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 đến muộn</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>Hiện có %n trẻ đang có mặt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n trẻ vẫn còn ở lại sau giờ đóng cửa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — đến lúc %3</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — về lúc %3 cùng %4</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — có mặt từ %3 · mã %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — NGUY HIỂM ĐẾN TÍNH MẠNG: %2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Ghi sự cố</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>Hãy chọn các trẻ liên quan trong danh sách “Trẻ có mặt” trước.</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>Sửa giờ</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>Hãy chọn một trẻ trong danh sách trước.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sổ điểm danh</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Lưu sổ điểm danh</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — vượt sức chứa</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Chưa đón về</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Nhân viên:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>Ngày của bảng</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source> children</source>
        <translation> trẻ</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>1 người lớn : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>Tuổi &amp;nhỏ nhất:</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>Tuổi lớn n&amp;hất:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Sức chứa:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>Tỷ &amp;lệ:</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>&amp;Thêm lớp…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>Chưa có lớp nào. Trẻ được xếp vào lớp và tỷ lệ được tính theo từng lớp: hãy thêm lớp đầu tiên bằng Thêm lớp.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 tuổi</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 tháng</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>lớp %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>Lưu trữ lớp</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Lớp</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>Mã PIN cho %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mật khẩu cho %1</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>Mã PIN gồm %1 đến %2 chữ số. Mã này dùng để mở khóa màn hình và chuyển đổi người đang trực quầy.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Mật khẩu có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Mã &amp;PIN mới:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Mật khẩu mới:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>Hai lần nhập không giống nhau: hãy nhập giống nhau ở cả hai ô.</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>&amp;Chuyển người dùng hoặc khóa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>Đã đăng nhập với tư cách %1 (%2). Chuyển người dùng hoặc khóa: %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Mã PIN sai</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>Đã có %n lần nhập sai mã PIN hoặc mật khẩu trong 24 giờ qua. Có thể ai đó đang cố đoán mã PIN của đồng nghiệp: hãy hỏi xem ai đã ở các máy trạm này, và thay các mã PIN có thể đã bị lộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred đang bị khóa. Hãy đăng nhập để tiếp tục việc này.</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>Không kết nối được máy chủ trung tâm từ %1. Những gì bạn nhập không bị mất: chúng vẫn nằm trong cửa sổ của mình, để được lưu lại khi máy chủ phản hồi. Kindred tiếp tục thử lại, và thông báo này sẽ tự biến mất. Danh sách kiểm diện khẩn cấp (F12) hiển thị bản sao gần nhất mà máy tính này đã đọc.</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>chưa có ai đăng nhập</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>tác vụ báo cáo</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>khởi động lần đầu</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>trình tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>import</source>
        <translation>nhập</translation>
    </message>
    <message>
        <source>export</source>
        <translation>xuất</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>nâng cấp</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>chế độ kiosk</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>khẩn cấp, không cần đăng nhập</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>Chưa có ai đăng nhập tại quầy này: hãy đăng nhập để %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>Chưa có ai đăng nhập (%1): hãy đăng nhập để %2.</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>hãy hỏi giám đốc</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>hãy hỏi quản trị viên</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>hãy hỏi quản trị viên của trung tâm</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>Vai trò của bạn (%1) không được phép %2; %3.</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Hoàn tác thay đổi</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>In &amp;nhãn…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Ngay lập tức</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>Mã gồm ba chữ cái như AUD hoặc EUR; để trống: đơn vị tiền tệ của máy tính này</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>Để trống: thư mục “backups” bên cạnh tệp dữ liệu. Tốt nhất nên đặt trên một ổ đĩa khác hoặc thư mục mạng dùng chung, để khi một ổ đĩa hỏng thì không mất cả hai.</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>Trung tâm (in ở đầu mọi báo cáo)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>&amp;Mở cửa từ:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Múi &amp;giờ:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>Đơn vị t&amp;iền tệ:</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>Quầy lễ tân</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Khóa màn hình sau:</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>không có lần nhấn phím hay nhấp chuột nào; người tiếp theo mở khóa bằng mã PIN của mình.</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>Hoàn tác tại quầy t&amp;rong vòng:</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>sau lượt điểm danh đến hoặc về (Ctrl+Z), từ chính quầy đã thực hiện; sau đó, giám đốc sẽ sửa kèm lý do.</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>Tính là đến muộn &amp;sau giờ đến đã đặt:</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>khi đó, trẻ đã đặt chỗ mà chưa có mặt sẽ hiển thị là đến muộn trên quầy lễ tân và bảng hôm nay.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Nhãn bảo mật:</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>Thời gian lưu giữ hồ sơ của các gia đình đã rời trung tâm được đặt trên màn hình Quyền riêng tư.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>Thư mục sao lư&amp;u:</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>Sao lưu hằng ngày &amp;vào lúc:</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>khi Kindred đang mở, hoặc vào lần mở tiếp theo nếu đã lỡ giờ đó; %1 bản sao đã kiểm tra gần nhất được giữ lại.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Giao &amp;diện:</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>Phát âm thanh mỗi lần quét, một âm khi được chấp nhận và một âm khi bị từ chối</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>Nháy màn hình quầy màu xanh lá hoặc đỏ mỗi lần quét</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>Quét thẻ tại &amp;quầy:</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>Thay đổi ngay lập tức, chỉ trên máy tính này.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>Thư mục cho bản sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>vi-VN</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>Mã ngôn ngữ (BCP 47) như en-AU, es-MX hoặc zh-CN: ngôn ngữ của cửa sổ cho nhân viên không có ngôn ngữ riêng, ngôn ngữ của báo cáo, và định dạng ngày tháng và tiền tệ. Để trống: theo máy tính này.</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>Ngôn ngữ và định dạng theo vùng:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Cỡ chữ (&amp;Z):</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>Không có gì được thay đổi: chỉ trình tạo dữ liệu mẫu mới đánh dấu một tệp là tệp mẫu.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>Chào mừng đến với Kindred</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>Kindred lưu ghi chú y tế và các lệnh về quyền nuôi con của trẻ, vì vậy mỗi người đều phải đăng nhập. Trước hết, hãy thiết lập tài khoản quản trị viên: tài khoản này sẽ thêm tài khoản cho các nhân viên khác.</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>không bắt buộc, 4 đến 8 chữ số, để chuyển đổi nhanh tại quầy</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred đang bị khóa</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>Thoát Kindred</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>Mã &amp;PIN của bạn:</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>Đăng nhập bằng &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>Mật &amp;khẩu hoặc mã PIN:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>Đăng nhập bằng mã &amp;PIN</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>Hãy chọn tên của bạn và nhập mật khẩu, hoặc nhập mã PIN nếu Kindred chưa tự nhận ra mã đó.</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>Màn hình đang bị khóa. Hãy nhập mã PIN của bạn và nhấn Enter: người có mã PIN đó sẽ tiếp tục làm việc tại quầy.</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>Hãy nhập mã PIN của bạn và nhấn Enter.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>Hãy nhập tên của quản trị viên.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>tài khoản của bạn</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>Chưa ai có thể đăng nhập: hãy nhờ quản trị viên thiết lập tài khoản cho bạn.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>Không có gì được thay đổi: nhân viên đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>Nhân viên đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>%1 chưa có mã PIN hay mật khẩu; hãy nhờ quản trị viên đặt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Quá nhiều lần nhập sai. Hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN đó không đúng.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Mật khẩu đó không đúng.</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>Mã PIN đó đã được dùng; hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>Nếu bạn chưa đăng nhập kể từ khi Kindred được cập nhật, hãy đăng nhập một lần bằng tên và mã PIN của bạn (“Đăng nhập bằng mật khẩu…”).</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>Hãy nhập lại mã PIN của bạn.</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>Mã PIN của bạn đúng, nhưng quá ngắn đối với vai trò %1: hãy chọn mã PIN mới có ít nhất %2 chữ số.</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>Mã PIN của bạn đã đủ dài: hãy đăng nhập bằng mã đó.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Cơ sở:</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Cơ sở này</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>Cơ sở này (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tất cả các cơ sở</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>Không có gì được thay đổi: hãy đặt mã PIN hoặc mật khẩu cho nhân viên này trước.</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>Không có gì được thay đổi: một cơ sở bị nêu hai lần.</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>Không có gì được thay đổi: một trong các cơ sở không có trong hồ sơ hoặc đã được lưu trữ. Hãy chọn lại các cơ sở.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>Không có gì được thay đổi: không có vai trò nào tên %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>Cơ sở và vai trò</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>&amp;Lưu cơ sở và vai trò</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>Các cơ sở mà nhân viên này làm việc, với vai trò tại mỗi nơi. Đánh dấu mọi cơ sở với vai trò riêng của họ cũng giống như không chọn: họ làm việc ở mọi nơi, kể cả ở cơ sở được thêm sau này.</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>Cơ sở và vai trò của %1</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Làm việc tại</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>Vai trò tại đó</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1 làm việc tại %2</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>Vai trò tại %1</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>Hãy đánh dấu ít nhất một cơ sở mà %1 làm việc.</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>Đã lưu cơ sở và vai trò của %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>Cơ sở đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>Không có cơ sở nào tên %1. Các cơ sở là: %2.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>Hãy đặt tên cho cơ sở.</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>Đã có một cơ sở tên %1.</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>Cơ sở đó không có trong hồ sơ, hoặc đã được lưu trữ.</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>Máy trạm này đang phục vụ cơ sở đó: hãy chuyển máy trạm sang cơ sở khác trước khi lưu trữ cơ sở này.</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>Cơ sở vẫn còn %n lớp đang hoạt động: hãy lưu trữ các lớp đó hoặc chuyển trẻ của các lớp đó đi trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>Cơ sở đó không có trong hồ sơ, hoặc đã được lưu trữ rồi.</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>Đây là cơ sở cuối cùng đang hoạt động: một trung tâm cần có ít nhất một cơ sở.</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>Cơ sở mà máy trạm này phục vụ không có trong hồ sơ hoặc đã được lưu trữ: hãy chọn lại cơ sở cho máy trạm này.</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>Cơ sở (mỗi thay đổi được lưu ngay)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Thêm cơ sở…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>Lưu trữ cơ sở…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>&amp;Gán máy tính này phục vụ cơ sở này</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>Các trung tâm của một chuỗi là các cơ sở của chuỗi đó. Mỗi lớp, việc ghi danh của mỗi trẻ và những gì được ghi nhận tại một cơ sở đều thuộc về cơ sở đó; quầy lễ tân, bảng có mặt và danh sách kiểm diện của máy tính này hiển thị cơ sở mà máy phục vụ.</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>phục vụ cơ sở này</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>Máy tính này phục vụ: %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Thêm cơ sở</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>Tên của cơ sở mới:</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Đổi tên cơ sở</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>Tên mới của cơ sở:</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>cơ sở %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>Lưu trữ cơ sở</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>Phục vụ cơ sở này</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Cơ sở</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>Không có gì được thay đổi: hãy đặt mã PIN hoặc mật khẩu cho nhân viên này trước.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>Không có gì được thay đổi: không có vai trò nào tên %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>Hãy chọn một nhân viên hiện tại để chấm công vào.</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 đã chấm công vào rồi. Hãy chấm công ra trước để đổi lớp.</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>Nhân viên này chưa chấm công vào.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nhân viên mới</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>phân cách bằng dấu phẩy, ví dụ: Sơ cứu (hết hạn 2027-03)</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(không cố định lớp)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Chứng chỉ:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>Ngôn ngữ của trung tâm</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>Cửa sổ Kindred hiển thị bằng ngôn ngữ này khi nhân viên này đăng nhập.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Thêm nhân viên…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>Chưa có nhân viên nào trong danh sách. Hãy thêm những người làm việc tại đây bằng Thêm nhân viên, để họ có thể đăng nhập và được tính vào tỷ lệ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(không cố định lớp)</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>Lưu trữ nhân viên</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>Không có giá trị cho %1</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>Quá hạn: đã quá thời hạn %1</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>giải quyết</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>Đã giải quyết tại chỗ</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Phiếu mới</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>Chọn gia đình…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Tôi</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>Chọn người phụ trách…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>Những gì phụ huynh đã nói, theo lời của họ</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>Chủ đề ngắn gọn, ví dụ: “Bữa trưa bị nguội”</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cách đã giải quyết</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Gia đình:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Người nêu:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>&amp;Trẻ:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Danh mục:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Mức ưu tiên:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>Lời &amp;phụ huynh:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Người p&amp;hụ trách:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>Chia sẻ với phụ huynh</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Thêm ghi &amp;chú</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Gi&amp;ao</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>Hủy chia sẻ</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>Đánh dấu đã giải &amp;quyết</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>&amp;Hài lòng: đóng</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>Không hài lòng: &amp;mở lại</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>Đóng &amp;không cần theo dõi tiếp</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>&amp;Có, mở lại</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>&amp;Liên kết sự cố</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>&amp;Bắt đầu xử lý</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>Chờ &amp;phụ huynh</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Giải qu&amp;yết</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>Đóng &amp;sau khi theo dõi tiếp</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Mở lạ&amp;i</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Người được xem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>Ghi chú cho dòng thời gian</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 trên 5</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>Những gì phụ huynh nói khi được hỏi lại</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>Hoặc: lý do không thể theo dõi tiếp</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cách đã giải quyết</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Lý do mở lại</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>Đánh &amp;giá của phụ huynh:</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>Lời của họ:</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>Không theo dõi tiếp:</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Chia sẻ với:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Bước tiếp theo:</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>Sự cố số:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a timeline line&apos;s date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a timeline line&apos;s date</comment>
        <translation>ddd, d/M/yyyy</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Phiếu %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>Số %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · QUÁ HẠN</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>Gia đình %1 · do %2 nêu · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · ưu tiên %3 · trẻ: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>không nêu tên</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>Người phụ trách: %1 · chia sẻ với: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>Hạn tiếp nhận: %1 · hạn giải quyết: %2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>Được nêu tại %1, không phải tại cơ sở của máy trạm này</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>Phụ huynh đã nói: “%1”</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Cách giải quyết: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Đã liên kết với sự cố %1</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Phụ huynh</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ nhân viên</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>Đã mở lại phiếu</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>Phụ huynh chưa hài lòng nên phiếu được mở lại. Hãy tiếp tục xử lý.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>Báo cáo phiếu</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem &amp;trước khi in…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Lưu &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>Không có phiếu nào được nêu trong các tháng này.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo dạng PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>phieu-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Lưu số liệu dạng CSV</translation>
    </message>
    <message>
        <source>tickets-%1.csv</source>
        <translation>phieu-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Lưu CSV</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>Các phiếu trong báo cáo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>người phụ trách</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>người cộng tác</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>lời của phụ huynh</translation>
    </message>
    <message>
        <source>children</source>
        <translation>trẻ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>cách giải quyết</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>theo dõi tiếp</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>sự cố liên kết</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>Không có gì được lưu: hãy chọn gia đình liên quan.</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>Không có gì được lưu: phụ huynh nêu vấn đề này không phải là người lớn của gia đình đó.</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>Không có gì được lưu: một trong các trẻ đã chọn không thuộc gia đình đó.</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>Không có gì được lưu: hãy đặt cho phiếu một chủ đề ngắn gọn.</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>Không có gì được lưu: chủ đề phải ngắn hơn %1 ký tự; chi tiết hãy ghi vào phần lời của phụ huynh.</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>Không có gì được lưu: hãy chọn nhân viên phụ trách việc này.</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>Không có gì được lưu: hãy cho biết việc này đã được giải quyết tại chỗ như thế nào.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>Phiếu %1 thuộc về %2, còn máy trạm này phục vụ %3: phiếu được mở và xử lý tại quầy của %2, hoặc bởi người được xem mọi cơ sở (hãy hỏi giám đốc).</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>một cơ sở khác</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>phiếu này</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>Không có gì được thay đổi: hãy chọn một nhân viên hiện tại.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>Không có gì được thay đổi: %1 đã là người phụ trách phiếu này.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>Không có gì được thay đổi: %1 đã đang xử lý phiếu này.</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>Không có gì được thay đổi: người đó không được chia sẻ phiếu này.</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>Không có gì được lưu: ghi chú đang trống.</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>Không có gì được thay đổi: hãy nhập số của sự cố.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>Không có gì được thay đổi: không có sự cố nào số %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ phiếu quá hạn</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>Nêu trong khoảng</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Phiếu &amp;mới…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tất cả phiếu đang mở</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>Tìm trong chủ đề và ghi chú</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>Không có phiếu nào ở đây. Hãy xóa nội dung tìm kiếm hoặc bộ lọc để xem thêm; mối lo ngại, câu hỏi hay lời khen của phụ huynh được ghi nhận bằng Phiếu mới.</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Tạo phiếu mới…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Mở &amp;phiếu</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>PDF &amp;lịch sử gia đình…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Báo cáo…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Mọi người phụ trách</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>Phiếu của tôi (phụ trách hoặc được chia sẻ)</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>Không thể đọc danh sách nhân viên</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>Mọi gia đình</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>Không thể đọc danh sách gia đình</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>Số phiếu hiển thị: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 quá hạn&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Lịch sử gia đình</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>Hãy chọn một phiếu của gia đình, hoặc bộ lọc gia đình.</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>Lưu lịch sử phiếu của gia đình</translation>
    </message>
    <message>
        <source>ticket-history.pdf</source>
        <translation>lich-su-phieu.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Tìm phiếu</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>Mở từ ngày</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>Mở đến ngày</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Gia đình:</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Thay đổi…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>Múi giờ của trung tâm đã được đặt là %1 khi tệp này được nâng cấp. Hãy xác nhận hoặc thay đổi múi giờ trong Cài đặt.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>Hôm nay, %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>here</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>đã về nhà</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>đến muộn</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>chưa đến</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>Chưa có trẻ nào được đặt chỗ: hãy thêm ngày và giờ của từng trẻ trong thẻ Đặt chỗ của gia đình, khi đó quầy lễ tân sẽ hiển thị ai dự kiến đến và ai đến muộn.</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>muộn, lẽ ra đến lúc %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>dự kiến đến lúc %1</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>chưa xếp lớp</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>Mở hồ sơ gia đình của %1</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>Mọi trẻ dự kiến hôm nay đều đã đến.</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>Không có ai dự kiến đến trong nửa giờ tới.</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>Dự kiến đến trong nửa giờ tới</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>Đến muộn, và dự kiến đến trong nửa giờ tới</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>Ai đang có mặt</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>Ai đang có mặt — màn hình treo tường</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>Quầy lễ tân đang bị khóa. Bảng sẽ hiển thị lại khi có người đăng nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n trẻ đang có mặt</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n trẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Nhân viên: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n trẻ vẫn còn ở lại sau giờ đóng cửa</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>Không đủ tỷ lệ</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Vượt sức chứa</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>In nhãn</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>In %n nhãn</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không thể khởi động máy in.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Lưu nhãn dạng PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>Nhãn được in bằng tiếng Anh: Kindred chưa có bản dịch sang %1, ngôn ngữ của %2.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không thể mở %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>không thể mở %1: không có dữ liệu Kindred trong đó.</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 đã được cập nhật (phiên bản dữ liệu %2); không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>không thể nâng cấp %1: %2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>Đã nâng cấp %1 từ phiên bản dữ liệu %2 lên %3.</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>Bản sao đã tạo trước đó: %1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>Trung tâm trên %1 đang ở phiên bản dữ liệu %2, đúng phiên bản của Kindred này.</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>không thể chuyển sang %1: %2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>số dòng đã sao chép: %1 / %2</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>%1 chưa được chuyển sang %2 (cơ sở dữ liệu trên máy chủ đã trống trở lại): %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>Đã chuyển %1 sang %2 (số dòng: %3; số bảng: %4). Số dòng của mỗi bảng và nhật ký kiểm toán đã được kiểm tra trên máy chủ. Từ nay, hãy mở trung tâm bằng --server; tệp dữ liệu được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>Bản Kindred này không đầy đủ: thiếu bản cập nhật lên phiên bản dữ liệu %1.</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>Bản Kindred này bị hỏng: không thể đọc %1.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>Ổ đĩa đã đầy: Kindred không thể ghi %1 nên không có gì được ghi. Hãy giải phóng bớt dung lượng trên ổ đĩa (hoặc chọn ổ đĩa khác) rồi thử lại.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>Kindred không thể ghi %1: %2. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>Hãy cho biết Kindred cần ghi vào tệp nào.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>Kindred không thể ghi %1: đó là một thư mục. Hãy chọn một tên tệp bên trong thư mục đó; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred sẽ không ghi vào %1: đó là một liên kết đến tệp khác. Hãy chọn một tên tệp thông thường; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred sẽ không ghi vào %1: đó là một thiết bị, một đường ống (pipe) hoặc một socket, không phải tệp thông thường. Hãy chọn một tên tệp thông thường; không có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>Hãy nêu lý do: chuyện gì đã xảy ra, và ai đã quyết định.</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>“%1” quá ngắn để làm lý do: hãy viết ít nhất %2 ký tự nêu rõ chuyện gì đã xảy ra và ai đã quyết định.</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>“%1” không nói rõ chuyện gì đã xảy ra: hãy viết ít nhất %2 từ khác nhau.</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>“%1” trông giống nội dung điền tạm, không phải lý do: hãy nêu chuyện gì đã xảy ra và ai đã quyết định, bằng ít nhất %2 từ thực sự.</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>Danh bạ phụ huynh</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>Các gia đình đồng ý để phụ huynh khác liên lạc</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Phụ huynh</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>Văn hóa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>Danh bạ chỉ gồm những phụ huynh đã đồng ý. Kính mong Quý phụ huynh chỉ sử dụng các thông tin này để liên lạc với các gia đình khác của trung tâm.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>tra cứu gia đình</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>thay đổi hồ sơ gia đình</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>lưu trữ gia đình</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>xem ghi chú y tế của trẻ</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>xem các hạn chế về quyền nuôi con</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>điểm danh đến và về cho trẻ</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>giao trẻ cho người không có trong danh sách người được đón</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>sửa giờ điểm danh đến và về đã ghi nhận</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>thay đổi lớp</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>thay đổi hồ sơ nhân viên</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>quản lý tài khoản, mã PIN và vai trò của nhân viên</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>ghi nhận sự cố</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>phê duyệt sự cố</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>xử lý phiếu của phụ huynh</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>in báo cáo</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>đọc nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>xuất toàn bộ thông tin lưu giữ về một gia đình</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>ẩn danh hóa các gia đình đã rời trung tâm</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>thay đổi cài đặt của trung tâm</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>thay đổi người được phép đón trẻ hoặc các hạn chế “không được giao trẻ”</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>hủy bỏ lượt điểm danh đến hoặc về đã ghi trước đó hoặc tại quầy khác</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>xem và lập báo cáo cho mọi cơ sở, không chỉ cơ sở của máy tính này</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> (lệnh của tòa án %1)</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>KHÔNG ĐƯỢC GIAO %1 cho %2: %3%4. Hãy giữ %1 ở lại bên trong và gọi giám đốc.</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>bất kỳ ngày nào</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>%1 chỉ được phép đón %2 từ %3 đến %4, không bao gồm hôm nay. %2 chưa được điểm danh về.</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 thuộc gia đình khác và không có trong danh sách người được đón %2. %2 chưa được điểm danh về.</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 không có trong danh sách người được đón %2. %2 chưa được điểm danh về.</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>Giám đốc %1 đã giao trẻ cho người ngoài danh sách người được đón: %2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>Chỉ giám đốc mới có thể giao trẻ cho người ngoài danh sách người được đón.</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>Vượt lệnh của tòa án %1 cần nhập lại mã PIN của bạn ngay bây giờ.</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>Tệp dữ liệu này đã mất khóa dùng để tìm mã PIN. Hãy đăng nhập bằng tên; quản trị viên có thể khôi phục tệp từ một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồ&amp;ng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translatorcomment>Draft translation by the Kindred project, not yet reviewed by a native speaker. A centre that uses this language should have a native speaker check it (README, &quot;Translations&quot;).</translatorcomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không &amp;với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>Tuân thủ tỷ lệ</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>Số trẻ đã điểm danh đến so với số nhân viên đã chấm công vào mỗi lớp, cứ mỗi %n phút trong giờ mở cửa. Một mốc bị tính là vi phạm khi số nhân viên có mặt ít hơn mức tỷ lệ của lớp yêu cầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>Số mốc đã kiểm tra</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>Không có vi phạm: mọi lớp đều có đủ nhân viên theo tỷ lệ yêu cầu ở mọi mốc.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>Số trẻ cao nhất</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Nhân viên có mặt</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>Nhân viên cần có</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1 (%2)
trẻ · nhân viên/cần có</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  VI PHẠM</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>Không thể đọc từ máy chủ trung tâm: đã mất kết nối với máy chủ (%1). Không có gì được thay đổi. Hãy thử lại khi máy chủ phản hồi.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>Không thể đọc từ máy chủ trung tâm: một thay đổi của máy trạm khác đã xảy ra cùng lúc (%1). Không có gì được thay đổi. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>Không thể đọc từ máy chủ trung tâm: %1.</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>Không thể đọc tệp dữ liệu: một phần của tệp bị hỏng (%1) nên không thể hiển thị đầy đủ nội dung. Không có gì được thay đổi. Hãy báo cho người quản lý máy tính này.</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>Không thể đọc tệp dữ liệu: ổ đĩa đã báo lỗi (%1). Không có gì được thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>Không thể đọc tệp dữ liệu: một máy trạm Kindred khác đang giữ tệp (%1). Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>Không thể đọc tệp dữ liệu: %1.</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>Trẻ %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>Các hạn chế đón trẻ (không được giao trẻ) của %1 đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>Danh sách người được phép đón %1 đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>Bản ghi chuyên cần %1 đã bị xóa bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>Một bản ghi chuyên cần của %1 ngày %2 (bản ghi %3) đã bị thêm vào bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>Bản ghi chuyên cần của %1 ngày %2 (bản ghi %3) đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>Quyền của vai trò %1 đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Nhân viên %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>Các cơ sở mà %1 làm việc, hoặc vai trò của họ tại đó, đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>%1 đã bị thêm vào danh sách nhân viên bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>%1 đã bị xóa khỏi danh sách nhân viên bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>Vai trò hoặc trạng thái lưu trữ của %1 đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>Mã PIN, mật khẩu hoặc vai trò tài khoản của %1 đã bị thay đổi bên ngoài Kindred.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>%1 không còn trong hồ sơ (đã bị xóa tại một quầy khác). Không có gì được lưu.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1 tại một quầy khác lúc %2, do %3 thực hiện.</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1 tại một quầy khác.</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>Không có gì được lưu, và những gì bạn đã nhập vẫn còn ở đây. Hãy tải lại để xem thay đổi, rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 đã được thay đổi</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Sổ điểm danh đến và về hằng ngày</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>Giờ đến và giờ về của từng trẻ, người đưa đến và người đón, các lần sửa và nhân viên trực; mỗi ngày một trang.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Chuyên cần</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>Số ngày và số giờ theo từng trẻ và từng lớp, các lần vắng mặt và các lượt có mặt chưa bao giờ được điểm danh về.</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>Tuân thủ tỷ lệ</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>Số trẻ so với số nhân viên có mặt ở mỗi lớp, cứ mỗi 15 phút trong giờ mở cửa; liệt kê các vi phạm.</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Sổ sự cố</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>Mọi sự cố trong kỳ: trẻ, diễn biến, xử trí, đã báo phụ huynh, phê duyệt; các sự cố phải báo cáo được tô sáng.</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>Tiêm chủng đến hạn</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>Theo từng lớp, các liều đến hạn hoặc quá hạn vào cuối kỳ theo lịch tiêm chủng của trung tâm.</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>Khiếu nại và phản hồi</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>Theo tháng và danh mục: số phiếu theo loại, số giờ trung vị để tiếp nhận và giải quyết, các mục tiêu không đạt, mức độ hài lòng.</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>Dị ứng và bệnh lý</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>Theo từng lớp, dị ứng của từng trẻ kèm phản ứng và kế hoạch xử trí, cùng ghi chú y tế.</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>Theo từng lớp, số điện thoại của người giám hộ, người liên hệ khẩn cấp theo thứ tự gọi, các cảnh báo.</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>Các sinh nhật trong kỳ, số tuổi tròn của từng trẻ và sự đồng ý chụp ảnh.</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>Ghi danh và sức chứa</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>Theo từng lớp: sức chứa, số trẻ đã ghi danh, chỗ trống, danh sách chờ, chuyên cần.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>Không có báo cáo nào tên “%1”. Các báo cáo là: %2.</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>Hãy chọn ngày đầu tiên của kỳ.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>Hãy chọn ngày cuối cùng của kỳ.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>Ngày cuối cùng của kỳ nằm trước ngày đầu tiên.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>Hãy chọn một kỳ dài tối đa mười năm.</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>Lớp đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>Lớp đó thuộc một cơ sở khác.</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>Kindred xuất báo cáo dạng PDF hoặc CSV: hãy đặt tên tệp là ….pdf hoặc ….csv (không phải %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>“%1” không phải là ngày: hãy viết theo dạng năm-tháng-ngày, ví dụ 2026-03-01.</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>Không có lớp nào tên “%1”. Các lớp là: %2.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>kindred report: %1</source>
        <translation>kindred report: %1</translation>
    </message>
    <message>
        <source>this centre has several sites: give --site NAME or --site all (the sites: %1).</source>
        <translation>trung tâm này có nhiều cơ sở: hãy đưa --site NAME hoặc --site all (các cơ sở: %1).</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>Xuất một báo cáo dạng PDF hoặc CSV mà không mở cửa sổ.</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>Đọc tệp dữ liệu tại &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>Đọc trung tâm trên máy chủ tại &lt;conninfo&gt;.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>Liệt kê các báo cáo rồi thoát.</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>Ngày đầu tiên của kỳ (2026-03-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>Ngày cuối cùng của kỳ (2026-03-31).</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>Cơ sở cần lập báo cáo (tên cơ sở), hoặc all để đặt mọi cơ sở cạnh nhau (mặc định: cơ sở của máy tính này).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>cơ sở</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>Chỉ lớp này của cơ sở (tên hoặc số).</translation>
    </message>
    <message>
        <source>room</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>Tệp cần ghi: .pdf hoặc .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 hoặc letter (mặc định: theo thiết lập vùng).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>khổ</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV không có dấu thứ tự byte UTF-8.</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>Trước hết kiểm tra toàn bộ tệp dữ liệu (quick_check), bất kể kích thước.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>Lệnh report.</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>Báo cáo cần xuất (xem --list).</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>hãy nêu tên một báo cáo, ví dụ: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list liệt kê tất cả).</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>hãy cho biết nơi ghi báo cáo bằng --out FILE.pdf hoặc --out FILE.csv.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>--paper nhận a4 hoặc letter, không phải %1.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không thể mở %1: %2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report: cảnh báo: %1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>không thể mở %1: không có dữ liệu Kindred trong đó.</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>tệp này cần được nâng cấp: hãy chạy kindred migrate --database %1 (một bản sao có kiểm tra sẽ được giữ trước), rồi chạy lại báo cáo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n dòng).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tất cả các cơ sở</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Không có cơ sở</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>Không có gì được thay đổi. Không thể lưu logo dưới dạng ảnh PNG.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu dạng PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>Chưa lưu PDF</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>In ngày %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>Không có gì để báo cáo trong kỳ này.</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1 — họ tên và chữ ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>Không có gì được thay đổi: không ai được tự thay đổi vai trò của mình. Hãy nhờ một quản trị viên khác.</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>Không có gì được thay đổi: bạn đang đăng nhập với tư cách %1 và sẽ mất quyền tự quản lý tài khoản. Một quản trị viên khác có thể thay đổi những gì %1 được làm.</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>Không có gì được thay đổi: chính bạn đang giữ vai trò %1, và không ai được tự trao thêm quyền cho mình. Một quản trị viên khác có thể cho phép %1 %2.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Trung tâm giữ trẻ Kindred</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>Kiểm diện khẩn cấp</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · %2, %3 tại cơ sở</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n trẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n nhân viên</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>Đã xác nhận %1 / %2.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>Dị ứng nguy hiểm đến tính mạng</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>Dị ứng khác, ghi chú y tế</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Người liên hệ khẩn cấp</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>Không có trẻ nào đang được điểm danh có mặt.</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>Nhân viên tại cơ sở</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Chấm công vào lúc</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>Không có nhân viên nào đã chấm công vào.</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>Người thực hiện kiểm diện</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>Người phụ trách sơ tán hoặc giám đốc</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>Không thể đọc bản sao gần nhất của danh sách kiểm diện trên máy tính này (%1): %2. Bản sao không được hiển thị, để không ai nhầm đó là danh sách đầy đủ. Hãy dùng danh sách đã in hoặc sổ điểm danh của các lớp.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>Không thể lưu một bản sao của danh sách kiểm diện trên máy tính này (%1): %2.</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>không thể tạo thư mục chứa bản sao</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>không thể đặt bản sao ở chế độ riêng tư</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>Không thể xóa bản sao cũ của danh sách kiểm diện trên máy tính này (%1).</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>bản sao bị hỏng hoặc không đầy đủ</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>đây không phải là danh sách kiểm diện của Kindred</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>bản sao được ghi bởi một phiên bản Kindred khác</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n trẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>Không có trẻ nào có mặt.</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>Không có trẻ nào có mặt; %n nhân viên đã chấm công vào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>Không có ai chấm công vào để trông %1: hãy chấm công vào lớp này cho một nhân viên trên bảng Ai đang có mặt.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n nhân viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>Hãy chấm công vào thêm %n người.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1 với %2 (tỷ lệ %3 cần %4).</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Chưa xếp lớp</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>Lớp đã lưu trữ</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>Không đạt tỷ lệ: %1 cần %2 theo tỷ lệ %3, trong khi có %n người đã chấm công vào. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>Kindred không thể kiểm tra cấu trúc của tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Tệp dữ liệu Kindred không đầy đủ: thiếu %1. Tệp không được mở và không có gì trong tệp bị thay đổi. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Tệp dữ liệu Kindred không đầy đủ: thiếu %1. Tệp không được mở và không có gì trong tệp bị thay đổi. Hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>Tệp dữ liệu Kindred chứa nội dung không phải do Kindred tạo ra (%1); một chương trình khác đã thay đổi tệp. Tệp không được mở và không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>bảng %1</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>chỉ mục %1</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>trình kích hoạt (trigger) %1</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>khung nhìn (view) %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>an object of the database: its type, then its name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SecurityLabelPainter</name>
    <message>
        <source>ALLERGY: %1 (!)</source>
        <translation>DỊ ỨNG: %1 (!)</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>Dị ứng: %1 (%2)</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>Phiếu đón trẻ — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Mã đón</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>Địa chỉ máy chủ đang trống. Hãy nhập theo dạng postgresql://server/kindred hoặc host=server dbname=kindred.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Địa chỉ máy chủ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>libpq đã hết bộ nhớ</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>Địa chỉ máy chủ không hợp lệ: thiết lập %1 không được chứa “;”.</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Địa chỉ máy chủ không hợp lệ: cổng “%1” không phải là số từ 1 đến 65535.</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>Máy chủ trung tâm không cho biết giờ hiện tại.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>Đồng hồ của máy tính này chậm hơn đồng hồ của máy chủ trung tâm %n phút. Kindred ghi theo giờ của máy chủ; hãy nhờ người quản lý máy tính này chỉnh lại đồng hồ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>Đồng hồ của máy tính này nhanh hơn đồng hồ của máy chủ trung tâm %n phút. Kindred ghi theo giờ của máy chủ; hãy nhờ người quản lý máy tính này chỉnh lại đồng hồ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, cổng %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>Chưa cài trình điều khiển PostgreSQL: hãy cài libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>Không kết nối được máy chủ trung tâm tại %1. Hãy kiểm tra máy tính này đã kết nối vào mạng của trung tâm và máy chủ đang chạy.</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>Máy chủ trung tâm tại %1 đang khởi động hoặc đang tắt. Hãy thử lại sau một phút.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Địa chỉ máy chủ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>Máy chủ trung tâm không có cơ sở dữ liệu “%1”. Hãy kiểm tra tên cơ sở dữ liệu trong địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>Máy chủ trung tâm không có người dùng “%1”. Hãy kiểm tra tên người dùng trong địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>Máy chủ trung tâm không chấp nhận mật khẩu của “%1”.</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>Máy chủ trung tâm tại %1 đã từ chối kết nối. Hãy nhờ người đã thiết lập máy chủ kiểm tra địa chỉ máy chủ.</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>một phiên bản mới hơn</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>một phiên bản cũ hơn</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>Không có bản sao lưu nào được tạo: máy chủ trung tâm chạy PostgreSQL %1, mới hơn pg_dump của máy tính này (%2), nên pg_dump không thể sao lưu. Hãy cài pg_dump %3 tại đây (gói Debian postgresql-client-%3) rồi thử lại.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>Không có bản sao lưu nào được tạo: pg_dump không thể sao lưu máy chủ trung tâm (%1).</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>Không có bản sao lưu nào được tạo: pg_dump chưa được cài trên máy tính này. Hãy cài gói Debian postgresql-client-15 (hoặc bản client theo phiên bản của máy chủ) rồi thử lại.</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>Không có bản sao lưu nào được tạo: %1 đã tồn tại.</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>Không có bản sao lưu nào được tạo: Kindred không thể ghi vào %1.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>Không có bản sao lưu nào được tạo: pg_dump chưa chạy xong (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>Không có bản sao lưu nào được tạo: tệp lưu trữ mà pg_dump ghi vào %1 không đầy đủ hoặc không thể đặt vào đúng vị trí.</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>Cơ sở dữ liệu của máy chủ trung tâm cần được nâng cấp lên lược đồ %1, việc mà chỉ chủ sở hữu của nó (vai trò cơ sở dữ liệu %2) được làm; máy trạm này kết nối với tư cách %3. Hãy nhờ người quản lý máy chủ chạy kindred migrate --server với user=%2 một lần, rồi khởi động lại Kindred tại đây.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>Tệp dữ liệu có bảng “%1” mà lược đồ của máy chủ không có; không có gì được sao chép. Có phải bản Kindred này cũ hơn bản đã ghi tệp lần cuối không?</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>Bảng “%1” của máy chủ không có cột “%2” tương ứng với tệp dữ liệu; không có gì được sao chép.</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>Bảng “%1” của máy chủ không chứa đúng những gì tệp dữ liệu chứa sau khi sao chép (số dòng trên máy chủ: %2; trong tệp dữ liệu: %3); không có gì được giữ lại.</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>Nhật ký kiểm toán đã sao chép lên máy chủ không xác minh được; không có gì được giữ lại. %1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>Không thể sao chép một dòng của “%1” lên máy chủ: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>Cơ sở dữ liệu “%1” của máy chủ đã chứa một trung tâm Kindred; không có gì được thay đổi. Chỉ có thể chuyển một trung tâm vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu “%1” của máy chủ không trống (có “%2” và %n bảng, view hoặc sequence khác); không có gì được thay đổi. Hãy dùng một cơ sở dữ liệu mới, trống.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>Chỉ tệp dữ liệu mới có thể được chuyển lên máy chủ.</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>Tệp dữ liệu đang ở phiên bản dữ liệu %1, còn Kindred này ở %2: hãy nâng cấp tệp trước.</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ trung tâm không thể lưu các bản ghi của Kindred đúng như khi được ghi: nó dùng bảng mã %2 và quy tắc đối chiếu %3, trong khi Kindred cần UTF8 và C. Không có gì được thay đổi. Hãy nhờ người quản lý máy chủ tạo một cơ sở dữ liệu trống bằng CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, và kết nối Kindred với cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ trung tâm đã có những bảng không do Kindred tạo. Không có gì được thay đổi. Hãy kết nối Kindred với một cơ sở dữ liệu trống, hoặc với cơ sở dữ liệu của chính Kindred.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ trung tâm thuộc về một chương trình khác, không phải Kindred. Không có gì được thay đổi. Hãy kiểm tra địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>Máy chủ trung tâm này đã được nâng cấp bởi một phiên bản Kindred mới hơn (lược đồ %1); Kindred trên máy tính này chỉ biết đến %2. Hãy cài phiên bản Kindred mới hơn tại đây.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>Kindred không thể cập nhật máy chủ trung tâm trong khi có %n máy trạm dùng phiên bản Kindred cũ hơn đang kết nối (%1). Hãy đóng Kindred ở đó, hoặc cập nhật nó, rồi khởi động lại Kindred tại đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>Kindred không thể nâng cấp cơ sở dữ liệu của máy chủ trung tâm lên lược đồ %1 (%2). Không có gì được thay đổi: mọi máy trạm vẫn tiếp tục làm việc với lược đồ hiện có.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>Bản Kindred này không thể nâng cấp cơ sở dữ liệu của máy chủ trung tâm lên lược đồ %1: thiếu phần nâng cấp không phải SQL. Không có gì được thay đổi.</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>Không có gì được lưu: thời hạn tiếp nhận phải từ 1 đến %1 giờ làm việc.</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>Không có gì được lưu: thời hạn giải quyết phải ít nhất bằng thời hạn tiếp nhận và tối đa %1 giờ làm việc.</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>%1 không còn trong danh sách nhân viên: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>Một quản trị viên đã đặt lại mã PIN hoặc mật khẩu của %1 kể từ khi người này đăng nhập: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 không có trong hồ sơ: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 Hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>Giám đốc vượt quy định (lý do chỉ hiển thị với các vai trò được xem hạn chế về quyền nuôi con)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Sổ điểm danh đến và về hằng ngày</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>Ngày này có đổi giờ: ngày có %n giờ. Các giờ dưới đây là giờ địa phương sau khi đổi, ở những chỗ áp dụng; số giờ có mặt là thời gian thực tế đã trôi qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Người đưa đến</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Quầy (đến)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Về</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Người đón</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Quầy (về)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>CHƯA ĐIỂM DANH VỀ</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>Đón muộn: %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>Giám đốc vượt quy định: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Nhóm: %1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>Đã sửa (xem bên dưới)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>Không có trẻ nào được điểm danh đến trong ngày này.</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>Số trẻ đã điểm danh đến</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Chưa điểm danh về</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Các lần sửa</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Mục thay đổi</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh đến</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Điểm danh về</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>Nhân viên trực</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>Không có nhân viên nào chấm công vào trong ngày này.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>Chấm công vào</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>Chấm công ra</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Người đưa đến</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>Quầy (đến)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Giờ về</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Người đón</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>Quầy (về)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>Số phút đón muộn</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Lý do vượt quy định</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Các lần sửa</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>Sổ điểm danh đến và về hằng ngày</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>Không có trẻ nào được điểm danh đến trong kỳ này.</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>cơ sở này</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>%1 không làm việc tại cơ sở nào đang hoạt động, nên không làm việc tại %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>%1 làm việc tại %2, không phải tại %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>Kindred không thể cập nhật tệp dữ liệu lên phiên bản %1 (%2). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>Bản Kindred này không thể cập nhật tệp dữ liệu lên phiên bản %1: thiếu phần cập nhật không phải SQL. Tệp được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Mã PIN gồm %1 đến %2 chữ số.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Mã PIN chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Mật khẩu có ít nhất %1 ký tự; một câu ngắn thì dễ nhớ.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Mật khẩu không được chỉ gồm dấu cách.</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>Kindred không thể khởi động chức năng bảo vệ mật khẩu trên máy tính này.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>Máy tính này không đủ bộ nhớ trống để bảo vệ mã PIN hoặc mật khẩu. Hãy đóng các chương trình khác rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>Cơ sở %1 đã được lưu trữ: máy tính này không thể phục vụ cơ sở đó.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>Một máy trạm Kindred khác đang lưu vào lúc này. Không có gì được thay đổi; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>Một thay đổi của máy trạm khác đã xảy ra cùng lúc với thay đổi này trên máy chủ trung tâm. Không có gì được thay đổi; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>Kindred đã mất kết nối với máy chủ trung tâm. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>Máy chủ trung tâm không cho phép Kindred thực hiện thay đổi này (máy chủ ở chế độ chỉ đọc, hoặc người dùng cơ sở dữ liệu của Kindred không có quyền). Không có gì được thay đổi. Hãy hỏi người đã thiết lập máy chủ.</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>Ổ đĩa của máy chủ trung tâm đã đầy nên Kindred không thể lưu. Không có gì được thay đổi. Hãy nhờ người quản lý máy chủ giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>Máy chủ trung tâm đã báo hư hỏng hoặc lỗi ổ đĩa trong khi Kindred đang làm việc. Không có gì được thay đổi. Hãy nhờ người quản lý máy chủ kiểm tra.</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>Thay đổi này xung đột với các bản ghi đã lưu (%1). Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>Kindred không thể hoàn tất thay đổi này: %1. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>Kindred không thể mở một tệp cần thiết bên cạnh tệp dữ liệu (có thể thư mục không cho phép Kindred tạo tệp). Không có gì được thay đổi. Hãy nhờ người quản lý máy tính này kiểm tra quyền của thư mục.</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>Không thể ghi vào tệp dữ liệu Kindred (tệp hoặc thư mục chứa tệp ở chế độ chỉ đọc). Không có gì được thay đổi. Hãy nhờ người quản lý máy tính này kiểm tra quyền của tệp.</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>Ổ đĩa đã đầy nên Kindred không thể lưu. Không có gì được thay đổi. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>Kindred đã gặp một phần bị hỏng của tệp dữ liệu. Không có gì được thay đổi. Hãy đóng Kindred rồi mở lại: Kindred sẽ kiểm tra toàn bộ tệp và cho biết cần làm gì.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>Ổ đĩa đã báo lỗi trong khi Kindred đang lưu an toàn thay đổi này, nên Kindred không chắc thay đổi đã được lưu hay chưa. Hãy xem lại bản ghi trước khi thực hiện lại, và cho kiểm tra ổ đĩa.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>Ổ đĩa đã báo lỗi trong khi Kindred đang đọc tệp dữ liệu. Không có gì được thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>Ổ đĩa đã báo lỗi trong khi Kindred đang lưu. Không có gì được thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>Không kết nối được máy chủ trung tâm. Không có gì được thay đổi, và những gì bạn đã nhập vẫn còn ở đây: hãy thử lại sau giây lát. Nếu tình trạng này tiếp diễn, hãy hỏi người quản lý máy chủ hoặc mạng.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>Kindred đã mất kết nối với máy chủ trung tâm trong khi đang lưu. Khi máy chủ phản hồi trở lại, hãy xem lại bản ghi trước khi thực hiện lại: Kindred không biết máy chủ đã lưu hay chưa.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>người dùng của máy tính này</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>máy chủ trung tâm yêu cầu mật khẩu của %1, nhưng không có cửa sổ dòng lệnh để hỏi: hãy ghi mật khẩu vào ~/.pgpass (hoặc tệp mà PGPASSFILE chỉ định), chỉ mình bạn được đọc.</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>Mật khẩu của %1 trên máy chủ trung tâm: </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>chưa nhập mật khẩu; không có gì được thay đổi.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>Chờ phụ huynh</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Lo ngại</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Khen ngợi</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Chăm sóc</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Ăn uống</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Học phí</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Cơ sở vật chất</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Đã mở phiếu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Do %1 phụ trách</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Đã chuyển người phụ trách từ %1 sang %2</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>%1 hiện được chia sẻ phiếu này</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>%1 không còn được chia sẻ phiếu này</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>Phản hồi của phụ huynh: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Đã liên kết với sự cố %1</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>Quý phụ huynh đã nêu với chúng tôi</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>Gia đình đó không có trong hồ sơ.</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Trung tâm của chúng tôi</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>Ý kiến của Quý phụ huynh và cách chúng tôi đã xử lý: gia đình %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>Trong hồ sơ không có ý kiến, câu hỏi hay khiếu nại nào của gia đình này.</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 số %2: %3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Về việc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Điều Quý phụ huynh đã chia sẻ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>Phản hồi của Quý phụ huynh</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1, %2/5: %3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>chưa hài lòng</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Phụ huynh hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>Phiếu %1 không có trong hồ sơ.</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>Hãy chọn tháng cuối không trước tháng đầu.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>Số giờ trung vị để tiếp nhận</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>Số giờ trung vị để giải quyết</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>Giải quyết ngay lần liên hệ đầu</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>Tỷ lệ giải quyết ngay lần liên hệ đầu (%)</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>Mức hài lòng trung bình (1-5)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Số lần hỏi lại phụ huynh</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>Trung tâm của chúng tôi</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>Ý kiến phản hồi và khiếu nại của phụ huynh</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>Không có phiếu nào được nêu trong kỳ này.</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>Mức hài lòng trung bình</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>Những gì phụ huynh đã nêu</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>Cách chúng tôi đã phản hồi</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>Số giờ là số giờ đồng hồ đã trôi qua kể từ khi ghi nhận. Một phiếu bị tính là quá hạn khi được tiếp nhận hoặc giải quyết sau thời hạn, hoặc vẫn đang chờ khi đã quá thời hạn; các dòng quá hạn được đánh dấu màu đỏ.</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>chưa hài lòng</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 trên 5</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>Đã tiếp nhận trong quá trình xử lý</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>Không có gì được thay đổi: phiếu đã ở trạng thái %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>Không có gì được thay đổi: chỉ phiếu đã giải quyết mới có thể được đóng. Hãy giải quyết phiếu trước.</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>Không có gì được thay đổi: chỉ phiếu đã giải quyết hoặc đã đóng mới có thể được mở lại.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>Không có gì được thay đổi: phiếu này đã được đóng. Hãy mở lại phiếu để tiếp tục xử lý.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>Không có gì được thay đổi: phiếu này đã được giải quyết. Hãy đóng phiếu kèm phản hồi của phụ huynh, hoặc mở lại phiếu để tiếp tục xử lý.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>Không có gì được thay đổi: phiếu không thể chuyển từ trạng thái %1 sang %2.</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>Không có gì được thay đổi: hãy ghi lại những gì phụ huynh nói khi được hỏi lại.</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>Không có gì được thay đổi: hãy ghi lại đánh giá của phụ huynh từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>Không có gì được thay đổi: phiếu chỉ được đóng sau khi đã hỏi lại phụ huynh. Hãy ghi lại phản hồi của họ, hoặc lý do không thể hỏi lại.</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>Không có gì được thay đổi: hãy viết tóm tắt ngắn về cách việc này đã được giải quyết.</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>Không có gì được thay đổi: hãy cho biết lý do mở lại phiếu.</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>Phụ huynh chưa hài lòng khi được hỏi lại.</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>Lượt điểm danh đến của %1 đã được hoàn tác rồi. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>%1 đã về sau đó (lúc %2), nên không thể hoàn tác lượt điểm danh đến: làm vậy sẽ xóa thông tin ai đã đón %1. Nếu lượt điểm danh về là nhầm lẫn, hãy hoàn tác lượt đó trước. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>%1 chưa được điểm danh về nên không có lượt điểm danh về nào để hoàn tác. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 đã được điểm danh đến tại một quầy khác: chỉ quầy đó mới có thể hoàn tác. Hãy nhờ giám đốc hủy bỏ kèm lý do (Sửa hoặc hủy bỏ). Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 đã được điểm danh về tại một quầy khác: chỉ quầy đó mới có thể hoàn tác. Hãy nhờ giám đốc hủy bỏ kèm lý do (Sửa hoặc hủy bỏ). Không có gì được thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Chỉ có thể hoàn tác lượt điểm danh đến trong vòng %n phút. Hãy nhờ giám đốc hủy bỏ lượt điểm danh đến của %1 kèm lý do (Sửa hoặc hủy bỏ). Không có gì được thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>Chỉ có thể hoàn tác lượt điểm danh về trong vòng %n phút. Hãy nhờ giám đốc hủy bỏ lượt điểm danh về của %1 kèm lý do (Sửa hoặc hủy bỏ). Không có gì được thay đổi.</numerusform>
        </translation>
    </message>
</context>
</TS>
