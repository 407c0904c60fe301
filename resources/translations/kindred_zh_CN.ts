<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>未作任何更改：这样将没有人能够管理账户。请先将该权限授予另一名员工。</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>过敏与健康状况</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>过敏原</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康备注</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>过敏（按严重程度从高到低）</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>未分配班级</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>。反应：%1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>。处理：%1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>没有在册儿童记录了过敏或健康备注。</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>列出的儿童</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>有危及生命的过敏</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>突出显示：危及生命的过敏。请始终将处理方案和药物随儿童携带，包括外出活动时。</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>未作任何更改：保留期限为 1 至 600 个月。</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>未作任何更改：该家庭尚未离开，或离开不足 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>前成人</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>前儿童</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>该儿童已不在档案中（该家庭可能已被归档）。未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 在 %2 入托：请在该园区的前台为其签到和签退。未记录任何内容。</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>请从该家庭的名单中选择在前台的成人。</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>请从列表中选择一名员工。</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>该出勤记录不在档案中。</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>今天没有儿童使用代码 %1 签到。请核对收据上的代码。</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>未记录班级</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>中心有儿童在园的天数</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>儿童出勤人天数</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>出勤小时数</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>已记录的缺勤</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>按班级</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>人天数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>日均</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>按儿童</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>未签退</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>儿童编号</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>突出显示：未签退的在园记录；其小时数不计入。</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>Kindred 今天的安全码已用完。未记录任何内容；请联系技术支持。</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>%1 已签到。未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>%1 尚未签到，因此无法签退。未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>审计记录在 Kindred 之外被更改，位置为第 %1 条（或其之前的某条被删除）。</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>审计记录在 Kindred 之外被更改，位置为第 %1 条：该条被一次涂抹（第 %2 条）清空，而该涂抹不属于任何家庭的匿名化操作。</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>审计记录在 Kindred 之外被更改，位置为第 %1 条：该条被某个已匿名化家庭的涂抹（第 %2 条）清空，但它涉及的是另一个家庭的记录。</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>审计记录在 Kindred 之外被更改：其头记录（记载 Kindred 写入的条目数）已被删除。</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>审计记录在 Kindred 之外被更改：最新的条目已被删除。记录现在止于第 %1 条，但 Kindred 最后写入的是第 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>其中有 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>审计记录在 Kindred 之外被更改：%1，但 Kindred 写入了 %2（有条目被删除）。</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>审计记录在 Kindred 之外被更改：%1，但 Kindred 写入了 %2（有条目被添加或改写）。</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>系统（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>未作任何更改：只有在家庭被匿名化时才会涂抹审计条目。</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>未作任何更改：审计条目 %1 在 Kindred 之外被更改，因此将作为证据保留。请检查审计记录并询问您的管理员。</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>一名儿童</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>一名员工</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>一名成人</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>一个班级</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>一个家庭</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>%1 于 %3 为 %2 签到。</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>%1 于 %3 为 %2 签到，由 %4 送来。</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>%1 于 %3 为 %2 签退。</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>%1 于 %3 为 %2 签退，由 %4 接走。</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>%1 于 %3 将 %2 交给 %4，覆盖了一条接送规则。</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>%1 将 %2 的签到时间从 %3 更正为 %4。</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>%1 将 %2 的签退时间从 %3 更正为 %4。</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>%1 撤销了 %2 的签到。</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>%1 撤销了 %2 的签退。</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>%1 将 %2 在 %3 标记为缺勤。</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>%1 创建了%2。</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>%1 将%2转为“%3”。</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>%1 将%2交给了新的负责人。</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>%1 为%2添加了备注。</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>%1 为%2添加了协助人。</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>%1 从%2中移除了协助人。</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>%1 将一个事件关联到%2。</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>%1 记录了%2。</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 更改了%2。</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>%1 将%2提交审核签字。</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>%1 审核签字了%2。</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>%1 记录了家长已确认%2。</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>%1 记录了 %2 已确认%3。</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>%1 修订了%2。</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>%1 将%2关联到一个工单。</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>%1 开始了紧急点名（%2）。</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>%1 在紧急点名中清点了 %2。</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>%1 结束了紧急点名。</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>%1 为 %2 上班打卡，进入 %3。</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>%1 为 %2 上班打卡。</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>%1 为 %2 下班打卡。</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>%1 将 %2 添加为员工。</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>%1 更改了 %2 的员工记录。</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>%1 归档了 %2 的员工记录。</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 已登录。</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>以 %1 身份登录失败。</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>为 %1 设置的新 PIN 被拒绝。</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>%1 设置了 %2 的 PIN。</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>%1 设置了 %2 的密码。</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>%1 为 %2 开设了账户。</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>%1 更改了 %2 的角色。</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>%1 更改了 %2 的园区和角色。</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 解锁了 %2 的账户。</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>%1 解锁了前台。</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>已为 %1 重置管理员登录。</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>%1 添加了家庭 %2。</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>%1 更改了 %2 的家庭记录。</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>%1 归档了家庭 %2。</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>%1 导出了家庭 %2 的数据。</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>%1 对一个记录已超过保留期限的家庭进行了匿名化。</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>%1 更改了禁止接走 %2 的人员。</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>%1 更改了可以接走 %2 的人员。</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>%1 添加了班级 %2。</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>%1 更改了班级 %2。</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>%1 归档了班级 %2。</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>%1 更改了设置项 %2。</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>%1 更改了中心的标志。</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>%1 为 %2 记录了一次用药。</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>%1 为 %2 记录了一次疫苗接种。</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>%1 从备份恢复了数据文件。</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>Kindred 填充了演示中心的数据。</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1：对 %3 %4 执行了“%2”。</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>这不是此计算机于 %1 在此文件中看到的审计记录：其第一个条目不同。可能是该文件被另一个中心的文件替换，或者审计记录在 Kindred 之外被改写。</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>审计记录在第 %1 条之前就结束了，而此计算机曾于 %2 看到该条目。可能这是该文件的旧副本（恢复的备份），或者有条目在 Kindred 之外被删除。</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>审计条目 %1 与此计算机于 %2 看到的不同：审计记录在 Kindred 之外被改写。</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>审计记录的条目比此计算机于 %1 看到时少：有条目在 Kindred 之外被删除。</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>……还有 %1 项。</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>受保护的记录与其最后一次审计时的状态不符（%1）：
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>此计算机于 %1 看到的审计条目后来被清空或改写，且并非由家庭匿名化所致：审计记录在 Kindred 之外被更改。</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>无法重新打开备份 %1 以将其保存到磁盘。</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>磁盘已满，无法保存备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>无法将备份 %1 保存到磁盘（%2）。</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>磁盘已满，无法写入备份。</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>写入备份失败（%1）。</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>已存在名为 %1 的文件；备份未覆盖该文件。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>备份文件夹 %1 不存在或无法访问。</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>数据文件未打开，因此无法创建备份。</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>磁盘已满，无法在 %1 中写入备份。</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>Kindred 无权写入备份文件夹 %1（%2）。</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>备份不完整（%1 字节，而非 %2 字节）；磁盘可能已满。未创建备份。</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>副本未通过检查，因此未创建备份：%1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>在此期间出现了名为 %1 的文件；备份未覆盖该文件。</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>无法将备份命名为 %1（%2）。</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>数据文件本身已损坏，因此未创建备份：副本也会是损坏的。请保留您现有的备份，并在继续记录之前联系技术支持。问题所在：%1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>它不是 Kindred 数据文件</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>它不包含 Kindred 数据</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>它是由较新版本的 Kindred 保存的</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>其完整性检查失败：%1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>其中有记录指向缺失的记录（在 %1 中）</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>其结构不符合 Kindred 文件的要求：%1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>备份 %1 自创建以来已被作为数据文件打开过（旁边有 %2）；无法按原样将其用作备份。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>无法打开备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>备份 %1 不可用：%2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>无法打开备份文件夹 %1 以将备份保存到磁盘（%2）。</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>无法将备份文件夹 %1 保存到磁盘（%2）。</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>无法打开备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>无法读取备份 %1：其中部分已损坏，或它不是 Kindred 文件。</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>数据文件未打开，因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>磁盘已满，无法恢复备份；数据文件未被更改。</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>恢复备份失败（%1）；数据文件未被更改。</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>另一个工作站或程序打开了数据文件，因此未恢复备份，也未作任何更改。请关闭其他工作站上的 Kindred（以及任何报表任务），然后重试。</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>这是数据文件本身，而不是它的备份。</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 未恢复任何内容。</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>数据文件未打开，因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 是另一个数据文件的备份，而不是此数据文件的备份；未恢复任何内容。要查看它，请通过“文件 → 打开数据文件”打开。</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 该备份中的接送规则与数据文件中的不同（%2），因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>恢复前无法将数据文件另行保留，因此未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>已从备份 %1 恢复</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>备份已恢复（原数据文件保留为 %1），但无法在审计记录中记录此次恢复：%2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>未作任何更改：备份文件夹 %1 不存在或无法访问。请选择一个存在的文件夹（网络共享必须已连接）。</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>未作任何更改：Kindred 无权写入备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>未作任何更改：请以小时和分钟给出每日备份的时间。</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>满岁数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>照片同意</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>请勿拍照</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>前台人员</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>请先设置中心的时区（在 Kindred 窗口的“设置”中）：天数和小时数按中心时间计算，而此文件未注明是哪个时区。</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>未作任何更改：中心需要一个名称（它位于每份打印报表的开头）。</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>未作任何更改：请以小时和分钟给出开门和关门时间。</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>未作任何更改：关门时间（%1）必须晚于开门时间（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>未作任何更改：屏幕在 1 至 %n 分钟后锁定，或设为 0 表示从不锁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>未作任何更改：前台可在 0 至 %n 分钟内撤销签到或签退。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>未作任何更改：儿童在预约到达时间后 0 至 %n 分钟算作迟到。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>未作任何更改：请选择中心的时区（例如 Australia/Melbourne）；报表中的日期和时间均按中心时间计算。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>未作任何更改：%1 不是此计算机已知的时区（例如 Australia/Melbourne）。</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>未作任何更改：货币应为三个字母的代码，例如 AUD 或 EUR。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>未作任何更改：%1 不是语言代码；请使用 en、en-AU、fr-CA 或 zh-CN 之类的代码。</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>该文件没有中心时区；已保存升级该文件的计算机所在的时区，待管理员确认。</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>请输入班级名称。</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>最小年龄不能为负数。</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>最大年龄不能小于最小年龄。</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>一个班级至少容纳一名儿童。</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>师幼比要求每名成人至少对应一名儿童。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>请输入员工的名字。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>请输入员工的姓氏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred 尚未翻译成“%1”。请选择 Kindred 已有的语言之一，或选择中心的语言。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--children 需要 1 至 %1 之间的儿童数量，而不是“%2”。</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--sites 需要 1 至 %1 之间的园区数量，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 不是此计算机已知的时区（例如 Australia/Melbourne）。</translation>
    </message>
    <message>
        <source>kindred: %1</source>
        <translation>kindred：%1</translation>
    </message>
    <message>
        <source>kindred %1: %2</source>
        <translation>kindred %1：%2</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;; the commands are init, demo, report, export, import and migrate (kindred --help says more).</source>
        <translation>没有“%1”命令；可用命令为 init、demo、report、export、import 和 migrate（kindred --help 提供更多说明）。</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>一次只能给出一个命令，不能同时给出 %1 和 %2。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>没有 %1 选项（kindred %2--help 会列出所有选项）。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>此处无法理解“%1”（kindred %2--help 说明了可用内容）。</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>--database 和 --server 指定的是两个不同的存储；请只给出其中一个（仅在 migrate 中可同时给出，用于将数据文件迁移到服务器）。</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>--server 需要服务器的地址，例如“host=db.centre.lan dbname=kindred”。</translation>
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
        <translation>全局选项（位于命令之前或之后）：
  --database PATH    数据文件（默认：此计算机上最近打开的存储，
                     否则为用户数据文件夹中的文件）
  --server CONNINFO  中心在 PostgreSQL 服务器上的数据库，格式为 libpq
                     URI 或 key=value 字符串（&quot;host=db.centre.lan dbname=kindred&quot;）；
                     密码取自 ~/.pgpass 或 PGPASSFILE，否则会提示输入
  --lang CODE        文字和日期的语言（en、fr、pt_BR…）
  --help             显示此帮助
  --version          Kindred 的版本
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
        <translation>用法：kindred [GLOBAL] [COMMAND [ARGS]]
面向托育中心的前台系统。不带命令时，Kindred 打开其窗口。

命令：
  init      在新数据文件或空的服务器数据库中建立新中心
            （或重置其管理员）
  demo      在新数据文件中构建演示中心，不打开窗口
  report    以 PDF 或 CSV 格式写出报表，不打开窗口
  migrate   升级旧版 Kindred 的数据文件（先进行经检查的备份），或
            将其迁移到空的服务器数据库（--database FILE --server CONNINFO）
  export, import   此版本中不可用

数据文件为新文件或不存在时，将打开首次启动向导。

窗口选项：
  --demo          在新的或空的数据文件中构建演示中心（PIN 已公开）
  --children N    演示中心的儿童数（1 至 200000，默认每个园区 60 名）
  --sites N       演示中心作为由 N 个园区组成的连锁机构（1 至 20，默认 1）

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
退出状态：0 完成，1 参数错误或被拒绝，2 数据文件无法使用。
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
        <translation>用法：kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
      kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
在 FILE 中构建演示中心，不打开窗口；FILE 必须不存在（或为空）。
文件仅在构建完成后才会出现。使用 --server 时，构建到空的服务器数据库中。

  --children N      中心的儿童数（1 至 200000，默认每个园区 60 名）
  --sites N         由 N 个园区组成的连锁机构（1 至 20，默认 1）：园区 1 使用中心的名称，
                    其他园区使用郊区名称；每个园区都有自己的班级、教师和家庭，
                    部分员工在两个园区工作，并在每个园区各有角色（README：演示中心）
  --time-zone ZONE  中心的时区（默认：此计算机的时区），例如 Europe/Paris

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
        <translation>用法：kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
      kindred report --list
写出报表，不打开窗口。文件只会被读取：它可以是只读的，
同时前台也可以正在向其中保存数据。

  --list          列出所有报表
  --from DATE     第一天，格式为 yyyy-MM-dd（默认：本月第一天）
  --to DATE       最后一天，格式为 yyyy-MM-dd
  --site NAME     此园区，或 all 表示并列显示所有园区（默认：此
                  计算机所属的园区；有多个园区的中心必须指定）
  --room ROOM     仅限该园区的此班级（名称或编号）
  --out FILE      写入位置；.pdf 或 .csv
  --paper SIZE    a4 或 letter（默认：按区域设置）
  --no-bom        CSV 不带 UTF-8 字节顺序标记
  --check         先检查整个文件是否损坏

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
        <translation>用法：kindred migrate [--database FILE]
      kindred migrate --database FILE --server CONNINFO
在其旁边创建经检查的备份后，升级由旧版 Kindred 写入的数据文件；或升级服务器上
中心的数据库。同时给出两个选项时，将数据文件（先升级）在一个事务中复制到
空的服务器数据库，然后检查每个表的行数和审计记录；
如有任何差异，将撤销此次复制。

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
        <translation>用法：kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                   [--country CC] [--currency CODE] [--lang CODE]
      kindred init --server CONNINFO --centre NAME --time-zone ZONE …
      kindred init --reset-admin --database FILE
在 FILE（必须不存在或为空）或服务器数据库（必须不含任何表）中建立新中心，
并设置其第一位管理员。
管理员密码及其确认从标准输入中按两行读取：
至少 12 个字符，且不得包含中心名称或管理员姓名。

  --centre NAME     中心名称，即家长所知的名称
  --time-zone ZONE  中心的时区，例如 Australia/Melbourne
  --admin NAME      管理员的名字和姓氏（默认：Centre Administrator）
  --country CC      国家，两个字母（AU、FR、CA…）
  --currency CODE   货币，ISO 4217 代码（AUD、EUR…；默认：该国货币）
  --lang CODE       同时也是中心的语言，BCP 47 格式（en-AU、fr-CA…）
  --reset-admin     最后一位管理员忘记了密码：设置新密码（从标准输入
                    读取两行）。只有此计算机上该文件的所有者可以执行。

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>用法：kindred %1
此版本中不可用。

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>--lang 需要一个语言代码，例如 en、fr 或 pt_BR（或 pseudo），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>此版本中不可用。</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>（新成人）</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>（新儿童）</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>将可以接走 %3 的 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>将“禁止将 %3 交给”名单中的 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>允许 %1 接走 %2</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>更改 %1 可以接走 %2 的时间</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>不再允许 %1 接走 %2</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>添加“禁止将 %2 交给 %1”</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>更改“禁止将 %2 交给 %1”</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>删除“禁止将 %2 交给 %1”</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1（法院命令 %2）</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 未保存任何内容；已拒绝：%2。</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>更改可以接走儿童的人员需要填写原因。%1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1：请写明终止法院命令 %2 的文件（后续命令、变更令或撤销令，并注明日期）。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>无法读取数据文件中的接送规则，因此未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>其审计记录不完整：%1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>正在将一个中心迁移到服务器数据库“%1”（kindred migrate），迁移尚未完成。未打开任何内容。请在迁移完成后再次打开；如果迁移已中断，请重新运行。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>Kindred 需要更新数据文件 %1，但无法先为其创建安全副本：%2 文件未被更改。</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>中心服务器的数据库 %1 中还没有 Kindred 中心。请使用“kindred init --server”在其中创建一个，或使用“kindred migrate”将数据文件迁移过去。</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>Kindred 无法将 %1 切换到其安全日志模式；它可能位于网络共享上。请将数据文件保存在此计算机自己的磁盘上。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>文件 %1 已损坏，无法打开。未作任何更改。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>文件 %1 无法与其旁边的文件 %2 一起读取，二者不匹配：%2 可能是数据文件的另一个副本遗留下来的（例如用旧副本替换了它时）。未作任何更改。请确保没有 Kindred 正在使用该文件，将 %2 和 %3 移到另一个文件夹（保留它们以供技术支持使用），然后再次打开该文件。</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>文件 %1 属于其他程序，而非 Kindred。该文件未被打开，其中的内容也未被更改。</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>文件 %1 是由较新版本的 Kindred 保存的。请安装较新版本以打开它；其中的内容未被更改。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 是一个文件夹，而不是 Kindred 数据文件。</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>Kindred 无权读取 %1。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 不是 Kindred 数据文件。该文件未被打开，其中的内容也未被更改。</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>文件 %1 不完整（比应有的长度短），可能是在复制过程中被截断。该文件未被打开。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>%1 处没有 Kindred 数据文件：该处的文件为空。未作任何更改。请选择 Kindred 数据文件，或询问此计算机的管理人员该文件在何处。</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>文件 %1 为只读，因此 Kindred 无法在其中记录任何内容。未作任何更改。请让此计算机的管理人员将其设为可写。</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Kindred 数据文件 %1 被另一个程序锁定。请关闭该程序（或等待其完成），然后重试；未作任何更改。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>存放 %1 的磁盘已满，因此 Kindred 无法打开该文件。文件本身完好，未作任何更改。请在该磁盘上释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>文件 %1 或其所在文件夹为只读，因此 Kindred 无法使用它。未作任何更改。请让此计算机的管理人员将二者都设为可写。</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>Kindred 无权打开 %1，或无权在其旁边创建 %2。未作任何更改。请让此计算机的管理人员检查该文件及其文件夹的权限。</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>Kindred 读取 %1 时磁盘报告了错误。未作任何更改。请检查磁盘是否已连接且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>Kindred 无法打开 %1。</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>文件 %1 已损坏。该文件未被打开，其中的内容也未被更改。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>文件 %1 已损坏。请停止在其中记录，关闭 Kindred 并恢复最新的备份。</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>%1 处没有 Kindred 数据文件。</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>Kindred 无法为其数据文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>Kindred 无法创建其数据文件 %1。</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>演示中心的工单和事件需要一名主任、一名前台人员和两名教师。</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>户外游戏区</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>跑步时绊倒，在小路上擦伤了膝盖。</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>清洁了擦伤处，贴上了创可贴。</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>左膝</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>午饭后体温 38.4 °C，烦躁不安。</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>在安静区域休息；已请家长来接。</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>沙坑</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>玩耍时因争抢玩具咬了另一名儿童。</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>将两人分开，安抚了双方，并讲解了要轻轻地对待别人。</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>处方剂量晚了 30 分钟服用。</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>已服药，已告知班级负责人，已核对时间。</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>用餐区</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>起身时头部撞到桌子边缘。</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>冷敷，观察了一小时。</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>前额</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>接孩子时在表格上签了字</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>我们度假的那天被收了费</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>我们告诉过班级周五不来，但仍然被收了费。</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>已退还当天费用，并说明了如何提前登记假期。</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>处理得很快，谢谢。</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>感谢幼儿班</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>我们的儿子每天晚上都会说起他的老师。</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>已在员工会议上转达给该班级。</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>很高兴听到这已被转达。</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>沙坑需要更多遮阳</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>十一点以后沙坑会很热；能否装一个遮阳帆？</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>沙坑遮阳帆已订购；在此之前，玩沙时间安排在十一点之前。</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>很好，不过还需要一段时间。</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>未涂防晒霜</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>户外活动后来接她时，她的肩膀晒红了。</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>已将涂防晒霜的时间加入班级的每日记录表。</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>周四又发生了一次。</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>未被告知外出活动</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>我们是从另一位家长那里才听说去图书馆参观的事。</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>周五提供素食午餐</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>有几个家庭希望每周有一天提供素食午餐。</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>感谢花园日的照片</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>花园日的照片让我们开心了一整周。</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>下一次家长晚会是什么时候？</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>假期前有家长晚会吗？</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>接走前未换尿布</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>我五点接他时，他的尿布已经很湿了。</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>已询问家长应该联系哪些家庭。</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>正在与班级核对外出活动通知名单。</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>早餐后在前台签到；班级记录表上的到达时间早 25 分钟。</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>误为留在家中的兄弟姐妹签到；班级确认该儿童当时不在园。</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 不是此计算机已知的时区（例如 Australia/Melbourne）。</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>演示中心有 1 至 %1 个园区。</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>急救和心肺复苏</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>儿童工作资格审查</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>保姆</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>禁止接走</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>花生</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>坚果</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>蜜蜂蜇伤</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>严重过敏反应</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>使用肾上腺素自动注射笔（EpiPen），拨打急救电话，然后联系家长</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>乳制品</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>鸡蛋</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>麸质</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>草莓</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>青霉素</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>荨麻疹、腹痛</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>服用抗组胺药；联系家长</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>哮喘：包内有蓝色缓解喷雾剂，按需喷 4 下</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>湿疹：玩水后涂药膏</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>有热性惊厥史：体温超过 38.5 °C 时联系家长</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>家庭朋友</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>法院命令：禁止接触</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>无法在 %1 上构建演示中心：%2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>无法构建演示中心：%1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>已在 %1 上构建演示中心（儿童：%2，家庭：%3）。</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>请使用 --database FILE 指定要在其中构建演示中心的新文件。</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 已存在；演示中心只会构建到新文件中，因此未作任何更改。</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>构建演示中心期间出现了 %1；已保持其原样。</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>无法将演示中心放置为 %1。</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>已在 %1 中构建演示中心（儿童：%2，家庭：%3，班级：%4，员工：%5；时区 %6）。</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>历史：%n 个开放日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n 条出勤记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n 个事件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>演示中心没有可在前台值班的前台人员。</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>与家人度假</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>今天是周末，中心不开放，因此今天的出勤为空；在工作日，前台会显示当天预约的儿童为预计到园。</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>中心尚未开门：%n 名员工已上班打卡，尚无人到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>今天有 %n 名儿童预约，预计从开门时间起陆续到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>中心今天已关门：%n 名儿童来过并已回家。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>今天到目前为止：%n 名儿童在园</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n 名已回家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 名迟到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n 名尚未到达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n 名缺席（已计划）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>%n 名员工已上班打卡。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>由 %1 个园区组成的连锁机构。主任（PIN 1111）和前台人员（2222）在每个园区工作，每位教师仅在其班级所在的园区工作；3301 是第一和第二园区的教师，3309 是第二园区的主任兼第一园区的前台人员。</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>%1 的这次签到已作废；无法更正。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>%1 今天仍处于签到状态。更正操作无法为儿童签退：请将 %1 签退给接送名单上的一位成人；如果签到有误，请作废该签到。未作任何更改。</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>%1 在较早日期的在园记录只能以今天之前的时间结束。未作任何更改。</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>%1 的这次签到已作废。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>%1 尚未签退，因此没有可作废的签退。未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>只有办理此次签到的前台可在 %n 分钟内将其作废；超过时限或在其他前台，请联系主任。未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>只有办理此次签退的前台可在 %n 分钟内将其作废；超过时限或在其他前台，请联系主任。未作任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>请说明作废的原因。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>%1 今天未上班打卡（或未登录）：团体只能与在场的员工一起离开。%2 未被签退。</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>%1 有“禁止接走”限制%2，因此不得随团体离开中心，除非主任填写原因后予以覆盖。%1 未被签退。</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> （法院命令 %1）</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>%1 于 %4 与 %2%3 一起离开，尚未返回：请先将该团体签到返回（团体签到）。未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>疏散演练</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>实际疏散</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>封闭防护</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>请输入来访儿童的姓名和出生日期。</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>临时入托儿童至少需要一位留有中心可拨打电话号码的成人。未保存任何内容。</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>临时入托</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>已在前台登记临时入托。</translation>
    </message>
</context>
<context>
    <name>EmergencyContactReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>（您的角色无权查看）</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>未显示监护限制（“禁止接走”）：您的角色无权查看。将儿童交给未列出的任何人之前，请先询问主任。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>危及生命的过敏</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>禁止接走</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>紧急联系人（按此顺序拨打）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>未分配班级</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>危及生命的过敏：%1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>禁止接走：%1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>此班级没有在册儿童。</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>列出的儿童</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 个月</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>未分配班级</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>入托与容量</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>空余名额</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>所需员工</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>日均出勤</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>占用率 %</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>日均出勤人数</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>符合班级条件的候补儿童</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>突出显示：在册儿童超过班级容量。</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>无法读取数据文件：今天的数据为空。</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>无法读取数据文件：无法读取预约。</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退托</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>危及生命</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>家庭信息已更改</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>%1 的信息已更改</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>%1 的过敏信息已更改</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>%1 的紧急联系人已更改</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>%1 的接送规则已更改</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>%1 的预约已更改</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>关于 %1 家庭的全部资料</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1；于 %2 离开本中心</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>节庆</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>与中心分享文化</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>列入家长通讯录</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>常用名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康备注</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>照片同意</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>可以接走</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>禁止接走</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>记录：%1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>更改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>机器可读的导出文件（JSON）包含相同的记录及所有字段、照片以及每次更改的旧值和新值。</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>前儿童</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>前成人</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>已匿名化家庭 %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>该家庭已不在档案中（可能已在另一个工作站上被归档）。</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>请输入成人的名字。</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>请输入成人的姓氏。</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>请输入 %1 的姓氏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>“%1”不是电话号码（请使用 6 至 15 位数字，可以包含空格和开头的 +）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 是监护人：请至少输入一个中心可以拨打的电话号码。</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>该儿童</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>请输入儿童的名字。</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>请输入儿童的姓氏。</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>请输入 %1 的出生日期。</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>%1 的出生日期在未来。</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>按 %1 的出生日期计算已是成人；请检查年份。</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>请写明 %1 对什么过敏。</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>请输入紧急联系人的姓名。</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>请输入紧急联系人的电话号码。</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>请输入紧急联系人 %1 的电话号码。</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>请从该家庭的成人中选择可以接走 %1 的人。</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>%1 的接送许可结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>请选择禁止接走 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>%1 不能既被允许接走 %2，又在禁止接走名单上。</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>请说明禁止将 %2 交给 %1 的原因（例如法院命令）。</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>请说明原因（例如法院命令）。</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>请勾选 %1 预约的日子。</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>请输入 %1 通常到达的时间，在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>请输入 %1 通常回家的时间，不晚于 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>%1 预约的离开时间必须晚于到达时间（%2）。</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>请输入 %1 预约的第一天。</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>%1 的预约结束时间早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>%1 从 %2 起和从 %3 起的预约有同一个星期几重叠；请在一个开始之前结束另一个。</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>请输入家庭名称。</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>家庭卡号由 4 至 16 位大写字母和数字组成；留空则自动生成。</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>请至少添加一位中心可以联系的监护人。</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>同一位成人被列出了两次。</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>%1 已更改</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>%1 的%2已更改</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>%1 的%2已更改</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>内容过长：请控制在 %Ln 个字符以内（当前为 %1 个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>此计算机上的其他账户可以读取数据文件 %1，其中包含儿童的健康和监护信息。请运行以下命令将其设为私有：
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>Kindred 不会使用 %1：它位于网络共享上（%2）。存放 Kindred 数据的 SQLite 无法保护网络共享上的文件：其预写日志（WAL）只有在所有使用该文件的程序都运行在同一台计算机上时才有效，否则签到记录可能丢失或文件可能损坏。未作任何更改。请将数据文件保存在此计算机自己的磁盘上；若多个工作站共用一个中心，请改用 Kindred 服务器（PostgreSQL）。备份文件夹可以位于网络共享上。</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>管理员密码至少需要 %1 个字符；一个简短的句子很容易记住。</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>密码不能只包含空格。</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>密码不得包含中心的名称：这是别人首先会尝试的内容。</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>密码不得包含您自己的姓名：这是别人首先会尝试的内容。</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>请给出中心的名称，即家长所知的名称。</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 不是国家代码；请使用两个字母，例如 AU、FR 或 CA。</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>请选择中心的时区（例如 Australia/Melbourne）：各类表格上的日期均按该时区计算。</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 不是货币代码；请使用三个字母，例如 AUD、EUR 或 CAD。</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 不是语言代码；请使用例如 en、fr-CA 或 pt-BR 这样的代码。</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>请给出管理员的名字。</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>请给出管理员的姓氏。</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>此数据文件已有账户；未作任何更改。</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>Kindred 已有管理员。请登录，然后在“员工”中添加账户。</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>此中心没有可重置的管理员。</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>此中心有多位管理员；其中另一位可以在“账户”中设置新密码，因此未作任何更改。</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>最后一位管理员的密码已遗忘。</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 处没有数据文件。</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>只有此计算机上 %1 的所有者才能重置其管理员；请以该用户身份运行。</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 已存在；新中心只能在新文件中建立，因此未作任何更改。</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>建立中心期间出现了 %1；已保持其原样。</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>无法将新数据文件放置为 %1。</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>生成的历史最晚截至昨天。未写入任何内容。</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>中心的历史中没有可在前台值班的员工。</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>待接种疫苗</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>截至 %1，按中心的接种计划到期或逾期的剂次。剂次在到期 %n 天后即为逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>到期或逾期的剂次</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>已接种</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>受伤</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>财物</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>未遂事件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>待审核签字</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已审核签字</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>经过及处理</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>已告知家长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>已通知家长</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>需上报</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>身体部位：%1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> （%1）</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>由 %1 确认</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>需上报许可管理机构</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>需上报许可管理机构</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>该事件不在档案中。</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred 托育中心</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>事件报告 第 %1 号</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>需上报许可管理机构。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>相关员工</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>目击者</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>急救或采取的措施</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>已通知家长</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>通知人</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>尚未通知任何家长。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>无需跟进。</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已审核签字</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>监护人已确认</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 于 %2（%3）</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>审核签字后的修订</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长或监护人</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>急救或采取的措施</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>目击者</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>已通知家长</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>通知家长时间</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>通知家长方式</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>需上报许可管理机构</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>相关员工</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>未作任何更改。该值对“%1”无效。</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>未作任何更改。“%1”无法修订。</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>请选择涉及的儿童。</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>请输入事件发生的时间。</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>事件发生时间不能在未来。</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>请输入事件发生的地点。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述事件经过。</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>如为受伤，请选择相关员工。</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>如为受伤，请至少写明一位目击者（或填写“无”并说明原因）。</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>如为受伤，请输入受伤的身体部位。</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>请同时输入告知了哪位家长以及告知时间。</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>告知家长的时间不能在未来。</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>请说明需要哪些跟进。</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>急救</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>家长通知</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>上报标记</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>相关员工</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>目击者</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>管理员密码： </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码： </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>请在标准输入中以两行给出管理员密码及其确认。</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不同；未作任何更改。</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>请指定在何处建立中心：使用 --database FILE 指定新文件，或使用 --server CONNINFO 指定空的服务器数据库。</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>需要 --%1。</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>中心管理员</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 已存在；新中心只能在新文件中建立，因此未作任何更改。</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>已在 %2 中建立 %1，管理员为 %3。请使用该姓名和密码登录。</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>无法在 %1 上建立中心：%2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>已在 %2 上建立 %1，管理员为 %3。请使用该姓名和密码登录。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>%1 已设置新密码；此更改已记入审计记录。</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>Kindred 无法获知正在保存的记录的编号。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>显示快捷键</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>重新朗读屏幕</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>开启或关闭全屏</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>紧急点名</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>第一个栏目</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>第二个栏目</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>第三个栏目</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>第四个栏目</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>第五个栏目</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>第六个栏目</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>第七个栏目</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>第八个栏目</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>第九个栏目</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>为所有兄弟姐妹签到</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>标记缺勤</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>补打丢失的标签</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>临时入托儿童</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>团体签到或签退</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>撤销本前台最近一次签到或签退</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>为所选儿童记录事件</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>在墙上显示屏全屏显示看板</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>开始紧急点名</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>立即打印点名表</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>将点名表保存为 PDF</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Kindred::AccessibleNames</name>
    <message>
        <source>%1, row %2</source>
        <comment>an editor in a table: its column&apos;s heading and its row</comment>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>设置 PIN(&amp;P)…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>设置密码(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>授予角色(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>解除前台锁定(&amp;L)</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>没有可显示的员工账户。请先在“员工”页面添加员工；他们的登录方式在此处设置。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>员工角色</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>担任角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>此账户使用的角色：员工本人的角色，或其他角色</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>担任角色(&amp;A)：</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>员工账户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>角色和权限(&amp;R)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>每个园区一个角色</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>本人角色</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直至 %1</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>本前台的 PIN：过去 15 分钟内错误 %1 次；在 %2 之前不接受任何 PIN。</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>本前台的 PIN：过去 15 分钟内错误 %1 次。</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>本前台的 PIN：没有错误尝试。</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>本人角色（%1）</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>本人角色</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>请先在列表中选择一名员工。</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>%1 的 PIN 已保存。</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>%1 的密码已保存。</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>%1 现在担任 %2。</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>%1 现在可以重试。</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>现在可以再次在前台输入 PIN。</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>否：%n 次错误尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>添加成人(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>移除成人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>监护人(&amp;G)（中心会联系他们；他们负有责任）</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>显示在家长通讯录中(&amp;D)</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>母亲、祖父、保姆…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>姓氏(&amp;Y)：</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>关系(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>住宅电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>工作电话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>首选语言(&amp;N)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>（新成人）</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> （监护人）</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>为其打印的信函和标签所用的语言</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>添加过敏(&amp;G)</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>移除过敏</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>此儿童没有过敏记录。请添加家庭告知您的每一项过敏，并注明应对方法。</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>过敏原</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>过敏 %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>花生、鸡蛋、青霉素…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>例如：EpiPen 在红色包里，拨打 000</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>修订第 %1 号事件</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>新值(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>记录修订</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>已审核签字的事件只能通过记录在案的修订来更改：旧值、新值、您的原因、您的姓名和时间都会被保留。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
        <translation>Kindred 无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>此计算机的用户</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>中心服务器要求输入 %1 的密码。

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>Kindred 无法打开 %1 上的中心。

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>此计算机所在园区</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>此中心有多个园区。此计算机位于哪个园区？其前台、看板和紧急点名将显示该园区。</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>Kindred 数据文件</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>关闭仍打开的窗口并重新登录（Ctrl+L）后，窗口语言将切换为 %1。</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>归档 %1</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>归档 &lt;b&gt;%1&lt;/b&gt;？它将从列表中移除，但仍保留在记录中。归档的原因是什么？</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>例如：学期结束时离开本中心</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>请说明更正时间的原因。未作任何更改。</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>请输入正确的时间。未作任何更改。</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>更正后的时间在未来。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>%1 于 %2 离开；签到时间必须早于此时间。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>%1 于 %2 到达；签退时间必须晚于此时间。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>%1 在此次签退后又被签到，因此无法作废此签退：请先作废或签退后一次在园记录。未作任何更改。</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>此记录在此期间已在另一个前台被更改。未作任何更改；请重新查看。</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>本前台没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>已在前台撤销</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>请选择要签到的儿童。</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1 不是 %2 家庭的成人。请从该家庭的名单中选择送 %2 来的人。</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>%1 今天已签退。未记录任何内容。</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>只有在本前台登录的主任才能覆盖法院命令。</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>请说明儿童缺席的原因（例如“生病”）。</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>%1 今天已签到，因此无法标记为缺勤。未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 当天已被标记为缺勤（%2）。</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>较早(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>较新(&amp;N)</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>详细信息或原因中的文字</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的操作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>选择一个条目以查看 Kindred 记录的确切内容。</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>记录的详细信息(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>检查审计记录(&amp;C)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>任何记录</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任何操作</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>没有符合这些筛选条件的条目。请扩大日期范围，或将筛选条件恢复为“任何人”“任何记录”或“任何操作”。</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>第 %1–%2 条，共 %3 条，最新的在前</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>条目 %1 · 操作 %2 · 记录 %3 %4
时间 %5（UTC）
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>工作站：%1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>原因：%1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>审计记录.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>已导出 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;审计记录未通过检查。&lt;/b&gt;%1 请保留此数据文件的副本，并告知中心的管理员。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>打开此数据文件时，审计记录未通过检查。

%1

前台可以继续工作。请打开“审计记录”查看条目，保留此文件的副本，并告知中心的管理员。</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>每个条目都与 Kindred 写入时一致：没有任何内容被编辑、删除或插入。每条受保护的记录（接送规则、出勤、角色、账户）都与其最后一次审计时的状态一致。</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>审计记录条目</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>更改：</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>无法删除旧备份 %1；备份文件夹将不断增大。</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>Kindred 无法创建其备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> （正在备份…）</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> （上次尝试失败）</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>数据文件已超过 36 小时未备份。</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>Kindred 每天备份数据文件；时间和文件夹在“设置”中。</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>上次备份失败：%1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>添加时段(&amp;P)</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>移除时段</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>没有预约固定的日子，因此前台不会预计此儿童到园。请添加该家庭预约的日子和时间。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日子</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>时段 %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>没有预约：前台不会预计此儿童在任何一天到园。请添加一个时段，注明儿童来园的日子和通常的时间。</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>儿童来园的日子和通常的时间。从某个日期起更改日子即为一个新时段：请在前一天结束旧时段。</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>此时段有最后一天</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>勾选以设置此时段的最后一天；不勾选则持续到另行通知为止。</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预订</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>另一个工作站正在保存——正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>无法保存：另一个工作站占用数据文件达 %n 秒。未保存任何内容；请重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CellProblemMarks</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A problem in a table, under the table: the row&apos;s name, the column&apos;s heading, what to do.</extracomment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>Kindred::CentreService</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>年龄范围</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>该班级不在档案中。</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>%1 班</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>已有名为 %1 的班级。</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>该员工不在档案中。</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>未作任何更改：该员工不在档案中。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>再次输入您的 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>谁来接 %1？</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>禁止接走</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>不在接送名单上</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>仅限主任：为何交给接送名单以外的人</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>覆盖原因：</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>主任覆盖：原因将被记录。</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>在接送名单上：可以接走。</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>覆盖法院命令</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>违反法院命令 %2，将儿童交给 %1？这将覆盖法院的“禁止接走”，并连同您的姓名和原因一起记录。</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>此成人</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>未签退：未确认覆盖法院命令 %1。</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>已签退：%1 由 %2 接走</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>可接孩子的成人</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ 已勾选</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>档案中没有照片</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>儿童的紧急联系人及电话（Ctrl+E）</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>尚未分配班级</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — 危及生命</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>%1 过敏</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>健康：%1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>禁止交给 %1：%2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>未同意拍照</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>该家庭未同意拍照：不得拍摄或分享此儿童的任何照片，Kindred 仅在此前台打印和显示该照片。</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>在园</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到园</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>已回家</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>不在园</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>自 %1 起在园 · 代码 %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>今天缺勤：%1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>可以拍摄和分享儿童的照片(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>姓氏(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>常用名(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>班级(&amp;O)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>儿童(&amp;L)</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>疾病、药物、饮食需求、医生</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>过敏（危及生命的过敏在各处均以红色显示）：</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>健康备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>过敏与健康(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>紧急联系人(&amp;E)</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>接送(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>此标签页上有内容需要修正。</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>（尚未分配班级）</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>添加儿童(&amp;I)</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>移除儿童(&amp;V)</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>健康档案(&amp;R)…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>疾病、药物、疫苗接种和用药记录（已保存的儿童）</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>（新儿童）</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>危及生命的过敏</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>此处有内容需要修正。</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>护理计划</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>保存医生</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>疾病状况</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>诊所：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>疾病“%1”已保存。</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>饮食需求“%1”已保存。</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>从健康档案中移除</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>为什么要移除？（将保存在审计日志中）</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已移除。</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>医生已保存。</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>重新加载(&amp;R)…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>加载记录的当前状态，放弃您输入的内容</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>加载记录的当前状态？自打开以来您输入的内容将被放弃。</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>更正出勤记录</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>签退时间（较早日期忘记签退）</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>作废签到（签到有误）</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>作废签退（签退有误）</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>儿童：</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>更正：</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>正确时间：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>原因（超过 %n 分钟后或在其他前台操作时必填）</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>原因（与旧值一起保存）</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>%1 将从紧急点名和所有在园名单中消失，就像从未签到一样。仅当儿童没有来时才作废签到。</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>%1 的在园记录将重新开启：在签退给接送名单上的成人之前，%1 都算作在园。</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>作废签到</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>%1 将不再出现在紧急点名中，也不再计为在园。要作废签到吗？</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>更改可以接走的人员</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>以下接送规则将发生变化。每项更改都会连同您的姓名和原因记入审计记录。</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>发生了什么、由谁决定，例如：今天看到了新的抚养令</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>后续命令、变更令或撤销令，并注明日期</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>终止法院命令 %1 的文件：</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>至少 %1 个字符，且包含 %2 个不同的词。</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>各园区每月新建的工单</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>这六个月内没有工单。</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>各园区解决所需小时数（中位数）</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>尚未解决任何工单。</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>按类型统计的事件（最近 90 天）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>这 90 天内没有事件。</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>每月新建和解决的工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>解决所需小时数（中位数，按新建月份）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>每天出勤儿童（最近 30 天）</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>这 30 天内没有签到。</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>今天每小时在园的儿童</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>在园</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>今天还没有人签到。</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>今天，%1：所有园区合计现有 %n 名儿童在园。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>今天，%1：现有 %n 名儿童在园。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>今天，%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one bar of a chart: its label and its value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s series: its name and its bars</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskActionBar</name>
    <message>
        <source>Arrive</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>所有兄弟姐妹</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>签退…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>缺勤…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>临时入托儿童…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>团体…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>补打丢失的标签</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>勾选一名在园儿童，以相同代码补打标签。</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>为儿童签到，或勾选一名在园儿童，以保存标签。</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>撤销 %1 的签到（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>撤销 %1 的签退（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>本前台没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>已撤销 %1 的签到。</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>已撤销 %1 的签退：该儿童重新在园，下次签退时将再次核对接送名单。</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>存放 Kindred 数据的磁盘上仅剩 %1 MB 可用空间——请释放一些空间，或询问此计算机的管理人员</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>已有一次演练正在进行。请先结束它，再开始另一次。</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>此人不在本次演练的名单上。</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>本次演练已结束；其名单无法再更改。</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>该演练不在档案中，或已经结束。</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>该演练不在档案中。</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred 托育中心</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>紧急演练日志</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>名单人数</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>此期间没有演练记录。</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>危及生命</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>立即为儿童签到，由此成人送来</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>临时入托或来访儿童</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>无，或例如：花生、鸡蛋</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>与儿童相同</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>中心今天可以拨打的号码</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无班级）</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>儿童名字(&amp;F)：</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>儿童姓氏(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>班级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>过敏(&amp;A)：</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>成人名字(&amp;M)：</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>成人姓氏(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>关系(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;送儿童来的成人&lt;/b&gt;——必须至少提供一个中心可以拨打的电话号码。</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>%1 已登记为临时入托。</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>%1 已登记为临时入托并已签到（代码 %2）。</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>%1 已登记，但未签到：%2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>添加联系人(&amp;T)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>尚无紧急联系人。请添加监护人以外中心可以联系的人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>紧急联系人 — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1：%2 — 危及生命</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — 档案中没有紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>新建家庭(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>查找家庭：儿童或成人的姓名、电话号码或卡号</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>新建家庭（Ctrl+N）</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>打开家庭</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>%1 家</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>归档家庭</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n 个家庭</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>“%2”的搜索结果：%1。</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>已列出 %1；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>尚无家庭。请使用“新建家庭”（%1）添加第一个家庭。</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>没有与“%1”匹配的家庭。请检查拼写，或按电话或卡号搜索。</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>家庭(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>成人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>儿童(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>对您的角色隐藏（%1）。</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>只有主任才能更改谁可以或不得接走儿童；您的角色（%1）可以查看。</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1 家</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>此家庭的一名儿童有危及生命的过敏。</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>Kindred 找不到可用的家庭卡号。未保存任何内容；请联系技术支持。</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 不是档案中此家庭的成人。未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 不是档案中此家庭的儿童。未保存任何内容。</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>该家庭已不在档案中（已在另一个前台被归档）。未保存任何内容。</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>%1 家</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>无法读取数据文件：计数结果为空。</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>设置 Kindred</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>您的中心</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>Kindred 将中心保存在一个新的数据文件中。在您完成之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>三个字母（ISO 4217）：AUD、EUR、CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>儿童签到进入的班级，包括每个班级的容量，以及在该班级一名成人可照看多少名儿童。以后可以在“班级”中添加更多班级。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>每名成人照看儿童数</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>添加班级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>移除班级(&amp;R)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>管理员负责设置员工、他们的 PIN 以及每个角色可以执行的操作。密码至少需要 %1 个字符，且不得包含中心名称或您的姓名。</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>姓氏(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不同；请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>Kindred 窗口以及您本人账户所使用的语言。每位员工都可以设置自己的语言。</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>您的语言(&amp;Y)：</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>中心的语言和格式，以语言代码（BCP 47）表示：en、en-AU、fr-CA… 没有设置自己语言的员工将以该语言显示窗口。</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>中心语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>查找家庭：儿童或成人的姓名、电话号码、卡号——或扫描家庭卡或接送码</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>未打开家庭</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>（已登录用户）</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>在前台的成人，送来者(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>在前台的员工(&amp;T)：</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>没有与“%1”匹配的家庭。
请尝试输入姓氏或名字的一部分、
电话号码的最后几位、
家庭卡号，
或今天的接送码。</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的家庭卡或接送码。</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>未打开家庭——请输入姓名或扫描家庭卡</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>%1 家 · 卡号 %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>上次由此人送来</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>请先打开一个家庭：将显示其儿童的紧急联系人。</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>请先打开一个家庭。</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>此家庭的所有儿童都已在园。</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>没有勾选任何儿童，因此没有为任何人签到：请勾选儿童（按 Tab，再按空格），或按 F3 选择全部。</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>谁送他们来的？请选择在前台的成人，然后再次按 F2。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>已签到：%1，由 %2 送来。按 F8 打印标签和回执。</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>仍在等待另一个工作站完成保存；请在此消息变化后重试。</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>此家庭没有已签到的儿童。</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — 经主任覆盖后交出；原因已记录。</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>请选择今天缺席的儿童。</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>今天缺勤</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>儿童为什么缺席？</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>生病</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>请选择一名在园儿童以补打标签。</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>选择送他们来的人（%1）</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>这个家庭有孩子患有危及生命的过敏。</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>找到的家庭</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>查找家庭</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>再次输入您的 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>团体签到或签退</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>签到——与员工一同到达（校车）</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>签退——与员工一同离开（外出活动）</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>所有班级</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>例如：早班校车、动物园之行</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>仅适用于有“禁止接走”限制的儿童：主任填写的原因</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>操作(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>员工(&amp;S)：</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>团体标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>覆盖(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>班级(&amp;R)：</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消勾选(&amp;N)</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>儿童（按空格勾选高亮的儿童）：</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>逐个儿童的结果：</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>今天没有员工上班打卡（或登录）：团体只能与在场的员工一起离开。</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>为勾选的儿童签到</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>为勾选的儿童签退</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — 危及生命</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>此班级的所有儿童都已在园。</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>此班级没有人在园。</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>请先勾选团体中的儿童。</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — 已签到，代码 %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — 已与 %2 一起离开（返回时通过团体签到）</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — 已拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>已记录 %n 名儿童。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>覆盖法院命令需要再次输入您的 PIN：请输入后再次运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n 名被拒绝：请查看列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>本班级的儿童</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>健康档案 — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>疾病、饮食、医生(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>药物(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>已给药记录(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>疫苗接种(&amp;4)</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>护理计划</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>用药时间表</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>同意书</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>该儿童不在档案中。</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>请输入疾病名称。</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>请输入药物名称。</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>请按家长授权书上的说明输入剂量。</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>请输入饮食需求。</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>医生的电话号码看起来不正确。</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>“%1”条目</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>未作任何更改。该条目已被移除，或属于另一名儿童。</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>未移除任何内容。请说明原因。</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>未移除任何内容。该条目不在档案中，或已被移除。</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>本家庭乐意与中心社区分享其文化和节庆(&amp;Y)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>以逗号分隔，例如：英语, 伊博语</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>以逗号分隔，例如：排灯节, 农历新年</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>家庭名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>邮政编码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>文化(&amp;U)：</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>节庆(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>卡号(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>地址第二行</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>添加剂次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>移除剂次(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>保存接种计划(&amp;S)</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>疫苗接种计划</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>应接种年龄</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>每一剂次在儿童达到相应年龄当天到期，到期 %n 天后即为逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>请输入疫苗。</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>剂次从 1 开始。</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>请输入接种疫苗的日期（不能在未来）。</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>该儿童不在档案中。</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>疫苗接种日期不能早于儿童出生日期。</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>%1 第 %2 剂已有记录（接种于 %3）。</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>年龄不能为负数。</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>%1 第 %2 剂在接种计划中出现了两次。</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>记录为已接种(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>编辑中心的接种计划(&amp;S)…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>没有疫苗接种记录。请根据儿童的接种记录或证明添加每一剂次。</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>接种日期</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>疫苗剂次(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>接种日期(&amp;G)：</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1，第 %2 剂</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>已按中心的接种计划完成接种。</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>%1 剂逾期，%2 剂现已到期</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>已记录 %1 第 %2 剂。</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>免疫接种</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>告知时间</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>需上报许可管理机构</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>添加儿童：输入姓名后按 Enter</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>例如：左膝</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>姓名，以 ; 分隔</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>地点(&amp;H)</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>事件经过(&amp;P)</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>急救或措施(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>身体部位(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>相关员工(&amp;S)</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>目击者(&amp;T)</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>哪位家长或监护人</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>已通知家长</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>保存并提交</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>第 %1 号事件</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>第 %1 号儿童</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>已审核签字：请在事件页面使用“修订…”进行更改。</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>涉及的儿童</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>目击的员工</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>已通知的家长或监护人</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>通知家长的时间</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>通知家长的方式</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>待跟进事项</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>未作任何更改。此事件已审核签字；只能填写原因进行修订。</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>未作任何更改。此事件为%1状态。</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>未作任何更改。审核签字前，请记录告知了哪位家长以及告知时间。</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>请输入确认此事件的监护人姓名。</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>请说明监护人如何确认（签字、当面、电子邮件…）。</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>未作任何更改。请先提交事件，再由监护人确认。</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>未作任何更改。%1 已确认此事件。</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>未作任何更改。请说明修订的原因。</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>未作任何更改。“%1”无法修订。</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>未作任何更改。此事件尚未审核签字：请直接编辑。</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>未作任何更改。新值与旧值相同。</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>未作任何更改。%1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>此事件报告</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>仅需上报的</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>审核签字(&amp;S)</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>监护人已确认(&amp;C)…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>修订(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>没有符合这些筛选条件和日期的事件。请扩大日期范围，或选择“所有类型”和“任何状态”，或使用“新建事件”记录一个事件。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>需上报</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> （%n 次修订）</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>审核签字</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>审核签字第 %1 号事件？审核签字后只能通过记录在案的修订进行更改。</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>未审核签字</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>监护人确认</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>确认此报告的监护人姓名：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>已在打印的报告上签字</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>事件-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>紧急点名(&amp;R)</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>紧急点名——无需登录</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>危及生命的过敏（红色打印）</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>其他过敏</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>健康备注</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>标签设置</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>打印在儿童标签上的健康信息</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>标签随儿童携带，任何人都能看到。未打印的内容仅在屏幕上供员工查看——请勿将敏感的健康状况打印在标签上。</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>此工作站不会立即看到其他工作站的更改（%1）。按 F5 重新读取页面。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>关于 Kindred(&amp;A)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (demo) — %2 — Kindred</source>
        <translation>%1（演示）— %2 — Kindred</translation>
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
            <numerusform>%n 个家庭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>打开 Kindred 数据文件</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>Kindred 数据 (*.kindred *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>中心服务器的数据已使用 pg_dump 保存到 %1</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>备份数据文件</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 已存在。请为备份选择一个新名称。</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>数据已复制并通过检查：%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>Kindred 备份 (*.kindred *.bak *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>正在进行每日备份。请一分钟后重试。</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>用备份 %1 中的记录替换数据文件中的记录？

自该备份创建以来记录的所有内容（签到、家庭、事件…）将不再保留在数据文件中。当前的数据文件将保留在其旁边，此次恢复也会记入审计记录。之后 Kindred 将重新加载数据文件；必须先关闭其他工作站。</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>备份已恢复。恢复前的数据文件保留为 %1。

Kindred 现在将重新加载数据文件：所有界面都将显示恢复后的记录。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>关于 Kindred</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
面向托育中心、幼儿园和小型学校的前台系统。
按照 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>记录已给药(&amp;L)</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>此儿童尚无给药记录。</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>给药时间</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>药物(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>所给剂量(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>给药时间(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>在中心给药的记录，最新的在前：</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — 档案中没有同意书</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>已记录给药。</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>已给药记录</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>未记录任何内容。请选择给药的员工。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>未记录任何内容。请输入所给剂量。</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>未记录任何内容。给药时间在未来。</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>未记录任何内容。此儿童的档案中没有该药物。</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>未记录任何内容。%1 已从此儿童的档案中移除。</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>未记录任何内容。档案中没有 %1 的家长同意书：在家长签署授权书之前请勿给药。</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>档案中有家长签署的同意书(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>添加药物(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>没有药物记录。请在员工给药之前添加药物及其剂量。</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意书</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>药物(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>剂量(&amp;O)：</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>有效期至(&amp;X)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>已存档</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>无同意书</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>%1 已保存。档案中没有同意书：暂时不能给药。</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>移除药物</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>为什么要移除此药物？（将保存在审计日志中）</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>药物已移除。</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>药物</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>第 %1 号 %2（%3）</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>逾期工单：%1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>选择照片(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择一张照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>无法将 %1 读取为图像。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>添加“禁止接走”(&amp;N)</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>移除限制</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>此家庭尚无成人。请在“成人”标签页中添加，然后勾选可以接走儿童的人。</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>禁止接走名单上没有人。</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>可以接走</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>禁止接走</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>法院命令</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>限制 %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>获准接走(&amp;T)（勾选；日期可选）：</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>禁止接走（法院命令及其他限制）：</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>（新成人）</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>原因，例如：家庭法院命令</translation>
    </message>
    <message>
        <source>open</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>可接孩子的人</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>不可接孩子的人</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>关于某个家庭的全部资料</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>已离开的家庭</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>家庭名称、电话或卡号，然后按 Enter</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>家长通讯录 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>家庭(&amp;M)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>对列出的家庭进行匿名化(&amp;A)…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>家庭离开后个人数据的保留期限</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>现已到期（在您进行匿名化之前不会有任何更改）。出勤、事件和用药记录将被保留，但其中的姓名会被替换。</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>请先查找该家庭。</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>导出家庭数据</translation>
    </message>
    <message>
        <source>family-data.pdf</source>
        <translation>家庭数据.pdf</translation>
    </message>
    <message>
        <source>family-data.json</source>
        <translation>家庭数据.json</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>家长通讯录</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>家长通讯录.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>没有到期的家庭。</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>已替换为占位内容：%1和%2的姓名及详细信息。已删除：%3、%4和%5。已从%6和%7中删除文字。已在%8和%9中替换姓名；已涂抹%10。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln 名成人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln 条过敏、联系人或接送记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln 条健康记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>%Ln 条工单备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln 条其他记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln 个审计条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>为符合许可要求，以下内容按原样保留：%1和%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln 条出勤记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>匿名化家庭</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>对列出的 %n 个家庭进行匿名化？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>保留期限已满</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>已对 %n 个家庭进行匿名化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>待匿名化的家庭</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>归档(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>园区(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>适用于 Excel 的 CSV(&amp;X)</translation>
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
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>班级(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>预览(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>中心标志(&amp;L)…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>此计算机所在园区（%1）</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有园区</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>所有班级</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>保存 CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>中心标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>Kindred 无法将 %1 读取为图片。</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>未作任何更改：角色的简称只能使用小写字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>未作任何更改：角色需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>保存权限(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>添加角色(&amp;D)</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>新角色的名称，例如“厨师”</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>勾选每个角色可以执行的操作（按空格勾选所选的复选框），然后保存。更改会立即应用于以该角色登录的所有人，并保存在审计记录中。</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>新角色(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1（本人）</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1 可以%2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>没有更改任何权限。</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>%1 已保存。%2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>已保存 %1 可以执行的操作。</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>未作任何更改：已有名为 %1 的角色。</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>%1 已添加，但目前还不能执行任何操作：请勾选它可以执行的操作，然后保存。</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>各角色的权限</translation>
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
        <translation>开始紧急点名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>结束并保存(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>立即打印(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>演练日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>紧急联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>健康档案(&amp;H)…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>紧急点名</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>所选行中儿童的紧急联系人（Ctrl+E）</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>危及生命的过敏</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>其他过敏、健康备注</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>紧急联系人 / 电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
下方的点名表为：%2。</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
无法读取点名表。请使用打印的名单或班级签到表。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无班级</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>在场员工</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>%1、%2在场</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>无法读取在场人员</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — 已清点 %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>尚未开始紧急点名</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>当前没有进行中的紧急点名。</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>已保存：%1，已清点 %2 / %3，用时 %4。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>尚有 %n 人未清点：</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>仍要结束并保存紧急点名吗？</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>并非所有人都已清点</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>结束紧急点名</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>演练日志备注（集合点、发现的问题）：</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>最后一份副本来自 %1，无法连接中心服务器：只读，可能不完整</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>截至 %1 — 可能不完整</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>紧急点名 %1</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>紧急点名-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>演练日志</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>在园儿童</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>已打卡员工</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>关门后仍在园</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>所有班级</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>更正或作废…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>将签到表另存为 PDF…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>记录事件…（Ctrl+I）</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>在园儿童（⚠ 红色：危及生命的过敏）</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>员工打卡</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>未签退（当天结束时），然后是今天的签退</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>每日签到/签退表</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>墙上显示屏</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>以大字全屏显示各班级，供墙上的显示屏使用：显示人数、员工和师幼比，不显示儿童姓名。</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 名迟到</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>现有 %n 名儿童在园</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n 名关门后仍在园</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — %3 签到</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — %3 由 %4 接走签退</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — 自 %3 起 · 代码 %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — 危及生命：%2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>请先在“在园儿童”列表中选择涉及的儿童。</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>请先在列表中选择一名儿童。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>保存签到表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — 超出容量</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>未签退</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>签到表日期</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> children</source>
        <translation> 名儿童</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>班级 %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>1 名成人 : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>最小年龄(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>最大年龄(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>师幼比(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>添加班级(&amp;A)…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>尚无班级。儿童被分配到班级，师幼比按班级计算：请使用“添加班级”添加第一个班级。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 个月</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>班级 %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>归档班级</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>班级</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>%1 的 PIN</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>PIN 为 %1 至 %2 位数字。它用于解锁屏幕和切换前台人员。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>两次输入的内容不同：请在两处输入相同的内容。</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>切换用户或锁定(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>已以 %1（%2）身份登录。切换用户或锁定：%3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>PIN 错误</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>过去 24 小时内有 %n 次 PIN 或密码错误。可能有人在试图猜测同事的 PIN：请询问谁曾在这些工作站，并更改可能已被他人知道的 PIN。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred 已锁定。请登录以继续此操作。</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>自 %1 起无法连接中心服务器。您输入的内容不会丢失：它会保留在其窗口中，待服务器响应后再次保存。Kindred 会持续重试，此消息会自行消失。紧急点名（F12）会显示此计算机最后读取的副本。</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>报表任务</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>演示构建程序</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>紧急情况，无需登录</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>本前台无人登录：请登录后再%1。</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>无人登录（%1）：请登录后再%2。</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>请询问主任</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>请询问管理员</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>请询问中心的管理员</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>您的角色（%1）不能%2；%3。</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>标签打印(&amp;B)…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>三个字母的代码，例如 AUD 或 EUR；留空：使用此计算机的货币</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>留空：数据文件旁边的“backups”文件夹。最好放在另一个磁盘或网络共享上，以免一个磁盘故障导致两者同时丢失。</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>中心（打印在每份报表的顶部）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>开放时间(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>货币(&amp;Y)：</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>锁定屏幕的时间(&amp;L)：</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>无按键或点击后；下一位使用者用其 PIN 解锁。</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>前台可撤销的时限(&amp;W)：</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>签到或签退后（Ctrl+Z），由办理的前台撤销；超过时限后，由主任填写原因进行更正。</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>预约到达时间后算作迟到(&amp;I)：</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>届时仍未到达的预约儿童将在前台和今日面板上显示为迟到。</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>安全标签：</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>已离开家庭的记录保留多久，在“隐私”界面中设置。</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>备份文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>每天备份的时间(&amp;E)：</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>在 Kindred 打开期间进行；如果错过了该时间，则在下次打开时进行；保留最近 %1 份经检查的副本。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>外观(&amp;R)：</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>每次扫描时播放提示音，接受和拒绝各用一种</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>每次扫描时前台屏幕闪烁绿色或红色</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>前台扫卡(&amp;K)：</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>立即生效，仅限此计算机。</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>每日备份的文件夹</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>语言代码（BCP 47），例如 en-AU、es-MX 或 zh-CN：用于没有设置自己语言的员工的窗口语言、报表语言，以及日期和金额的格式。留空：使用此计算机的设置。</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>语言和格式：</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>文字大小(&amp;Z)：</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>未作任何更改：只有演示生成程序才能将文件标记为演示文件。</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>欢迎使用 Kindred</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>Kindred 保存儿童的健康备注和监护令，因此每个人都需要登录。首先，请设置管理员账户：由管理员添加其他员工账户。</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>可选，4 至 8 位数字，用于在前台快速切换</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓氏(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>PIN(&amp;I)：</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred 已锁定</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>退出 Kindred</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>您的 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>使用密码登录(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>用户(&amp;W)：</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>密码或 PIN(&amp;S)：</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>改用 PIN 登录(&amp;P)</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>请选择您的姓名并输入密码；如果 Kindred 尚不能自动识别您的 PIN，也可以输入 PIN。</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>屏幕已锁定。请输入您的 PIN 并按 Enter：PIN 的所有者将接手前台工作。</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>请输入您的 PIN 并按 Enter。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不同。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>请输入管理员的名字。</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>目前还没有人能登录：请让管理员为您设置账户。</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>未作任何更改：该员工不在档案中。</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>该员工不在档案中。</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>%1 还没有 PIN 或密码；请让管理员设置。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>错误尝试次数过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 不正确。</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>该 PIN 已被使用；请另选一个。</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>如果您在 Kindred 更新后尚未登录过，请使用您的姓名和 PIN 登录一次（“使用密码登录…”）。</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>请再次输入您的 PIN。</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>您的 PIN 正确，但对于%1来说太短：请选择至少 %2 位数字的新 PIN。</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>您的 PIN 已经足够长：请用它登录。</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>园区(&amp;S)：</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>本园区</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>本园区（%1）</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有园区</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>未作任何更改：请先为该员工设置 PIN 或密码。</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>未作任何更改：有一个园区被指定了两次。</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>未作任何更改：其中一个园区不在档案中或已被归档。请重新选择园区。</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>未作任何更改：没有名为 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>园区和角色</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>保存园区和角色(&amp;S)</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>该员工工作的园区，以及在每个园区的角色。勾选所有园区并使用本人角色等同于不作选择：他们在所有园区工作，包括以后添加的园区。</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>%1 的园区和角色</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>工作园区</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>在该园区的角色</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1 在 %2 工作</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>在 %1 的角色</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>请至少勾选一个 %1 工作的园区。</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>%1 的园区和角色已保存。</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>该园区不在档案中。</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>没有名为 %1 的园区。现有园区为：%2。</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>请为园区命名。</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>已有名为 %1 的园区。</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>该园区不在档案中，或已被归档。</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>此工作站服务于该园区：请先将其设为另一个园区，再归档此园区。</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>该园区仍有 %n 个开放的班级：请先将其归档或将其中的儿童转走。</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>该园区不在档案中，或已被归档。</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>这是最后一个开放的园区：一个中心至少需要一个园区。</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>此工作站服务的园区不在档案中或已被归档：请重新选择此工作站的园区。</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>园区（每项更改都会立即保存）</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>添加园区…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>更改名称(&amp;G)…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>归档园区…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>让此计算机服务于此园区(&amp;M)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>连锁机构的各个中心即为其园区。每个班级、每名儿童的入托登记以及在某园区记录的内容都属于该园区；此计算机的前台、看板和紧急点名显示其所服务的园区。</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>服务于此园区</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>此计算机服务于：%1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加园区</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>新园区的名称：</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>重命名园区</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>园区的新名称：</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>园区 %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>归档园区</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>服务于此园区</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>园区</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>未作任何更改：请先为该员工设置 PIN 或密码。</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>未作任何更改：没有名为 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>请选择一名在职员工进行上班打卡。</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 已上班打卡。如需更换班级，请先下班打卡。</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>该员工尚未上班打卡。</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>以逗号分隔，例如：急救（有效期至 2027-03）</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>（机动）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名字(&amp;F)：</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>姓氏(&amp;Y)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>班级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>资质证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>中心的语言</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>该员工登录期间，Kindred 窗口将使用此语言。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>名单上尚无员工。请使用“添加员工”添加在这里工作的人员，以便他们登录并计入师幼比。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>（机动）</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>归档员工</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>%1 没有值</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>逾期：已超过%1的目标时间</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>选择家庭…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>选择负责人…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>家长的原话</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>简短的主题，例如“午餐是凉的”</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>家庭(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>提出人(&amp;R)：</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>儿童(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>家长原话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>与家长分享</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>取消分享</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>标记为已解决(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>满意：关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>不满意：重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>关闭且不回访(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>是，重新打开(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>关联事件(&amp;L)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>开始处理(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>等待家长(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>关闭并回访(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的操作</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>时间线备注</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>家长在回访时所说的话</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>或者：为何无法回访</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>家长评分(&amp;G)：</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>家长原话：</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>未回访：</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>已分享给：</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>事件编号：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a timeline line&apos;s date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a timeline line&apos;s date</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>第 %1 号 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · 已逾期</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>%1 家 · 由 %2 提出 · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · 优先级：%3 · 儿童：%4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>未指明</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>负责人：%1 · 已分享给：%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>确认期限：%1 · 解决期限：%2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>在 %1 提出，不在此工作站所属园区</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>家长说：“%1”</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>解决方式：%1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>已关联到事件 %1</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限员工</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>工单已重新打开</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>家长不满意，因此工单已重新打开。请继续处理。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>工单报表</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>这几个月内没有提出任何工单。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>工单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>将数据保存为 CSV</translation>
    </message>
    <message>
        <source>tickets-%1.csv</source>
        <translation>工单-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>保存 CSV</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>报告中的工单</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>协作人</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>家长原话</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>关联的事件</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>未保存任何内容：请选择此工单涉及的家庭。</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>未保存任何内容：提出此事的家长不是该家庭的成人。</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>未保存任何内容：所选儿童中有一名不属于该家庭。</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>未保存任何内容：请为工单填写一个简短的主题。</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>未保存任何内容：主题请控制在 %1 个字符以内；详细内容请写在家长原话中。</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>未保存任何内容：请选择负责此工单的员工。</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>未保存任何内容：请说明当场是如何解决的。</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>工单 %1 属于 %2，而此工作站服务于 %3：该工单需在 %2 的前台打开和处理，或由可以查看所有园区的人员处理（请询问主任）。</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>另一个园区</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>此工单</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>未作任何更改：请选择一名在职员工。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>未作任何更改：%1 已是此工单的负责人。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>未作任何更改：%1 已在处理此工单。</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>未作任何更改：此人未共享此工单。</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>未保存任何内容：备注为空。</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>未作任何更改：请输入事件编号。</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>未作任何更改：没有编号为 %1 的事件。</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>提出时间介于</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>所有未关闭</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>搜索主题和备注</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>此处没有工单。清除搜索或筛选条件以查看更多；家长的关切、问题或表扬请使用“新建工单”记录。</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>家庭历史 PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任何负责人</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>我的工单（负责的或共享的）</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>无法读取员工名单</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任何类别</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>任何家庭</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>无法读取家庭名单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>显示的工单：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> （%1）</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 个逾期&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>家庭历史</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>请选择该家庭的一个工单，或使用家庭筛选条件。</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>保存该家庭的工单历史</translation>
    </message>
    <message>
        <source>ticket-history.pdf</source>
        <translation>工单历史.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>提出日期起</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>提出日期止</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>家庭：</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>升级此文件时，中心的时区被设为 %1。请在“设置”中确认或更改。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预计到园</translation>
    </message>
    <message>
        <source>here</source>
        <translation>在园</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>已回家</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>尚无儿童有预约：请在家庭的“预约”标签页中添加每名儿童的日子和时间，前台就会显示哪些儿童预计到园、哪些迟到。</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>迟到，应于 %1 到达</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应于 %1 到达</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无班级</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>打开 %1 的家庭</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>今天预计到园的儿童都已到达。</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>接下来半小时内没有人应到达。</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>接下来半小时内应到达</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>已迟到，以及接下来半小时内应到达</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>在场人员 — 墙上显示屏</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>前台已锁定。有人登录后看板会重新显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n 名儿童在园</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无班级</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n 名关门后仍在园</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>师生比不足</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>打印 %n 张标签</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>标签为英文：Kindred 尚无 %1（%2 的语言）的翻译。</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>无法打开 %1：其中没有 Kindred 数据。</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 已是最新（数据版本 %2）；未作任何更改。</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>无法升级 %1：%2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>已将 %1 从数据版本 %2 升级到 %3。</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>升级前创建的副本：%1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>%1 上的中心处于数据版本 %2，与此 Kindred 一致。</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>无法迁移到 %1：%2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>已复制行数：%1 / %2</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>%1 未迁移到 %2（服务器数据库已恢复为空）：%3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>已将 %1 迁移到 %2（行数：%3；表数：%4）。已在服务器上检查每个表的行数和审计记录。今后请使用 --server 打开中心；数据文件保持原样。</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>此 Kindred 副本不完整：缺少到数据版本 %1 的更新。</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>此 Kindred 副本已损坏：无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>磁盘已满：Kindred 无法写入 %1，因此未写入任何内容。请在磁盘上释放一些空间（或选择另一个磁盘），然后重试。</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>Kindred 无法写入 %1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>请指定 Kindred 应写入哪个文件。</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>Kindred 无法写入 %1：它是一个文件夹。请在其中选择一个文件名；未写入任何内容。</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred 不会写入 %1：它是指向另一个文件的链接。请选择一个普通文件名；未写入任何内容。</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred 不会写入 %1：它是设备、管道或套接字，而不是普通文件。请选择一个普通文件名；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>请说明原因：发生了什么，以及由谁决定。</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>“%1”作为原因太短：请至少写 %2 个字符，说明发生了什么以及由谁决定。</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>“%1”没有说明发生了什么：请至少写 %2 个不同的词。</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>“%1”看起来像占位文字，而不是原因：请用至少 %2 个实际的词说明发生了什么以及由谁决定。</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>家长通讯录</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>同意被其他家长查找到的家庭</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>仅列出已表示同意的家长。请仅将这些信息用于与本中心的其他家庭联系。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>查找家庭</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>更改家庭记录</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>归档家庭</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>查看儿童的健康备注</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>查看监护限制</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>为儿童签到和签退</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>将儿童交给不在接送名单上的人</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>更正已记录的签到和签退时间</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>更改班级</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>更改员工记录</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>管理员工账户、PIN 和角色</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>审核签字事件</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>处理家长工单</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>导出关于某个家庭的全部资料</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>对已离开的家庭进行匿名化</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>更改中心的设置</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>更改可以接走儿童的人员或“禁止接走”限制</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>作废较早记录的或在其他前台记录的签到或签退</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>查看所有园区并生成其报表，而不仅限于此计算机所属园区</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> （法院命令 %1）</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>禁止将 %1 交给 %2：%3%4。请将 %1 留在园内并联系主任。</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>%1 只能在 %3 至 %4 期间接走 %2，不包括今天。%2 未被签退。</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 来自另一个家庭，不在 %2 的接送名单上。%2 未被签退。</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 不在 %2 的接送名单上。%2 未被签退。</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>由主任 %1 交给接送名单以外的人：%2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>只有主任才能将儿童交给接送名单以外的人。</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>覆盖法院命令 %1 需要立即再次输入您的 PIN。</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>此数据文件丢失了用于查找 PIN 的密钥。请按姓名登录；管理员可以从备份恢复该文件。</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭但不保存</translation>
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
        <translation>显示详细信息...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详细信息...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>师幼比合规</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>在开放时间内每隔 %n 分钟，对比各班级已签到的儿童与已上班打卡的员工。若在场员工少于该班级师幼比的要求，则该时间点为违规。</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>检查的时间点</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>无违规：每个班级在每个时间点都有师幼比所要求的员工。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>最多儿童数</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>在场员工</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>所需员工</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1（%2）
儿童 · 员工/所需</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  违规</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>无法从中心服务器读取：与服务器的连接已断开（%1）。未作任何更改。请在服务器响应后重试。</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>无法从中心服务器读取：另一个工作站的更改与此次操作冲突（%1）。未作任何更改。请重试。</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>无法从中心服务器读取：%1。</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>无法读取数据文件：其中部分已损坏（%1），因此无法完整显示其内容。未作任何更改。请告知此计算机的管理人员。</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>无法读取数据文件：磁盘报告了错误（%1）。未作任何更改。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>无法读取数据文件：另一个 Kindred 工作站正在占用它（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>无法读取数据文件：%1。</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>儿童 %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>%1 的接送限制（禁止接走）在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>%1 的获准接送人在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>出勤记录 %1 在 Kindred 之外被删除。</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>在 Kindred 之外添加了 %1 在 %2 的一条出勤记录（记录 %3）。</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>%1 在 %2 的出勤记录（记录 %3）在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>角色 %1 的权限在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>%1 工作的园区或其在各园区的角色在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>%1 在 Kindred 之外被添加为员工。</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>%1 在 Kindred 之外被从员工中删除。</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>%1 的角色或归档状态在 Kindred 之外被更改。</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>%1 的 PIN、密码或账户角色在 Kindred 之外被更改。</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>%1 已不在档案中（已在另一个前台被删除）。未保存任何内容。</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1（由 %3 于 %2 在另一个前台操作）。</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1（在另一个前台操作）。</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>未保存任何内容，您输入的内容仍保留在此处。请重新加载以查看更改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 已更改</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>每日签到和签退表</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>每名儿童的到达和离开时间、接送人、更正记录以及当班员工；每天一张表。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>按儿童和按班级统计的天数和小时数、缺勤以及未签退的在园记录。</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>师幼比合规</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>在开放时间内每 15 分钟对比各班级儿童与在场员工；列出违规情况。</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>期间内的所有事件：涉及儿童、事件经过、措施、家长告知、审核签字；需上报的事件突出显示。</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>待接种疫苗</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>按班级列出在期间结束时按中心接种计划到期或逾期的剂次。</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>投诉与反馈</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>按月份和类别：按类型统计的工单、确认和解决所需小时数的中位数、未达成的目标、满意度。</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>过敏与健康状况</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>按班级列出每名儿童的过敏（含反应和处理方案）以及健康备注。</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>按班级列出监护人电话、按拨打顺序排列的紧急联系人以及警示信息。</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>期间内的生日、每名儿童满几岁以及照片同意情况。</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>入托与容量</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>按班级：容量、在册人数、空余名额、候补名单、出勤。</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>没有名为“%1”的报表。可用报表为：%2。</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>请选择期间的第一天。</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>请选择期间的最后一天。</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>期间的最后一天早于第一天。</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>请选择不超过十年的期间。</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>该班级不在档案中。</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>该班级属于另一个园区。</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>Kindred 以 PDF 或 CSV 格式写出报表：请将文件命名为 ….pdf 或 ….csv（而不是 %1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>“%1”不是日期：请按“年-月-日”格式填写，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>没有名为“%1”的班级。现有班级为：%2。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>kindred report: %1</source>
        <translation>kindred report：%1</translation>
    </message>
    <message>
        <source>this centre has several sites: give --site NAME or --site all (the sites: %1).</source>
        <translation>此中心有多个园区：请给出 --site NAME 或 --site all（园区：%1）。</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>以 PDF 或 CSV 格式写出报表，不打开窗口。</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>读取位于 &lt;path&gt; 的数据文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>读取位于 &lt;conninfo&gt; 的服务器上的中心。</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>列出所有报表并退出。</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>期间的第一天（2026-03-01）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>期间的最后一天（2026-03-31）。</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>要生成报表的园区（其名称），或 all 表示并列显示所有园区（默认：此计算机所属园区）。</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>仅限该园区的此班级（名称或编号）。</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>要写入的文件：.pdf 或 .csv。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 或 letter（默认：按区域设置）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>CSV 不带 UTF-8 字节顺序标记。</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>先检查整个数据文件（quick_check），无论其大小。</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>报表命令。</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>要写出的报表（参见 --list）。</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>请指定一个报表，例如：kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf（kindred report --list 会列出所有报表）。</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>请使用 --out FILE.pdf 或 --out FILE.csv 指定报表的写入位置。</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>--paper 接受 a4 或 letter，而不是 %1。</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server：%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report：警告：%1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>无法打开 %1：其中没有 Kindred 数据。</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>此文件需要升级：请运行 kindred migrate --database %1（会先保留一份经检查的副本），然后重新运行报表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 行）。</numerusform>
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
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>所有班级</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无班级</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有园区</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>无园区</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>未作任何更改。无法将标志保存为 PNG 图片。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>此期间没有可报告的内容。</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1 — 姓名及签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>未作任何更改：任何人都不能更改自己的角色。请询问另一位管理员。</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>未作任何更改：您以 %1 身份登录，这样做会使您自己失去管理账户的权限。另一位管理员可以更改 %1 可执行的操作。</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>未作任何更改：您本人担任 %1 角色，任何人都不能给自己更多权限。另一位管理员可以允许 %1 %2。</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred 托育中心</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>紧急点名</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · %2、%3在场</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>已清点 %1 / %2。</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无班级</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>危及生命的过敏</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>其他过敏、健康备注</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>没有已签到的儿童。</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>在场员工</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>上班打卡时间</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>没有员工上班打卡。</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>点名人</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>安全负责人或主任</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>无法读取此计算机上最后一份点名表副本（%1）：%2。为避免有人误以为这是完整的名单，不予显示。请使用打印的名单或班级签到表。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>无法在此计算机上保留点名表副本（%1）：%2。</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>无法创建其文件夹</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>无法将其设为私有</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>无法删除此计算机上旧的点名表副本（%1）。</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>已损坏或不完整</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>不是 Kindred 点名表</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>是由另一版本的 Kindred 写入的</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>此处没有儿童。</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>此处没有儿童；%n 名员工已上班打卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>没有人上班打卡照看%1：请在“在场人员”看板上为一名员工打卡进入此班级。</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>请再为 %n 名员工上班打卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1，%2（%3 需要 %4 名）。</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无班级</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>已归档班级</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>师幼比不足：%1按 %3 需要 %2，而已打卡的只有 %n 名。%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>Kindred 无法检查数据文件的结构：%1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Kindred 数据文件不完整：缺少 %1。该文件未被打开，其中的内容也未被更改。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Kindred 数据文件不完整：缺少 %1。该文件未被打开，其中的内容也未被更改。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>Kindred 数据文件中含有并非 Kindred 放入的内容（%1）；另一个程序更改了它。该文件未被打开，其中的内容也未被更改。</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>表 %1</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>触发器 %1</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>视图 %1</translation>
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
        <translation>过敏：%1（!）</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>过敏：%1（%2）</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>接送回执 — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>接送码</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>服务器地址为空。请按 postgresql://server/kindred 或 host=server dbname=kindred 的格式输入。</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>服务器地址无效：%1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>libpq 内存不足</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>服务器地址无效：设置项 %1 不能包含“;”。</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>服务器地址无效：端口“%1”不是 1 至 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>中心服务器没有提供当前时间。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>此计算机的时钟比中心服务器慢 %n 分钟。Kindred 记录服务器的时间；请让此计算机的管理人员校正时钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>此计算机的时钟比中心服务器快 %n 分钟。Kindred 记录服务器的时间；请让此计算机的管理人员校正时钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>未安装 PostgreSQL 驱动程序：请安装 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>无法连接位于 %1 的中心服务器。请检查此计算机是否已连接到中心的网络，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>位于 %1 的中心服务器正在启动或关闭。请一分钟后重试。</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>服务器地址无效：%1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>中心服务器上没有数据库“%1”。请检查服务器地址中的数据库名称。</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>中心服务器上没有用户“%1”。请检查服务器地址中的用户名。</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>中心服务器不接受“%1”的密码。</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>位于 %1 的中心服务器拒绝了连接。请让设置服务器的人员检查服务器地址。</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>较旧版本</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>未创建备份：中心服务器运行的是 PostgreSQL %1，比此计算机上的 pg_dump（%2）新，后者无法备份它。请在此处安装 pg_dump %3（Debian 软件包 postgresql-client-%3），然后重试。</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>未创建备份：pg_dump 无法备份中心服务器（%1）。</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>未创建备份：此计算机上未安装 pg_dump。请安装 Debian 软件包 postgresql-client-15（或与服务器版本相同的客户端），然后重试。</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>未创建备份：%1 已存在。</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>未创建备份：Kindred 无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>未创建备份：pg_dump 未完成（%1）。</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>未创建备份：pg_dump 在 %1 中写入的归档不完整或无法放置到位。</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>中心服务器的数据库需要升级到结构版本 %1，而只有其所有者（数据库角色 %2）可以执行此操作；此工作站以 %3 身份连接。请让服务器的管理人员以 user=%2 运行一次 kindred migrate --server，然后在此处重新启动 Kindred。</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>数据文件中有服务器结构中所没有的表“%1”；未复制任何内容。此 Kindred 是否比最后写入该文件的版本更旧？</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>服务器的表“%1”中没有与数据文件中的列对应的列“%2”；未复制任何内容。</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>复制后，服务器的表“%1”中的内容与数据文件不一致（服务器上的行数：%2；数据文件中的行数：%3）；未保留任何内容。</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>复制到服务器的审计记录未通过验证；未保留任何内容。%1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>无法将“%1”中的一行复制到服务器：%2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>服务器的数据库“%1”中已有一个 Kindred 中心；未作任何更改。中心只能迁移到空数据库中。</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>服务器的数据库“%1”不为空（其中有“%2”以及其他 %n 个表、视图或序列）；未作任何更改。请使用一个新的空数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>只有数据文件才能迁移到服务器。</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>数据文件的数据版本为 %1，此 Kindred 为 %2：请先升级该文件。</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>中心服务器上的数据库 %1 无法按 Kindred 写入的形式保存其记录：它使用 %2 编码和 %3 排序规则，而 Kindred 需要 UTF8 和 C。未作任何更改。请让服务器的管理人员使用 CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos; 创建一个空数据库，并将 Kindred 连接到该数据库。</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>中心服务器上的数据库 %1 中已有并非由 Kindred 创建的表。未作任何更改。请将 Kindred 连接到一个空数据库，或连接到它自己的数据库。</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>中心服务器上的数据库 %1 属于其他程序，而非 Kindred。未作任何更改。请检查服务器地址。</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>此中心服务器已由较新版本的 Kindred 升级（结构版本 %1）；此计算机上的 Kindred 最高只支持 %2。请在此处安装较新版本的 Kindred。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>此计算机</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>有 %n 个运行旧版 Kindred 的工作站连接到中心服务器（%1），因此 Kindred 无法更新服务器。请关闭这些工作站上的 Kindred 或将其更新，然后在此处重新启动 Kindred。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>Kindred 无法将中心服务器的数据库升级到结构版本 %1（%2）。未作任何更改：每个工作站都将继续使用原有的结构。</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>此 Kindred 副本无法将中心服务器的数据库升级到结构版本 %1：升级中非 SQL 的部分缺失。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>未保存任何内容：确认时限必须在 1 至 %1 个工作小时之间。</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>未保存任何内容：解决时限必须不少于确认时限，且不超过 %1 个工作小时。</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>%1 已不在员工名单上：请重新登录。</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>%1 登录后，管理员重置了其 PIN 或密码：请重新登录。</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 不在档案中：请重新登录。</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 请重新登录。</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>主任覆盖（原因仅对可查看监护限制的角色显示）</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>每日签到和签退表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>当天调整了时钟：当天共有 %n 小时。下列时间在适用时为调整后的当地时间；出勤小时数为实际经过的时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>送来者</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>前台（签到）</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>接走者</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>前台（签退）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>未签退</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>延时接走：%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>主任覆盖：%1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>团体：%1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>已更正（见下文）</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>当天没有儿童签到。</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>已签到儿童</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>未签退</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改项</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>当班员工</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>当天没有员工上班打卡。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>送来者</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>前台（签到）</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>接走者</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>前台（签退）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>延时分钟数</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>覆盖原因</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>每日签到和签退表</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>此期间没有儿童签到。</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>本园区</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>%1 不在任何开放的园区工作，因此不在 %2 工作。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>%1 在 %2 工作，而不在 %3 工作。</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>Kindred 无法将其数据文件更新到版本 %1（%2）。文件保持原样。</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>此 Kindred 副本无法将其数据文件更新到版本 %1：更新中非 SQL 的部分缺失。文件保持原样。</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 为 %1 至 %2 位数字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN 只能包含数字。</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>密码至少需要 %1 个字符；一个简短的句子很容易记住。</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>密码不能只包含空格。</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>Kindred 无法在此计算机上启动其密码保护。</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>此计算机没有足够的可用内存来保护 PIN 或密码。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>园区 %1 已归档：此计算机无法服务于该园区。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>另一个 Kindred 工作站正在保存。未作任何更改；请重试。</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>在中心服务器上，另一个工作站的更改与此次更改冲突。未作任何更改；请重试。</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>Kindred 与中心服务器的连接已断开。未作任何更改。</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>中心服务器不允许 Kindred 进行此更改（服务器为只读，或 Kindred 的数据库用户无此权限）。未作任何更改。请询问设置服务器的人员。</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>中心服务器的磁盘已满，因此 Kindred 无法保存。未作任何更改。请让服务器的管理人员释放一些空间。</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>Kindred 工作时，中心服务器报告了损坏或磁盘错误。未作任何更改。请让服务器的管理人员进行检查。</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>此更改与已保存的记录冲突（%1）。未作任何更改。</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>Kindred 无法完成此更改：%1。未作任何更改。</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>Kindred 无法打开数据文件旁边所需的文件（其所在文件夹可能不允许 Kindred 创建文件）。未作任何更改。请让此计算机的管理人员检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>无法写入 Kindred 数据文件（该文件或其所在文件夹为只读）。未作任何更改。请让此计算机的管理人员检查该文件的权限。</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>磁盘已满，因此 Kindred 无法保存。未作任何更改。请在磁盘上释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>Kindred 遇到了数据文件中已损坏的部分。未作任何更改。请关闭 Kindred 并重新打开：它会检查整个文件并告诉您该怎么做。</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>Kindred 在确保此更改安全写入时磁盘报告了错误，因此 Kindred 无法确定是否已保存。再次操作之前请先查看该记录，并请人检查磁盘。</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>Kindred 读取数据文件时磁盘报告了错误。未作任何更改。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>Kindred 保存时磁盘报告了错误。未作任何更改。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>无法连接中心服务器。未作任何更改，您输入的内容仍保留在此处：请稍后重试。如果问题持续，请询问服务器或网络的管理人员。</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>Kindred 在保存时与中心服务器的连接断开。服务器再次响应后，在重新操作之前请先查看该记录：Kindred 无法判断服务器是否已保存。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>--server: %1</source>
        <translation>--server：%1</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>this computer&apos;s user</source>
        <translation>此计算机的用户</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>中心服务器要求输入 %1 的密码，但没有可用于询问的终端：请将密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件），并设为仅您本人可读。</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>%1 在中心服务器上的密码： </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>未提供密码；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>等待家长</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>便条</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>照护</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>饮食</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>工单已创建</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>从 %1 改派给 %2</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>%1 现在共享此工单</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>%1 不再共享此工单</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>家长回访：%1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>已关联到事件 %1</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>您向我们反映的事项</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>该家庭不在档案中。</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>本中心</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>您的反馈及我们的处理：%1 家</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>档案中没有此家庭的反馈、问题或投诉。</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 第 %2 号：%3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>您告诉我们的内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>您的回访意见</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1，评分 %2 / 5：%3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>家长或监护人</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>工单 %1 不在档案中。</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>请选择不早于起始月份的结束月份。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>确认所需小时数中位数</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>解决所需小时数中位数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>首次接触即解决</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>首次接触即解决的比例（%）</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>本中心</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>家长反馈与投诉</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>此期间没有提出任何工单。</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>家长反映的事项</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>我们的回应</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>小时数为自记录起实际经过的小时数。如果工单在目标时间之后才被确认或解决，或超过目标时间仍在等待，即为逾期；逾期的行以红色标出。</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>途中已确认</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>未作任何更改：工单已是%1状态。</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>未作任何更改：只有已解决的工单才能关闭。请先解决它。</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>未作任何更改：只有已解决或已关闭的工单才能重新打开。</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>未作任何更改：此工单已关闭。请重新打开后再继续处理。</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>未作任何更改：此工单已解决。请记录家长的回访意见后关闭，或重新打开后继续处理。</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>未作任何更改：工单不能从“%1”转为“%2”。</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>未作任何更改：请写下家长在回访时所说的话。</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>未作任何更改：请记录家长的评分（1 至 5）。</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>未作任何更改：只有在询问家长之后才能关闭工单。请记录家长的回访意见，或无法回访的原因。</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>未作任何更改：请简要说明是如何解决的。</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>未作任何更改：请说明重新打开工单的原因。</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>家长在回访时表示不满意。</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>%1 的签到已被撤销。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>%1 此后已离开（%2），因此无法撤销签到：那样会抹去接走 %1 的人。如果出错的是签退，请先撤销签退。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>%1 尚未签退，因此没有可撤销的签退。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 是在另一个前台签到的：只有该前台才能撤销。请让主任填写原因将其作废（更正）。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 是在另一个前台签退的：只有该前台才能撤销。请让主任填写原因将其作废（更正）。未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>签到只能在 %n 分钟内撤销。请让主任填写原因作废 %1 的签到（更正）。未作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>签退只能在 %n 分钟内撤销。请让主任填写原因作废 %1 的签退（更正）。未作任何更改。</numerusform>
        </translation>
    </message>
</context>
</TS>
