<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>لم يُغيَّر شيء: لن يبقى أحد يمكنه إدارة الحسابات. امنح موظفًا آخر هذه الصلاحية أولًا.</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>الحساسية والحالات الطبية</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>مسبّب الحساسية</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة التصرف</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>ملاحظات طبية</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>الحساسية (الأشد أولًا)</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>غير ملحق بغرفة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>. التفاعل: %1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>. الإجراء: %1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>لا يوجد طفل مسجَّل لديه حساسية أو ملاحظات طبية مسجلة.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>عدد الأطفال المدرجين</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>لديهم حساسية مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>المظلَّل: حساسية مهدِّدة للحياة. احتفظوا بخطة التصرف والدواء مع الطفل في جميع الأوقات، بما في ذلك الرحلات.</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>لم يُغيَّر شيء: مدة الاحتفاظ من 1 إلى 600 شهر.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n شهر.</numerusform>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n شهر.</numerusform>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n شهرين.</numerusform>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n أشهر.</numerusform>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n شهرًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: هذه الأسرة لم تغادر، أو غادرت منذ أقل من %n شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>بالغ سابق</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>طفل سابق</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>لم يعد هذا الطفل مسجلًا في الملفات (ربما أُرشفت الأسرة). لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 مسجَّل في %2: سجِّلوا حضوره وانصرافه عند مكتب استقبال ذلك الفرع. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>اختر البالغ الموجود عند المكتب من قائمة الأسرة.</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>اختر موظفًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>سجل الحضور هذا غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>لم يُسجَّل حضور أي طفل اليوم بالرمز %1. تحقق من الرمز المطبوع على الإيصال.</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>لا توجد غرفة مسجلة</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>أيام وجود أطفال في المركز</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>أيام حضور الأطفال</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ساعات الحضور</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>حالات الغياب المسجلة</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>حسب الغرفة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>أيام الأطفال</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>المتوسط اليومي</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>حسب الطفل</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>لم يُسجَّل انصرافه</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>معرّف الطفل</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>أيام الحضور</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>المظلَّل: فترات وجود بلا تسجيل انصراف؛ لا تُحتسب ساعاتها.</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>نفدت رموز الأمان لدى Kindred لهذا اليوم. لم يُسجَّل شيء؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>%1 مسجَّل حضوره بالفعل. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>%1 غير مسجَّل حضوره، لذا لا يمكن تسجيل انصرافه. لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred عند الإدخال %1 (أو حُذف إدخال قبله).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred عند الإدخال %1: أُفرغ بعملية حجب (الإدخال %2) لا تنتمي إلى أي عملية إخفاء هوية لأسرة.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred عند الإدخال %1: أُفرغ بعملية الحجب (الإدخال %2) الخاصة بأسرة أُخفيت هويتها، لكنه يتعلق بسجلات أسرة أخرى.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred: حُذف سجله الرئيسي (الذي يحفظ عدد الإدخالات التي كتبها Kindred).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred: حُذفت أحدث الإدخالات. ينتهي السجل الآن عند الإدخال %1، لكن آخر إدخال كتبه Kindred هو %2.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>يحتوي على %n إدخال</numerusform>
            <numerusform>يحتوي على %n إدخال</numerusform>
            <numerusform>يحتوي على %n إدخالين</numerusform>
            <numerusform>يحتوي على %n إدخالات</numerusform>
            <numerusform>يحتوي على %n إدخالًا</numerusform>
            <numerusform>يحتوي على %n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred: %1، لكن Kindred كتب %2 (حُذفت إدخالات).</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>عُدِّل سجل التدقيق خارج Kindred: %1، لكن Kindred كتب %2 (أُضيفت إدخالات أو أُعيدت كتابتها).</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>النظام (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>محطة العمل</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>لم يُغيَّر شيء: لا تُحجب إدخالات التدقيق إلا عند إخفاء هوية أسرة.</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>لم يُغيَّر شيء: عُدِّل إدخال التدقيق %1 خارج Kindred، لذا يُحتفظ به دليلًا. راجع سجل التدقيق واسأل المسؤول عن النظام.</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>طفلًا</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>موظفًا</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>بالغًا</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>غرفة</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>سجّل %1 حضور %2 في %3.</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>سجّل %1 حضور %2 في %3، وقد أحضره %4.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>سجّل %1 انصراف %2 في %3.</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>سجّل %1 انصراف %2 في %3، وقد استلمه %4.</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>سلّم %1 الطفل %2 في %3 إلى %4، متجاوزًا قاعدة استلام.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>صحّح %1 وقت حضور %2 من %3 إلى %4.</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>صحّح %1 وقت انصراف %2 من %3 إلى %4.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>ألغى %1 تسجيل حضور %2.</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>ألغى %1 تسجيل انصراف %2.</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>سجّل %1 غياب %2 في %3.</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>فتح %1 التذكرة %2.</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>نقل %1 التذكرة %2 إلى %3.</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>أسند %1 التذكرة %2 إلى مسؤول جديد.</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>أضاف %1 ملاحظة إلى التذكرة %2.</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>أضاف %1 مساعدًا إلى التذكرة %2.</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>أزال %1 مساعدًا من التذكرة %2.</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>ربط %1 حادثة بالتذكرة %2.</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>سجّل %1 %2.</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>غيّر %1 %2.</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>أرسل %1 %2 للاعتماد.</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>اعتمد %1 %2.</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>سجّل %1 أن أحد الوالدين أقرّ بالاطلاع على %2.</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>سجّل %1 أن %2 أقرّ بالاطلاع على %3.</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>عدّل %1 %2.</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>ربط %1 %2 بتذكرة.</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>بدأ %1 تفقّد الحضور (%2).</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>أكّد %1 وجود %2 في تفقّد الحضور.</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>أنهى %1 تفقّد الحضور.</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>سجّل %1 بدء دوام %2 في %3.</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>سجّل %1 بدء دوام %2.</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>سجّل %1 نهاية دوام %2.</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>أضاف %1 %2 إلى الموظفين.</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>غيّر %1 سجل الموظف %2.</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>أرشف %1 سجل الموظف %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>سجّل %1 الدخول.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>فشلت محاولة تسجيل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>رُفض رقم تعريف شخصي (PIN) جديد لـ %1.</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>عيّن %1 رقم PIN لـ %2.</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>عيّن %1 كلمة مرور %2.</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>فتح %1 حسابًا لـ %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>غيّر %1 دور %2.</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>غيّر %1 فروع %2 وأدواره.</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>ألغى %1 قفل حساب %2.</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>ألغى %1 قفل مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>أُعيد تعيين تسجيل دخول المسؤول عن النظام لـ %1.</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>أضاف %1 الأسرة %2.</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>غيّر %1 سجل الأسرة %2.</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>أرشف %1 الأسرة %2.</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>صدّر %1 بيانات الأسرة %2.</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>أخفى %1 هوية أسرة انتهت مدة الاحتفاظ بسجلاتها.</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>غيّر %1 قائمة الممنوع تسليم %2 إليهم.</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>غيّر %1 قائمة المخوَّلين باستلام %2.</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>أضاف %1 الغرفة %2.</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>غيّر %1 الغرفة %2.</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>أرشف %1 الغرفة %2.</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>غيّر %1 الإعداد %2.</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>غيّر %1 شعار المركز.</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>سجّل %1 جرعة دواء لـ %2.</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>سجّل %1 تطعيمًا لـ %2.</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>استعاد %1 ملف البيانات من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>ملأ Kindred المركز التجريبي بالبيانات.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1: %2 على %3 %4.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>هذا ليس سجل التدقيق الذي رآه هذا الحاسوب في هذا الملف بتاريخ %1: إدخاله الأول مختلف. إما أن الملف استُبدل بملف مركز آخر، وإما أن السجل أُعيدت كتابته خارج Kindred.</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>ينتهي سجل التدقيق قبل الإدخال %1 الذي رآه هذا الحاسوب بتاريخ %2. إما أن هذه نسخة أقدم من الملف (نسخة احتياطية مستعادة)، وإما أن إدخالات حُذفت خارج Kindred.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>إدخال التدقيق %1 ليس الإدخال الذي رآه هذا الحاسوب بتاريخ %2: أُعيدت كتابة السجل خارج Kindred.</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>يحتوي سجل التدقيق على إدخالات أقل مما كان عليه حين رآه هذا الحاسوب بتاريخ %1: حُذفت إدخالات خارج Kindred.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…و%1 أخرى.</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>السجلات المحمية لا تطابق حالتها الأخيرة التي دُقِّقت (%1):
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>إدخالات التدقيق التي رآها هذا الحاسوب بتاريخ %1 أُفرغت أو أُعيدت صياغتها لاحقًا، وليس ذلك بسبب إخفاء هوية أسرة: عُدِّل السجل خارج Kindred.</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>تعذّر إعادة فتح النسخة الاحتياطية %1 لحفظها على القرص.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>القرص ممتلئ، لذا تعذّر حفظ النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>تعذّر حفظ النسخة الاحتياطية %1 على القرص (%2).</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>القرص ممتلئ، لذا تعذّرت كتابة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>فشلت كتابة النسخة الاحتياطية (%1).</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>يوجد ملف باسم %1 بالفعل؛ لم تُكتب النسخة الاحتياطية فوقه.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>مجلد النسخ الاحتياطية %1 غير موجود أو يتعذّر الوصول إليه.</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>ملف البيانات غير مفتوح، لذا تعذّر إنشاء نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>القرص ممتلئ، لذا تعذّرت كتابة أي نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>لا يُسمح لـ Kindred بالكتابة في مجلد النسخ الاحتياطية %1 (%2).</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>خرجت النسخة الاحتياطية ناقصة (%1 بايت بدلًا من %2)؛ ربما القرص ممتلئ. لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>فشلت النسخة في الفحص، لذا لم تُنشأ أي نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>ظهر في الأثناء ملف باسم %1؛ لم تُكتب النسخة الاحتياطية فوقه.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>تعذّر إعطاء النسخة الاحتياطية اسمها %1 (%2).</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>ملف البيانات نفسه تالف، لذا لم تُنشأ أي نسخة احتياطية: فالنسخة ستكون تالفة أيضًا. احتفظ بالنسخ الاحتياطية الموجودة لديك، واتصل بالدعم الفني قبل تسجيل المزيد. طبيعة المشكلة: %1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>ليس ملف بيانات Kindred</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>لا يحتوي على بيانات Kindred</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>حُفظ بإصدار أحدث من Kindred</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>فشل فحص سلامته: %1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>يحتوي على سجلات تشير إلى سجلات مفقودة (في %1)</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>مخططه ليس كما يجب أن يكون في ملف Kindred: %1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>فُتحت النسخة الاحتياطية %1 كملف بيانات منذ إنشائها (يوجد %2 بجانبها)؛ لا يمكن استخدامها نسخةً احتياطية على حالتها هذه.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>تتعذّر فتح النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>النسخة الاحتياطية %1 غير صالحة للاستخدام: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>تعذّر فتح مجلد النسخ الاحتياطية %1 لحفظ النسخة الاحتياطية على القرص (%2).</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>تعذّر حفظ مجلد النسخ الاحتياطية %1 على القرص (%2).</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>يتعذّر فتح النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية %1: جزء منها تالف أو أنها ليست ملف Kindred.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>ملف البيانات غير مفتوح، لذا لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>القرص ممتلئ، لذا تعذّرت استعادة النسخة الاحتياطية؛ لم يُغيَّر ملف البيانات.</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>فشلت استعادة النسخة الاحتياطية (%1)؛ لم يُغيَّر ملف البيانات.</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>ملف البيانات مفتوح في محطة عمل أو برنامج آخر، لذا لم تُستعَد النسخة الاحتياطية ولم يُغيَّر شيء. أغلق Kindred في محطات العمل الأخرى (وأي مهمة تقارير)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>هذا هو ملف البيانات نفسه، وليس نسخة احتياطية منه.</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>ملف البيانات غير مفتوح، لذا لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 نسخة احتياطية من ملف بيانات آخر، وليست من هذا الملف؛ لم يُستعَد شيء. للاطلاع عليها، افتحها من ملف ← فتح ملف بيانات.</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 قواعد الاستلام في النسخة الاحتياطية تختلف عن قواعد ملف البيانات (%2)، لذا لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>تعذّر الاحتفاظ بملف البيانات جانبًا قبل الاستعادة، لذا لم يُستعَد شيء: %1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>استُعيد من النسخة الاحتياطية %1</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>استُعيدت النسخة الاحتياطية (وحُفظ ملف البيانات بحالته السابقة باسم %1)، لكن تعذّر تسجيل الاستعادة في سجل التدقيق: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>لم يُغيَّر شيء: مجلد النسخ الاحتياطية %1 غير موجود أو يتعذّر الوصول إليه. اختر مجلدًا موجودًا (يجب أن يكون المجلد المشترك على الشبكة متصلًا).</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>لم يُغيَّر شيء: لا يُسمح لـ Kindred بالكتابة في مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>لم يُغيَّر شيء: أدخل وقت النسخ الاحتياطي اليومي بالساعات والدقائق.</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>أعياد الميلاد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>يبلغ من العمر</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>الموافقة على التصوير</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>يُرجى عدم التصوير</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>موظف استقبال</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>مربٍّ</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>عيّن المنطقة الزمنية للمركز أولًا (الإعدادات، في نافذة Kindred): تُحسب الأيام والساعات بتوقيت المركز، وهذا الملف لا يحدد أي توقيت هو.</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>لم يُغيَّر شيء: يحتاج المركز إلى اسم (يتصدّر كل تقرير مطبوع).</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>لم يُغيَّر شيء: أدخل وقتي الفتح والإغلاق بالساعات والدقائق.</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>لم يُغيَّر شيء: يجب أن يكون وقت الإغلاق (%1) بعد وقت الفتح (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقيقة، أو 0 لعدم القفل أبدًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقيقة، أو 0 لعدم القفل أبدًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقيقتين، أو 0 لعدم القفل أبدًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقائق، أو 0 لعدم القفل أبدًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقيقة، أو 0 لعدم القفل أبدًا.</numerusform>
            <numerusform>لم يُغيَّر شيء: تُقفل الشاشة بعد مدة من 1 إلى %n دقيقة، أو 0 لعدم القفل أبدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقيقة.</numerusform>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقيقة.</numerusform>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقيقتين.</numerusform>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقائق.</numerusform>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقيقة.</numerusform>
            <numerusform>لم يُغيَّر شيء: يمكن لمكتب الاستقبال التراجع عن تسجيل حضور أو انصراف خلال مدة من 0 إلى %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقيقة من موعد وصوله المحجوز.</numerusform>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقيقة من موعد وصوله المحجوز.</numerusform>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقيقتين من موعد وصوله المحجوز.</numerusform>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقائق من موعد وصوله المحجوز.</numerusform>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقيقة من موعد وصوله المحجوز.</numerusform>
            <numerusform>لم يُغيَّر شيء: يُعدّ الطفل متأخرًا بعد مدة من 0 إلى %n دقيقة من موعد وصوله المحجوز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>لم يُغيَّر شيء: اختر المنطقة الزمنية للمركز (مثل Australia/Melbourne)؛ الأيام والساعات في التقارير هي بتوقيت المركز.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>لم يُغيَّر شيء: %1 ليست منطقة زمنية يعرفها هذا الحاسوب (مثل Australia/Melbourne).</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>لم يُغيَّر شيء: العملة رمز من ثلاثة أحرف مثل AUD أو EUR.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>لم يُغيَّر شيء: %1 ليس رمز لغة؛ استخدم رمزًا مثل en أو en-AU أو fr-CA أو zh-CN.</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>لم يكن في الملف منطقة زمنية للمركز؛ فحُفظت المنطقة الزمنية للحاسوب الذي رقّاه، ليؤكدها مسؤول النظام.</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>أدخل اسم الغرفة.</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>لا يمكن أن يكون أصغر عمر سالبًا.</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>يجب ألا يكون أكبر عمر أقل من أصغر عمر.</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>تتسع الغرفة لطفل واحد على الأقل.</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>تحتاج النسبة إلى طفل واحد على الأقل لكل بالغ.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>أدخل الاسم الأول للموظف.</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>أدخل اسم عائلة الموظف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred غير مترجم إلى «%1». اختر إحدى لغاته، أو لغة المركز.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>يقبل الخيار --children عددًا من الأطفال من 1 إلى %1، وليس «%2».</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>يقبل الخيار --sites عددًا من الفروع من 1 إلى %1، وليس «%2».</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 ليست منطقة زمنية يعرفها هذا الحاسوب (مثل Australia/Melbourne).</translation>
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
        <translation>لا يوجد أمر باسم «%1»؛ الأوامر هي init وdemo وreport وexport وimport وmigrate (يشرح kindred --help المزيد).</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>أدخل أمرًا واحدًا في كل مرة، وليس %1 و%2 معًا.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>الخيار --%1 لا يقبل قيمة.</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>لا يوجد خيار باسم %1 (يسرد kindred %2--help الخيارات).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>الخيار --%1 يحتاج إلى قيمة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>«%1» غير مفهوم هنا (يوضح kindred %2--help ما هو مقبول).</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>الخياران --database و--server يحددان مخزنين مختلفين؛ أدخل أحدهما فقط (كلاهما معًا مع migrate فقط، لنقل ملف بيانات إلى خادم).</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>الخيار --server يحتاج إلى عنوان الخادم، مثل «host=db.centre.lan dbname=kindred».</translation>
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
        <translation>الخيارات العامة (قبل الأمر أو بعده):
  --database PATH    ملف البيانات (الافتراضي: آخر مخزن فُتح على هذا الحاسوب،
                     وإلا فالملف الموجود في مجلد بيانات المستخدم)
  --server CONNINFO  قاعدة بيانات المركز على خادم PostgreSQL، بصيغة URI لمكتبة libpq
                     أو سلسلة key=value (&quot;host=db.centre.lan dbname=kindred&quot;)؛
                     تُؤخذ كلمة المرور من ~/.pgpass أو PGPASSFILE، وإلا فتُطلب
  --lang CODE        لغة النصوص والتواريخ (en، fr، pt_BR…)
  --help             هذه المساعدة
  --version          إصدار Kindred
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
        <translation>الاستخدام: kindred [GLOBAL] [COMMAND [ARGS]]
مكتب الاستقبال لمراكز رعاية الأطفال. بلا أمر، يفتح Kindred نافذته.

الأوامر:
  init      إعداد مركز جديد في ملف بيانات جديد أو في قاعدة بيانات خادم فارغة
            (أو إعادة تعيين مسؤول النظام فيه)
  demo      إنشاء المركز التجريبي في ملف بيانات جديد، بلا نافذة
  report    كتابة تقرير بصيغة PDF أو CSV، بلا نافذة
  migrate   ترقية ملف بيانات من إصدار أقدم من Kindred (بعد نسخة احتياطية مفحوصة أولًا)، أو
            نقله إلى قاعدة بيانات خادم فارغة (--database FILE --server CONNINFO)
  export, import   غير متاحين في هذا الإصدار

ملف البيانات الجديد أو المفقود يفتح معالج التشغيل الأول.

خيارات النافذة:
  --demo          إنشاء المركز التجريبي (بأرقام PIN منشورة) في ملف بيانات جديد أو فارغ
  --children N    عدد الأطفال في ذلك المركز التجريبي (من 1 إلى 200000، الافتراضي 60 لكل فرع)
  --sites N       ذلك المركز التجريبي كسلسلة من N فروع (من 1 إلى 20، الافتراضي 1)

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
حالة الخروج: 0 تمّ، 1 وسيط خاطئ أو رفض، 2 تعذّر استخدام ملف البيانات.
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
        <translation>الاستخدام: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
ينشئ المركز التجريبي في FILE، الذي يجب ألا يكون موجودًا (أو أن يكون فارغًا)، بلا نافذة.
لا يظهر الملف إلا عند اكتماله. مع --server، يُنشأ في قاعدة بيانات خادم فارغة.

  --children N      عدد الأطفال في المركز (من 1 إلى 200000، الافتراضي 60 لكل فرع)
  --sites N         سلسلة من N فروع (من 1 إلى 20، الافتراضي 1): يأخذ الفرع 1 اسم المركز،
                    والبقية أسماء ضواحٍ؛ لكل فرع غرفه ومربّوه وأسره، ويعمل
                    بعض الموظفين في فرعين بدور في كل منهما (README: the demo centre)
  --time-zone ZONE  المنطقة الزمنية للمركز (الافتراضي: منطقة هذا الحاسوب)، مثل Europe/Paris

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
        <translation>الاستخدام: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
       kindred report --list
يكتب تقريرًا بلا نافذة. يُقرأ الملف فقط: يجوز أن يكون للقراءة فقط، وقد يكون مكتب استقبال
يحفظ فيه في الأثناء.

  --list          سرد التقارير
  --from DATE     اليوم الأول، بصيغة yyyy-MM-dd (الافتراضي: أول هذا الشهر)
  --to DATE       اليوم الأخير، بصيغة yyyy-MM-dd
  --site NAME     هذا الفرع، أو all لكل الفروع جنبًا إلى جنب (الافتراضي: فرع هذا
                  الحاسوب؛ المركز متعدد الفروع يحتاج إلى تحديده)
  --room ROOM     هذه الغرفة فقط من الفرع (الاسم أو الرقم)
  --out FILE      مكان الكتابة؛ .pdf أو .csv
  --paper SIZE    a4 أو letter (الافتراضي: حسب الإعدادات المحلية)
  --no-bom        ملف CSV بلا علامة ترتيب البايتات UTF-8
  --check         فحص الملف كله بحثًا عن تلف أولًا

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
        <translation>الاستخدام: kindred migrate [--database FILE]
       kindred migrate --database FILE --server CONNINFO
يرقّي ملف بيانات كتبه إصدار أقدم من Kindred، بعد إنشاء نسخة احتياطية مفحوصة بجانبه؛ أو
قاعدة بيانات المركز على الخادم. مع الخيارين معًا، ينسخ ملف البيانات (بعد ترقيته أولًا)
إلى قاعدة بيانات خادم فارغة في معاملة واحدة، ثم يفحص عدد صفوف كل جدول
وسجل التدقيق؛ وأي اختلاف يلغي النسخ.

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
        <translation>الاستخدام: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                    [--country CC] [--currency CODE] [--lang CODE]
       kindred init --server CONNINFO --centre NAME --time-zone ZONE …
       kindred init --reset-admin --database FILE
ينشئ مركزًا جديدًا في FILE، الذي يجب ألا يكون موجودًا (أو أن يكون فارغًا)، أو في قاعدة بيانات
الخادم، التي يجب ألا تحتوي على جداول، مع أول مسؤول نظام له.
تُقرأ كلمة مرور مسؤول النظام وتأكيدها سطرين من الإدخال القياسي:
12 حرفًا على الأقل، ولا تحتوي على اسم المركز ولا اسم مسؤول النظام.

  --centre NAME     اسم المركز، كما يعرفه أولياء الأمور
  --time-zone ZONE  المنطقة الزمنية للمركز، مثل Australia/Melbourne
  --admin NAME      الاسم الأول واسم العائلة لمسؤول النظام (الافتراضي: Centre Administrator)
  --country CC      البلد، بحرفين (AU، FR، CA…)
  --currency CODE   العملة، وفق ISO 4217 (AUD، EUR…؛ الافتراضي: عملة البلد)
  --lang CODE       لغة المركز أيضًا، وفق BCP 47 (en-AU، fr-CA…)
  --reset-admin     نسي آخر مسؤول نظام كلمة المرور: عيّن كلمة جديدة (سطران
                    من الإدخال القياسي). لا يجوز ذلك إلا لمالك الملف على هذا الحاسوب.

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>الاستخدام: kindred %1
غير متاح في هذا الإصدار.

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>يقبل الخيار --lang رمز لغة مثل en أو fr أو pt_BR (أو pseudo)، وليس «%1».</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>غير متاح في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>(بالغ جديد)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(طفل جديد)</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>إعادة تسمية %1، المخوَّل باستلام %3، إلى %2</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>إعادة تسمية %1، في «ممنوع تسليم %3 إليه»، إلى %2</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>السماح لـ %1 باستلام %2</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>تغيير أوقات استلام %1 لـ %2</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>إلغاء السماح لـ %1 باستلام %2</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>إضافة «ممنوع تسليم %2 إلى %1»</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>تغيير «ممنوع تسليم %2 إلى %1»</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>إزالة «ممنوع تسليم %2 إلى %1»</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1 (أمر المحكمة %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 لم يُحفَظ شيء؛ رُفض: %2.</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>تغيير المخوَّلين باستلام طفل يحتاج إلى سبب. %1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1: اذكر الوثيقة التي أنهت أمر المحكمة %2 (أمر لاحق، أو تعديل، أو سحبه، مع تاريخه). لم يُحفَظ شيء.</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>تعذّرت قراءة قواعد الاستلام في ملف البيانات، لذا لم يُستعَد شيء.</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>سجل التدقيق الخاص به غير مكتمل: %1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>يجري نقل مركز إلى قاعدة بيانات الخادم «%1» (kindred migrate)، ولم يكتمل النقل بعد. لم يُفتح شيء. افتحها مجددًا عند اكتمال النقل؛ وإذا توقف النقل، فشغّله مجددًا.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>يحتاج Kindred إلى تحديث ملف البيانات %1 لكنه تعذّر عليه أولًا إنشاء نسخة آمنة منه: %2 لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>قاعدة البيانات %1 على خادم المركز لا تحتوي على أي مركز Kindred بعد. أنشئ مركزًا فيها باستخدام «kindred init --server»، أو انقل إليها ملف بيانات باستخدام «kindred migrate».</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>تعذّر على Kindred تحويل %1 إلى وضع السجل الآمن؛ ربما يكون على مجلد مشترك على الشبكة. احتفظ بملف البيانات على القرص الخاص بهذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>الملف %1 تالف ولا يمكن فتحه. لم يُغيَّر شيء. استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>تتعذّر قراءة الملف %1 مع الملف %2 الموجود بجانبه، لأنه لا يطابقه: ربما تُرك من نسخة أخرى من ملف البيانات (مثلًا عند وضع نسخة أقدم مكانه). لم يُغيَّر شيء. تأكد من أن أي نسخة من Kindred لا تستخدم الملف، وانقل %2 و%3 إلى مجلد آخر (احتفظ بهما للدعم الفني)، ثم افتح الملف مجددًا.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>الملف %1 يخص برنامجًا آخر، وليس Kindred. لم يُفتح ولم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>حُفظ الملف %1 بإصدار أحدث من Kindred. ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 مجلد، وليس ملف بيانات Kindred.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>لا يُسمح لـ Kindred بقراءة %1. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 ليس ملف بيانات Kindred. لم يُفتح ولم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>الملف %1 غير مكتمل (أقصر مما يجب)، وربما انقطع أثناء نسخه. لم يُفتح. استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>لا يوجد ملف بيانات Kindred في %1: الملف الموجود هناك فارغ. لم يُغيَّر شيء. اختر ملف بيانات Kindred، أو اسأل المسؤول عن هذا الحاسوب عن مكانه.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>الملف %1 للقراءة فقط، لذا لا يستطيع Kindred تسجيل أي شيء فيه. لم يُغيَّر شيء. اطلب من المسؤول عن هذا الحاسوب جعله قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>ملف بيانات Kindred %1 مقفل من برنامج آخر. أغلقه (أو انتظر حتى ينتهي) ثم حاول مجددًا؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>القرص الذي يحتوي على %1 ممتلئ، لذا لا يستطيع Kindred فتح الملف. الملف نفسه سليم ولم يُغيَّر شيء. أفرغ بعض المساحة على ذلك القرص ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>الملف %1 أو مجلده للقراءة فقط، لذا لا يستطيع Kindred استخدامه. لم يُغيَّر شيء. اطلب من المسؤول عن هذا الحاسوب جعل كليهما قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>لا يُسمح لـ Kindred بفتح %1، أو بإنشاء %2 بجانبه. لم يُغيَّر شيء. اطلب من المسؤول عن هذا الحاسوب التحقق من أذونات الملف ومجلده.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>أبلغ القرص عن خطأ أثناء قراءة Kindred للملف %1. لم يُغيَّر شيء. تحقق من أن القرص متصل ويعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>تعذّر على Kindred فتح %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>الملف %1 تالف. لم يُفتح ولم يُغيَّر فيه شيء. استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>الملف %1 تالف. توقف عن التسجيل فيه، وأغلق Kindred واستعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>لا يوجد ملف بيانات Kindred في %1.</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>تعذّر على Kindred إنشاء مجلد ملف بياناته، %1.</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>تعذّر على Kindred إنشاء ملف بياناته %1.</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>يحتاج المركز التجريبي إلى مدير وموظف استقبال ومربيَين اثنين لتذاكره وحوادثه.</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>ساحة اللعب الخارجية</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>تعثّر أثناء الجري وخُدشت ركبته على الممر.</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>نُظّف الخدش ووُضعت لاصقة طبية.</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>الركبة اليسرى</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>حرارة 38.4 °م بعد الغداء، مع انزعاج.</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>استراح في مكان هادئ؛ وطُلب من أحد الوالدين الحضور لاستلامه.</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>حوض الرمل</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>عضّ طفلًا آخر أثناء اللعب بسبب لعبة.</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>فُصل بينهما، وهُدِّئ كلاهما، وجرى الحديث عن اللطف في التعامل.</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>أُعطيت الجرعة الموصوفة متأخرة 30 دقيقة.</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>أُعطيت الجرعة، وأُبلغ مسؤول الغرفة، وتُحقِّق من المواعيد.</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>منطقة تناول الطعام</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>اصطدم رأسه بحافة الطاولة أثناء نهوضه.</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>كمادة باردة، ومراقبة لمدة ساعة.</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>الجبهة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>وقّع النموذج عند الاستلام</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>احتُسب علينا يوم كنا فيه في إجازة</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>أبلغنا الغرفة بأننا سنغيب يوم الجمعة، ومع ذلك احتُسب علينا.</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>أُعيدت قيمة اليوم وشُرح كيفية تسجيل الإجازة مسبقًا.</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>حُلّت المشكلة بسرعة، شكرًا لكم.</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>شكرًا لغرفة الأطفال الصغار</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>يتحدث ابننا عن مربّيه كل مساء.</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>نُقلت إلى الغرفة في اجتماع الموظفين.</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>يسعدنا أنها وصلت إليهم.</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>مزيد من الظل في حوض الرمل</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>يصبح حوض الرمل شديد الحرارة بعد الحادية عشرة؛ هل يمكن تركيب مظلة؟</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>طُلبت مظلة لحوض الرمل؛ وحتى ذلك الحين يكون اللعب بالرمل قبل الحادية عشرة.</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>جيد، وإن كان سيستغرق بعض الوقت.</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>لم يُوضع واقي الشمس</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>كان كتفاها محمرَّين عند الاستلام بعد اللعب في الخارج.</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>أُضيفت مواعيد وضع واقي الشمس إلى الورقة اليومية للغرفة.</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>تكرر ذلك يوم الخميس.</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>لم نُبلَّغ بالرحلة</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>لم نعلم بزيارة المكتبة إلا من أحد أولياء الأمور الآخرين.</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>غداء نباتي أيام الجمعة</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>ترغب عدة أسر في غداء نباتي يومًا واحدًا في الأسبوع.</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>شكرًا على صور يوم الحديقة</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>أسعدتنا صور يوم الحديقة طوال الأسبوع.</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>متى أمسية أولياء الأمور القادمة؟</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>هل هناك أمسية لأولياء الأمور قبل العطلة؟</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>لم يُغيَّر الحفاض قبل الاستلام</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>كان حفاضه مبللًا جدًا عندما استلمته في الخامسة.</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>سُئل وليّ الأمر عن الأسر التي ينبغي سؤالها.</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>تجري مراجعة قائمة إشعارات الرحلة مع الغرفة.</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>سُجِّل دخوله عند مكتب الاستقبال بعد الفطور؛ بينما تُظهر ورقة الغرفة وصوله قبل ذلك بـ 25 دقيقة.</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>سُجِّل حضوره خطأً بدلًا من أخ بقي في المنزل؛ وتؤكد الغرفة أن الطفل لم يكن هنا.</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 ليست منطقة زمنية يعرفها هذا الحاسوب (مثل Australia/Melbourne).</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>يضم المركز التجريبي من 1 إلى %1 فروع.</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>الإسعافات الأولية والإنعاش القلبي الرئوي</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>فحص أهلية العمل مع الأطفال</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>الجدة</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>المربية</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>ممنوع الاستلام</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>الفول السوداني</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>المكسرات</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>لسعات النحل</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>الحساسية المفرطة (التأق)</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>أعطوه حاقن الأدرينالين الذاتي (EpiPen)، واتصلوا بالإسعاف، ثم بالوالدين</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>الألبان</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>البيض</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>الغلوتين</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>الفراولة</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>البنسلين</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>شرى (طفح جلدي)، ألم في المعدة</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>مضاد للهيستامين؛ اتصلوا بالوالدين</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>الربو: بخاخ الإسعاف الأزرق في الحقيبة، 4 بخات عند الحاجة</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>الإكزيما: كريم بعد اللعب بالماء</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>سوابق نوبات تشنج حموية: اتصلوا بالوالدين إذا تجاوزت الحرارة 38.5 °م</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>صديق للأسرة</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>أمر محكمة: ممنوع التواصل</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>يتعذّر إنشاء المركز التجريبي على %1: %2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>تعذّر إنشاء المركز التجريبي: %1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>أُنشئ المركز التجريبي على %1 (الأطفال: %2، الأسر: %3).</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>حدّد الملف الجديد الذي يُنشأ فيه المركز التجريبي، باستخدام --database FILE.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 موجود بالفعل؛ لا يُنشأ المركز التجريبي إلا في ملف جديد، لذا لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>لا يوجد مجلد باسم %1.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>ظهر %1 أثناء إنشاء المركز التجريبي؛ وتُرك كما هو.</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>تعذّر وضع المركز التجريبي في مكانه باسم %1.</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>أُنشئ المركز التجريبي في %1 (الأطفال: %2، الأسر: %3، الغرف: %4، الموظفون: %5؛ المنطقة الزمنية %6).</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>السجل السابق: %n يوم عمل</numerusform>
            <numerusform>السجل السابق: %n يوم عمل</numerusform>
            <numerusform>السجل السابق: %n يومَي عمل</numerusform>
            <numerusform>السجل السابق: %n أيام عمل</numerusform>
            <numerusform>السجل السابق: %n يوم عمل</numerusform>
            <numerusform>السجل السابق: %n يوم عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n سجل حضور</numerusform>
            <numerusform>%n سجل حضور</numerusform>
            <numerusform>%n سجلَّي حضور</numerusform>
            <numerusform>%n سجلات حضور</numerusform>
            <numerusform>%n سجل حضور</numerusform>
            <numerusform>%n سجل حضور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرتين</numerusform>
            <numerusform>%n تذاكر</numerusform>
            <numerusform>%n تذكرة</numerusform>
            <numerusform>%n تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n حادثة.</numerusform>
            <numerusform>%n حادثة.</numerusform>
            <numerusform>%n حادثتين.</numerusform>
            <numerusform>%n حوادث.</numerusform>
            <numerusform>%n حادثة.</numerusform>
            <numerusform>%n حادثة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>لا يوجد في المركز التجريبي موظف استقبال يقف عند المكتب.</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>إجازة مع الأسرة</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>اليوم عطلة نهاية الأسبوع والمركز مغلق، لذا فحضور اليوم فارغ؛ في أيام الأسبوع يعرض مكتب الاستقبال الأطفال المحجوزين لذلك اليوم كما هو متوقع.</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظف بدء الدوام، ولم يصل أحد.</numerusform>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظف بدء الدوام، ولم يصل أحد.</numerusform>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظفين بدء الدوام، ولم يصل أحد.</numerusform>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظفين بدء الدوام، ولم يصل أحد.</numerusform>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظفًا بدء الدوام، ولم يصل أحد.</numerusform>
            <numerusform>لم يفتح المركز بعد: سجّل %n موظف بدء الدوام، ولم يصل أحد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>المحجوزون اليوم: %n طفل، ويُتوقع وصولهم من وقت الفتح.</numerusform>
            <numerusform>المحجوزون اليوم: %n طفل، ويُتوقع وصولهم من وقت الفتح.</numerusform>
            <numerusform>المحجوزون اليوم: %n طفلين، ويُتوقع وصولهم من وقت الفتح.</numerusform>
            <numerusform>المحجوزون اليوم: %n أطفال، ويُتوقع وصولهم من وقت الفتح.</numerusform>
            <numerusform>المحجوزون اليوم: %n طفلًا، ويُتوقع وصولهم من وقت الفتح.</numerusform>
            <numerusform>المحجوزون اليوم: %n طفل، ويُتوقع وصولهم من وقت الفتح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n طفل.</numerusform>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n طفل.</numerusform>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n طفلين.</numerusform>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n أطفال.</numerusform>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n طفلًا.</numerusform>
            <numerusform>أغلق المركز لهذا اليوم: عدد من حضروا ثم عادوا إلى المنزل: %n طفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>اليوم حتى الآن: يوجد %n طفل</numerusform>
            <numerusform>اليوم حتى الآن: يوجد %n طفل</numerusform>
            <numerusform>اليوم حتى الآن: يوجد %n طفلين</numerusform>
            <numerusform>اليوم حتى الآن: يوجد %n أطفال</numerusform>
            <numerusform>اليوم حتى الآن: يوجد %n طفلًا</numerusform>
            <numerusform>اليوم حتى الآن: يوجد %n طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>عاد إلى المنزل: %n</numerusform>
            <numerusform>عاد إلى المنزل: %n</numerusform>
            <numerusform>عاد إلى المنزل: %n</numerusform>
            <numerusform>عاد إلى المنزل: %n</numerusform>
            <numerusform>عاد إلى المنزل: %n</numerusform>
            <numerusform>عاد إلى المنزل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>متأخر: %n</numerusform>
            <numerusform>متأخر: %n</numerusform>
            <numerusform>متأخر: %n</numerusform>
            <numerusform>متأخر: %n</numerusform>
            <numerusform>متأخر: %n</numerusform>
            <numerusform>متأخر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>لم يصل بعد: %n</numerusform>
            <numerusform>لم يصل بعد: %n</numerusform>
            <numerusform>لم يصل بعد: %n</numerusform>
            <numerusform>لم يصل بعد: %n</numerusform>
            <numerusform>لم يصل بعد: %n</numerusform>
            <numerusform>لم يصل بعد: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
            <numerusform>غائب (غياب مخطط): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>سجّل %n موظف بدء الدوام.</numerusform>
            <numerusform>سجّل %n موظف بدء الدوام.</numerusform>
            <numerusform>سجّل %n موظفين بدء الدوام.</numerusform>
            <numerusform>سجّل %n موظفين بدء الدوام.</numerusform>
            <numerusform>سجّل %n موظفًا بدء الدوام.</numerusform>
            <numerusform>سجّل %n موظف بدء الدوام.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>سلسلة من %1 فروع. يعمل المدير (PIN 1111) وموظف الاستقبال (2222) في كل الفروع، وكل مربٍّ في فرع غرفته فقط؛ 3301 مربٍّ في الفرعين الأول والثاني، و3309 مدير الفرع الثاني وموظف استقبال في الفرع الأول.</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>أُبطل تسجيل الحضور هذا لـ %1؛ ولا يمكن تصحيحه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>%1 ما زال مسجَّل الحضور اليوم. لا يمكن للتصحيح تسجيل انصراف طفل: سجِّل انصراف %1 مع بالغ مدرج في قائمة الاستلام، أو أبطل تسجيل الحضور إن كان خطأً. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>لا يمكن إغلاق فترة وجود %1 من يوم سابق إلا بوقت يسبق اليوم. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>تسجيل الحضور هذا لـ %1 مُبطَل بالفعل. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>لم يُسجَّل انصراف %1، لذا لا يوجد تسجيل انصراف لإبطاله. لم يُغيَّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقتين؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقائق؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الحضور هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقتين؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقائق؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن إبطال تسجيل الانصراف هذا إلا من مكتب الاستقبال الذي سجّله، وخلال %n دقيقة؛ بعد ذلك، أو من مكتب آخر، اطلب ذلك من المدير. لم يُغيَّر شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>اذكر سبب الإبطال. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>لم يسجّل %1 بدء الدوام (أو الدخول) اليوم: لا يمكن لمجموعة المغادرة إلا مع موظفين موجودين. لم يُسجَّل انصراف %2.</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>على %1 قيد «ممنوع التسليم»%2، لذا لا يجوز له مغادرة المركز مع مجموعة ما لم يتجاوز المدير هذا القيد مع ذكر السبب. لم يُسجَّل انصراف %1.</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> (أمر المحكمة %1)</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>غادر %1 مع %2%3 في %4 ولم يعد: سجِّل عودة المجموعة أولًا (تسجيل حضور المجموعة). لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>تمرين إخلاء</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>إخلاء فعلي</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>إغلاق احترازي</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>أدخل اسم الطفل الزائر وتاريخ ميلاده.</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>يحتاج الطفل في الحضور غير المحجوز إلى بالغ واحد على الأقل له رقم هاتف يمكن للمركز الاتصال به. لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>حضور غير محجوز</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>سُجِّل الحضور غير المحجوز عند مكتب الاستقبال.</translation>
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
        <translation>جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(غير معروض لدورك)</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>قيود الحضانة («ممنوع التسليم إلى») غير معروضة: لا يحق لدورك الاطلاع عليها. استشر المدير قبل تسليم طفل إلى أي شخص غير مدرج.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>حساسية مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>ممنوع التسليم إلى</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>جهات الاتصال في الطوارئ (اتصل بهذا الترتيب)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>غير ملحق بغرفة</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>حساسية مهدِّدة للحياة: %1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>ممنوع التسليم إلى: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(لا شيء مسجل)</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>لا يوجد طفل مسجَّل في هذه الغرفة.</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>عدد الأطفال المدرجين</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 شهرًا</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>غير ملحق بغرفة</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>التسجيل والطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>الأماكن الشاغرة</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>نسبة الإشغال</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>الموظفون المطلوبون</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>الحضور اليومي</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>نسبة الإشغال %</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>متوسط الحضور اليومي</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>الأطفال المسجَّلون</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>أطفال قائمة الانتظار المناسبون لغرفة</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>المظلَّل: عدد الأطفال المسجَّلين يتجاوز الطاقة الاستيعابية للغرفة.</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>تعذّرت قراءة ملف البيانات: أرقام اليوم فارغة.</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>تعذّرت قراءة ملف البيانات: تعذّرت قراءة الحجوزات.</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>خفيفة</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>مهدِّدة للحياة</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>تغيّرت بيانات الأسرة</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>تغيّرت بيانات %1</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>أُزيل %1</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>تغيّرت بيانات الحساسية لـ %1</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>تغيّرت جهات الاتصال في الطوارئ لـ %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>تغيّرت قواعد الاستلام لـ %1</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>تغيّرت حجوزات %1</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>كل البيانات المحفوظة عن أسرة %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدِّر في %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1؛ غادر المركز في %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>رمز البطاقة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>الثقافات</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>المناسبات</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>مشاركة الثقافات مع المركز</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>في دليل أولياء الأمور</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>ملاحظات طبية</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>الموافقة على التصوير</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>مخوَّل بالاستلام</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>ممنوع التسليم إلى</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>السجلات: %1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>يحتوي التصدير المقروء آليًا (JSON) على السجلات نفسها بكل أعمدتها، والصور، والقيم القديمة والجديدة لكل تغيير.</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>طفل سابق</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>بالغ سابق</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>أسرة مخفية الهوية %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>لم تعد هذه الأسرة مسجلة في الملفات (ربما أُرشفت من محطة عمل أخرى).</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>أدخل الاسم الأول للبالغ.</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>أدخل اسم عائلة البالغ.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>أدخل اسم عائلة %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>«%1» ليس رقم هاتف (استخدم من 6 إلى 15 رقمًا؛ المسافات وعلامة + في البداية مقبولة).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 وليّ أمر: أدخل رقم هاتف واحدًا على الأقل يمكن للمركز الاتصال به.</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>أدخل الاسم الأول للطفل.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>أدخل اسم عائلة الطفل.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>أدخل تاريخ ميلاد %1.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>تاريخ ميلاد %1 في المستقبل.</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>تاريخ ميلاد %1 يجعله بالغًا؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>اذكر ما يعاني %1 من حساسية تجاهه.</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>أدخل اسم جهة الاتصال في الطوارئ.</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>أدخل رقم هاتف لجهة الاتصال في الطوارئ.</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>أدخل رقم هاتف لجهة الاتصال في الطوارئ %1.</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>اختر من بين بالغي الأسرة المخوَّلين باستلام %1.</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>ينتهي إذن الاستلام لـ %1 قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>اختر الشخص الممنوع تسليم %1 إليه.</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>لا يمكن أن يكون %1 مخوَّلًا باستلام %2 ومدرجًا في قائمة «ممنوع التسليم» في آن واحد.</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>اذكر سبب منع تسليم %2 إلى %1 (مثلًا أمر المحكمة).</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>اذكر السبب (مثلًا أمر المحكمة).</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>حدّد الأيام المحجوزة لـ %1.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>أدخل الوقت الذي يصل فيه %1 عادةً، بين %2 و%3.</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>أدخل الوقت الذي يعود فيه %1 إلى المنزل عادةً، في موعد أقصاه %2.</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>يجب أن يكون موعد المغادرة المحجوز لـ %1 بعد موعد الوصول (%2).</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>أدخل اليوم الأول من حجز %1.</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>ينتهي حجز %1 قبل أن يبدأ (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>يشترك حجزا %1 اللذان يبدآن في %2 و%3 في يوم من أيام الأسبوع؛ أنهِ أحدهما قبل أن يبدأ الآخر.</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>أدخل اسم الأسرة.</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>رمز بطاقة الأسرة من 4 إلى 16 حرفًا لاتينيًا كبيرًا ورقمًا؛ اتركه فارغًا لإنشاء رمز تلقائيًا.</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>أضف وليّ أمر واحدًا على الأقل يمكن للمركز الاتصال به.</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>البالغ نفسه مدرج مرتين.</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>تغيّر %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>تغيّر %2 لـ %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>تغيّرت %2 لـ %1</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln حرف (يحتوي على %1).</numerusform>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln حرف (يحتوي على %1).</numerusform>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln حرفين (يحتوي على %1).</numerusform>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln أحرف (يحتوي على %1).</numerusform>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln حرفًا (يحتوي على %1).</numerusform>
            <numerusform>هذا النص طويل جدًا: لا تتجاوز %Ln حرف (يحتوي على %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>يمكن للحسابات الأخرى على هذا الحاسوب قراءة ملف البيانات %1، الذي يحتوي على بيانات طبية وبيانات حضانة للأطفال. اجعله خاصًا بتشغيل:
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>لن يستخدم Kindred الملف %1: فهو على مجلد مشترك على الشبكة (%2). لا يستطيع SQLite، الذي يحفظ بيانات Kindred، حماية ملف على مجلد مشترك على الشبكة: فسجل الكتابة المسبقة (WAL) لا يعمل إلا إذا كانت كل البرامج التي تستخدم الملف تعمل على حاسوب واحد، لذا قد تضيع تسجيلات الحضور أو يتلف الملف. لم يُغيَّر شيء. احتفظ بملف البيانات على القرص الخاص بهذا الحاسوب؛ ولعدة محطات عمل تتشارك مركزًا واحدًا، استخدم خادم Kindred (PostgreSQL) بدلًا من ذلك. يجوز أن يكون مجلد النسخ الاحتياطية على مجلد مشترك على الشبكة.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>كلمة مرور مسؤول النظام لا تقل عن %1 حرفًا؛ والجملة القصيرة سهلة التذكر.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>لا يمكن أن تتكون كلمة المرور من مسافات فقط.</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المركز: فهو أول ما سيجربه أي شخص.</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسمك: فهو أول ما سيجربه أي شخص.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>أدخل اسم المركز كما يعرفه أولياء الأمور.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 ليس رمز بلد؛ استخدم حرفين مثل AU أو FR أو CA.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>اختر المنطقة الزمنية للمركز (مثل Australia/Melbourne): الأيام في أوراقه هي بتوقيت تلك المنطقة.</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 ليس رمز عملة؛ استخدم ثلاثة أحرف مثل AUD أو EUR أو CAD.</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 ليس رمز لغة؛ استخدم رمزًا مثل en أو fr-CA أو pt-BR.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>أدخل الاسم الأول لمسؤول النظام.</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>أدخل اسم عائلة مسؤول النظام.</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>ملف البيانات هذا لديه حساباته بالفعل؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>لدى Kindred مسؤول نظام بالفعل. سجّل الدخول، ثم أضف الحسابات من «الموظفون».</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>لا يوجد في هذا المركز مسؤول نظام لإعادة تعيينه.</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>في هذا المركز أكثر من مسؤول نظام واحد؛ يمكن لأحدهم تعيين كلمة مرور جديدة من «الحسابات»، لذا لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>نُسيت كلمة مرور آخر مسؤول نظام.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>لا يوجد ملف بيانات في %1.</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>لا يجوز إعادة تعيين مسؤول النظام إلا لمالك %1 على هذا الحاسوب؛ شغّل هذا الأمر بحساب ذلك المستخدم.</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 موجود بالفعل؛ لا يُنشأ مركز جديد إلا في ملف جديد، لذا لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>لا يوجد مجلد باسم %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>يتعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>ظهر %1 أثناء إعداد المركز؛ وتُرك كما هو.</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>تعذّر وضع ملف البيانات الجديد في مكانه باسم %1.</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>السجل السابق المُولَّد ينتهي بالأمس على أبعد تقدير. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>لا يوجد في المركز موظفون يقفون عند المكتب في سجله السابق.</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>التطعيمات المستحقة</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n يوم من موعد استحقاقها.</numerusform>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n يوم من موعد استحقاقها.</numerusform>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n يومين من موعد استحقاقها.</numerusform>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n أيام من موعد استحقاقها.</numerusform>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n يومًا من موعد استحقاقها.</numerusform>
            <numerusform>الجرعات المستحقة أو المتأخرة في %1 وفق جدول المركز. تُعدّ الجرعة متأخرة بعد %n يوم من موعد استحقاقها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>اللقاح</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>الجرعات المستحقة أو المتأخرة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>قادمة</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>إصابة</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>مرض</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>سلوك</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>دواء</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>ممتلكات</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>حادث وشيك</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>معتمدة</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>سجل الحوادث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>ما حدث وما اتُّخذ من إجراء</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>إبلاغ الوالدين</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>وقت الوقوع</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>منطقة الجسم</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>أُبلغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>وقت الإبلاغ</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>طريقة الإبلاغ</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>واجبة الإبلاغ</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>أقرّ بالاطلاع</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>وقت الإقرار</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>منطقة الجسم: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>الإجراء: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>المتابعة: %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>أقرّ بالاطلاع: %1</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>واجبة الإبلاغ إلى جهة الترخيص</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>واجبة الإبلاغ إلى جهة الترخيص</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>هذه الحادثة غير موجودة في الملفات.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>مركز رعاية الأطفال Kindred</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>تقرير الحادثة رقم %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>واجبة الإبلاغ إلى جهة الترخيص.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>منطقة الجسم</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>الموظفون المعنيون</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>أبلغ عنها</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>الإسعافات الأولية أو الإجراء المتخذ</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>لا شيء مسجل.</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>إبلاغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>لم يُبلَّغ أي وليّ أمر بعد.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>لا تلزم متابعة.</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>إقرار وليّ الأمر بالاطلاع</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 في %2 (%3)</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>التعديلات بعد الاعتماد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>الوالد أو وليّ الأمر</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>الإسعافات الأولية أو الإجراء المتخذ</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>منطقة الجسم</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>أُبلغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>وقت إبلاغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>طريقة إبلاغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>واجبة الإبلاغ إلى جهة الترخيص</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>الموظفون المعنيون</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>لم يُغيَّر شيء. هذه ليست قيمة صالحة للحقل «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>لم يُغيَّر شيء. لا يمكن تعديل «%1».</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>اختر الطفل أو الأطفال المعنيين.</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>أدخل وقت وقوع الحادثة.</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>لا يمكن أن تكون الحادثة قد وقعت في المستقبل.</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>أدخل مكان وقوع الحادثة.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>صِف ما حدث.</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>في حالة الإصابة، اختر الموظفين المعنيين.</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>في حالة الإصابة، اذكر شاهدًا واحدًا على الأقل (أو «لا يوجد» مع السبب).</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>في حالة الإصابة، أدخل الجزء المصاب من الجسم.</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>أدخل أيّ الوالدين أُبلغ ومتى.</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>لا يمكن أن يكون وليّ الأمر قد أُبلغ في المستقبل.</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>اذكر المتابعة المطلوبة.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>وصف ما حدث</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>الإسعافات الأولية</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>منطقة الجسم</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>إبلاغ وليّ الأمر</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>علامة الإبلاغ إلى جهة الترخيص</translation>
    </message>
    <message>
        <source>children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>الموظفون المعنيون</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>الشهود</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>كلمة مرور مسؤول النظام: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>أدخل كلمة مرور مسؤول النظام وتأكيدها في سطرين على الإدخال القياسي.</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>حدّد مكان إعداد المركز: ملف جديد باستخدام --database FILE، أو قاعدة بيانات خادم فارغة باستخدام --server CONNINFO.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>الخيار --%1 مطلوب.</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>مسؤول نظام المركز</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 موجود بالفعل؛ لا يُنشأ مركز جديد إلا في ملف جديد، لذا لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>أُعدّ %1 في %2، ومسؤول النظام فيه %3. سجّل الدخول بهذا الاسم وكلمة المرور.</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>يتعذّر إعداد مركز على %1: %2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>أُعدّ %1 على %2، ومسؤول النظام فيه %3. سجّل الدخول بهذا الاسم وكلمة المرور.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>لـ %1 كلمة مرور جديدة؛ والتغيير مسجَّل في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>تعذّر على Kindred معرفة رقم السجل الذي كان يحفظه. لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>عرض المفاتيح</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>قراءة الشاشة مجددًا</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>فتح القائمة</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>تشغيل ملء الشاشة أو إيقافه</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>فتح ملف بيانات</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>تفقّد الحضور الطارئ</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>القسم الأول</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>القسم الثاني</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>القسم الثالث</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>القسم الرابع</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>القسم الخامس</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>القسم السادس</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>القسم السابع</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>القسم الثامن</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>القسم التاسع</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>تسجيل حضور جميع الإخوة</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل الانصراف</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>تسجيل الغياب</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>طباعة الملصقات</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>إعادة طباعة ملصق مفقود</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>حفظ الملصقات بصيغة PDF</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>طفل حضور غير محجوز</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>تسجيل حضور مجموعة أو انصرافها</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>التراجع عن آخر تسجيل حضور أو انصراف في هذا المكتب</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>تسجيل حادثة للأطفال المختارين</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>عرض لوحة الحضور بملء الشاشة على شاشة حائط</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>بدء تفقّد الحضور</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>طباعة قائمة تفقّد الحضور الآن</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>حفظ قائمة تفقّد الحضور بصيغة PDF</translation>
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
        <translation>%1، الصف %2</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>عيّن &amp;رمز PIN…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>عيّن &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;امنح دورًا</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ألغِ ال&amp;قفل</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>امسح &amp;حظر مكتب الاستقبال</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>لا توجد حسابات موظفين لعرضها. أضف الموظفين من صفحة «الموظفون» أولًا؛ ويُعدّ تسجيل دخولهم هنا.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>دور الموظف</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>يعمل بدور</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>الدور الذي يعمل به هذا الحساب: دور الموظف نفسه، أو دور آخر</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>يعمل &amp;بدور:</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>حسابات ال&amp;موظفين</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>الأدوار وال&amp;صلاحيات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>دور لكل فرع</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>دوره الخاص</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>رموز PIN في هذا المكتب: %1 خاطئة خلال آخر 15 دقيقة؛ لن يُقبل أي رمز PIN حتى %2.</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>رموز PIN في هذا المكتب: %1 خاطئة خلال آخر 15 دقيقة.</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>رموز PIN في هذا المكتب: لا محاولات خاطئة.</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>دوره الخاص (%1)</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>دوره الخاص</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>اختر موظفًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>حُفظ رمز PIN الخاص بـ %1.</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>حُفظت كلمة مرور %1.</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>أصبح %1 يعمل بدور %2.</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>يمكن لـ %1 المحاولة مجددًا الآن.</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>يمكن كتابة رموز PIN في مكتب الاستقبال مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>لا: %n محاولة خاطئة</numerusform>
            <numerusform>لا: %n محاولة خاطئة</numerusform>
            <numerusform>لا: %n محاولتان خاطئتان</numerusform>
            <numerusform>لا: %n محاولات خاطئة</numerusform>
            <numerusform>لا: %n محاولة خاطئة</numerusform>
            <numerusform>لا: %n محاولة خاطئة</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>أضف &amp;بالغًا</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>أ&amp;زل البالغ</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>&amp;وليّ أمر (يتصل به المركز؛ وهو المسؤول)</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>يظهر في &amp;دليل أولياء الأمور</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>الأم، الجد، المربية…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>صلة ال&amp;قرابة:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>الهاتف ال&amp;محمول:</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>&amp;هاتف المنزل:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>ها&amp;تف العمل:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>اللغة المف&amp;ضّلة:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(بالغ جديد)</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> (وليّ أمر)</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>لغة الرسائل والملصقات المطبوعة لهذا الشخص</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>أضف &amp;حساسية</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>أزل الحساسية</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>لا توجد حساسية مسجلة لهذا الطفل. أضف كل حساسية تخبرك بها الأسرة، مع طريقة التصرف.</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>مسبّب الحساسية</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة التصرف</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>الحساسية %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>الفول السوداني، البيض، البنسلين…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>مثلًا: حاقن EpiPen في الحقيبة الحمراء، اتصل بالرقم 000</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>تعديل الحادثة رقم %1</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>ال&amp;حقل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>القيمة ال&amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>سجّل التعديل</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>لا تُغيَّر الحادثة المعتمدة إلا بتعديل مسجَّل: تُحفظ القيمة القديمة والجديدة وسببك واسمك والوقت.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
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
        <translation>تعذّر على Kindred فتح %1.

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>مستخدم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>خادم المركز</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>يطلب خادم المركز كلمة مرور %1.

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>لم تُدخَل كلمة مرور.</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>تعذّر على Kindred فتح المركز على %1.

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>فرع هذا الحاسوب</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>لهذا المركز عدة فروع. في أي فرع يوجد هذا الحاسوب؟ سيعرض مكتب الاستقبال ولوحة الحضور وتفقّد الحضور ذلك الفرع.</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>ملف بيانات Kindred</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>فتح ملف بيانات</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>ستتغير لغة النافذة إلى %1 بعد إغلاق النوافذ التي بقيت مفتوحة وتسجيل دخولك مجددًا (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>أرشفة %1</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>هل تريد أرشفة &lt;b&gt;%1&lt;/b&gt;؟ سيختفي من القوائم لكنه يبقى في السجلات. ما سبب الأرشفة؟</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>مثلًا: غادر المركز في نهاية الفصل الدراسي</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>اذكر سبب تصحيح الوقت. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>أدخل الوقت الصحيح. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>الوقت المصحَّح في المستقبل. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>غادر %1 في %2؛ يجب أن يكون تسجيل الحضور قبل ذلك. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>وصل %1 في %2؛ يجب أن يكون تسجيل الانصراف بعد ذلك. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>سُجِّل حضور %1 مجددًا بعد تسجيل الانصراف هذا، لذا لا يمكن إبطاله: أبطل فترة الوجود اللاحقة أو سجِّل انصرافها أولًا. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>غُيِّر هذا السجل من مكتب آخر في الأثناء. لم يُغيَّر شيء؛ راجعه مجددًا.</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>لا يوجد ما يمكن التراجع عنه في هذا المكتب.</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>تُرُوجع عنه في مكتب الاستقبال</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>اختر الأطفال لتسجيل حضورهم.</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1 ليس من بالغي أسرة %2. اختر من أحضر %2 من قائمة الأسرة.</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>سُجِّل انصراف %1 بالفعل اليوم. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>لا يمكن تجاوز أمر محكمة إلا لمدير مسجِّل الدخول في هذا المكتب.</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>اذكر سبب غياب الطفل (مثلًا «مريض»).</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>%1 مسجَّل حضوره اليوم، لذا لا يمكن تسجيل غيابه. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 مسجَّل غيابه بالفعل في ذلك اليوم (%2).</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>ال&amp;أقدم</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>الأ&amp;حدث</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>نص في التفاصيل أو السبب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>محطة العمل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>اختر إدخالًا لرؤية ما سجّله Kindred بالضبط.</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>التفاصيل ال&amp;مسجلة</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>&amp;فحص السجل</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>أي سجل</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>لا توجد إدخالات تطابق عوامل التصفية هذه. وسّع نطاق التواريخ أو أعد أحد عوامل التصفية إلى «أي شخص» أو «أي سجل» أو «أي إجراء».</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>الإدخالات %1–%2 من %3، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>الإدخال %1 · الإجراء %2 · السجل %3 %4
في %5 (UTC)
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>محطة العمل: %1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>السبب: %1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>صُدِّر %n إدخال.</numerusform>
            <numerusform>صُدِّر %n إدخال.</numerusform>
            <numerusform>صُدِّر %n إدخالين.</numerusform>
            <numerusform>صُدِّر %n إدخالات.</numerusform>
            <numerusform>صُدِّر %n إدخالًا.</numerusform>
            <numerusform>صُدِّر %n إدخال.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;فشل سجل التدقيق في الفحص.&lt;/b&gt; %1 احتفظ بنسخة من ملف البيانات هذا وأبلغ مسؤول النظام في المركز.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>فشل سجل التدقيق في الفحص عند فتح ملف البيانات هذا.

%1

يمكن لمكتب الاستقبال مواصلة العمل. افتح «سجل التدقيق» لرؤية الإدخالات، واحتفظ بنسخة من هذا الملف، وأبلغ مسؤول النظام في المركز.</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>كل إدخال كما كتبه Kindred: لم يُعدَّل شيء ولم يُحذف ولم يُدسّ. وكل سجل محمي (قواعد الاستلام، الحضور، الأدوار، الحسابات) يطابق حالته الأخيرة التي دُقِّقت.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>بواسطة:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>التغيير:</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>تعذّر حذف النسخة الاحتياطية القديمة %1؛ ومجلد النسخ الاحتياطية يستمر في الكبر.</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>تعذّر على Kindred إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> (جارٍ النسخ الاحتياطي…)</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> (فشلت المحاولة الأخيرة)</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>لم يُنسخ ملف البيانات احتياطيًا منذ أكثر من 36 ساعة.</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>ينسخ Kindred ملف البيانات احتياطيًا كل يوم؛ والوقت والمجلد في الإعدادات.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>فشلت آخر نسخة احتياطية: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>أضف &amp;فترة</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>أزل الفترة</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>لا توجد أيام منتظمة محجوزة، لذا لا يتوقع مكتب الاستقبال حضور هذا الطفل. أضف الأيام والأوقات التي حجزتها الأسرة.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>الفترة %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>لا حجوزات: لا يتوقع مكتب الاستقبال حضور هذا الطفل في أي يوم. أضف فترة بالأيام التي يحضر فيها الطفل والأوقات المعتادة.</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>الأيام التي يحضر فيها الطفل والأوقات المعتادة. تغيير الأيام ابتداءً من تاريخ معين يعني فترة جديدة: أنهِ الفترة القديمة في اليوم السابق.</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>للفترة يوم أخير</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>حدّد هذا الخيار لتعيين اليوم الأخير من الفترة؛ وإن لم يُحدَّد، فتستمر حتى إشعار آخر.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>الحجوزات</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>محطة عمل أخرى تحفظ — جارٍ إعادة المحاولة…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثانية. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثانية. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثانيتين. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثوانٍ. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثانية. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
            <numerusform>تعذّر الحفظ: أبقت محطة عمل أخرى ملف البيانات مشغولًا لمدة %n ثانية. لم يُحفَظ شيء؛ حاول مجددًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kindred::CellProblemMarks</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A problem in a table, under the table: the row&apos;s name, the column&apos;s heading, what to do.</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>Kindred::CentreService</name>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>هذه الغرفة غير موجودة في الملفات.</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>غرفة %1</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>توجد غرفة باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>هذا الموظف غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>لم يُغيَّر شيء: هذا الموظف غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>&amp;رمز PIN الخاص بك، مرة أخرى:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل الانصراف</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>من يستلم %1؟</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>ممنوع التسليم</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>غير مدرج في قائمة الاستلام</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>للمدير فقط: سبب التسليم خارج قائمة الاستلام</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>سبب التجاوز:</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>تجاوز من المدير: سيُسجَّل السبب.</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>مدرج في قائمة الاستلام: مخوَّل بالاستلام.</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>تجاوز أمر محكمة</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>هل تريد تسليم الطفل إلى %1 خلافًا لأمر المحكمة %2؟ هذا يتجاوز قرار المحكمة «ممنوع التسليم» ويُسجَّل باسمك وسببك.</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>هذا البالغ</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>لم يُسجَّل الانصراف: لم يُؤكَّد تجاوز أمر المحكمة %1.</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>سُجِّل الانصراف: سُلِّم %1 إلى %2</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>البالغون المسموح لهم بالاستلام</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ مؤشَّر عليه</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>لا توجد صورة في الملف</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>جهات الاتصال في الطوارئ للطفل مع أرقام الهواتف (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>لا توجد غرفة بعد</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>حساسية %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>طبي: %1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>ممنوع التسليم إلى %1: %2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>لا توجد موافقة على التصوير</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>لم توافق الأسرة على التصوير: لا يجوز التقاط صور لهذا الطفل ولا مشاركتها، ولا يطبع Kindred الصورة ولا يعرضها إلا هنا في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>متوقَّع</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>عاد إلى المنزل</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>موجود منذ %1 · الرمز %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>غائب اليوم: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>يمكن التقاط &amp;صور الطفل ومشاركتها</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>الاسم ال&amp;مفضّل:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>الط&amp;فل</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>الحالات الصحية، الأدوية، الاحتياجات الغذائية، الطبيب</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>الحساسية (تظهر الحساسية المهدِّدة للحياة باللون الأحمر في كل مكان):</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>م&amp;لاحظات طبية:</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>الحساسية والحالة ال&amp;طبية</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>&amp;جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>الا&amp;ستلام</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>ال&amp;حجوزات</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>شيء ما في علامة التبويب هذه يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>(لا توجد غرفة بعد)</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>أضف &amp;طفلًا</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>أ&amp;زل الطفل</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>السجل ال&amp;صحي…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>الحالات الصحية والأدوية والتطعيمات وسجل الأدوية (للأطفال المحفوظين)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(طفل جديد)</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>حساسية مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>شيء ما هنا يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>الحالة الصحية</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>خطة الرعاية</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>الاحتياج الغذائي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>احفظ الطبيب</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>الحالات الطبية</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>العيادة:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>حُفظت الحالة الصحية «%1».</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>حُفظ الاحتياج الغذائي «%1».</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>إزالة من السجل الصحي</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>لماذا تُزال؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>أُزيل.</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>حُفظ الطبيب.</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>أعد الت&amp;حميل…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>حمّل السجل بحالته الحالية، مع تجاهل ما كتبته</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>هل تريد تحميل السجل بحالته الحالية؟ سيُتجاهل ما كتبته منذ فتحه.</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>تصحيح سجل حضور</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>وقت الانصراف</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>وقت الانصراف (انصراف منسي من يوم سابق)</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>وقت الحضور</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>إبطال تسجيل الحضور (كان خطأً)</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>إبطال تسجيل الانصراف (كان خطأً)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>الطفل:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>التصحيح:</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>الوقت الصحيح:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>السبب (مطلوب بعد %n دقيقة، أو من مكتب آخر)</numerusform>
            <numerusform>السبب (مطلوب بعد %n دقيقة، أو من مكتب آخر)</numerusform>
            <numerusform>السبب (مطلوب بعد %n دقيقتين، أو من مكتب آخر)</numerusform>
            <numerusform>السبب (مطلوب بعد %n دقائق، أو من مكتب آخر)</numerusform>
            <numerusform>السبب (مطلوب بعد %n دقيقة، أو من مكتب آخر)</numerusform>
            <numerusform>السبب (مطلوب بعد %n دقيقة، أو من مكتب آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>السبب (يُحفظ مع القيمة القديمة)</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>سيختفي %1 من تفقّد الحضور ومن كل قوائم الموجودين، كأنه لم يُسجَّل حضوره قط. لا تبطل تسجيل الحضور إلا إذا لم يأتِ الطفل.</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>ستُفتح فترة وجود %1 مجددًا: يُعدّ %1 موجودًا حتى يُسجَّل انصرافه مع بالغ مدرج في قائمة الاستلام.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>إبطال تسجيل الحضور</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>لن يظهر %1 بعد الآن في تفقّد الحضور ولن يُحتسب موجودًا. هل تريد إبطال تسجيل الحضور؟</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>تغيير المخوَّلين بالاستلام</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>ستتغير قواعد الاستلام هذه. يُسجَّل كل تغيير في سجل التدقيق مع اسمك وسببك.</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>ما حدث ومن قرّر، مثلًا: اطُّلع اليوم على أمر حضانة جديد</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>الأمر اللاحق أو التعديل أو السحب، مع تاريخه</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>الوثيقة التي أنهت أمر المحكمة %1:</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>%1 حرفًا على الأقل و%2 كلمات مختلفة.</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>&amp;احفظ التغييرات</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>التذاكر المفتوحة شهريًا، حسب الفرع</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>لا توجد تذاكر في هذه الأشهر الستة.</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>ساعات الحل (الوسيط) حسب الفرع</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>لم يُحلّ شيء بعد.</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>الحوادث حسب النوع (آخر 90 يومًا)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>لا توجد حوادث في هذه الأيام التسعين.</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>التذاكر المفتوحة والمحلولة شهريًا</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>ساعات الحل (الوسيط، حسب شهر الفتح)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>الأطفال الحاضرون يوميًا (آخر 30 يومًا)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>لا توجد تسجيلات حضور في هذه الأيام الثلاثين.</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>الأطفال الموجودون في كل ساعة اليوم</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الموجودون</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>لم يُسجَّل حضور أحد اليوم بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>اليوم، %1: يوجد الآن %n طفل، في جميع الفروع معًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفل، في جميع الفروع معًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفلين، في جميع الفروع معًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n أطفال، في جميع الفروع معًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفلًا، في جميع الفروع معًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفل، في جميع الفروع معًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>اليوم، %1: يوجد الآن %n طفل.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفل.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفلين.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n أطفال.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفلًا.</numerusform>
            <numerusform>اليوم، %1: يوجد الآن %n طفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>اليوم، %1: %2</translation>
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
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الملصقات</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>جميع الإخوة</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>تسجيل الانصراف…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>الغياب…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>طباعة الملصقات…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>طفل حضور غير محجوز…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>مجموعة…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>إعادة طباعة ملصق مفقود</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>حدّد طفلًا موجودًا لإعادة طباعة الملصق بالرمز نفسه.</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>سجِّل حضور طفل، أو حدّد طفلًا موجودًا، لحفظ الملصقات.</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>التراجع عن تسجيل حضور %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>التراجع عن تسجيل انصراف %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>لا يوجد ما يمكن التراجع عنه في هذا المكتب.</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>تُرُوجع عن تسجيل حضور %1.</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>تُرُوجع عن تسجيل انصراف %1: أصبح موجودًا مجددًا، وسيمر تسجيل الانصراف التالي عبر قائمة الاستلام مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>المساحة الحرة على القرص الذي يحتوي على بيانات Kindred هي %1 ميغابايت فقط — أفرغ بعض المساحة أو اسأل المسؤول عن هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 دقيقة %2 ثانية</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>يوجد تمرين جارٍ بالفعل. أنهِه قبل بدء تمرين آخر.</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>هذا الشخص غير مدرج في قائمة هذا التمرين.</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>انتهى هذا التمرين؛ ولم يعد من الممكن تغيير قائمته.</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>هذا التمرين غير موجود في الملفات، أو انتهى بالفعل.</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>هذا التمرين غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>مركز رعاية الأطفال Kindred</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>سجل تمارين الطوارئ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>في القائمة</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>تأكّد وجودهم</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>بدأه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>لم تُسجَّل أي تمارين في هذه الفترة.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>سجِّل حضور الطفل الآن، وقد أحضره هذا البالغ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>طفل حضور غير محجوز أو زائر</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>لا شيء، أو مثلًا: الفول السوداني، البيض</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>مثل اسم الطفل</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>رقم يمكن للمركز الاتصال به اليوم</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(بلا غرفة)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>الاسم ال&amp;أول للطفل:</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>اسم &amp;عائلة الطفل:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>ال&amp;حساسية:</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>الاسم الأول لل&amp;بالغ:</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>ا&amp;سم عائلة البالغ:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>صلة ال&amp;قرابة:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;البالغ الذي يحضر الطفل&lt;/b&gt; — يلزم رقم هاتف واحد على الأقل يمكن للمركز الاتصال به.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>سُجِّل %1 حضورًا غير محجوز.</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>سُجِّل %1 حضورًا غير محجوز وسُجِّل حضوره (الرمز %2).</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>سُجِّل %1، لكن لم يُسجَّل حضوره: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>أضف &amp;جهة اتصال</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>أزل جهة الاتصال</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>انقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>لا توجد جهات اتصال في الطوارئ بعد. أضف شخصًا غير أولياء الأمور يمكن للمركز الاتصال به.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في حالات الطوارئ</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>جهات الاتصال في الطوارئ — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1: %2 — مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — لا توجد جهات اتصال في الطوارئ في الملف</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في حالات الطوارئ</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>أسرة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;أرشفة…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>ابحث عن أسرة: اسم طفل أو بالغ، أو أرقام الهاتف، أو رمز البطاقة</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>أسرة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>ا&amp;فتح…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>فتح الأسرة</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>أسرة %1</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>أرشفة الأسرة</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرتين</numerusform>
            <numerusform>%n أسر</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>عُثر على %1 عند البحث عن «%2».</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>%1 مدرجة؛ مرّر للأسفل لرؤية المزيد.</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>لا توجد أسر بعد. أضف الأسرة الأولى من «أسرة جديدة» (%1).</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>لا توجد أسر تطابق «%1». تحقق من الإملاء، أو ابحث برقم الهاتف أو رقم البطاقة.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>ال&amp;أسرة</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>ال&amp;بالغون</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>الأ&amp;طفال</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>مخفي عن دورك (%1).</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>لا يغيّر المخوَّلين باستلام الطفل أو الممنوعين من استلامه إلا المدير؛ ودورك (%1) يطّلع عليهم فقط.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>أسرة جديدة</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>أسرة %1</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>لدى أحد أطفال هذه الأسرة حساسية مهدِّدة للحياة.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>تعذّر على Kindred إيجاد رمز بطاقة أسرة متاح. لم يُحفَظ شيء؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 ليس من بالغي هذه الأسرة في الملف. لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 ليس من أطفال هذه الأسرة في الملف. لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>لم تعد هذه الأسرة مسجلة في الملفات (أُرشفت من مكتب آخر). لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>أسرة %1</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>تعذّرت قراءة ملف البيانات: عاد أحد الأعداد فارغًا.</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>إعداد Kindred</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>مركزك</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>يحفظ Kindred المركز في ملف بيانات جديد واحد. لن يُكتب شيء حتى تنتهي.</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>اسم ال&amp;مركز:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>ثلاثة أحرف (ISO 4217): AUD، EUR، CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>الغرف التي يُسجَّل فيها حضور الأطفال، مع عدد الأطفال الذين تتسع لهم كل غرفة وعدد الأطفال الذين يمكن لبالغ واحد رعايتهم فيها. يمكن إضافة المزيد لاحقًا من «الغرف».</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>الأطفال لكل بالغ</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>أضف &amp;غرفة</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>أزل الغر&amp;فة</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>أول مسؤول نظام</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>يُعدّ مسؤول النظام الموظفين ورموز PIN الخاصة بهم وما يمكن لكل دور فعله. كلمة المرور لا تقل عن %1 حرفًا ولا تحتوي على اسم المركز ولا على اسمك.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>اسم العا&amp;ئلة:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور مرة أ&amp;خرى:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>كلمتا المرور مختلفتان؛ اكتب الكلمة نفسها مرتين.</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>لغة نافذة Kindred ولغة حسابك الخاص. يمكن لكل موظف أن تكون له لغته الخاصة.</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>&amp;لغتك:</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>لغة المركز وتنسيقاته، في صورة رمز لغة (BCP 47): en، en-AU، fr-CA… والموظفون الذين ليست لهم لغة خاصة يرون النافذة بهذه اللغة.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>لغة المر&amp;كز:</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>ابحث عن أسرة: اسم طفل أو بالغ، أو أرقام الهاتف، أو رمز البطاقة — أو امسح البطاقة أو رمز الاستلام ضوئيًا</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>لا توجد أسرة مفتوحة</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>(المستخدم المسجِّل للدخول)</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>البالغ عند المكتب، الذي أحضرهم (&amp;B):</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>ال&amp;موظف عند المكتب:</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>لا توجد أسرة تطابق «%1».
جرّب جزءًا من اسم العائلة أو الاسم الأول،
أو آخر أرقام الهاتف،
أو رمز بطاقة الأسرة،
أو رمز الاستلام لهذا اليوم.</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>لا توجد بطاقة أسرة أو رمز استلام يطابق «%1».</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>لا توجد أسرة مفتوحة — اكتب اسمًا أو امسح بطاقة ضوئيًا</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>أسرة %1 · البطاقة %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>أحضرهم في المرة السابقة</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>افتح أسرة أولًا: ستظهر جهات الاتصال في الطوارئ لأطفالها.</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>افتح أسرة أولًا.</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>جميع أطفال هذه الأسرة موجودون بالفعل.</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>لم يُحدَّد أي طفل، لذا لم يُسجَّل حضور أحد: حدّد الأطفال (Tab، ثم Space) أو اضغط F3 لتحديدهم جميعًا.</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>من أحضرهم؟ اختر البالغ الموجود عند المكتب، ثم اضغط F2 مجددًا.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (الرمز %2)</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>سُجِّل الحضور: %1، وقد أحضرهم %2. اضغط F8 لطباعة الملصقات والإيصال.</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>ما زلنا ننتظر انتهاء محطة عمل أخرى من الحفظ؛ حاول مجددًا عندما تتغير هذه الرسالة.</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>لم يُسجَّل حضور أي طفل من هذه الأسرة.</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — سُلِّم بتجاوز من المدير؛ وسُجِّل السبب.</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>اختر الأطفال الغائبين اليوم.</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>غائب اليوم</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>ما سبب غياب الطفل؟</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>اختر طفلًا موجودًا لإعادة طباعة ملصق.</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>اختر من أحضرهم (%1)</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>لدى طفل في هذه العائلة حساسية مهدِّدة للحياة.</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>الأسر التي عُثر عليها</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>ابحث عن أسرة</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>&amp;رمز PIN الخاص بك، مرة أخرى:</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>تسجيل حضور مجموعة أو انصرافها</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>تسجيل الحضور — وصول مع موظفين (رحلة الحافلة)</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>تسجيل الانصراف — مغادرة مع موظفين (رحلة ميدانية)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>جميع الغرف</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>مثلًا: حافلة الصباح، رحلة حديقة الحيوان</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>فقط لطفل عليه قيد «ممنوع التسليم»: سبب يقدّمه المدير</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ال&amp;عملية:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>ال&amp;موظف:</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>ت&amp;سمية المجموعة:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>ال&amp;تجاوز:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>حدّد ال&amp;كل</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;ألغِ تحديد الكل</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>الأطفال (مفتاح المسافة يحدّد الطفل المظلَّل):</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>النتيجة، طفلًا طفلًا:</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>لم يسجّل أي موظف بدء الدوام (أو الدخول) اليوم: لا يمكن لمجموعة المغادرة إلا مع موظفين موجودين.</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>سجِّل حضور الأطفال المحدَّدين</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>سجِّل انصراف الأطفال المحدَّدين</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>جميع أطفال هذه الغرفة موجودون بالفعل.</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>لا يوجد أحد من هذه الغرفة.</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>حدّد أطفال المجموعة أولًا.</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — سُجِّل حضوره، الرمز %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — غادر مع %2 (يعود عبر تسجيل حضور المجموعة)</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — رُفض: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>سُجِّل %n طفل.</numerusform>
            <numerusform>سُجِّل %n طفل.</numerusform>
            <numerusform>سُجِّل %n طفلين.</numerusform>
            <numerusform>سُجِّل %n أطفال.</numerusform>
            <numerusform>سُجِّل %n طفلًا.</numerusform>
            <numerusform>سُجِّل %n طفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>تجاوز أمر محكمة يتطلب رمز PIN الخاص بك مرة أخرى: اكتبه، ثم نفّذ العملية مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>رُفض تسجيل %n طفل: راجع القائمة.</numerusform>
            <numerusform>رُفض تسجيل %n طفل: راجع القائمة.</numerusform>
            <numerusform>رُفض تسجيل %n طفلين: راجع القائمة.</numerusform>
            <numerusform>رُفض تسجيل %n أطفال: راجع القائمة.</numerusform>
            <numerusform>رُفض تسجيل %n طفلًا: راجع القائمة.</numerusform>
            <numerusform>رُفض تسجيل %n طفل: راجع القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>أطفال الغرفة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>السجل الصحي — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>&amp;1 الحالات الصحية، النظام الغذائي، الطبيب</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>&amp;2 الأدوية</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>&amp;3 الأدوية المُعطاة</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>&amp;4 التطعيمات</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>خطة الرعاية</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>هذا الطفل غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>أدخل اسم الحالة الصحية.</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>أدخل اسم الدواء.</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>أدخل الجرعة كما ينصّ عليها تفويض وليّ الأمر.</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>أدخل الاحتياج الغذائي.</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>يبدو أن رقم هاتف الطبيب غير صحيح.</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>الإدخال %1</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>لم يُغيَّر شيء. هذا الإدخال أُزيل، أو يخص طفلًا آخر.</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>لم يُزَل شيء. اذكر السبب.</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>لم يُزَل شيء. هذا الإدخال غير موجود في الملفات، أو أُزيل بالفعل.</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>يسعد الأسرة &amp;مشاركة ثقافاتها ومناسباتها مع مجتمع المركز</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>مفصولة بفواصل، مثلًا: العربية، الإيغبو</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>مفصولة بفواصل، مثلًا: ديوالي، رأس السنة القمرية</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>يُنشأ عند الحفظ</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>اسم ال&amp;أسرة:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>المد&amp;ينة:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>ال&amp;رمز البريدي:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>ال&amp;ثقافات:</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>المنا&amp;سبات:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>رمز ال&amp;بطاقة:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظا&amp;ت:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>العنوان، السطر الثاني</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>أضف &amp;جرعة</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>أ&amp;زل الجرعة</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>ا&amp;حفظ الجدول</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>جدول التطعيمات</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>اللقاح</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>رقم الجرعة</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>العمر عند الاستحقاق</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n يوم.</numerusform>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n يوم.</numerusform>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n يومين.</numerusform>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n أيام.</numerusform>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n يومًا.</numerusform>
            <numerusform>تُستحق كل جرعة في اليوم الذي يبلغ فيه الطفل عمرها، وتُعدّ متأخرة بعد %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>أدخل اللقاح.</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>يبدأ رقم الجرعة من 1.</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>أدخل تاريخ إعطاء اللقاح (ليس في المستقبل).</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>هذا الطفل غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>لا يمكن أن يكون اللقاح قد أُعطي قبل ولادة الطفل.</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>الجرعة %2 من %1 مسجلة بالفعل (أُعطيت في %3).</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>لا يمكن أن يكون العمر سالبًا.</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>الجرعة %2 من %1 مكررة في الجدول.</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>&amp;سجّل كمُعطاة</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>عدّل &amp;جدول المركز…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>لا توجد تطعيمات مسجلة. أضف كل جرعة من سجل الطفل أو شهادته.</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>اللقاح</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>جرعة ال&amp;لقاح:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>تاريخ الإ&amp;عطاء:</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1، الجرعة %2</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>محدَّث وفق جدول المركز.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>متأخرة: %1، مستحقة الآن: %2</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>سُجِّلت الجرعة %2 من %1.</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>التطعيمات</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>وقت الإبلاغ</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>تلزم متابعة</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>واجبة الإبلاغ إلى جهة الترخيص</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>تسجيل حادثة</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>أضف طفلًا: اكتب اسمًا واضغط Enter</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>مثلًا: الركبة اليسرى</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>الأسماء، مفصولة بـ ;</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>ما &amp;حدث</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>الإسعافات الأولية أو الإ&amp;جراء</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>من&amp;طقة الجسم</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>ا&amp;لموظفون المعنيون</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>ال&amp;شهود</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>أيّ الوالدين أو أولياء الأمور</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>أُبلغ وليّ الأمر</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>احفظ وأرسل</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>الحادثة رقم %1</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>الطفل رقم %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>معتمدة: غيّرها باستخدام «تعديل…» في صفحة الحوادث.</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>الأطفال المعنيون</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>الموظفون الذين شهدوه</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>أضف طفلًا</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>ولي الأمر الذي أُبلغ</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>متى أُبلغ ولي الأمر</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>كيف أُبلغ ولي الأمر</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>المتابعة المطلوبة</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>لم يُغيَّر شيء. هذه الحادثة معتمدة؛ ولا يمكن إلا تعديلها مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>لم يُغيَّر شيء. حالة هذه الحادثة: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>لم يُغيَّر شيء. سجّل أيّ الوالدين أُبلغ ومتى، قبل الاعتماد.</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>أدخل اسم وليّ الأمر الذي أقرّ بالاطلاع.</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>اذكر كيف أقرّ وليّ الأمر بالاطلاع (توقيع، شخصيًا، بريد إلكتروني…).</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>لم يُغيَّر شيء. أرسل الحادثة قبل أن يقرّ وليّ الأمر بالاطلاع عليها.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>لم يُغيَّر شيء. أقرّ %1 بالاطلاع على هذه الحادثة بالفعل.</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>لم يُغيَّر شيء. اذكر سبب التعديل.</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>لم يُغيَّر شيء. لا يمكن تعديل «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>لم يُغيَّر شيء. هذه الحادثة لم تُعتمد بعد: حرّرها مباشرة.</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>لم يُغيَّر شيء. القيمة الجديدة مطابقة للقديمة.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>لم يُغيَّر شيء. %1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>تقرير الحادثة هذا</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>واجبة الإبلاغ فقط</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>حادثة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>ا&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>ا&amp;عتمد</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>أقرّ وليّ الأ&amp;مر بالاطلاع…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>عدّ&amp;ل…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>معاينة ال&amp;طباعة…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>لا توجد حوادث تطابق عوامل التصفية والتواريخ هذه. وسّع نطاق التواريخ أو اختر «كل الأنواع» و«أي حالة»، أو سجّل حادثة من «حادثة جديدة».</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>واجبة الإبلاغ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>الإقرار بالاطلاع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n تعديل)</numerusform>
            <numerusform> (%n تعديل)</numerusform>
            <numerusform> (%n تعديلان)</numerusform>
            <numerusform> (%n تعديلات)</numerusform>
            <numerusform> (%n تعديلًا)</numerusform>
            <numerusform> (%n تعديل)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>هل تريد اعتماد الحادثة رقم %1؟ بعد الاعتماد لا يمكن تغييرها إلا بتعديل مسجَّل.</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>لم تُعتمد</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>إقرار وليّ الأمر بالاطلاع</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>اسم وليّ الأمر الذي أقرّ بالاطلاع على التقرير:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>وقّع التقرير المطبوع</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>incident-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>تفقّد الحضور ال&amp;طارئ</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>تفقّد الحضور الطارئ — دون تسجيل دخول</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>الحساسية المهدِّدة للحياة (تُطبع باللون الأحمر)</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>أنواع الحساسية الأخرى</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>ملاحظات طبية</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>إعدادات الملصقات</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>ورق الملصقات</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>الا&amp;رتفاع:</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>المعلومات الصحية المطبوعة على ملصق الطفل</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>يرافق الملصق الطفل ويمكن لأي شخص قراءته. ما لا يُطبع يبقى على الشاشة للموظفين فقط — لا تطبعوا الحالات الحساسة على الملصق.</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>لا ترى محطة العمل هذه تغييرات محطات العمل الأخرى فورًا (%1). اضغط F5 لقراءة الصفحة مجددًا.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>الموجودون الآن</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;فتح ملف بيانات…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>المفا&amp;تيح</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>ع&amp;ن Kindred</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (demo) — %2 — Kindred</source>
        <translation>%1 (تجريبي) — %2 — Kindred</translation>
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
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرتين</numerusform>
            <numerusform>%n أسر</numerusform>
            <numerusform>%n أسرة</numerusform>
            <numerusform>%n أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفلين</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>فتح ملف بيانات Kindred</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>بيانات Kindred (*.kindred *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>حُفظت بيانات خادم المركز باستخدام pg_dump في %1</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>نسخ ملف البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 موجود بالفعل. اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>نُسخت البيانات وفُحصت: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>نسخ Kindred الاحتياطية (*.kindred *.bak *.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>يجري إنشاء النسخة الاحتياطية اليومية الآن. حاول مجددًا بعد دقيقة.</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>هل تريد استبدال السجلات في ملف البيانات بتلك الموجودة في النسخة الاحتياطية %1؟

كل ما سُجِّل منذ إنشاء تلك النسخة (تسجيلات الحضور، الأسر، الحوادث…) لن يبقى في ملف البيانات. يُحفظ ملف البيانات بحالته الحالية بجانبه، وتُسجَّل الاستعادة في سجل التدقيق. يعيد Kindred تحميل ملف البيانات بعد ذلك؛ ويجب إغلاق محطات العمل الأخرى أولًا.</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>استُعيدت النسخة الاحتياطية. حُفظ ملف البيانات بحالته السابقة باسم %1.

يعيد Kindred الآن تحميل ملف البيانات: ستعرض كل الشاشات السجلات المستعادة.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>عن Kindred</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
مكتب الاستقبال لمراكز رعاية الأطفال ورياض الأطفال والمدارس الصغيرة.
مرخَّص بموجب رخصة GNU GPL، الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>&amp;سجّل جرعة مُعطاة</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>لم تُسجَّل أي جرعات لهذا الطفل بعد.</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>وقت الإعطاء</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>ال&amp;دواء:</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>ال&amp;جرعة المعطاة:</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>&amp;وقت الإعطاء:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>الجرعات المعطاة في المركز، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — لا توجد موافقة في الملف</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>سُجِّلت الجرعة.</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>الأدوية المعطاة</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>لم يُسجَّل شيء. اختر الموظف الذي أعطى الجرعة.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>لم يُسجَّل شيء. أدخل الجرعة المعطاة.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>لم يُسجَّل شيء. وقت الإعطاء في المستقبل.</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>لم يُسجَّل شيء. هذا الدواء غير موجود في سجل هذا الطفل.</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>لم يُسجَّل شيء. أُزيل %1 من سجل هذا الطفل.</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>لم يُسجَّل شيء. لا توجد موافقة من وليّ الأمر في الملف على %1: لا تعطوه حتى يوقّع أحد الوالدين التفويض.</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>&amp;موافقة وليّ الأمر الموقّعة موجودة في الملف</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>&amp;أضف دواءً</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>أ&amp;زل…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>لا توجد أدوية مسجلة. أضف الدواء مع جرعته قبل أن يعطيه الموظفون.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>ال&amp;دواء:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>ال&amp;جرعة:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>الت&amp;وقيت:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>تنتهي &amp;صلاحيتها:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>لا توجد موافقة</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>انتهت الصلاحية %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>حُفظ %1. لا توجد موافقة في الملف: لا يمكن إعطاؤه بعد.</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>إزالة الدواء</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>لماذا يُزال هذا الدواء؟ (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>أُزيل الدواء.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>الأدوية</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>رقم %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>التذاكر المتأخرة: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>اختر &amp;صورة…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>أزل الصورة</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>تعذّرت قراءة %1 كصورة.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>أضف «&amp;ممنوع التسليم»</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>أزل القيد</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>لا يوجد بالغون في هذه الأسرة بعد. أضفهم من علامة التبويب «البالغون»، ثم حدّد المخوَّلين باستلام الطفل.</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>لا أحد في قائمة «ممنوع التسليم».</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>مخوَّل بالاستلام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>ممنوع التسليم إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>أمر المحكمة</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>القيد %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>م&amp;خوَّلون بالاستلام (حدّد؛ التواريخ اختيارية):</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>ممنوع التسليم إلى (أوامر المحكمة والقيود الأخرى):</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(بالغ جديد)</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>السبب، مثلًا: أمر من محكمة الأسرة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>من يُسمح له بالاستلام</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>من لا يُسمح له بالاستلام</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>كل البيانات المحفوظة عن أسرة</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>الأسر التي غادرت</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>اسم الأسرة أو الهاتف أو رمز البطاقة، ثم Enter</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>ملف PDF ل&amp;دليل أولياء الأمور…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>ال&amp;أسرة:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>أ&amp;خفِ هوية الأسر المدرجة…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>الاحتفاظ بالبيانات الشخصية بعد مغادرة الأسرة لمدة</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>مستحقة الآن (لن يتغير شيء حتى تخفي هويتها). تُحفظ سجلات الحضور والحوادث والأدوية، مع استبدال الأسماء.</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>ابحث عن الأسرة أولًا.</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>تصدير بيانات أسرة</translation>
    </message>
    <message>
        <source>family-data.pdf</source>
        <translation>family-data.pdf</translation>
    </message>
    <message>
        <source>family-data.json</source>
        <translation>family-data.json</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>دليل أولياء الأمور</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>parent-directory.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>لا توجد أسرة مستحقة.</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>استُبدلت بعناصر بديلة: أسماء وبيانات %1 و%2. حُذف: %3 و%4 و%5. أُزيلت النصوص من %6 و%7. استُبدلت الأسماء في %8 و%9؛ وحُجب %10.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln طفل</numerusform>
            <numerusform>%Ln طفل</numerusform>
            <numerusform>%Ln طفلين</numerusform>
            <numerusform>%Ln أطفال</numerusform>
            <numerusform>%Ln طفلًا</numerusform>
            <numerusform>%Ln طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln بالغ</numerusform>
            <numerusform>%Ln بالغ</numerusform>
            <numerusform>%Ln بالغين</numerusform>
            <numerusform>%Ln بالغين</numerusform>
            <numerusform>%Ln بالغًا</numerusform>
            <numerusform>%Ln بالغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورتين</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>%Ln سجل حساسية أو جهة اتصال أو استلام</numerusform>
            <numerusform>%Ln سجل حساسية أو جهة اتصال أو استلام</numerusform>
            <numerusform>%Ln سجلَّي حساسية أو جهة اتصال أو استلام</numerusform>
            <numerusform>%Ln سجلات حساسية أو جهات اتصال أو استلام</numerusform>
            <numerusform>%Ln سجلًا للحساسية أو جهات الاتصال أو الاستلام</numerusform>
            <numerusform>%Ln سجل حساسية أو جهة اتصال أو استلام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>%Ln سجل صحي</numerusform>
            <numerusform>%Ln سجل صحي</numerusform>
            <numerusform>%Ln سجلَّين صحيين</numerusform>
            <numerusform>%Ln سجلات صحية</numerusform>
            <numerusform>%Ln سجلًا صحيًا</numerusform>
            <numerusform>%Ln سجل صحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرتين</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>%Ln ملاحظة تذكرة</numerusform>
            <numerusform>%Ln ملاحظة تذكرة</numerusform>
            <numerusform>%Ln ملاحظتَي تذكرة</numerusform>
            <numerusform>%Ln ملاحظات تذاكر</numerusform>
            <numerusform>%Ln ملاحظة تذكرة</numerusform>
            <numerusform>%Ln ملاحظة تذكرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثتين</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln سجل آخر</numerusform>
            <numerusform>%Ln سجل آخر</numerusform>
            <numerusform>%Ln سجلَّين آخرين</numerusform>
            <numerusform>%Ln سجلات أخرى</numerusform>
            <numerusform>%Ln سجلًا آخر</numerusform>
            <numerusform>%Ln سجل آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln إدخال تدقيق</numerusform>
            <numerusform>%Ln إدخال تدقيق</numerusform>
            <numerusform>%Ln إدخالَي تدقيق</numerusform>
            <numerusform>%Ln إدخالات تدقيق</numerusform>
            <numerusform>%Ln إدخال تدقيق</numerusform>
            <numerusform>%Ln إدخال تدقيق</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>حُفظت كما هي، لأغراض الترخيص: %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>%Ln سجل حضور</numerusform>
            <numerusform>%Ln سجل حضور</numerusform>
            <numerusform>%Ln سجلَّي حضور</numerusform>
            <numerusform>%Ln سجلات حضور</numerusform>
            <numerusform>%Ln سجل حضور</numerusform>
            <numerusform>%Ln سجل حضور</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>إخفاء هوية الأسر</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسرة)؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسرة)؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسرتين)؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسر)؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسرة)؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد إخفاء هوية الأسر المدرجة (%n أسرة)؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>انتهت مدة الاحتفاظ</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>أُخفيت هوية %n أسرة.</numerusform>
            <numerusform>أُخفيت هوية %n أسرة.</numerusform>
            <numerusform>أُخفيت هوية %n أسرتين.</numerusform>
            <numerusform>أُخفيت هوية %n أسر.</numerusform>
            <numerusform>أُخفيت هوية %n أسرة.</numerusform>
            <numerusform>أُخفيت هوية %n أسرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>الأسر المستحقة لإخفاء الهوية</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>&amp;أرشفة…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>CSV لبرنامج E&amp;xcel</translation>
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
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>م&amp;عاينة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>حفظ &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>حفظ &amp;CSV…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>&amp;شعار المركز…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>فرع هذا الحاسوب (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع الفروع</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>جميع الغرف</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>حفظ CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>شعار المركز</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>لا يستطيع Kindred قراءة %1 كصورة.</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>لم يُغيَّر شيء: الاسم المختصر للدور يستخدم أحرفًا لاتينية صغيرة وأرقامًا و- أو _.</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>لم يُغيَّر شيء: يحتاج الدور إلى اسم.</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>ا&amp;حفظ الصلاحيات</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>أضف &amp;دورًا</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>اسم دور جديد، مثل «طاهٍ»</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>حدّد ما يمكن لكل دور فعله (مفتاح المسافة يحدّد المربع المختار)، ثم احفظ. تسري التغييرات فورًا على كل من سجّل الدخول بهذا الدور، وتُحفظ في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>دور &amp;جديد:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (دوره)</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>يمكن لـ %1 %2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>لم تتغير أي صلاحية.</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>حُفظ %1. %2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>حُفظ ما يمكن لـ %1 فعله.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>لم يُغيَّر شيء: يوجد دور باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>أُضيف %1 ولا يمكنه فعل أي شيء بعد: حدّد ما يمكنه فعله، ثم احفظ.</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>صلاحيات كل دور</translation>
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
        <translation>ا&amp;بدأ تفقّد الحضور</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>أ&amp;نهِ واحفظ</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>ا&amp;طبع الآن</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>&amp;سجل التمارين…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>&amp;جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>السجل ال&amp;صحي…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>تفقّد الحضور الطارئ</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>جهات الاتصال في الطوارئ للطفل في الصف المختار (Ctrl+E)</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>تأكّد وجوده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>حساسية مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>حساسية أخرى، ملاحظات طبية</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>جهات الاتصال في الطوارئ / الهاتف</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
تفقّد الحضور أدناه: %2.</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
تعذّرت قراءة قائمة تفقّد الحضور. استخدم القائمة المطبوعة أو أوراق تسجيل الحضور في الغرف.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>الموظفون في المبنى</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>في المبنى: %1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفلين</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفًا</numerusform>
            <numerusform>%n موظف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>تعذّرت قراءة الموجودين في المبنى</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — تأكّد وجود %2 من %3 — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>لم يبدأ تفقّد الحضور</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>غير مؤشَّر عليه</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>لا يوجد تفقّد حضور جارٍ.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>حُفظ: %1، تأكّد وجود %2 من %3، واستغرق %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>لم يتأكّد بعد وجود %n شخص:</numerusform>
            <numerusform>لم يتأكّد بعد وجود %n شخص:</numerusform>
            <numerusform>لم يتأكّد بعد وجود %n شخصين:</numerusform>
            <numerusform>لم يتأكّد بعد وجود %n أشخاص:</numerusform>
            <numerusform>لم يتأكّد بعد وجود %n شخصًا:</numerusform>
            <numerusform>لم يتأكّد بعد وجود %n شخص:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>هل تريد إنهاء تفقّد الحضور وحفظه رغم ذلك؟</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>لم يتأكّد وجود الجميع</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>إنهاء تفقّد الحضور</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>ملاحظات لسجل التمارين (نقطة التجمع، المشكلات المكتشفة):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفَظ</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>آخر نسخة من %1، يتعذّر الوصول إلى خادم المركز: للقراءة فقط، وقد تكون ناقصة</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>حتى %1 — قد تكون ناقصة</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>تفقّد الحضور الطارئ %1</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>roll-call-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>سجل التمارين</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>التفقد</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>الأطفال الموجودون</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>الموظفون في الدوام</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>ما زالوا موجودين بعد الإغلاق</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>جميع الغرف</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>تسجيل بدء الدوام</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>تسجيل نهاية الدوام</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>تصحيح أو إبطال…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>ورقة تسجيل الحضور…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>حفظ الورقة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>تسجيل حادثة… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>الأطفال الموجودون (⚠ أحمر: حساسية مهدِّدة للحياة)</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>دوام الموظفين</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>لم يُسجَّل انصرافهم (نهاية اليوم)، ثم تسجيلات الانصراف لهذا اليوم</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>ورقة تسجيل الحضور والانصراف اليومية</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>شاشة الحائط</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>يعرض الغرف بملء الشاشة وبخط كبير، لشاشة معلّقة على الحائط: الأعداد والموظفون والنسب، دون أسماء الأطفال.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>متأخرون: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>يوجد الآن %n طفل</numerusform>
            <numerusform>يوجد الآن %n طفل</numerusform>
            <numerusform>يوجد الآن %n طفلين</numerusform>
            <numerusform>يوجد الآن %n أطفال</numerusform>
            <numerusform>يوجد الآن %n طفلًا</numerusform>
            <numerusform>يوجد الآن %n طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · ما زال %n موجودًا بعد الإغلاق</numerusform>
            <numerusform> · ما زال %n موجودًا بعد الإغلاق</numerusform>
            <numerusform> · ما زال %n موجودَين بعد الإغلاق</numerusform>
            <numerusform> · ما زال %n موجودين بعد الإغلاق</numerusform>
            <numerusform> · ما زال %n موجودين بعد الإغلاق</numerusform>
            <numerusform> · ما زال %n موجودين بعد الإغلاق</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — حضر في %3</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — انصرف في %3 مع %4</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — منذ %3 · الرمز %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — مهدِّدة للحياة: %2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>تسجيل حادثة</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>اختر الأطفال المعنيين من قائمة «الأطفال الموجودون» أولًا.</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>تصحيح وقت</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>اختر طفلًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة تسجيل الحضور</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>حفظ ورقة تسجيل الحضور</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — فوق السعة</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>لم يُسجَّل خروجهم</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>الموظف:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>الغرفة:</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>يوم الورقة</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source> children</source>
        <translation> أطفال</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>غرفة جديدة</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>بالغ واحد : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>أ&amp;صغر عمر:</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>أ&amp;كبر عمر:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>ال&amp;طاقة الاستيعابية:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>ال&amp;نسبة:</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>أضف &amp;غرفة…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>لا توجد غرف بعد. يُلحق الأطفال بالغرف وتُحتسب النسب لكل غرفة: أضف الغرفة الأولى من «أضف غرفة».</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 سنوات</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 شهرًا</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>أرشفة الغرفة</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>رمز PIN لـ %1</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>كلمة مرور %1</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>يتكون رمز PIN من %1 إلى %2 أرقام. يفتح قفل الشاشة ويبدّل الشخص الموجود عند المكتب.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>لا تقل كلمة المرور عن %1 حرفًا.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>رمز PIN ال&amp;جديد:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>الإدخالان مختلفان: اكتب الشيء نفسه في كليهما.</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>&amp;بدّل المستخدم أو اقفل</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>مسجِّل الدخول باسم %1 (%2). تبديل المستخدم أو القفل: %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>رموز PIN خاطئة</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرة خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرة خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرتين خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرات خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرة خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
            <numerusform>أُدخل رمز PIN أو كلمة مرور خاطئة %n مرة خلال آخر 24 ساعة. ربما يحاول أحدهم تخمين رمز PIN لزميل: اسأل من كان عند محطات العمل هذه، وغيّر رموز PIN التي قد تكون معروفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred مقفل. سجّل الدخول لمتابعة هذا.</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>يتعذّر الوصول إلى خادم المركز منذ %1. لن يضيع شيء مما تكتبه: يبقى في نافذته، ليُحفظ مجددًا عندما يستجيب الخادم. يواصل Kindred المحاولة، وستختفي هذه الرسالة من تلقاء نفسها. يعرض تفقّد الحضور الطارئ (F12) آخر نسخة قرأها هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>مهمة تقارير</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>التشغيل الأول</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>منشئ المركز التجريبي</translation>
    </message>
    <message>
        <source>import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>ترقية</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>طوارئ، دون تسجيل دخول</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>لم يسجّل أحد الدخول في هذا المكتب: سجّل الدخول من أجل %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>لم يسجّل أحد الدخول (%1): سجّل الدخول من أجل %2.</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>اطلب ذلك من المدير</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>اطلب ذلك من مسؤول النظام</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>اطلب ذلك من مسؤول النظام في المركز</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>لا يحق لدورك (%1) %2؛ %3.</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختر…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>ا&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>طباعة ال&amp;ملصقات…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>فورًا</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>رمز من ثلاثة أحرف مثل AUD أو EUR؛ إن تُرك فارغًا: عملة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>إن تُرك فارغًا: مجلد «backups» بجانب ملف البيانات. الأفضل أن يكون على قرص آخر أو مجلد مشترك على الشبكة، حتى لا يُفقد كلاهما إذا تعطّل القرص.</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>المركز (يُطبع أعلى كل تقرير)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>مفتوح م&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>العم&amp;لة:</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>ا&amp;قفل الشاشة بعد:</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>دون ضغط مفتاح أو نقرة؛ ويفتح الشخص التالي القفل برمز PIN الخاص به.</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>التراجع في الم&amp;كتب خلال:</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>من تسجيل حضور أو انصراف (Ctrl+Z)، من المكتب الذي سجّله؛ وبعد ذلك يصحّحه المدير مع ذكر السبب.</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>متأخر بعد موعد ال&amp;وصول المحجوز:</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>الطفل المحجوز الذي لم يصل بعد يظهر عندئذٍ متأخرًا في مكتب الاستقبال ولوحة اليوم.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>ملصقات الأمان:</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>تُحدَّد مدة الاحتفاظ بسجلات الأسر التي غادرت في شاشة «الخصوصية».</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>النسخ الاحتياطي اليومي</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>م&amp;جلد النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>انسخ احتياطيًا &amp;يوميًا في الساعة:</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>أثناء تشغيل Kindred، أو عند فتحه التالي إن فات ذلك الوقت؛ ويُحتفظ بآخر %1 نسخ مفحوصة.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>الم&amp;ظهر:</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>تشغيل صوت عند كل مسح ضوئي، صوت للقبول وآخر للرفض</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>وميض المكتب بالأخضر أو الأحمر عند كل مسح ضوئي</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>مسح البطاقات &amp;ضوئيًا في المكتب:</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>يسري فورًا، على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>مجلد النسخ الاحتياطي اليومي</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>ar-EG</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>رمز لغة (BCP 47) مثل en-AU أو es-MX أو zh-CN: لغة النافذة للموظفين الذين ليست لهم لغة خاصة، ولغة التقارير، وتنسيق التواريخ والمبالغ المالية. إن تُرك فارغًا: لغة هذا الحاسوب وتنسيقاته.</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>اللغة والتنسيقات:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>حجم الن&amp;ص:</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>لم يُغيَّر شيء: لا يعلّم ملفًا بأنه تجريبي إلا منشئ المركز التجريبي.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>مرحبًا بك في Kindred</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>يحفظ Kindred الملاحظات الطبية للأطفال وأوامر الحضانة، لذا يسجّل كل شخص دخوله. أولًا، أعدّ حساب مسؤول النظام: فهو من يضيف حسابات الموظفين الآخرين.</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>اختياري، من 4 إلى 8 أرقام، للتبديل السريع عند المكتب</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>رمز &amp;PIN:</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred مقفل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>إنشاء وتسجيل الدخول</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>إنهاء Kindred</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>&amp;رمز PIN الخاص بك:</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>سجّل الدخول &amp;بكلمة مرور…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>كلمة المرور أو رمز P&amp;IN:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>سجّل الدخول برمز &amp;PIN بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>اختر اسمك واكتب كلمة المرور، أو رمز PIN إن لم يتعرّف عليه Kindred تلقائيًا بعد.</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>الشاشة مقفلة. اكتب رمز PIN الخاص بك واضغط Enter: يتابع صاحب رمز PIN العمل عند المكتب.</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>اكتب رمز PIN الخاص بك واضغط Enter.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>اكتب الاسم الأول لمسؤول النظام.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>لا يمكن لأحد تسجيل الدخول بعد: اطلب من مسؤول النظام إعداد حسابك.</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>لم يُغيَّر شيء: هذا الموظف غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>هذا الموظف غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>ليس لدى %1 رمز PIN أو كلمة مرور بعد؛ اطلب من مسؤول النظام تعيين أحدهما.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثانية، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثانية، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثانيتين، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثانية، ثم حاول مجددًا.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. انتظر %n ثانية، ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>كلمة المرور هذه غير صحيحة.</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>رمز PIN هذا مستخدم بالفعل؛ اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>إن لم تسجّل الدخول منذ تحديث Kindred، فسجّل الدخول مرة واحدة باسمك ورمز PIN («سجّل الدخول بكلمة مرور…»).</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>اكتب رمز PIN الخاص بك مجددًا.</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>رمز PIN الخاص بك صحيح، لكنه قصير جدًا لدور %1: اختر رمز PIN جديدًا لا يقل عن %2 أرقام.</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>رمز PIN الخاص بك طويل بما يكفي: سجّل الدخول به.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>ال&amp;فرع:</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>هذا الفرع</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>هذا الفرع (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع الفروع</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>لم يُغيَّر شيء: عيّن لهذا الموظف رمز PIN أو كلمة مرور أولًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>لم يُغيَّر شيء: أحد الفروع مذكور مرتين.</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>لم يُغيَّر شيء: أحد الفروع غير موجود في الملفات أو مؤرشف. اختر الفروع مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>لم يُغيَّر شيء: لا يوجد دور باسم %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>الفروع والأدوار</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>ا&amp;حفظ الفروع والأدوار</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>الفروع التي يعمل فيها هذا الموظف، مع دوره في كل منها. تحديد كل الفروع بدوره الخاص يساوي عدم الاختيار: يعمل في كل مكان، وكذلك في أي فرع يُضاف لاحقًا.</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>فروع %1 وأدواره</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>يعمل في</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>دوره هناك</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1 يعمل في %2</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>الدور في %1</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>حدّد فرعًا واحدًا على الأقل يعمل فيه %1.</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>حُفظت فروع %1 وأدواره.</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>هذا الفرع غير موجود في الملفات.</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>لا يوجد فرع باسم %1. الفروع هي: %2.</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>أدخل اسمًا للفرع.</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>يوجد فرع باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>هذا الفرع غير موجود في الملفات، أو مؤرشف.</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>محطة العمل هذه تخدم ذلك الفرع: عيّنها لفرع آخر قبل أرشفة هذا الفرع.</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>ما زال في الفرع %n غرفة مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
            <numerusform>ما زال في الفرع %n غرفة مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
            <numerusform>ما زال في الفرع %n غرفتين مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
            <numerusform>ما زال في الفرع %n غرف مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
            <numerusform>ما زال في الفرع %n غرفة مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
            <numerusform>ما زال في الفرع %n غرفة مفتوحة: أرشفها أو انقل أطفالها أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>هذا الفرع غير موجود في الملفات، أو مؤرشف بالفعل.</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>هذا آخر فرع مفتوح: يحتاج المركز إلى فرع واحد على الأقل.</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>الفرع الذي تخدمه محطة العمل هذه غير موجود في الملفات أو مؤرشف: اختر فرع محطة العمل هذه مجددًا.</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>الفروع (يُحفظ كل تغيير فورًا)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>إضافة فرع…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>&amp;غيّر الاسم…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>أرشفة الفرع…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>ا&amp;جعل هذا الحاسوب يخدم هذا الفرع</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>مراكز السلسلة هي فروعها. كل غرفة، وكل تسجيل لطفل، وكل ما يُسجَّل في فرع ينتمي إليه؛ ومكتب الاستقبال ولوحة الحضور وتفقّد الحضور في هذا الحاسوب تعرض الفرع الذي يخدمه.</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>يخدم هذا الفرع</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>هذا الحاسوب يخدم: %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>إضافة فرع</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>اسم الفرع الجديد:</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>إعادة تسمية الفرع</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>الاسم الجديد للفرع:</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>الفرع %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>أرشفة الفرع</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>خدمة هذا الفرع</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>لم يُغيَّر شيء: عيّن لهذا الموظف رمز PIN أو كلمة مرور أولًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>لم يُغيَّر شيء: لا يوجد دور باسم %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>اختر موظفًا حاليًا لتسجيل بدء دوامه.</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 مسجَّل بدء دوامه بالفعل. سجّل نهاية الدوام أولًا لتغيير الغرفة.</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>هذا الموظف لم يسجّل بدء الدوام.</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>موظف جديد</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>مفصولة بفواصل، مثلًا: الإسعافات الأولية (تنتهي 2027-03)</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(متنقّل)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ال&amp;غرفة:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>ال&amp;شهادات:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>لغة المركز</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>تظهر نافذة Kindred بهذه اللغة طوال مدة تسجيل دخول هذا الموظف.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>أضف &amp;موظفًا…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>لا يوجد موظفون في القائمة بعد. أضف العاملين هنا من «أضف موظفًا»، ليتمكنوا من تسجيل الدخول ويُحتسبوا في النسب.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(متنقّل)</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>أرشفة الموظف</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>لا توجد قيمة لـ %1</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>متأخرة: تجاوزت الموعد المستهدف لـ %1</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — متأخرة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>حُلّت في الحال</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>اختر أسرة…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>اختر المسؤول…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>ما قاله وليّ الأمر، بكلماته</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>موضوع قصير، مثلًا «قُدِّم الغداء باردًا»</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>كيف حُلّت</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>ال&amp;أسرة:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;قدّمها:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>الأ&amp;طفال:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>ال&amp;وسيلة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>الأولو&amp;ية:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>&amp;كلمات وليّ الأمر:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>ا&amp;لمسؤول:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>مشاركة مع وليّ الأمر</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>أضف &amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>أ&amp;سند</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>إلغاء المشاركة</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>ع&amp;لّم كمحلولة</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>راضٍ: أ&amp;غلق</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>غير راضٍ: أ&amp;عد الفتح</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>أغلق &amp;دون متابعة</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>&amp;نعم، أعد الفتح</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>ا&amp;ربط حادثة</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>أ&amp;كّد الاستلام</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>ا&amp;بدأ العمل</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>بانتظار &amp;وليّ الأمر</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;حلّ</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>أغلق مع م&amp;تابعة</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>أعد ال&amp;فتح</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>اطّلع عليها</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>ملاحظة للتسلسل الزمني</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>ما قاله وليّ الأمر عند المتابعة</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>أو: سبب تعذّر المتابعة</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>كيف حُلّت</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>سبب إعادة الفتح</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>تقي&amp;يم وليّ الأمر:</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>كلماته:</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>لا متابعة:</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>العمل عليها</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>مشاركة مع:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>الخطوة التالية:</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>رقم الحادثة:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a timeline line&apos;s date, time</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a timeline line&apos;s date</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>التذكرة %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>رقم %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · متأخرة</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>أسرة %1 · قدّمها %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجل)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · الأولوية %3 · الأطفال: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>لم يُسمَّ أحد</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>المسؤول: %1 · مشاركة مع: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>موعد تأكيد الاستلام: %1 · موعد الحل: %2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>قُدِّمت في %1، وليس في فرع محطة العمل هذه</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>قال وليّ الأمر: «%1»</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>الحل: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>مرتبطة بالحادثة %1</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>أُعيد فتح التذكرة</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>لم يكن وليّ الأمر راضيًا، لذا فُتحت التذكرة مجددًا. واصل العمل عليها.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>تقرير التذاكر</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>حفظ &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>حفظ &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>لم تُقدَّم أي تذاكر في هذه الأشهر.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>حفظ الأرقام بصيغة CSV</translation>
    </message>
    <message>
        <source>tickets-%1.csv</source>
        <translation>tickets-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>حفظ CSV</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>التذاكر في التقرير</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>كلمات وليّ الأمر</translation>
    </message>
    <message>
        <source>children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>الحادثة المرتبطة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>لم يُحفَظ شيء: اختر الأسرة المعنية.</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>لم يُحفَظ شيء: وليّ الأمر مقدّم التذكرة ليس من بالغي تلك الأسرة.</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>لم يُحفَظ شيء: أحد الأطفال المختارين ليس من تلك الأسرة.</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>لم يُحفَظ شيء: أعطِ التذكرة موضوعًا قصيرًا.</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>لم يُحفَظ شيء: اجعل الموضوع أقل من %1 حرفًا؛ والتفاصيل تُكتب في كلمات وليّ الأمر.</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>لم يُحفَظ شيء: اختر الموظف المسؤول عن هذه التذكرة.</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>لم يُحفَظ شيء: اذكر كيف حُلّت في الحال.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>التذكرة %1 تخص %2، ومحطة العمل هذه تخدم %3: تُفتح ويُعمل عليها من مكتب %2، أو من قِبل شخص يمكنه الاطلاع على كل الفروع (اطلب ذلك من المدير).</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>فرع آخر</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>هذه التذكرة</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>لم يُغيَّر شيء: اختر موظفًا حاليًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>لم يُغيَّر شيء: %1 هو المسؤول عن هذه التذكرة بالفعل.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>لم يُغيَّر شيء: %1 يعمل على هذه التذكرة بالفعل.</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>لم يُغيَّر شيء: هذا الشخص غير مشارك في هذه التذكرة.</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>لم يُحفَظ شيء: الملاحظة فارغة.</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>لم يُغيَّر شيء: اكتب رقم الحادثة.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>لم يُغيَّر شيء: لا توجد حادثة برقم %1.</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>قُدِّمت بين</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>&amp;تذكرة جديدة…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>البحث في المواضيع والملاحظات</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>لا توجد تذاكر هنا. امسح البحث أو عوامل التصفية لرؤية المزيد؛ ويُسجَّل قلق وليّ الأمر أو سؤاله أو إشادته من «تذكرة جديدة».</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>تذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>PDF ل&amp;سجل الأسرة…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>التق&amp;رير…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>تذاكري (المسؤول عنها أو المشارك فيها)</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>تعذّرت قراءة قائمة الموظفين</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>أي أسرة</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>تعذّرت قراءة قائمة الأسر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>التذاكر المعروضة: %1</translation>
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
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;متأخرة: %2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>سجل الأسرة</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>اختر تذكرة للأسرة، أو عامل تصفية الأسرة.</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>حفظ سجل تذاكر الأسرة</translation>
    </message>
    <message>
        <source>ticket-history.pdf</source>
        <translation>ticket-history.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>ابحث في التذاكر</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>المفتوحة من</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>المفتوحة حتى</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>الأسرة:</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;أكّد</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;غيّر…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>عُيِّنت المنطقة الزمنية للمركز إلى %1 عند ترقية هذا الملف. أكّدها أو غيّرها في الإعدادات.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>متوقَّعون</translation>
    </message>
    <message>
        <source>here</source>
        <translation>موجودون</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>عادوا إلى المنزل</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائبون</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخرون</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>لم يصلوا بعد</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>لا توجد حجوزات لأي طفل بعد: أضف أيام كل طفل وأوقاته في علامة التبويب «الحجوزات» للأسرة، وسيعرض مكتب الاستقبال من المتوقَّع حضوره ومن المتأخر.</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>متأخر، موعده %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعده %1</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>فتح أسرة %1</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>حضر كل الأطفال المتوقَّعين اليوم.</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>لا أحد متوقَّع خلال نصف الساعة القادمة.</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>متوقَّعون خلال نصف الساعة القادمة</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>متأخرون، ومتوقَّعون خلال نصف الساعة القادمة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>الموجودون الآن</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>الموجودون الآن — شاشة الحائط</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>مكتب الاستقبال مقفل. تعود اللوحة عندما يسجّل أحدهم الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>يوجد %n طفل</numerusform>
            <numerusform>يوجد %n طفل</numerusform>
            <numerusform>يوجد %n طفلين</numerusform>
            <numerusform>يوجد %n أطفال</numerusform>
            <numerusform>يوجد %n طفلًا</numerusform>
            <numerusform>يوجد %n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفلين</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>الموظفون: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>ما زال %n موجودًا بعد الإغلاق</numerusform>
            <numerusform>ما زال %n موجودًا بعد الإغلاق</numerusform>
            <numerusform>ما زال %n موجودَين بعد الإغلاق</numerusform>
            <numerusform>ما زال %n موجودين بعد الإغلاق</numerusform>
            <numerusform>ما زال %n موجودين بعد الإغلاق</numerusform>
            <numerusform>ما زال %n موجودين بعد الإغلاق</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>خارج النسبة</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>فوق السعة</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>طباعة الملصقات</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>طباعة %n ملصق</numerusform>
            <numerusform>طباعة %n ملصق</numerusform>
            <numerusform>طباعة %n ملصقين</numerusform>
            <numerusform>طباعة %n ملصقات</numerusform>
            <numerusform>طباعة %n ملصقًا</numerusform>
            <numerusform>طباعة %n ملصق</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>حفظ الملصقات بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>الملصقات باللغة الإنجليزية: لا توجد ترجمة لـ Kindred إلى %1، لغة %2.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>يتعذّر فتح %1: لا يحتوي على بيانات Kindred.</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 محدَّث (إصدار البيانات %2)؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>يتعذّر ترقية %1: %2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>رُقّي %1 من إصدار البيانات %2 إلى %3.</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>النسخة المأخوذة قبل ذلك: %1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>المركز على %1 بإصدار البيانات %2، وهو إصدار Kindred هذا.</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>يتعذّر النقل إلى %1: %2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>الصفوف المنسوخة: %1 من %2</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>لم يُنقل %1 إلى %2 (قاعدة بيانات الخادم فارغة مجددًا): %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>نُقل %1 إلى %2 (الصفوف: %3؛ الجداول: %4). فُحص عدد صفوف كل جدول وسجل التدقيق على الخادم. من الآن فصاعدًا، افتح المركز باستخدام --server؛ وتُرك ملف البيانات كما كان.</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>نسخة Kindred هذه غير مكتملة: تحديث إصدار البيانات %1 مفقود.</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>نسخة Kindred هذه تالفة: تتعذّر قراءة %1.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>القرص ممتلئ: لا يستطيع Kindred كتابة %1، لذا لم يُكتب شيء. أفرغ بعض المساحة على القرص (أو اختر قرصًا آخر) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>لا يستطيع Kindred كتابة %1: %2. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>حدّد الملف الذي يجب أن يكتبه Kindred.</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>لا يستطيع Kindred كتابة %1: إنه مجلد. اختر اسم ملف داخله؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>لن يكتب Kindred في %1: إنه رابط إلى ملف آخر. اختر اسم ملف عادي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>لن يكتب Kindred في %1: إنه جهاز أو أنبوب أو مقبس، وليس ملفًا عاديًا. اختر اسم ملف عادي؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>اذكر السبب: ما الذي حدث، ومن قرّر.</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>«%1» قصير جدًا ليكون سببًا: اكتب %2 حرفًا على الأقل توضح ما حدث ومن قرّر.</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>«%1» لا يوضح ما حدث: اكتب %2 كلمات مختلفة على الأقل.</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>«%1» يبدو نصًا مؤقتًا، وليس سببًا: اذكر ما حدث ومن قرّر، في %2 كلمات حقيقية على الأقل.</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>دليل أولياء الأمور</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>الأسر التي وافقت على أن يتواصل معها أولياء الأمور الآخرون</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>الثقافات</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>لا تُدرج إلا أسماء أولياء الأمور الذين أعطوا موافقتهم. يُرجى استخدام هذه البيانات فقط للتواصل مع أسر المركز الأخرى.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>البحث عن الأسر</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>تغيير سجلات الأسر</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>أرشفة الأسر</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>الاطلاع على الملاحظات الطبية للأطفال</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>الاطلاع على قيود الحضانة</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>تسجيل حضور الأطفال وانصرافهم</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>تسليم طفل إلى شخص غير مدرج في قائمة الاستلام</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>تصحيح أوقات الحضور والانصراف المسجلة</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>تغيير الغرف</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>تغيير سجلات الموظفين</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>إدارة حسابات الموظفين ورموز PIN والأدوار</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>تسجيل الحوادث</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>اعتماد الحوادث</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>العمل على تذاكر أولياء الأمور</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>طباعة التقارير</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>تصدير كل البيانات المحفوظة عن أسرة</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>إخفاء هوية الأسر التي غادرت</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>تغيير إعدادات المركز</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>تغيير المخوَّلين باستلام طفل أو قيود «ممنوع التسليم»</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>إبطال تسجيل حضور أو انصراف سُجِّل سابقًا أو من مكتب آخر</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>الاطلاع على كل الفروع وإعداد التقارير عنها، وليس فرع هذا الحاسوب فقط</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> (أمر المحكمة %1)</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>ممنوع تسليم %1 إلى %2: %3%4. أبقوا %1 في الداخل واتصلوا بالمدير.</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>يمكن لـ %1 استلام %2 فقط من %3 إلى %4، وهذه الفترة لا تشمل اليوم. لم يُسجَّل انصراف %2.</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 من أسرة أخرى وغير مدرج في قائمة الاستلام لـ %2. لم يُسجَّل انصراف %2.</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 غير مدرج في قائمة الاستلام لـ %2. لم يُسجَّل انصراف %2.</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>سلّمه المدير %1 خارج قائمة الاستلام: %2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>لا يمكن تسليم طفل خارج قائمة الاستلام إلا للمدير.</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>تجاوز أمر المحكمة %1 يتطلب رمز PIN الخاص بك مرة أخرى، يُكتب الآن.</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>فقد ملف البيانات هذا المفتاح الذي يعثر على رموز PIN. سجّل الدخول بالاسم؛ ويمكن لمسؤول النظام استعادة الملف من نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;موافق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>أ&amp;لغِ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translatorcomment>Draft translation by the Kindred project, not yet reviewed by a native speaker. A centre that uses this language should have a native speaker check it (README, &quot;Translations&quot;).</translatorcomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>أظهر التفاصيل…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>أخفِ التفاصيل…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>احفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;جميع</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للجمي&amp;ع</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>أجهض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>أهمل</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>أعد الضبط</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيات</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>الالتزام بالنسبة</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقيقة خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقيقة خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقيقتين خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقائق خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقيقة خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
            <numerusform>الأطفال المسجَّل حضورهم مقابل الموظفين المسجَّل بدء دوامهم في كل غرفة، كل %n دقيقة خلال ساعات العمل. تُعدّ الخطوة مخالفة عندما يكون عدد الموظفين الموجودين أقل مما تتطلبه نسبة الغرفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>الخطوات المفحوصة</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>لا مخالفات: كان في كل غرفة العدد المطلوب من الموظفين وفق نسبتها في كل خطوة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>أكبر عدد من الأطفال</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>الموظفون الموجودون</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>الموظفون المطلوبون</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>مخالفة</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1 (%2)
الأطفال · الموظفون/المطلوب</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  مخالفة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>تعذّرت القراءة من خادم المركز: انقطع الاتصال به (%1). لم يُغيَّر شيء. حاول مجددًا عندما يستجيب الخادم.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>تعذّرت القراءة من خادم المركز: تعارض تغيير من محطة عمل أخرى مع هذا التغيير (%1). لم يُغيَّر شيء. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>تعذّرت القراءة من خادم المركز: %1.</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>تعذّرت قراءة ملف البيانات: جزء منه تالف (%1)، لذا لا يمكن عرض محتواه كاملًا. لم يُغيَّر شيء. أبلغ المسؤول عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>تعذّرت قراءة ملف البيانات: أبلغ القرص عن خطأ (%1). لم يُغيَّر شيء. افحص القرص وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>تعذّرت قراءة ملف البيانات: محطة Kindred أخرى تشغله (%1). يُرجى المحاولة مجددًا بعد لحظات.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>تعذّرت قراءة ملف البيانات: %1.</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>الطفل %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>غُيِّرت قيود الاستلام لـ %1 («ممنوع التسليم») خارج Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>غُيِّر المخوَّلون باستلام %1 خارج Kindred.</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>حُذف سجل الحضور %1 خارج Kindred.</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>أُضيف سجل حضور لـ %1 في %2 (السجل %3) خارج Kindred.</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>غُيِّر سجل حضور %1 في %2 (السجل %3) خارج Kindred.</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>غُيِّرت صلاحيات الدور %1 خارج Kindred.</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>الموظف %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>غُيِّرت الفروع التي يعمل فيها %1، أو أدواره فيها، خارج Kindred.</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>أُضيف %1 إلى الموظفين خارج Kindred.</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>أُزيل %1 من الموظفين خارج Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>غُيِّر دور %1 أو حالة أرشفته خارج Kindred.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>غُيِّر رمز PIN الخاص بـ %1 أو كلمة مروره أو دور حسابه خارج Kindred.</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>لم يعد %1 موجودًا في الملفات (أُزيل من مكتب آخر). لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1 من مكتب آخر في %2 بواسطة %3.</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1 من مكتب آخر.</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>لم يُحفَظ شيء، وما كتبته ما زال هنا. أعد التحميل لرؤية التغيير، ثم أجرِ تغييرك مجددًا.</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>تغيّر %1</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>ورقة تسجيل الحضور والانصراف اليومية</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>وصول كل طفل ومغادرته، ومن أحضره ومن استلمه، والتصحيحات، والموظفون المناوبون؛ ورقة واحدة لكل يوم.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>الأيام والساعات لكل طفل ولكل غرفة، والغياب، وفترات الوجود التي لم يُسجَّل انصرافها قط.</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>الالتزام بالنسبة</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>الأطفال مقابل الموظفين الموجودين في كل غرفة كل 15 دقيقة خلال ساعات العمل؛ مع سرد المخالفات.</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>سجل الحوادث</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>كل حادثة في الفترة: الأطفال، وما حدث، والإجراء، وإبلاغ وليّ الأمر، والاعتماد؛ مع تظليل الحوادث واجبة الإبلاغ.</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>التطعيمات المستحقة</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>لكل غرفة، الجرعات المستحقة أو المتأخرة في نهاية الفترة وفق جدول المركز.</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>الشكاوى والملاحظات</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>لكل شهر وفئة: التذاكر حسب النوع، ووسيط ساعات تأكيد الاستلام والحل، والمواعيد المستهدفة الفائتة، والرضا.</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>الحساسية والحالات الطبية</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>لكل غرفة، أنواع الحساسية لدى كل طفل مع التفاعلات وخطط التصرف، والملاحظات الطبية.</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>لكل غرفة، هواتف أولياء الأمور، وجهات الاتصال في الطوارئ بترتيب الاتصال، والتنبيهات.</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>أعياد الميلاد</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>أعياد الميلاد في الفترة، والعمر الذي يبلغه كل طفل، والموافقة على التصوير.</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>التسجيل والطاقة الاستيعابية</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>لكل غرفة: الطاقة الاستيعابية، والمسجَّلون، والأماكن الشاغرة، وقائمة الانتظار، والحضور.</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>لا يوجد تقرير باسم «%1». التقارير هي: %2.</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>اختر اليوم الأول من الفترة.</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>اختر اليوم الأخير من الفترة.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>اليوم الأخير من الفترة يسبق اليوم الأول.</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>اختر فترة لا تتجاوز عشر سنوات.</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>هذه الغرفة غير موجودة في الملفات.</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>هذه الغرفة في فرع آخر.</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>يكتب Kindred التقارير بصيغة PDF أو CSV: سمِّ الملف ….pdf أو ….csv (وليس %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>«%1» ليس تاريخًا: اكتبه بصيغة سنة-شهر-يوم، مثل 2026-03-01.</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>لا توجد غرفة باسم «%1». الغرف هي: %2.</translation>
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
        <translation>لهذا المركز عدة فروع: أدخل --site NAME أو --site all (الفروع: %1).</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>يكتب تقريرًا بصيغة PDF أو CSV دون فتح نافذة.</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>قراءة ملف البيانات الموجود في &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>قراءة المركز الموجود على الخادم في &lt;conninfo&gt;.</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>سرد التقارير ثم الخروج.</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>اليوم الأول من الفترة (2026-03-01).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>اليوم الأخير من الفترة (2026-03-31).</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>الفرع المطلوب التقرير عنه (اسمه)، أو all لكل الفروع جنبًا إلى جنب (الافتراضي: فرع هذا الحاسوب).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>هذه الغرفة فقط من الفرع (الاسم أو الرقم).</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>الملف المراد كتابته: .pdf أو .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 أو letter (الافتراضي: حسب الإعدادات المحلية).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>ملف CSV بلا علامة ترتيب البايتات UTF-8.</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>فحص ملف البيانات كله أولًا (quick_check)، أيًا كان حجمه.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>أمر التقرير.</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>التقرير المراد كتابته (انظر --list).</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>حدّد تقريرًا واحدًا، مثل: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (يعرضها kindred report --list جميعًا).</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>حدّد مكان كتابة التقرير باستخدام --out FILE.pdf أو --out FILE.csv.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>يقبل الخيار --paper القيمة a4 أو letter، وليس %1.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report: تحذير: %1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>يتعذّر فتح %1: لا يحتوي على بيانات Kindred.</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>يحتاج هذا الملف إلى ترقية: شغّل kindred migrate --database %1 (تُحفظ نسخة مفحوصة أولًا)، ثم شغّل التقرير مجددًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحتان).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>كُتب %1 (%n صف).</numerusform>
            <numerusform>كُتب %1 (%n صف).</numerusform>
            <numerusform>كُتب %1 (%n صفان).</numerusform>
            <numerusform>كُتب %1 (%n صفوف).</numerusform>
            <numerusform>كُتب %1 (%n صفًا).</numerusform>
            <numerusform>كُتب %1 (%n صف).</numerusform>
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
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>جميع الغرف</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع الفروع</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>بلا فرع</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>لم يُغيَّر شيء. تعذّر حفظ الشعار كصورة PNG.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>لم يُحفظ ملف PDF</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>لا يوجد ما يُبلَّغ عنه في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1 — الاسم والتوقيع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>لم يُغيَّر شيء: لا يغيّر أحد دوره بنفسه. اطلب ذلك من مسؤول نظام آخر.</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>لم يُغيَّر شيء: أنت مسجِّل الدخول بدور %1 وستفقد بنفسك صلاحية إدارة الحسابات. يمكن لمسؤول نظام آخر تغيير ما يمكن لدور %1 فعله.</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>لم يُغيَّر شيء: أنت نفسك تحمل الدور %1، ولا أحد يمنح نفسه صلاحيات أكبر. يمكن لمسؤول نظام آخر أن يسمح لدور %1 بـ%2.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>مركز رعاية الأطفال Kindred</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>تفقّد الحضور الطارئ</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · في المبنى: %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفلين</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفًا</numerusform>
            <numerusform>%n موظف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>تأكّد وجود %1 من %2.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>حساسية مهدِّدة للحياة</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>حساسية أخرى، ملاحظات طبية</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>جهات الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>لم يُسجَّل حضور أي طفل.</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>الموظفون في المبنى</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>بدء الدوام</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>لم يسجّل أي موظف بدء الدوام.</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>أجرى تفقّد الحضور</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>مسؤول الإخلاء أو المدير</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>تتعذّر قراءة آخر نسخة من قائمة تفقّد الحضور على هذا الحاسوب (%1): %2. لا تُعرض، حتى لا يظنها أحد قائمة كاملة. استخدم القائمة المطبوعة أو أوراق تسجيل الحضور في الغرف.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>تعذّر الاحتفاظ بنسخة من قائمة تفقّد الحضور على هذا الحاسوب (%1): %2.</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>تعذّر إنشاء مجلدها</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>تعذّر جعلها خاصة</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>تعذّر حذف النسخة القديمة من قائمة تفقّد الحضور على هذا الحاسوب (%1).</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>تالفة أو ناقصة</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>ليست قائمة تفقّد حضور من Kindred</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>كُتبت بإصدار آخر من Kindred</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفل</numerusform>
            <numerusform>%n طفلين</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>لا يوجد أطفال هنا.</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظف بدء الدوام.</numerusform>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظف بدء الدوام.</numerusform>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظفين بدء الدوام.</numerusform>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظفين بدء الدوام.</numerusform>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظفًا بدء الدوام.</numerusform>
            <numerusform>لا يوجد أطفال هنا؛ سجّل %n موظف بدء الدوام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>لا أحد مسجَّل في الدوام لرعاية %1: سجّل بدء دوام موظف في هذه الغرفة من لوحة «الموجودون الآن».</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظف</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفين</numerusform>
            <numerusform>%n موظفًا</numerusform>
            <numerusform>%n موظف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>سجّل بدء دوام %n موظف آخر.</numerusform>
            <numerusform>سجّل بدء دوام %n موظف آخر.</numerusform>
            <numerusform>سجّل بدء دوام %n موظفَين آخرَين.</numerusform>
            <numerusform>سجّل بدء دوام %n موظفين آخرين.</numerusform>
            <numerusform>سجّل بدء دوام %n موظفًا آخر.</numerusform>
            <numerusform>سجّل بدء دوام %n موظف آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1 مع %2 (تحتاج النسبة %3 إلى %4).</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بلا غرفة</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>غرفة مؤرشفة</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظف بدء الدوام. %4</numerusform>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظف بدء الدوام. %4</numerusform>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظفَين بدء الدوام. %4</numerusform>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظفين بدء الدوام. %4</numerusform>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظفًا بدء الدوام. %4</numerusform>
            <numerusform>خارج النسبة: يحتاج %1 إلى %2 بنسبة %3، مع تسجيل %n موظف بدء الدوام. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>تعذّر على Kindred فحص بنية ملف البيانات: %1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>ملف بيانات Kindred غير مكتمل: %1 مفقود. لم يُفتح ولم يُغيَّر فيه شيء. استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>ملف بيانات Kindred غير مكتمل: %1 مفقودة. لم يُفتح ولم يُغيَّر فيه شيء. استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>يحتوي ملف بيانات Kindred على شيء لم يضعه Kindred (%1)؛ فقد غيّره برنامج آخر. لم يُفتح ولم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>الجدول «%1»</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>الفهرس «%1»</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>المشغّل «%1»</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>العرض «%1»</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>an object of the database: its type, then its name</comment>
        <translation>الكائن %1 «%2»</translation>
    </message>
</context>
<context>
    <name>SecurityLabelPainter</name>
    <message>
        <source>ALLERGY: %1 (!)</source>
        <translation>حساسية: %1 (!)</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>حساسية: %1 (%2)</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>إيصال الاستلام — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>رمز الاستلام</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>عنوان الخادم فارغ. أدخله بصيغة postgresql://server/kindred أو host=server dbname=kindred.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>عنوان الخادم غير صالح: %1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>نفدت ذاكرة libpq</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>عنوان الخادم غير صالح: لا يمكن أن يحتوي الإعداد %1 على «;».</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>عنوان الخادم غير صالح: المنفذ «%1» ليس رقمًا من 1 إلى 65535.</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>لم يُبلغ خادم المركز بالوقت الحالي.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقتين عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقائق عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متأخرة %n دقيقة عن ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقتين على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقائق على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
            <numerusform>ساعة هذا الحاسوب متقدمة %n دقيقة على ساعة خادم المركز. يسجّل Kindred وقت الخادم؛ اطلب من المسؤول عن هذا الحاسوب ضبط ساعته.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1، المنفذ %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>برنامج تشغيل PostgreSQL غير مثبّت: ثبّت libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>يتعذّر الوصول إلى خادم المركز في %1. تحقق من أن هذا الحاسوب متصل بشبكة المركز وأن الخادم يعمل.</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>خادم المركز في %1 قيد التشغيل أو الإيقاف. حاول مجددًا بعد دقيقة.</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>عنوان الخادم غير صالح: %1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>لا توجد على خادم المركز قاعدة بيانات باسم «%1». تحقق من اسم قاعدة البيانات في عنوان الخادم.</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>لا يوجد على خادم المركز مستخدم باسم «%1». تحقق من اسم المستخدم في عنوان الخادم.</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>لم يقبل خادم المركز كلمة المرور لـ «%1».</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>رفض خادم المركز في %1 الاتصال. اطلب من الشخص الذي أعدّ الخادم التحقق من عنوان الخادم.</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>إصدار أحدث</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>إصدار أقدم</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>لم تُنشأ نسخة احتياطية: يعمل خادم المركز بالإصدار %1 من PostgreSQL، وهو أحدث من pg_dump على هذا الحاسوب (%2)، الذي لا يستطيع نسخه احتياطيًا. ثبّت pg_dump %3 هنا (حزمة Debian postgresql-client-%3) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>لم تُنشأ نسخة احتياطية: تعذّر على pg_dump نسخ خادم المركز احتياطيًا (%1).</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>لم يذكر سببًا</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>لم تُنشأ نسخة احتياطية: pg_dump غير مثبّت على هذا الحاسوب. ثبّت حزمة Debian postgresql-client-15 (أو عميل إصدار الخادم) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>لم تُنشأ نسخة احتياطية: %1 موجود بالفعل.</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>لم تُنشأ نسخة احتياطية: لا يستطيع Kindred الكتابة في %1.</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>لم تُنشأ نسخة احتياطية: لم يكتمل pg_dump (%1).</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>لم تُنشأ نسخة احتياطية: الأرشيف الذي كتبه pg_dump في %1 غير مكتمل أو تعذّر وضعه في مكانه.</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>تحتاج قاعدة بيانات خادم المركز إلى ترقية إلى المخطط %1، ولا يجوز ذلك إلا لمالكها (دور قاعدة البيانات %2)؛ ومحطة العمل هذه تتصل باسم %3. اطلب من المسؤول عن الخادم تشغيل kindred migrate --server مع user=%2 مرة واحدة، ثم شغّل Kindred هنا مجددًا.</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>يحتوي ملف البيانات على جدول «%1» غير موجود في مخطط الخادم؛ لم يُنسخ شيء. هل إصدار Kindred هذا أقدم من الإصدار الذي كتب الملف آخر مرة؟</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>لا يحتوي جدول الخادم «%1» على عمود «%2» المقابل لعمود ملف البيانات؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>لا يحتوي جدول الخادم «%1» على ما يحتويه ملف البيانات بعد النسخ (الصفوف على الخادم: %2؛ في ملف البيانات: %3)؛ لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>سجل التدقيق المنسوخ إلى الخادم لا يجتاز التحقق؛ لم يُحتفظ بشيء. %1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>تعذّر نسخ صف من «%1» إلى الخادم: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>قاعدة بيانات الخادم «%1» تحتوي بالفعل على مركز Kindred؛ لم يُغيَّر شيء. لا يُنقل المركز إلا إلى قاعدة بيانات فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جدولًا أو عرضًا أو تسلسلًا آخر)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جدول أو عرض أو تسلسل آخر)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جدولين أو عرضين أو تسلسلين آخرين)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جداول أو عروض أو تسلسلات أخرى)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جدولًا أو عرضًا أو تسلسلًا آخر)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
            <numerusform>قاعدة بيانات الخادم «%1» ليست فارغة (تحتوي على «%2» و%n جدول أو عرض أو تسلسل آخر)؛ لم يُغيَّر شيء. استخدم قاعدة بيانات جديدة فارغة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>لا يُنقل إلى الخادم إلا ملف بيانات.</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>ملف البيانات بإصدار البيانات %1، وKindred هذا بالإصدار %2: رقِّ الملف أولًا.</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>لا تستطيع قاعدة البيانات %1 على خادم المركز حفظ سجلات Kindred كما تُكتب: فهي تستخدم الترميز %2 والترتيب %3، بينما يحتاج Kindred إلى UTF8 وC. لم يُغيَّر شيء. اطلب من المسؤول عن الخادم إنشاء قاعدة بيانات فارغة باستخدام CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;، ووصل Kindred بها.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>تحتوي قاعدة البيانات %1 على خادم المركز بالفعل على جداول لم ينشئها Kindred. لم يُغيَّر شيء. صِل Kindred بقاعدة بيانات فارغة، أو بقاعدة بياناته الخاصة.</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>قاعدة البيانات %1 على خادم المركز تخص برنامجًا آخر، وليس Kindred. لم يُغيَّر شيء. تحقق من عنوان الخادم.</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>رُقّي خادم المركز هذا بإصدار أحدث من Kindred (المخطط %1)؛ وKindred على هذا الحاسوب يعرف حتى %2. ثبّت الإصدار الأحدث من Kindred هنا.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطة عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطة عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطتا عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطات عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطة عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
            <numerusform>لا يستطيع Kindred تحديث خادم المركز ما دام يتصل به %n محطة عمل بإصدار أقدم من Kindred (%1). أغلق Kindred هناك، أو حدّثه، ثم شغّل Kindred هنا مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>تعذّر على Kindred ترقية قاعدة بيانات خادم المركز إلى المخطط %1 (%2). لم يُغيَّر شيء: تواصل كل محطة عمل العمل بالمخطط الذي كان لديها.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>لا تستطيع نسخة Kindred هذه ترقية قاعدة بيانات خادم المركز إلى المخطط %1: الجزء غير المكتوب بلغة SQL من الترقية مفقود. لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>لم يُحفَظ شيء: يجب أن تكون مدة تأكيد الاستلام بين 1 و%1 ساعة عمل.</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>لم يُحفَظ شيء: يجب ألا تقل مدة الحل عن مدة تأكيد الاستلام وألا تتجاوز %1 ساعة عمل.</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>لم يعد %1 في قائمة الموظفين: سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>أعاد مسؤول النظام تعيين رمز PIN أو كلمة مرور %1 منذ تسجيل دخوله: سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 غير موجود في الملفات: سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 سجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>تجاوز من المدير (لا يظهر السبب إلا للأدوار التي يحق لها الاطلاع على قيود الحضانة)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>ورقة تسجيل الحضور والانصراف اليومية</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعة. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعة. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعتين. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعات. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعة. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
            <numerusform>تغيّر التوقيت في هذا اليوم: كان طوله %n ساعة. الأوقات أدناه بالتوقيت المحلي بعد التغيير حيثما ينطبق؛ وساعات الحضور هي الوقت الفعلي المنقضي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>In</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>أحضره</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>المكتب (حضور)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>الانصراف</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>استلمه</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>المكتب (انصراف)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>لم يُسجَّل انصرافه</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>تأخر في الاستلام: %n دقيقة</numerusform>
            <numerusform>تأخر في الاستلام: %n دقيقة</numerusform>
            <numerusform>تأخر في الاستلام: %n دقيقتين</numerusform>
            <numerusform>تأخر في الاستلام: %n دقائق</numerusform>
            <numerusform>تأخر في الاستلام: %n دقيقة</numerusform>
            <numerusform>تأخر في الاستلام: %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>تجاوز من المدير: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>مصحَّح (انظر أدناه)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>لم يُسجَّل حضور أي طفل في هذا اليوم.</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>الأطفال المسجَّل حضورهم</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>لم يُسجَّل انصرافهم</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>المُغيَّر</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>تسجيل الانصراف</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>الموظفون المناوبون</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>لم يسجّل أي موظف بدء الدوام في هذا اليوم.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>بدء الدوام</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>نهاية الدوام</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>الشخص المسؤول</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>أحضره</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>المكتب (حضور)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>الانصراف</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>استلمه</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>المكتب (انصراف)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>دقائق التأخير</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>سبب التجاوز</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>ورقة تسجيل الحضور والانصراف اليومية</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>لم يُسجَّل حضور أي طفل خلال هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>هذا الفرع</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>لا يعمل %1 في أي فرع مفتوح، لذا لا يعمل في %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>يعمل %1 في %2، وليس في %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>تعذّر على Kindred تحديث ملف بياناته إلى الإصدار %1 (%2). تُرك الملف كما كان.</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>لا تستطيع نسخة Kindred هذه تحديث ملف بياناتها إلى الإصدار %1: الجزء غير المكتوب بلغة SQL من التحديث مفقود. تُرك الملف كما كان.</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>يتكون رمز PIN من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>يتكون رمز PIN من أرقام فقط.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>لا تقل كلمة المرور عن %1 حرفًا؛ والجملة القصيرة سهلة التذكر.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>لا يمكن أن تتكون كلمة المرور من مسافات فقط.</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>تعذّر على Kindred تشغيل حماية كلمات المرور على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>لم تتوفر لهذا الحاسوب ذاكرة حرة كافية لحماية رمز PIN أو كلمة المرور. أغلق البرامج الأخرى وحاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>الفرع %1 مؤرشف: لا يمكن لهذا الحاسوب خدمته.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>محطة Kindred أخرى تحفظ في هذه اللحظة. لم يُغيَّر شيء؛ يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>تعارض تغيير من محطة عمل أخرى مع هذا التغيير على خادم المركز. لم يُغيَّر شيء؛ يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>فقد Kindred اتصاله بخادم المركز. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>لا يسمح خادم المركز لـ Kindred بإجراء هذا التغيير (فهو للقراءة فقط، أو لا يُسمح بذلك لمستخدم قاعدة بيانات Kindred). لم يُغيَّر شيء. اسأل الشخص الذي أعدّ الخادم.</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>قرص خادم المركز ممتلئ، لذا تعذّر على Kindred الحفظ. لم يُغيَّر شيء. اطلب من المسؤول عن الخادم إفراغ بعض المساحة.</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>أبلغ خادم المركز عن تلف أو خطأ في القرص أثناء عمل Kindred. لم يُغيَّر شيء. اطلب من المسؤول عن الخادم فحصه.</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>يتعارض هذا التغيير مع سجلات محفوظة بالفعل (%1). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>تعذّر على Kindred إتمام هذا التغيير: %1. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>تعذّر على Kindred فتح ملف يحتاج إليه بجانب ملف البيانات (ربما لا يسمح مجلده لـ Kindred بإنشاء ملفات). لم يُغيَّر شيء. اطلب من المسؤول عن هذا الحاسوب التحقق من أذونات المجلد.</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>تتعذّر الكتابة في ملف بيانات Kindred (هو أو مجلده للقراءة فقط). لم يُغيَّر شيء. اطلب من المسؤول عن هذا الحاسوب التحقق من أذونات الملف.</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>القرص ممتلئ، لذا تعذّر على Kindred الحفظ. لم يُغيَّر شيء. أفرغ بعض المساحة على القرص ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>صادف Kindred جزءًا تالفًا من ملف البيانات. لم يُغيَّر شيء. أغلق Kindred ثم افتحه مجددًا: سيفحص الملف كله ويخبرك بما يجب فعله.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>أبلغ القرص عن خطأ أثناء تأمين Kindred لهذا التغيير، لذا لا يستطيع Kindred التأكد من حفظه. راجع السجل قبل تكرار العملية، واطلب فحص القرص.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>أبلغ القرص عن خطأ أثناء قراءة Kindred لملف البيانات. لم يُغيَّر شيء. افحص القرص وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>أبلغ القرص عن خطأ أثناء الحفظ في Kindred. لم يُغيَّر شيء. افحص القرص وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>يتعذّر الوصول إلى خادم المركز. لم يُغيَّر شيء، وما كتبته ما زال هنا: حاول مجددًا بعد لحظات. إذا استمر ذلك، فاسأل المسؤول عن الخادم أو الشبكة.</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>فقد Kindred اتصاله بخادم المركز أثناء الحفظ. عندما يستجيب الخادم مجددًا، راجع السجل قبل تكرار العملية: لا يستطيع Kindred معرفة ما إذا كان الخادم قد حفظه.</translation>
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
        <translation>مستخدم هذا الحاسوب</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>يطلب خادم المركز كلمة مرور %1، ولا توجد طرفية لطلبها فيها: ضعها في ~/.pgpass (أو في الملف الذي يحدده PGPASSFILE)، بحيث لا يقرؤها غيرك.</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>كلمة مرور %1 على خادم المركز: </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>لم تُدخَل كلمة مرور؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تأكّد استلامها</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>بانتظار وليّ الأمر</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>قلق</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>إشادة</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>الرعاية</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>الطعام</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>فُتحت التذكرة</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>أُعيد إسنادها من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>أصبح %1 مشاركًا في هذه التذكرة</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>لم يعد %1 مشاركًا في هذه التذكرة</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>متابعة وليّ الأمر: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>مرتبطة بالحادثة %1</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>ما أبلغتمونا به</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>هذه الأسرة غير موجودة في الملفات.</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>مركزنا</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>ملاحظاتكم وكيف تصرّفنا: أسرة %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>لا توجد ملاحظات أو أسئلة أو شكاوى مسجلة لهذه الأسرة.</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 رقم %2: %3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>By</source>
        <translation>مقدّمها</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>ما أخبرتمونا به</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>متابعتكم</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1، %2 من 5: %3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>الوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>المدير</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>التذكرة %1 غير موجودة في الملفات.</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>اختر شهرًا أخيرًا لا يسبق الشهر الأول.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>وسيط ساعات تأكيد الاستلام</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>وسيط ساعات الحل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>حُلّت من أول تواصل</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>نسبة الحل من أول تواصل (%)</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>متوسط الرضا (1-5)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>مركزنا</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>ملاحظات أولياء الأمور وشكاواهم</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>لم تُقدَّم أي تذاكر في هذه الفترة.</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>متوسط الرضا</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>ما طرحه أولياء الأمور</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>كيف استجبنا</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>الساعات هي ساعات فعلية منقضية منذ التسجيل. تُعدّ التذكرة متأخرة إذا تأكّد استلامها أو حُلّت بعد موعدها المستهدف، أو ما زالت تنتظر بعد تجاوزه؛ وتُعلَّم الأسطر المتأخرة باللون الأحمر.</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>تأكّد استلامها ضمنيًا</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>لم يُغيَّر شيء: حالة التذكرة بالفعل «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>لم يُغيَّر شيء: لا يمكن إغلاق إلا التذكرة المحلولة. حُلّها أولًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>لم يُغيَّر شيء: لا يمكن إعادة فتح إلا التذكرة المحلولة أو المغلقة.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>لم يُغيَّر شيء: هذه التذكرة مغلقة. أعد فتحها للعمل عليها مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>لم يُغيَّر شيء: هذه التذكرة محلولة. أغلقها مع متابعة وليّ الأمر، أو أعد فتحها للعمل عليها مجددًا.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>لم يُغيَّر شيء: لا يمكن نقل التذكرة من «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>لم يُغيَّر شيء: اكتب ما قاله وليّ الأمر عند المتابعة.</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>لم يُغيَّر شيء: سجّل تقييم وليّ الأمر من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>لم يُغيَّر شيء: لا تُغلق التذكرة إلا بعد سؤال وليّ الأمر. سجّل متابعته، أو سبب تعذّر المتابعة.</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>لم يُغيَّر شيء: اكتب ملخصًا قصيرًا لكيفية حلّها.</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>لم يُغيَّر شيء: اذكر سبب إعادة فتح التذكرة.</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>لم يكن وليّ الأمر راضيًا عند المتابعة.</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>تُرُوجع عن تسجيل حضور %1 بالفعل. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>غادر %1 منذ ذلك الحين (في %2)، لذا لا يمكن التراجع عن تسجيل الحضور: فذلك سيمحو من استلم %1. تراجع عن تسجيل الانصراف أولًا إن كان هو الخطأ. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>لم يُسجَّل انصراف %1، لذا لا يوجد تسجيل انصراف للتراجع عنه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>سُجِّل حضور %1 من مكتب آخر: لا يمكن التراجع عنه إلا من ذلك المكتب. اطلب من المدير إبطاله مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>سُجِّل انصراف %1 من مكتب آخر: لا يمكن التراجع عنه إلا من ذلك المكتب. اطلب من المدير إبطاله مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقيقتين. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقائق. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الحضور إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل حضور %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقيقتين. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقائق. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
            <numerusform>لا يمكن التراجع عن تسجيل الانصراف إلا خلال %n دقيقة. اطلب من المدير إبطال تسجيل انصراف %1 مع ذكر السبب (التصحيحات). لم يُغيَّر شيء.</numerusform>
        </translation>
    </message>
</context>
</TS>
