<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AccountManagers</name>
    <message>
        <source>Nothing was changed: nobody would be left who can manage accounts. Give another staff member that right first.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ایسا کوئی نہیں بچے گا جو اکاؤنٹس کا انتظام کر سکے۔ پہلے عملے کے کسی اور رکن کو یہ اختیار دیں۔</translation>
    </message>
</context>
<context>
    <name>AllergyMedicalReport</name>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>الرجی اور طبی کیفیات</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>الرجی کا سبب</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>ردِعمل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>طبی نوٹس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>Allergies (most severe first)</source>
        <translation>الرجیاں (سب سے شدید پہلے)</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>کسی کمرے میں شامل نہیں</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>. Reaction: %1</source>
        <translation>۔ ردِعمل: %1</translation>
    </message>
    <message>
        <source>. Action: %1</source>
        <translation>۔ لائحہ عمل: %1</translation>
    </message>
    <message>
        <source>No enrolled child has an allergy or medical notes recorded.</source>
        <translation>کسی داخل بچے کی کوئی الرجی یا طبی نوٹس درج نہیں۔</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>درج بچے</translation>
    </message>
    <message>
        <source>With a life-threatening allergy</source>
        <translation>جان لیوا الرجی والے</translation>
    </message>
    <message>
        <source>Highlighted: a life-threatening allergy. Keep the action plan and medication with the child at all times, including excursions.</source>
        <translation>نمایاں: جان لیوا الرجی۔ لائحہ عمل اور دوا ہر وقت بچے کے ساتھ رکھیں، سیر و تفریح کے دوران بھی۔</translation>
    </message>
</context>
<context>
    <name>Anonymiser</name>
    <message>
        <source>Nothing was changed: the retention period is 1 to 600 months.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ریکارڈ رکھنے کی مدت 1 سے 600 ماہ ہے۔</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>آزمائشی عمل</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: this family has not left, or left less than %n month(s) ago.</source>
        <translation>
            <numerusform>کچھ تبدیل نہیں کیا گیا: یہ خاندان ابھی گیا نہیں، یا اسے گئے %n ماہ سے کم ہوا ہے۔</numerusform>
            <numerusform>کچھ تبدیل نہیں کیا گیا: یہ خاندان ابھی گیا نہیں، یا اسے گئے %n ماہ سے کم ہوئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>سابقہ بالغ فرد</translation>
    </message>
    <message>
        <source>Former child</source>
        <translation>سابقہ بچہ</translation>
    </message>
</context>
<context>
    <name>AttendanceFactsReader</name>
    <message>
        <source>This child is no longer on file (the family may have been archived). Nothing was recorded.</source>
        <translation>یہ بچہ اب ریکارڈ میں موجود نہیں (ممکن ہے خاندان آرکائیو کر دیا گیا ہو)۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is enrolled at %2: check them in and out at that site&apos;s desk. Nothing was recorded.</source>
        <translation>%1 کا داخلہ %2 میں ہے: اس کا چیک اِن اور چیک آؤٹ اسی برانچ کے ڈیسک پر کریں۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Choose the adult at the desk from the family&apos;s list.</source>
        <translation>ڈیسک پر موجود بالغ فرد کو خاندان کی فہرست میں سے منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose a staff member from the list.</source>
        <translation>فہرست میں سے عملے کا کوئی رکن منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>AttendanceReader</name>
    <message>
        <source>That attendance record is not on file.</source>
        <translation>حاضری کا یہ ریکارڈ موجود نہیں۔</translation>
    </message>
    <message>
        <source>No child was checked in today with the code %1. Check the code on the receipt.</source>
        <translation>آج کوڈ %1 کے ساتھ کسی بچے کا چیک اِن نہیں ہوا۔ رسید پر کوڈ دیکھ لیں۔</translation>
    </message>
</context>
<context>
    <name>AttendanceReport</name>
    <message>
        <source>No room recorded</source>
        <translation>کوئی کمرہ درج نہیں</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Days the centre had children</source>
        <translation>وہ دن جب سینٹر میں بچے موجود تھے</translation>
    </message>
    <message>
        <source>Child-days attended</source>
        <translation>بچہ-دن حاضری</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>حاضری کے گھنٹے</translation>
    </message>
    <message>
        <source>Absences recorded</source>
        <translation>درج غیر حاضریاں</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>کمرے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Child-days</source>
        <translation>بچہ-دن</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>اوسط فی دن</translation>
    </message>
    <message>
        <source>By child</source>
        <translation>بچے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>غیر حاضریاں</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>چیک آؤٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Child ID</source>
        <translation>بچے کی شناخت</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>حاضری کے دن</translation>
    </message>
    <message>
        <source>Highlighted: stays with no check-out; their hours are not counted.</source>
        <translation>نمایاں: وہ حاضریاں جن کا چیک آؤٹ نہیں ہوا؛ ان کے گھنٹے شمار نہیں کیے گئے۔</translation>
    </message>
</context>
<context>
    <name>AttendanceWriter</name>
    <message>
        <source>Kindred ran out of security codes for today. Nothing was recorded; call support.</source>
        <translation>Kindred کے پاس آج کے لیے سیکیورٹی کوڈ ختم ہو گئے ہیں۔ کچھ درج نہیں کیا گیا؛ سپورٹ سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>%1 is already checked in. Nothing was recorded.</source>
        <translation>%1 کا چیک اِن پہلے ہی ہو چکا ہے۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is not checked in, so cannot be checked out. Nothing was recorded.</source>
        <translation>%1 کا چیک اِن نہیں ہوا، اس لیے چیک آؤٹ نہیں ہو سکتا۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>AuditDisclosure</name>
    <message>
        <source>changed</source>
        <translation>تبدیل کیا گیا</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1 (or an entry before it was removed).</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر اندراج %1 پر تبدیل کیا گیا (یا اس سے پہلے کا کوئی اندراج ہٹا دیا گیا)۔</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by a redaction (entry %2) that belongs to no anonymisation of a family.</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر اندراج %1 پر تبدیل کیا گیا: اسے ایک ایسی حذف کاری (اندراج %2) نے خالی کیا جو کسی خاندان کو گمنام کرنے سے متعلق نہیں۔</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred at entry %1: it was blanked by the redaction (entry %2) of an anonymised family, but it is about another family&apos;s records.</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر اندراج %1 پر تبدیل کیا گیا: اسے ایک گمنام کیے گئے خاندان کی حذف کاری (اندراج %2) نے خالی کیا، لیکن یہ کسی دوسرے خاندان کے ریکارڈ سے متعلق ہے۔</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: its head record (how many entries Kindred wrote) was removed.</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر تبدیل کیا گیا: اس کا بنیادی ریکارڈ (کہ Kindred نے کتنے اندراجات لکھے) ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: the newest entries were removed. The trail now ends at entry %1 but Kindred last wrote entry %2.</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر تبدیل کیا گیا: تازہ ترین اندراجات ہٹا دیے گئے۔ لاگ اب اندراج %1 پر ختم ہوتا ہے، لیکن Kindred نے آخری بار اندراج %2 لکھا تھا۔</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n entry(ies)</source>
        <translation>
            <numerusform>اس میں %n اندراج ہے</numerusform>
            <numerusform>اس میں %n اندراجات ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were removed).</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر تبدیل کیا گیا: %1، لیکن Kindred نے %2 اندراجات لکھے تھے (اندراجات ہٹائے گئے)۔</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Kindred: %1, but Kindred wrote %2 (entries were added or rewritten).</source>
        <translation>آڈٹ لاگ کو Kindred کے باہر تبدیل کیا گیا: %1، لیکن Kindred نے %2 اندراجات لکھے تھے (اندراجات شامل کیے گئے یا دوبارہ لکھے گئے)۔</translation>
    </message>
</context>
<context>
    <name>AuditReader</name>
    <message>
        <source>System (%1)</source>
        <translation>سسٹم (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سسٹم</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>وقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ریکارڈ آئی ڈی</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>اسٹیشن</translation>
    </message>
</context>
<context>
    <name>AuditRedaction</name>
    <message>
        <source>Nothing was changed: audit entries are only redacted when a family is anonymised.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: آڈٹ اندراجات صرف اسی وقت حذف کیے جاتے ہیں جب کسی خاندان کو گمنام کیا جائے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as evidence. Check the audit trail and ask your administrator.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: آڈٹ اندراج %1 کو Kindred کے باہر تبدیل کیا گیا تھا، اس لیے اسے ثبوت کے طور پر رکھا گیا ہے۔ آڈٹ لاگ دیکھیں اور اپنے منتظم سے رابطہ کریں۔</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>a child</source>
        <translation>ایک بچہ</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>عملے کا ایک رکن</translation>
    </message>
    <message>
        <source>an adult</source>
        <translation>ایک بالغ فرد</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>ایک کمرہ</translation>
    </message>
    <message>
        <source>a family</source>
        <translation>ایک خاندان</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>نامعلوم وقت</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3.</source>
        <translation>%1 نے %3 پر %2 کا چیک اِن کیا۔</translation>
    </message>
    <message>
        <source>%1 checked in %2 at %3, brought by %4.</source>
        <translation>%1 نے %3 پر %2 کا چیک اِن کیا، جسے %4 لائے۔</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3.</source>
        <translation>%1 نے %3 پر %2 کا چیک آؤٹ کیا۔</translation>
    </message>
    <message>
        <source>%1 checked out %2 at %3, collected by %4.</source>
        <translation>%1 نے %3 پر %2 کا چیک آؤٹ کیا، جسے %4 لے گئے۔</translation>
    </message>
    <message>
        <source>%1 released %2 at %3 to %4, overriding a pickup rule.</source>
        <translation>%1 نے وصولی کے ایک اصول کو نظرانداز کرتے ہوئے %3 پر %2 کو %4 کے حوالے کیا۔</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-in from %3 to %4.</source>
        <translation>%1 نے %2 کے چیک اِن کا وقت %3 سے بدل کر %4 کیا۔</translation>
    </message>
    <message>
        <source>%1 corrected %2&apos;s check-out from %3 to %4.</source>
        <translation>%1 نے %2 کے چیک آؤٹ کا وقت %3 سے بدل کر %4 کیا۔</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-in.</source>
        <translation>%1 نے %2 کا چیک اِن منسوخ کیا۔</translation>
    </message>
    <message>
        <source>%1 undid %2&apos;s check-out.</source>
        <translation>%1 نے %2 کا چیک آؤٹ منسوخ کیا۔</translation>
    </message>
    <message>
        <source>%1 marked %2 absent on %3.</source>
        <translation>%1 نے %2 کو %3 کے دن غیر حاضر درج کیا۔</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>ٹکٹ %1</translation>
    </message>
    <message>
        <source>%1 opened the ticket %2.</source>
        <translation>%1 نے ٹکٹ %2 کھولا۔</translation>
    </message>
    <message>
        <source>%1 moved the ticket %2 to %3.</source>
        <translation>%1 نے ٹکٹ %2 کو %3 میں منتقل کیا۔</translation>
    </message>
    <message>
        <source>%1 gave the ticket %2 to a new owner.</source>
        <translation>%1 نے ٹکٹ %2 ایک نئے ذمہ دار کو سونپا۔</translation>
    </message>
    <message>
        <source>%1 added a note to the ticket %2.</source>
        <translation>%1 نے ٹکٹ %2 میں ایک نوٹ شامل کیا۔</translation>
    </message>
    <message>
        <source>%1 added a helper to the ticket %2.</source>
        <translation>%1 نے ٹکٹ %2 میں ایک معاون شامل کیا۔</translation>
    </message>
    <message>
        <source>%1 removed a helper from the ticket %2.</source>
        <translation>%1 نے ٹکٹ %2 سے ایک معاون ہٹایا۔</translation>
    </message>
    <message>
        <source>%1 linked an incident to the ticket %2.</source>
        <translation>%1 نے ٹکٹ %2 سے ایک واقعہ منسلک کیا۔</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>واقعہ %1</translation>
    </message>
    <message>
        <source>%1 recorded %2.</source>
        <translation>%1 نے %2 درج کیا۔</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <translation>%1 نے %2 تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 sent %2 for sign-off.</source>
        <translation>%1 نے %2 منظوری کے لیے بھیجا۔</translation>
    </message>
    <message>
        <source>%1 signed off %2.</source>
        <translation>%1 نے %2 کی منظوری دی۔</translation>
    </message>
    <message>
        <source>%1 recorded that a parent acknowledged %2.</source>
        <translation>%1 نے درج کیا کہ والدین میں سے ایک نے %2 کی تصدیق کی۔</translation>
    </message>
    <message>
        <source>%1 recorded that %2 acknowledged %3.</source>
        <translation>%1 نے درج کیا کہ %2 نے %3 کی تصدیق کی۔</translation>
    </message>
    <message>
        <source>%1 amended %2.</source>
        <translation>%1 نے %2 میں ترمیم کی۔</translation>
    </message>
    <message>
        <source>%1 linked %2 to a ticket.</source>
        <translation>%1 نے %2 کو ایک ٹکٹ سے منسلک کیا۔</translation>
    </message>
    <message>
        <source>%1 started a roll call (%2).</source>
        <translation>%1 نے ہنگامی حاضری شروع کی (%2)۔</translation>
    </message>
    <message>
        <source>%1 accounted for %2 at the roll call.</source>
        <translation>%1 نے ہنگامی حاضری میں %2 کی موجودگی کی تصدیق کی۔</translation>
    </message>
    <message>
        <source>%1 finished the roll call.</source>
        <translation>%1 نے ہنگامی حاضری مکمل کی۔</translation>
    </message>
    <message>
        <source>%1 clocked in %2 to %3.</source>
        <translation>%1 نے %2 کی %3 میں ڈیوٹی پر آمد درج کی۔</translation>
    </message>
    <message>
        <source>%1 clocked in %2.</source>
        <translation>%1 نے %2 کی ڈیوٹی پر آمد درج کی۔</translation>
    </message>
    <message>
        <source>%1 clocked out %2.</source>
        <translation>%1 نے %2 کی ڈیوٹی سے روانگی درج کی۔</translation>
    </message>
    <message>
        <source>%1 added %2 to the staff.</source>
        <translation>%1 نے %2 کو عملے میں شامل کیا۔</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s staff record.</source>
        <translation>%1 نے %2 کا عملے کا ریکارڈ تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 archived %2&apos;s staff record.</source>
        <translation>%1 نے %2 کا عملے کا ریکارڈ آرکائیو کیا۔</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 نے سائن اِن کیا۔</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed.</source>
        <translation>%1 کے طور پر سائن اِن کی ایک کوشش ناکام ہوئی۔</translation>
    </message>
    <message>
        <source>A new PIN for %1 was refused.</source>
        <translation>%1 کا نیا PIN مسترد کر دیا گیا۔</translation>
    </message>
    <message>
        <source>%1 set the PIN of %2.</source>
        <translation>%1 نے %2 کا PIN مقرر کیا۔</translation>
    </message>
    <message>
        <source>%1 set the password of %2.</source>
        <translation>%1 نے %2 کا پاس ورڈ مقرر کیا۔</translation>
    </message>
    <message>
        <source>%1 opened an account for %2.</source>
        <translation>%1 نے %2 کے لیے اکاؤنٹ کھولا۔</translation>
    </message>
    <message>
        <source>%1 changed the role of %2.</source>
        <translation>%1 نے %2 کا کردار تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 changed the sites and roles of %2.</source>
        <translation>%1 نے %2 کی برانچیں اور کردار تبدیل کیے۔</translation>
    </message>
    <message>
        <source>%1 unlocked the account of %2.</source>
        <translation>%1 نے %2 کا اکاؤنٹ اَن لاک کیا۔</translation>
    </message>
    <message>
        <source>%1 unlocked the desk.</source>
        <translation>%1 نے ڈیسک اَن لاک کیا۔</translation>
    </message>
    <message>
        <source>The administrator&apos;s sign-in was reset for %1.</source>
        <translation>%1 کے لیے منتظم کا سائن اِن ری سیٹ کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 added the family %2.</source>
        <translation>%1 نے خاندان %2 شامل کیا۔</translation>
    </message>
    <message>
        <source>%1 changed the family record of %2.</source>
        <translation>%1 نے %2 کا خاندانی ریکارڈ تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 archived the family %2.</source>
        <translation>%1 نے خاندان %2 آرکائیو کیا۔</translation>
    </message>
    <message>
        <source>%1 exported the data of the family %2.</source>
        <translation>%1 نے خاندان %2 کا ڈیٹا برآمد کیا۔</translation>
    </message>
    <message>
        <source>%1 anonymised a family whose records were past keeping.</source>
        <translation>%1 نے ایک ایسے خاندان کو گمنام کیا جس کے ریکارڈ رکھنے کی مدت گزر چکی تھی۔</translation>
    </message>
    <message>
        <source>%1 changed who may not collect %2.</source>
        <translation>%1 نے تبدیل کیا کہ کون %2 کو نہیں لے جا سکتا۔</translation>
    </message>
    <message>
        <source>%1 changed who may collect %2.</source>
        <translation>%1 نے تبدیل کیا کہ کون %2 کو لے جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 added the room %2.</source>
        <translation>%1 نے کمرہ %2 شامل کیا۔</translation>
    </message>
    <message>
        <source>%1 changed the room %2.</source>
        <translation>%1 نے کمرہ %2 تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 archived the room %2.</source>
        <translation>%1 نے کمرہ %2 آرکائیو کیا۔</translation>
    </message>
    <message>
        <source>%1 changed the setting %2.</source>
        <translation>%1 نے ترتیب %2 تبدیل کی۔</translation>
    </message>
    <message>
        <source>%1 changed the centre&apos;s logo.</source>
        <translation>%1 نے سینٹر کا لوگو تبدیل کیا۔</translation>
    </message>
    <message>
        <source>%1 recorded a dose of medication for %2.</source>
        <translation>%1 نے %2 کے لیے دوا کی ایک خوراک درج کی۔</translation>
    </message>
    <message>
        <source>%1 recorded an immunisation for %2.</source>
        <translation>%1 نے %2 کے لیے ایک حفاظتی ٹیکہ درج کیا۔</translation>
    </message>
    <message>
        <source>%1 restored the data file from a backup.</source>
        <translation>%1 نے ڈیٹا فائل کو ایک بیک اپ سے بحال کیا۔</translation>
    </message>
    <message>
        <source>Kindred filled in the demo centre.</source>
        <translation>Kindred نے ڈیمو سینٹر کا ڈیٹا بھر دیا۔</translation>
    </message>
    <message>
        <source>%1: %2 on %3 %4.</source>
        <translation>%1: %3 %4 پر %2۔</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>This is not the audit trail this computer saw in this file on %1: its first entry is different. Either the file was replaced by another centre&apos;s file, or the trail was rewritten outside Kindred.</source>
        <translation>یہ وہ آڈٹ لاگ نہیں جو اس کمپیوٹر نے %1 کو اس فائل میں دیکھا تھا: اس کا پہلا اندراج مختلف ہے۔ یا تو فائل کو کسی دوسرے سینٹر کی فائل سے بدل دیا گیا، یا لاگ Kindred کے باہر دوبارہ لکھا گیا۔</translation>
    </message>
    <message>
        <source>The audit trail ends before entry %1, which this computer saw on %2. Either this is an older copy of the file (a restored backup), or entries were removed outside Kindred.</source>
        <translation>آڈٹ لاگ اندراج %1 سے پہلے ختم ہو جاتا ہے، جو اس کمپیوٹر نے %2 کو دیکھا تھا۔ یا تو یہ فائل کی پرانی کاپی ہے (بحال کیا گیا بیک اپ)، یا اندراجات Kindred کے باہر ہٹائے گئے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside Kindred.</source>
        <translation>آڈٹ اندراج %1 وہ نہیں جو اس کمپیوٹر نے %2 کو دیکھا تھا: لاگ Kindred کے باہر دوبارہ لکھا گیا۔</translation>
    </message>
    <message>
        <source>The audit trail holds fewer entries than when this computer saw it on %1: entries were removed outside Kindred.</source>
        <translation>آڈٹ لاگ میں اس سے کم اندراجات ہیں جتنے اس کمپیوٹر نے %1 کو دیکھے تھے: اندراجات Kindred کے باہر ہٹائے گئے۔</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…اور %1 مزید۔</translation>
    </message>
    <message>
        <source>Protected records do not match their last audited state (%1):
%2</source>
        <translation>محفوظ ریکارڈ اپنی آخری آڈٹ شدہ حالت سے مطابقت نہیں رکھتے (%1):
%2</translation>
    </message>
    <message>
        <source>Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by the anonymisation of a family: the trail was changed outside Kindred.</source>
        <translation>جو آڈٹ اندراجات اس کمپیوٹر نے %1 کو دیکھے تھے وہ بعد میں خالی کیے گئے یا ان کے الفاظ بدلے گئے، اور یہ کسی خاندان کو گمنام کرنے کی وجہ سے نہیں ہوا: لاگ Kindred کے باہر تبدیل کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>BackupCopy</name>
    <message>
        <source>The backup %1 could not be reopened to save it to disk.</source>
        <translation>بیک اپ %1 کو ڈسک پر محفوظ کرنے کے لیے دوبارہ نہیں کھولا جا سکا۔</translation>
    </message>
    <message>
        <source>The disk is full, so the backup %1 could not be saved.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے بیک اپ %1 محفوظ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The backup %1 could not be saved to disk (%2).</source>
        <translation>بیک اپ %1 ڈسک پر محفوظ نہیں ہو سکا (%2)۔</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be written.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے بیک اپ لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Writing the backup failed (%1).</source>
        <translation>بیک اپ لکھنا ناکام ہوا (%1)۔</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the backup was not written over it.</source>
        <translation>%1 نام کی فائل پہلے سے موجود ہے؛ بیک اپ اس کے اوپر نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist or cannot be reached.</source>
        <translation>بیک اپ فولڈر %1 موجود نہیں یا اس تک رسائی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The data file is not open, so no backup could be made.</source>
        <translation>ڈیٹا فائل کھلی نہیں ہے، اس لیے کوئی بیک اپ نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The disk is full, so no backup could be written in %1.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے %1 میں کوئی بیک اپ نہیں لکھا جا سکا۔</translation>
    </message>
    <message>
        <source>Kindred may not write in the backup folder %1 (%2).</source>
        <translation>Kindred کو بیک اپ فولڈر %1 میں لکھنے کی اجازت نہیں (%2)۔</translation>
    </message>
    <message>
        <source>The backup came out incomplete (%1 bytes instead of %2); the disk may be full. No backup was made.</source>
        <translation>بیک اپ نامکمل بنا (%2 کے بجائے %1 بائٹس)؛ ممکن ہے ڈسک بھر گئی ہو۔ کوئی بیک اپ نہیں بنایا گیا۔</translation>
    </message>
    <message>
        <source>The copy failed its check, so no backup was made: %1</source>
        <translation>کاپی جانچ میں ناکام رہی، اس لیے کوئی بیک اپ نہیں بنایا گیا: %1</translation>
    </message>
    <message>
        <source>A file named %1 appeared meanwhile; the backup was not written over it.</source>
        <translation>اس دوران %1 نام کی ایک فائل آ گئی؛ بیک اپ اس کے اوپر نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1 (%2).</source>
        <translation>بیک اپ کو اس کا نام %1 نہیں دیا جا سکا (%2)۔</translation>
    </message>
    <message>
        <source>The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep the backups you already have, and call for support before recording more. What is wrong: %1</source>
        <translation>ڈیٹا فائل خود خراب ہے، اس لیے کوئی بیک اپ نہیں بنایا گیا: اس کی کاپی بھی خراب ہوتی۔ اپنے موجودہ بیک اپ محفوظ رکھیں، اور مزید اندراج کرنے سے پہلے سپورٹ سے رابطہ کریں۔ خرابی: %1</translation>
    </message>
    <message>
        <source>it is not a Kindred data file</source>
        <translation>یہ Kindred کی ڈیٹا فائل نہیں ہے</translation>
    </message>
    <message>
        <source>it holds no Kindred data</source>
        <translation>اس میں Kindred کا کوئی ڈیٹا نہیں</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Kindred</source>
        <translation>اسے Kindred کے نئے ورژن نے محفوظ کیا تھا</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>اسے پڑھا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>اس کی سالمیت کی جانچ ناکام ہوئی: %1</translation>
    </message>
    <message>
        <source>it has records that point at missing records (in %1)</source>
        <translation>اس میں ایسے ریکارڈ ہیں جو غائب ریکارڈز کی طرف اشارہ کرتے ہیں (%1 میں)</translation>
    </message>
    <message>
        <source>its schema is not what a Kindred file must hold: %1</source>
        <translation>اس کا اسکیما وہ نہیں جو Kindred کی فائل میں ہونا چاہیے: %1</translation>
    </message>
    <message>
        <source>The backup %1 has been opened as a data file since it was made (there is a %2 beside it); it cannot be used as a backup as it is.</source>
        <translation>بیک اپ %1 بننے کے بعد اسے ڈیٹا فائل کے طور پر کھولا جا چکا ہے (اس کے ساتھ %2 موجود ہے)؛ موجودہ حالت میں اسے بیک اپ کے طور پر استعمال نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>بیک اپ %1 کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The backup %1 is not usable: %2</source>
        <translation>بیک اپ %1 قابلِ استعمال نہیں: %2</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be opened to save the backup to disk (%2).</source>
        <translation>بیک اپ کو ڈسک پر محفوظ کرنے کے لیے بیک اپ فولڈر %1 کھولا نہیں جا سکا (%2)۔</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be saved to disk (%2).</source>
        <translation>بیک اپ فولڈر %1 ڈسک پر محفوظ نہیں ہو سکا (%2)۔</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The backup %1 cannot be opened.</source>
        <translation>بیک اپ %1 کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: part of it is damaged or it is not a Kindred file.</source>
        <translation>بیک اپ %1 پڑھا نہیں جا سکا: اس کا کچھ حصہ خراب ہے یا یہ Kindred کی فائل نہیں۔</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>ڈیٹا فائل کھلی نہیں ہے، اس لیے کچھ بحال نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored; the data file was not changed.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے بیک اپ بحال نہیں ہو سکا؛ ڈیٹا فائل تبدیل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Restoring the backup failed (%1); the data file was not changed.</source>
        <translation>بیک اپ کی بحالی ناکام ہوئی (%1)؛ ڈیٹا فائل تبدیل نہیں کی گئی۔</translation>
    </message>
</context>
<context>
    <name>BackupRestoreService</name>
    <message>
        <source>Another station or program has the data file open, so the backup was not restored and nothing was changed. Close Kindred on the other stations (and any report job), then try again.</source>
        <translation>کسی دوسرے اسٹیشن یا پروگرام نے ڈیٹا فائل کھول رکھی ہے، اس لیے بیک اپ بحال نہیں کیا گیا اور کچھ تبدیل نہیں کیا گیا۔ دوسرے اسٹیشنوں پر Kindred (اور کوئی بھی رپورٹ کا کام) بند کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That is the data file itself, not a backup of it.</source>
        <translation>یہ خود ڈیٹا فائل ہے، اس کا بیک اپ نہیں۔</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 کچھ بحال نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The data file is not open, so nothing was restored.</source>
        <translation>ڈیٹا فائل کھلی نہیں ہے، اس لیے کچھ بحال نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is a backup of another data file, not of this one; nothing was restored. To look at it, open it with File → Open data file.</source>
        <translation>%1 کسی دوسری ڈیٹا فائل کا بیک اپ ہے، اس کا نہیں؛ کچھ بحال نہیں کیا گیا۔ اسے دیکھنے کے لیے فائل → ڈیٹا فائل کھولیں سے کھولیں۔</translation>
    </message>
    <message>
        <source>%1 The backup has other pickup rules than the data file (%2), so nothing was restored.</source>
        <translation>%1 بیک اپ میں وصولی کے اصول ڈیٹا فائل (%2) سے مختلف ہیں، اس لیے کچھ بحال نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The data file could not be kept aside before the restore, so nothing was restored: %1</source>
        <translation>بحالی سے پہلے ڈیٹا فائل کو الگ محفوظ نہیں کیا جا سکا، اس لیے کچھ بحال نہیں کیا گیا: %1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>بیک اپ %1 سے بحال کیا گیا</translation>
    </message>
    <message>
        <source>The backup was restored (the data file as it was is kept as %1), but the restore could not be recorded in the audit trail: %2</source>
        <translation>بیک اپ بحال ہو گیا (ڈیٹا فائل اپنی پچھلی حالت میں %1 کے طور پر محفوظ ہے)، لیکن بحالی کو آڈٹ لاگ میں درج نہیں کیا جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose a folder that exists (a network share must be connected).</source>
        <translation>کچھ تبدیل نہیں کیا گیا: بیک اپ فولڈر %1 موجود نہیں یا اس تک رسائی نہیں ہو سکتی۔ ایسا فولڈر منتخب کریں جو موجود ہو (نیٹ ورک شیئر منسلک ہونا چاہیے)۔</translation>
    </message>
    <message>
        <source>Nothing was changed: Kindred may not write in the backup folder %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: Kindred کو بیک اپ فولڈر %1 میں لکھنے کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: give the time of the daily backup as hours and minutes.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: روزانہ بیک اپ کا وقت گھنٹوں اور منٹوں میں دیں۔</translation>
    </message>
</context>
<context>
    <name>BirthdayReport</name>
    <message>
        <source>Birthdays</source>
        <translation>سالگرہیں</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>نئی عمر</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>تصویر کی اجازت</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>اجازت ہے</translation>
    </message>
    <message>
        <source>No photos, please</source>
        <translation>براہِ کرم تصویر نہ لیں</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>Receptionist</source>
        <translation>ریسپشنسٹ</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>منتظم</translation>
    </message>
</context>
<context>
    <name>CentreSettings</name>
    <message>
        <source>set the centre&apos;s time zone first (Settings, in Kindred&apos;s window): days and hours are counted in the centre&apos;s time, and this file does not say which it is.</source>
        <translation>پہلے سینٹر کا ٹائم زون مقرر کریں (Kindred کی ونڈو میں ترتیبات): دن اور گھنٹے سینٹر کے وقت کے مطابق گنے جاتے ہیں، اور یہ فائل نہیں بتاتی کہ وہ کون سا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: the centre needs a name (it heads every printed report).</source>
        <translation>کچھ تبدیل نہیں کیا گیا: سینٹر کا نام ضروری ہے (یہ ہر چھپی ہوئی رپورٹ کے اوپر آتا ہے)۔</translation>
    </message>
    <message>
        <source>Nothing was changed: give the opening and closing times as hours and minutes.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کھلنے اور بند ہونے کے اوقات گھنٹوں اور منٹوں میں دیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: the closing time (%1) must be after the opening time (%2).</source>
        <translation>کچھ تبدیل نہیں کیا گیا: بند ہونے کا وقت (%1) کھلنے کے وقت (%2) کے بعد ہونا چاہیے۔</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.</source>
        <translation>
            <numerusform>کچھ تبدیل نہیں کیا گیا: اسکرین 1 سے %n منٹ کے بعد لاک ہوتی ہے، یا کبھی نہیں کے لیے 0۔</numerusform>
            <numerusform>کچھ تبدیل نہیں کیا گیا: اسکرین 1 سے %n منٹ کے بعد لاک ہوتی ہے، یا کبھی نہیں کے لیے 0۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).</source>
        <translation>
            <numerusform>کچھ تبدیل نہیں کیا گیا: ڈیسک چیک اِن یا چیک آؤٹ کو 0 سے %n منٹ تک منسوخ کر سکتا ہے۔</numerusform>
            <numerusform>کچھ تبدیل نہیں کیا گیا: ڈیسک چیک اِن یا چیک آؤٹ کو 0 سے %n منٹ تک منسوخ کر سکتا ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.</source>
        <translation>
            <numerusform>کچھ تبدیل نہیں کیا گیا: بچہ اپنی بک کی گئی آمد کے 0 سے %n منٹ بعد تاخیر میں شمار ہوتا ہے۔</numerusform>
            <numerusform>کچھ تبدیل نہیں کیا گیا: بچہ اپنی بک کی گئی آمد کے 0 سے %n منٹ بعد تاخیر میں شمار ہوتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: choose the centre&apos;s time zone (such as Australia/Melbourne); days and hours in reports are the centre&apos;s.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: سینٹر کا ٹائم زون منتخب کریں (جیسے Australia/Melbourne)؛ رپورٹوں میں دن اور گھنٹے سینٹر کے وقت کے مطابق ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو (جیسے Australia/Melbourne)۔</translation>
    </message>
    <message>
        <source>Nothing was changed: the currency is a three-letter code such as AUD or EUR.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کرنسی تین حروف کا کوڈ ہے، جیسے AUD یا EUR۔</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or zh-CN.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 زبان کا کوڈ نہیں؛ کوئی ایسا کوڈ استعمال کریں جیسے en، en-AU، fr-CA یا zh-CN۔</translation>
    </message>
</context>
<context>
    <name>CentreTimeZoneMigration</name>
    <message>
        <source>The file had no centre time zone; the zone of the computer that upgraded it was saved, for an administrator to confirm.</source>
        <translation>فائل میں سینٹر کا کوئی ٹائم زون نہیں تھا؛ جس کمپیوٹر نے اسے اپ گریڈ کیا اس کا ٹائم زون محفوظ کر لیا گیا، تاکہ منتظم اس کی تصدیق کرے۔</translation>
    </message>
</context>
<context>
    <name>CentreValidation</name>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>کمرے کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>The youngest age cannot be negative.</source>
        <translation>کم سے کم عمر منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The oldest age must not be below the youngest.</source>
        <translation>زیادہ سے زیادہ عمر کم سے کم عمر سے کم نہیں ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>A room holds at least one child.</source>
        <translation>ایک کمرے میں کم از کم ایک بچہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The ratio needs at least one child per adult.</source>
        <translation>تناسب میں فی بالغ کم از کم ایک بچہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s first name.</source>
        <translation>عملے کے رکن کا پہلا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s family name.</source>
        <translation>عملے کے رکن کا خاندانی نام درج کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; فون نمبر نہیں ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; ای میل پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Kindred is not translated into &quot;%1&quot;. Choose one of its languages, or the centre&apos;s.</source>
        <translation>Kindred کا &quot;%1&quot; میں ترجمہ موجود نہیں۔ Kindred کی زبانوں میں سے کوئی ایک منتخب کریں، یا سینٹر کی زبان۔</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--children takes a number of children from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--children کے ساتھ 1 سے %1 تک بچوں کی تعداد دی جاتی ہے، نہ کہ &quot;%2&quot;۔</translation>
    </message>
    <message>
        <source>--sites takes a number of sites from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--sites کے ساتھ 1 سے %1 تک برانچوں کی تعداد دی جاتی ہے، نہ کہ &quot;%2&quot;۔</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو (جیسے Australia/Melbourne)۔</translation>
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
        <translation>&quot;%1&quot; نام کی کوئی کمانڈ نہیں؛ کمانڈز یہ ہیں: init، demo، report، export، import اور migrate (مزید معلومات کے لیے kindred --help)۔</translation>
    </message>
    <message>
        <source>give one command at a time, not both %1 and %2.</source>
        <translation>ایک وقت میں ایک کمانڈ دیں، %1 اور %2 دونوں نہیں۔</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 کے ساتھ کوئی قدر نہیں دی جاتی۔</translation>
    </message>
    <message>
        <source>there is no option %1 (kindred %2--help lists them).</source>
        <translation>%1 نام کا کوئی آپشن نہیں (kindred %2--help ان کی فہرست دیتا ہے)۔</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 کے ساتھ ایک قدر ضروری ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood here (kindred %2--help says what is).</source>
        <translation>&quot;%1&quot; یہاں سمجھ میں نہیں آیا (kindred %2--help بتاتا ہے کہ کیا درست ہے)۔</translation>
    </message>
    <message>
        <source>--database and --server name two different stores; give one of them (both only with migrate, to move a data file to a server).</source>
        <translation>--database اور --server دو مختلف اسٹورز کی نشاندہی کرتے ہیں؛ ان میں سے ایک دیں (دونوں صرف migrate کے ساتھ، ڈیٹا فائل کو سرور پر منتقل کرنے کے لیے)۔</translation>
    </message>
    <message>
        <source>--server needs the server&apos;s address, such as &quot;host=db.centre.lan dbname=kindred&quot;.</source>
        <translation>--server کے ساتھ سرور کا پتہ ضروری ہے، جیسے &quot;host=db.centre.lan dbname=kindred&quot;۔</translation>
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
        <translation>عمومی آپشنز (کمانڈ سے پہلے یا بعد میں):
  --database PATH    ڈیٹا فائل (طے شدہ: اس کمپیوٹر پر آخری بار کھولا گیا اسٹور،
                     ورنہ صارف کے ڈیٹا فولڈر میں موجود فائل)
  --server CONNINFO  PostgreSQL سرور پر سینٹر کا ڈیٹا بیس، libpq
                     URI یا key=value کی صورت میں (&quot;host=db.centre.lan dbname=kindred&quot;)؛
                     پاس ورڈ ~/.pgpass یا PGPASSFILE سے، ورنہ پوچھا جائے گا
  --lang CODE        متن اور تاریخوں کی زبان (en، fr، pt_BR…)
  --help             یہ مدد
  --version          Kindred کا ورژن
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
        <translation>استعمال: kindred [GLOBAL] [COMMAND [ARGS]]
چائلڈ کیئر سینٹرز کے لیے فرنٹ ڈیسک۔ کمانڈ کے بغیر Kindred اپنی ونڈو کھولتا ہے۔

کمانڈز:
  init      نئی ڈیٹا فائل یا خالی سرور ڈیٹا بیس میں نیا سینٹر بنائیں
            (یا اس کا منتظم ری سیٹ کریں)
  demo      ونڈو کے بغیر، نئی ڈیٹا فائل میں ڈیمو سینٹر بنائیں
  report    ونڈو کے بغیر، رپورٹ PDF یا CSV کی صورت میں لکھیں
  migrate   Kindred کے پرانے ورژن کی ڈیٹا فائل اپ گریڈ کریں (پہلے جانچا ہوا بیک اپ)، یا
            اسے خالی سرور ڈیٹا بیس میں منتقل کریں (--database FILE --server CONNINFO)
  export, import   اس ورژن میں دستیاب نہیں

نئی یا غائب ڈیٹا فائل پہلی بار شروع کرنے کا وزرڈ کھولتی ہے۔

ونڈو کے آپشنز:
  --demo          نئی یا خالی ڈیٹا فائل میں ڈیمو سینٹر بنائیں (شائع شدہ PINs کے ساتھ)
  --children N    اس ڈیمو سینٹر میں بچے (1 سے 200000، طے شدہ 60 فی برانچ)
  --sites N       وہ ڈیمو سینٹر N برانچوں کی چین کے طور پر (1 سے 20، طے شدہ 1)

</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.
</source>
        <translation>
خروج کی حالت: 0 مکمل، 1 غلط آرگیومنٹ یا انکار، 2 ڈیٹا فائل استعمال نہیں ہو سکتی۔
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
        <translation>استعمال: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]
       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]
ونڈو کے بغیر FILE میں ڈیمو سینٹر بناتا ہے؛ FILE موجود نہیں ہونی چاہیے (یا خالی ہو)۔
فائل صرف مکمل ہونے پر ظاہر ہوتی ہے۔ --server کے ساتھ، ایک خالی سرور ڈیٹا بیس میں۔

  --children N      سینٹر میں بچے (1 سے 200000، طے شدہ 60 فی برانچ)
  --sites N         N برانچوں کی چین (1 سے 20، طے شدہ 1): برانچ 1 کو سینٹر کا نام ملتا ہے،
                    باقی کو کسی مضافاتی علاقے کا؛ ہر ایک کے اپنے کمرے، معلمین اور خاندان ہیں، اور
                    عملے کے کچھ ارکان دو برانچوں میں کام کرتے ہیں، ہر ایک میں ایک کردار کے ساتھ (README: the demo centre)
  --time-zone ZONE  سینٹر کا ٹائم زون (طے شدہ: اس کمپیوٹر کا)، جیسے Europe/Paris

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
        <translation>استعمال: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out FILE.pdf|FILE.csv
       kindred report --list
ونڈو کے بغیر رپورٹ لکھتا ہے۔ فائل صرف پڑھی جاتی ہے: یہ صرف پڑھنے کے لیے ہو سکتی ہے، اور اس دوران
کوئی ڈیسک اس میں محفوظ کر رہا ہو سکتا ہے۔

  --list          رپورٹوں کی فہرست
  --from DATE     پہلا دن، yyyy-MM-dd کی صورت میں (طے شدہ: اس مہینے کی پہلی تاریخ)
  --to DATE       آخری دن، yyyy-MM-dd کی صورت میں
  --site NAME     یہ برانچ، یا all تمام برانچوں کے لیے ساتھ ساتھ (طے شدہ: اس
                  کمپیوٹر کی برانچ؛ کئی برانچوں والے سینٹر کے لیے ضروری)
  --room ROOM     برانچ کا صرف یہ کمرہ (نام یا نمبر)
  --out FILE      کہاں لکھنا ہے؛ .pdf یا .csv
  --paper SIZE    a4 یا letter (طے شدہ: لوکیل کے مطابق)
  --no-bom        UTF-8 بائٹ آرڈر مارک کے بغیر CSV
  --check         پہلے پوری فائل کی خرابی کی جانچ کریں

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
        <translation>استعمال: kindred migrate [--database FILE]
       kindred migrate --database FILE --server CONNINFO
Kindred کے پرانے ورژن کی لکھی ہوئی ڈیٹا فائل کو، اس کے ساتھ ایک جانچا ہوا بیک اپ بنانے کے بعد، اپ گریڈ کرتا ہے؛
یا سرور پر سینٹر کا ڈیٹا بیس۔ دونوں آپشنز کے ساتھ، ڈیٹا فائل (پہلے اپ گریڈ کر کے) ایک خالی سرور
ڈیٹا بیس میں ایک ٹرانزیکشن میں کاپی کرتا ہے، پھر ہر ٹیبل کی قطاروں کی تعداد اور آڈٹ لاگ
جانچتا ہے؛ کوئی بھی فرق ہو تو کاپی منسوخ ہو جاتی ہے۔

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
        <translation>استعمال: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]
                    [--country CC] [--currency CODE] [--lang CODE]
       kindred init --server CONNINFO --centre NAME --time-zone ZONE …
       kindred init --reset-admin --database FILE
FILE میں نیا سینٹر بناتا ہے، جو موجود نہیں ہونی چاہیے (یا خالی ہو)، یا سرور کے
ڈیٹا بیس میں، جس میں کوئی ٹیبل نہیں ہونا چاہیے، اس کے پہلے منتظم کے ساتھ۔
منتظم کا پاس ورڈ اور اس کی تصدیق standard input سے دو سطروں کے طور پر پڑھی جاتی ہے:
کم از کم 12 حروف، جن میں نہ سینٹر کا نام ہو نہ منتظم کا۔

  --centre NAME     سینٹر کا نام، جیسے والدین اسے جانتے ہیں
  --time-zone ZONE  سینٹر کا ٹائم زون، جیسے Australia/Melbourne
  --admin NAME      منتظم کا پہلا اور آخری نام (طے شدہ: سینٹر منتظم)
  --country CC      ملک، دو حروف میں (AU، FR، CA…)
  --currency CODE   کرنسی، ISO 4217 کے مطابق (AUD، EUR…؛ طے شدہ: ملک کی کرنسی)
  --lang CODE       سینٹر کی زبان بھی، BCP 47 کے مطابق (en-AU، fr-CA…)
  --reset-admin     آخری منتظم پاس ورڈ بھول گیا: نیا پاس ورڈ مقرر کریں (standard input سے
                    دو سطریں)۔ یہ صرف اس کمپیوٹر پر فائل کا مالک کر سکتا ہے۔

</translation>
    </message>
    <message>
        <source>Usage: kindred %1
Not available in this version.

</source>
        <translation>استعمال: kindred %1
اس ورژن میں دستیاب نہیں۔

</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en, fr or pt_BR (or pseudo), not &quot;%1&quot;.</source>
        <translation>--lang کے ساتھ زبان کا کوڈ دیا جاتا ہے، جیسے en، fr یا pt_BR (یا pseudo)، نہ کہ &quot;%1&quot;۔</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>not available in this version.</source>
        <translation>اس ورژن میں دستیاب نہیں۔</translation>
    </message>
</context>
<context>
    <name>CustodyRules</name>
    <message>
        <source>(new adult)</source>
        <translation>(نیا بالغ فرد)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(نیا بچہ)</translation>
    </message>
    <message>
        <source>Rename %1, who may collect %3, to %2</source>
        <translation>%1 کا نام، جو %3 کو لے جا سکتا ہے، بدل کر %2 کریں</translation>
    </message>
    <message>
        <source>Rename %1, in “do not release %3”, to %2</source>
        <translation>&quot;%3 کو حوالے نہ کریں&quot; میں %1 کا نام بدل کر %2 کریں</translation>
    </message>
    <message>
        <source>Allow %1 to collect %2</source>
        <translation>%1 کو %2 کو لے جانے کی اجازت دیں</translation>
    </message>
    <message>
        <source>Change when %1 may collect %2</source>
        <translation>تبدیل کریں کہ %1 کب %2 کو لے جا سکتا ہے</translation>
    </message>
    <message>
        <source>No longer allow %1 to collect %2</source>
        <translation>%1 کو %2 کو لے جانے کی اجازت ختم کریں</translation>
    </message>
    <message>
        <source>Add “do not release %2 to %1”</source>
        <translation>&quot;%2 کو %1 کے حوالے نہ کریں&quot; شامل کریں</translation>
    </message>
    <message>
        <source>Change “do not release %2 to %1”</source>
        <translation>&quot;%2 کو %1 کے حوالے نہ کریں&quot; تبدیل کریں</translation>
    </message>
    <message>
        <source>Remove “do not release %2 to %1”</source>
        <translation>&quot;%2 کو %1 کے حوالے نہ کریں&quot; ہٹائیں</translation>
    </message>
    <message>
        <source>%1 (court order %2)</source>
        <translation>%1 (عدالتی حکم %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; refused: %2.</source>
        <translation>%1 کچھ محفوظ نہیں کیا گیا؛ مسترد: %2۔</translation>
    </message>
    <message>
        <source>Changing who may collect a child needs a reason. %1</source>
        <translation>بچے کو کون لے جا سکتا ہے، یہ تبدیل کرنے کے لیے وجہ ضروری ہے۔ %1</translation>
    </message>
    <message>
        <source>%1: name the document that ended court order %2 (a later order, a variation or its withdrawal, with its date). Nothing was saved.</source>
        <translation>%1: اس دستاویز کا نام لکھیں جس نے عدالتی حکم %2 ختم کیا (بعد کا حکم، ترمیم یا اس کی واپسی، تاریخ کے ساتھ)۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CustodySnapshot</name>
    <message>
        <source>The pickup rules in the data file could not be read, so nothing was restored.</source>
        <translation>ڈیٹا فائل میں وصولی کے اصول پڑھے نہیں جا سکے، اس لیے کچھ بحال نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>its audit trail is not whole: %1</source>
        <translation>اس کا آڈٹ لاگ مکمل نہیں: %1</translation>
    </message>
    <message>
        <source>A centre is being moved onto the server&apos;s database &quot;%1&quot; (kindred migrate), and the move has not finished. Nothing was opened. Open it again when the move is done; if the move was stopped, run it again.</source>
        <translation>ایک سینٹر سرور کے ڈیٹا بیس &quot;%1&quot; میں منتقل کیا جا رہا ہے (kindred migrate)، اور منتقلی مکمل نہیں ہوئی۔ کچھ نہیں کھولا گیا۔ منتقلی مکمل ہونے پر اسے دوبارہ کھولیں؛ اگر منتقلی رک گئی تھی تو اسے دوبارہ چلائیں۔</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Kindred needs to update the data file %1 but could not first make a safe copy of it: %2 The file was not changed.</source>
        <translation>Kindred کو ڈیٹا فائل %1 اپ ڈیٹ کرنی ہے لیکن پہلے اس کی محفوظ کاپی نہیں بنا سکا: %2 فائل تبدیل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>The centre server&apos;s database %1 holds no Kindred centre yet. Make one there with &quot;kindred init --server&quot;, or move a data file there with &quot;kindred migrate&quot;.</source>
        <translation>سینٹر سرور کے ڈیٹا بیس %1 میں ابھی کوئی Kindred سینٹر نہیں۔ وہاں &quot;kindred init --server&quot; سے نیا بنائیں، یا &quot;kindred migrate&quot; سے کوئی ڈیٹا فائل وہاں منتقل کریں۔</translation>
    </message>
    <message>
        <source>Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep the data file on this computer&apos;s own disk.</source>
        <translation>Kindred فائل %1 کو اپنے محفوظ جرنل موڈ پر منتقل نہیں کر سکا؛ ممکن ہے یہ نیٹ ورک شیئر پر ہو۔ ڈیٹا فائل اسی کمپیوٹر کی اپنی ڈسک پر رکھیں۔</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenCheck</name>
    <message>
        <source>The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.</source>
        <translation>فائل %1 خراب ہے اور کھولی نہیں جا سکتی۔ کچھ تبدیل نہیں کیا گیا۔ تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>The file %1 cannot be read together with the file %2 beside it, which does not fit it: it was probably left from another copy of the data file (for example when an older copy was put in its place). Nothing was changed. Make sure no Kindred is using the file, move %2 and %3 to another folder (keep them for support), and open the file again.</source>
        <translation>فائل %1 کو اس کے ساتھ موجود فائل %2 کے ساتھ نہیں پڑھا جا سکتا، جو اس سے مطابقت نہیں رکھتی: غالباً یہ ڈیٹا فائل کی کسی اور کاپی سے رہ گئی تھی (مثلاً جب اس کی جگہ پرانی کاپی رکھی گئی)۔ کچھ تبدیل نہیں کیا گیا۔ یقینی بنائیں کہ کوئی Kindred یہ فائل استعمال نہیں کر رہا، %2 اور %3 کو کسی دوسرے فولڈر میں منتقل کریں (انہیں سپورٹ کے لیے رکھیں)، اور فائل دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program, not Kindred. It was not opened and nothing in it was changed.</source>
        <translation>فائل %1 کسی دوسرے پروگرام کی ہے، Kindred کی نہیں۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Kindred. Install the newer version to open it; nothing in it was changed.</source>
        <translation>فائل %1 کو Kindred کے نئے ورژن نے محفوظ کیا تھا۔ اسے کھولنے کے لیے نیا ورژن انسٹال کریں؛ اس میں کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Kindred data file.</source>
        <translation>%1 ایک فولڈر ہے، Kindred کی ڈیٹا فائل نہیں۔</translation>
    </message>
    <message>
        <source>Kindred is not allowed to read %1. Nothing was changed.</source>
        <translation>Kindred کو %1 پڑھنے کی اجازت نہیں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is not a Kindred data file. It was not opened and nothing in it was changed.</source>
        <translation>%1 Kindred کی ڈیٹا فائل نہیں۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it is shorter than it should be), probably cut off while being copied. It was not opened. Restore the latest backup.</source>
        <translation>فائل %1 نامکمل ہے (یہ جتنی ہونی چاہیے اس سے چھوٹی ہے)، غالباً کاپی ہوتے وقت کٹ گئی۔ اسے نہیں کھولا گیا۔ تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1: the file there is empty. Nothing was changed. Choose the Kindred data file, or ask whoever looks after this computer where it is.</source>
        <translation>%1 پر Kindred کی کوئی ڈیٹا فائل نہیں: وہاں موجود فائل خالی ہے۔ کچھ تبدیل نہیں کیا گیا۔ Kindred کی ڈیٹا فائل منتخب کریں، یا اس کمپیوٹر کی دیکھ بھال کرنے والے سے پوچھیں کہ وہ کہاں ہے۔</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so Kindred cannot record anything in it. Nothing was changed. Ask whoever looks after this computer to make it writable.</source>
        <translation>فائل %1 صرف پڑھنے کے لیے ہے، اس لیے Kindred اس میں کچھ درج نہیں کر سکتا۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے کہیں کہ اسے قابلِ تحریر بنائے۔</translation>
    </message>
    <message>
        <source>The Kindred data file %1 is locked by another program. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>Kindred کی ڈیٹا فائل %1 کسی دوسرے پروگرام نے لاک کر رکھی ہے۔ اسے بند کریں (یا اس کے ختم ہونے کا انتظار کریں) اور دوبارہ کوشش کریں؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so Kindred cannot open the file. The file itself is fine and nothing was changed. Free some space on that disk and try again.</source>
        <translation>جس ڈسک پر %1 ہے وہ بھر گئی ہے، اس لیے Kindred فائل نہیں کھول سکتا۔ فائل خود ٹھیک ہے اور کچھ تبدیل نہیں کیا گیا۔ اس ڈسک پر کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so Kindred cannot use it. Nothing was changed. Ask whoever looks after this computer to make both writable.</source>
        <translation>فائل %1 یا اس کا فولڈر صرف پڑھنے کے لیے ہے، اس لیے Kindred اسے استعمال نہیں کر سکتا۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے کہیں کہ دونوں کو قابلِ تحریر بنائے۔</translation>
    </message>
    <message>
        <source>Kindred is not allowed to open %1, or to create %2 beside it. Nothing was changed. Ask whoever looks after this computer to check the permissions of the file and its folder.</source>
        <translation>Kindred کو %1 کھولنے، یا اس کے ساتھ %2 بنانے کی اجازت نہیں۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے کہیں کہ فائل اور اس کے فولڈر کی اجازتیں جانچے۔</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading %1. Nothing was changed. Check that the disk is connected and working, then try again.</source>
        <translation>Kindred کے %1 پڑھتے وقت ڈسک نے ایک خرابی بتائی۔ کچھ تبدیل نہیں کیا گیا۔ جانچ لیں کہ ڈسک منسلک ہے اور کام کر رہی ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Kindred could not open %1.</source>
        <translation>Kindred فائل %1 نہیں کھول سکا۔</translation>
    </message>
    <message>
        <source>The file %1 is damaged. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>فائل %1 خراب ہے۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔ تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>The file %1 is damaged. Stop recording in it, close Kindred and restore the latest backup.</source>
        <translation>فائل %1 خراب ہے۔ اس میں اندراج بند کریں، Kindred بند کریں اور تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>There is no Kindred data file at %1.</source>
        <translation>%1 پر Kindred کی کوئی ڈیٹا فائل نہیں۔</translation>
    </message>
    <message>
        <source>Kindred could not create the folder for its data file, %1.</source>
        <translation>Kindred اپنی ڈیٹا فائل کا فولڈر %1 نہیں بنا سکا۔</translation>
    </message>
    <message>
        <source>Kindred could not create its data file %1.</source>
        <translation>Kindred اپنی ڈیٹا فائل %1 نہیں بنا سکا۔</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>The demo centre needs a director, a receptionist and two educators for its tickets and incidents.</source>
        <translation>ڈیمو سینٹر کو اپنے ٹکٹوں اور واقعات کے لیے ایک ڈائریکٹر، ایک ریسپشنسٹ اور دو معلمین درکار ہیں۔</translation>
    </message>
    <message>
        <source>Outdoor play area</source>
        <translation>کھیل کا بیرونی میدان</translation>
    </message>
    <message>
        <source>Tripped while running and grazed a knee on the path.</source>
        <translation>دوڑتے ہوئے ٹھوکر کھائی اور راستے پر گھٹنا چھل گیا۔</translation>
    </message>
    <message>
        <source>Cleaned the graze, applied a plaster.</source>
        <translation>خراش صاف کی، پٹی لگائی۔</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>بایاں گھٹنا</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Temperature of 38.4 °C after lunch, unsettled.</source>
        <translation>دوپہر کے کھانے کے بعد 38.4 °C بخار، بے چین۔</translation>
    </message>
    <message>
        <source>Rested in a quiet area; parent asked to collect.</source>
        <translation>پُرسکون جگہ پر آرام کروایا؛ والدین سے بچے کو لے جانے کو کہا۔</translation>
    </message>
    <message>
        <source>Sandpit</source>
        <translation>ریت کا گڑھا</translation>
    </message>
    <message>
        <source>Bit another child during play over a toy.</source>
        <translation>کھیل کے دوران ایک کھلونے پر دوسرے بچے کو کاٹ لیا۔</translation>
    </message>
    <message>
        <source>Separated, comforted both, talked about gentle hands.</source>
        <translation>دونوں کو الگ کیا، تسلی دی، نرمی سے پیش آنے کے بارے میں بات کی۔</translation>
    </message>
    <message>
        <source>Prescribed dose given 30 minutes late.</source>
        <translation>تجویز کردہ خوراک 30 منٹ تاخیر سے دی گئی۔</translation>
    </message>
    <message>
        <source>Dose given, room leader informed, times checked.</source>
        <translation>خوراک دی گئی، کمرے کے نگران کو مطلع کیا، اوقات جانچے۔</translation>
    </message>
    <message>
        <source>Dining area</source>
        <translation>کھانے کی جگہ</translation>
    </message>
    <message>
        <source>Bumped head on the edge of the table while standing up.</source>
        <translation>کھڑے ہوتے ہوئے میز کے کنارے سے سر ٹکرایا۔</translation>
    </message>
    <message>
        <source>Cold compress, observed for an hour.</source>
        <translation>ٹھنڈی سکائی کی، ایک گھنٹہ نگرانی کی۔</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>پیشانی</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>فون کال</translation>
    </message>
    <message>
        <source>Signed the form at pickup</source>
        <translation>وصولی کے وقت فارم پر دستخط کیے</translation>
    </message>
    <message>
        <source>Charged for a day we were on holiday</source>
        <translation>ہماری چھٹی والے دن کی فیس لی گئی</translation>
    </message>
    <message>
        <source>We told the room we would be away on the Friday but were still charged.</source>
        <translation>ہم نے کمرے کو بتا دیا تھا کہ ہم جمعے کو نہیں آئیں گے، پھر بھی فیس لی گئی۔</translation>
    </message>
    <message>
        <source>Credited the day and explained how to record a holiday in advance.</source>
        <translation>اس دن کی رقم واپس کی اور بتایا کہ چھٹی پہلے سے کیسے درج کریں۔</translation>
    </message>
    <message>
        <source>Sorted quickly, thank you.</source>
        <translation>جلدی حل ہو گیا، شکریہ۔</translation>
    </message>
    <message>
        <source>Thank you to the toddler room</source>
        <translation>چھوٹے بچوں کے کمرے کا شکریہ</translation>
    </message>
    <message>
        <source>Our son talks about his educators every evening.</source>
        <translation>ہمارا بیٹا ہر شام اپنے معلمین کی باتیں کرتا ہے۔</translation>
    </message>
    <message>
        <source>Passed on to the room at the staff meeting.</source>
        <translation>عملے کی میٹنگ میں کمرے تک پہنچا دیا۔</translation>
    </message>
    <message>
        <source>Lovely to hear it was shared.</source>
        <translation>یہ جان کر خوشی ہوئی کہ بات پہنچا دی گئی۔</translation>
    </message>
    <message>
        <source>More shade in the sandpit</source>
        <translation>ریت کے گڑھے میں مزید سایہ</translation>
    </message>
    <message>
        <source>The sandpit gets very hot after eleven; could there be a sail?</source>
        <translation>گیارہ بجے کے بعد ریت کا گڑھا بہت گرم ہو جاتا ہے؛ کیا وہاں سایہ دار چھتری لگ سکتی ہے؟</translation>
    </message>
    <message>
        <source>A shade sail is ordered for the sandpit; until then sand play is before eleven.</source>
        <translation>ریت کے گڑھے کے لیے سایہ دار چھتری منگوا لی گئی ہے؛ تب تک ریت کا کھیل گیارہ بجے سے پہلے ہوگا۔</translation>
    </message>
    <message>
        <source>Good, though it will take a while.</source>
        <translation>اچھا ہے، اگرچہ اس میں کچھ وقت لگے گا۔</translation>
    </message>
    <message>
        <source>Sunscreen not applied</source>
        <translation>سن اسکرین نہیں لگائی گئی</translation>
    </message>
    <message>
        <source>Her shoulders were pink at pickup after outdoor play.</source>
        <translation>باہر کھیلنے کے بعد وصولی کے وقت اس کے کندھے گلابی تھے۔</translation>
    </message>
    <message>
        <source>Sunscreen times added to the room&apos;s daily sheet.</source>
        <translation>کمرے کی روزانہ شیٹ میں سن اسکرین کے اوقات شامل کر دیے گئے۔</translation>
    </message>
    <message>
        <source>It happened again on Thursday.</source>
        <translation>جمعرات کو پھر ایسا ہوا۔</translation>
    </message>
    <message>
        <source>Not told about the excursion</source>
        <translation>سیر کے بارے میں نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>We only heard about the library visit from another parent.</source>
        <translation>لائبریری کے دورے کا ہمیں صرف ایک دوسرے والدین سے پتہ چلا۔</translation>
    </message>
    <message>
        <source>A vegetarian lunch on Fridays</source>
        <translation>جمعے کو سبزی والا دوپہر کا کھانا</translation>
    </message>
    <message>
        <source>Several families would like a vegetarian lunch one day a week.</source>
        <translation>کئی خاندان ہفتے میں ایک دن سبزی والا دوپہر کا کھانا چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>Thank you for the garden day photos</source>
        <translation>باغ والے دن کی تصاویر کا شکریہ</translation>
    </message>
    <message>
        <source>The photos from the garden day made our week.</source>
        <translation>باغ والے دن کی تصاویر نے ہمارا ہفتہ خوشگوار بنا دیا۔</translation>
    </message>
    <message>
        <source>When is the next parent evening?</source>
        <translation>والدین کی اگلی شام کب ہے؟</translation>
    </message>
    <message>
        <source>Is there a parent evening before the holidays?</source>
        <translation>کیا چھٹیوں سے پہلے والدین کی کوئی شام ہے؟</translation>
    </message>
    <message>
        <source>Nappy not changed before pickup</source>
        <translation>وصولی سے پہلے ڈائپر نہیں بدلا گیا</translation>
    </message>
    <message>
        <source>His nappy was very wet when I collected him at five.</source>
        <translation>جب میں پانچ بجے اسے لینے آیا تو اس کا ڈائپر بہت گیلا تھا۔</translation>
    </message>
    <message>
        <source>Asked the parent which families to ask.</source>
        <translation>والدین سے پوچھا کہ کن خاندانوں سے بات کی جائے۔</translation>
    </message>
    <message>
        <source>Checking the excursion notice list with the room.</source>
        <translation>کمرے کے ساتھ سیر کے نوٹس کی فہرست جانچ رہے ہیں۔</translation>
    </message>
    <message>
        <source>Signed in at the desk after breakfast; the room&apos;s sheet has the arrival 25 minutes earlier.</source>
        <translation>ناشتے کے بعد ڈیسک پر چیک اِن ہوا؛ کمرے کی شیٹ میں آمد 25 منٹ پہلے درج ہے۔</translation>
    </message>
    <message>
        <source>Checked in by mistake for a sibling who stayed at home; the room confirms the child was not here.</source>
        <translation>غلطی سے ایک بہن یا بھائی کی جگہ چیک اِن ہوا جو گھر پر رہا؛ کمرہ تصدیق کرتا ہے کہ بچہ یہاں نہیں تھا۔</translation>
    </message>
</context>
<context>
    <name>DemoCentreGenerator</name>
    <message>
        <source>%1 is not a time zone this computer knows (such as Australia/Melbourne).</source>
        <translation>%1 ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو (جیسے Australia/Melbourne)۔</translation>
    </message>
    <message>
        <source>A demo centre has 1 to %1 sites.</source>
        <translation>ایک ڈیمو سینٹر میں 1 سے %1 برانچیں ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>First aid and CPR</source>
        <translation>ابتدائی طبی امداد اور CPR</translation>
    </message>
    <message>
        <source>Working with children check</source>
        <translation>بچوں کے ساتھ کام کی جانچ</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>ماں</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>باپ</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>دادی / نانی</translation>
    </message>
    <message>
        <source>Nanny</source>
        <translation>آیا</translation>
    </message>
    <message>
        <source>Not to collect</source>
        <translation>لے جانے کی اجازت نہیں</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>مونگ پھلی</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>درختوں والے میوے</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>شہد کی مکھی کا ڈنک</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>انافیلیکسس</translation>
    </message>
    <message>
        <source>Give adrenaline auto-injector (EpiPen), call an ambulance, then the parents</source>
        <translation>ایڈرینالین آٹو انجیکٹر (EpiPen) لگائیں، ایمبولینس بلائیں، پھر والدین کو فون کریں</translation>
    </message>
    <message>
        <source>Dairy</source>
        <translation>دودھ سے بنی اشیاء</translation>
    </message>
    <message>
        <source>Egg</source>
        <translation>انڈا</translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation>گلوٹین</translation>
    </message>
    <message>
        <source>Strawberries</source>
        <translation>اسٹرابیری</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>پینسلین</translation>
    </message>
    <message>
        <source>Hives, stomach pain</source>
        <translation>چھپاکی، پیٹ میں درد</translation>
    </message>
    <message>
        <source>Antihistamine; call parents</source>
        <translation>اینٹی ہسٹامین؛ والدین کو فون کریں</translation>
    </message>
    <message>
        <source>Asthma: blue reliever puffer in bag, 4 puffs as needed</source>
        <translation>دمہ: نیلا ریلیور پفر بیگ میں ہے، ضرورت پر 4 پف</translation>
    </message>
    <message>
        <source>Eczema: cream after water play</source>
        <translation>ایگزیما: پانی سے کھیلنے کے بعد کریم</translation>
    </message>
    <message>
        <source>Febrile seizure history: call parents above 38.5 °C</source>
        <translation>بخار سے دورے کی تاریخ: 38.5 °C سے زیادہ ہو تو والدین کو فون کریں</translation>
    </message>
    <message>
        <source>Family friend</source>
        <translation>خاندانی دوست</translation>
    </message>
    <message>
        <source>Court order: no contact</source>
        <translation>عدالتی حکم: کوئی رابطہ نہیں</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>cannot build the demo centre on %1: %2</source>
        <translation>%1 پر ڈیمو سینٹر نہیں بنایا جا سکتا: %2</translation>
    </message>
    <message>
        <source>the demo centre could not be built: %1</source>
        <translation>ڈیمو سینٹر نہیں بنایا جا سکا: %1</translation>
    </message>
    <message>
        <source>Built the demo centre on %1 (children: %2, families: %3).</source>
        <translation>%1 پر ڈیمو سینٹر بنا دیا گیا (بچے: %2، خاندان: %3)۔</translation>
    </message>
    <message>
        <source>say which new file to build the demo centre in, with --database FILE.</source>
        <translation>--database FILE کے ذریعے بتائیں کہ ڈیمو سینٹر کس نئی فائل میں بنانا ہے۔</translation>
    </message>
    <message>
        <source>%1 already exists; the demo centre is only built into a new file, so nothing was changed.</source>
        <translation>%1 پہلے سے موجود ہے؛ ڈیمو سینٹر صرف نئی فائل میں بنایا جاتا ہے، اس لیے کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>there is no folder %1.</source>
        <translation>%1 نام کا کوئی فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 نہیں بنایا جا سکتا: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the demo centre was being built; it was left as it is.</source>
        <translation>ڈیمو سینٹر بنتے وقت %1 سامنے آ گیا؛ اسے جوں کا توں چھوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>could not put the demo centre in place as %1.</source>
        <translation>ڈیمو سینٹر کو %1 کے طور پر اپنی جگہ نہیں رکھا جا سکا۔</translation>
    </message>
    <message>
        <source>Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time zone %6).</source>
        <translation>%1 میں ڈیمو سینٹر بنا دیا گیا (بچے: %2، خاندان: %3، کمرے: %4، عملہ: %5؛ ٹائم زون %6)۔</translation>
    </message>
    <message numerus="yes">
        <source>History: %n open day(s)</source>
        <translation>
            <numerusform>تاریخچہ: %n کھلا دن</numerusform>
            <numerusform>تاریخچہ: %n کھلے دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>حاضری کا %n ریکارڈ</numerusform>
            <numerusform>حاضری کے %n ریکارڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ٹکٹ</numerusform>
            <numerusform>%n ٹکٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n واقعہ۔</numerusform>
            <numerusform>%n واقعات۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoMorning</name>
    <message>
        <source>The demo centre has no receptionist to stand at the desk.</source>
        <translation>ڈیمو سینٹر میں ڈیسک پر کھڑے ہونے کے لیے کوئی ریسپشنسٹ نہیں۔</translation>
    </message>
    <message>
        <source>Holiday with family</source>
        <translation>خاندان کے ساتھ چھٹی</translation>
    </message>
    <message>
        <source>Today is a weekend day and the centre is closed, so today&apos;s attendance is empty; on a weekday the desk shows the children booked for that day as expected.</source>
        <translation>آج ہفتہ وار چھٹی کا دن ہے اور سینٹر بند ہے، اس لیے آج کی حاضری خالی ہے؛ کام کے دن ڈیسک اس دن کے لیے بک کیے گئے بچوں کو متوقع کے طور پر دکھاتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.</source>
        <translation>
            <numerusform>سینٹر ابھی نہیں کھلا: عملے کے %n رکن کی ڈیوٹی پر آمد درج ہے، کوئی بچہ نہیں آیا۔</numerusform>
            <numerusform>سینٹر ابھی نہیں کھلا: عملے کے %n ارکان کی ڈیوٹی پر آمد درج ہے، کوئی بچہ نہیں آیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) booked today, expected from opening time.</source>
        <translation>
            <numerusform>آج %n بچہ بک ہے، کھلنے کے وقت سے متوقع۔</numerusform>
            <numerusform>آج %n بچے بک ہیں، کھلنے کے وقت سے متوقع۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The centre has closed for the day: %n child(ren) came and went home.</source>
        <translation>
            <numerusform>سینٹر آج کے لیے بند ہو چکا ہے: %n بچہ آیا اور گھر چلا گیا۔</numerusform>
            <numerusform>سینٹر آج کے لیے بند ہو چکا ہے: %n بچے آئے اور گھر چلے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today so far: %n child(ren) here</source>
        <translation>
            <numerusform>آج اب تک: %n بچہ موجود</numerusform>
            <numerusform>آج اب تک: %n بچے موجود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone home</source>
        <translation>
            <numerusform>%n گھر جا چکا</numerusform>
            <numerusform>%n گھر جا چکے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n تاخیر سے</numerusform>
            <numerusform>%n تاخیر سے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n ابھی آنا باقی</numerusform>
            <numerusform>%n ابھی آنا باقی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n away (planned)</source>
        <translation>
            <numerusform>%n غیر حاضر (پہلے سے طے شدہ)</numerusform>
            <numerusform>%n غیر حاضر (پہلے سے طے شدہ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) clocked in.</source>
        <translation>
            <numerusform>عملے کے %n رکن کی ڈیوٹی پر آمد درج ہے۔</numerusform>
            <numerusform>عملے کے %n ارکان کی ڈیوٹی پر آمد درج ہے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSiteRoles</name>
    <message>
        <source>A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each educator at their room&apos;s site only; 3301 is an educator at the first and second sites, and 3309 the second site&apos;s director and a receptionist at the first.</source>
        <translation>%1 برانچوں کی ایک چین۔ ڈائریکٹر (PIN 1111) اور ریسپشنسٹ (2222) ہر برانچ میں کام کرتے ہیں، ہر معلم صرف اپنے کمرے کی برانچ میں؛ 3301 پہلی اور دوسری برانچ میں معلم ہے، اور 3309 دوسری برانچ کا ڈائریکٹر اور پہلی برانچ میں ریسپشنسٹ ہے۔</translation>
    </message>
</context>
<context>
    <name>DeparturePolicy</name>
    <message>
        <source>This check-in of %1 was voided; it cannot be corrected. Nothing was changed.</source>
        <translation>%1 کا یہ چیک اِن کالعدم کیا جا چکا تھا؛ اسے درست نہیں کیا جا سکتا۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is still checked in today. A correction cannot check a child out: check %1 out to an adult on the pickup list, or void the check-in if it was a mistake. Nothing was changed.</source>
        <translation>%1 کا آج کا چیک اِن ابھی جاری ہے۔ تصحیح سے بچے کا چیک آؤٹ نہیں ہو سکتا: %1 کا چیک آؤٹ وصولی کی فہرست میں موجود کسی بالغ فرد کے حوالے کر کے کریں، یا اگر چیک اِن غلطی تھی تو اسے کالعدم کریں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1&apos;s stay from an earlier day can only be closed at a time before today. Nothing was changed.</source>
        <translation>%1 کی کسی پچھلے دن کی حاضری صرف آج سے پہلے کے کسی وقت پر بند کی جا سکتی ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This check-in of %1 is already voided. Nothing was changed.</source>
        <translation>%1 کا یہ چیک اِن پہلے ہی کالعدم ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to void. Nothing was changed.</source>
        <translation>%1 کا چیک آؤٹ نہیں ہوا، اس لیے کالعدم کرنے کے لیے کوئی چیک آؤٹ نہیں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>Only this check-in&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>اس چیک اِن کو صرف وہی ڈیسک %n منٹ کے اندر کالعدم کر سکتا ہے جس نے اسے درج کیا؛ اس کے بعد، یا کسی دوسرے ڈیسک سے، ڈائریکٹر سے کہیں۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
            <numerusform>اس چیک اِن کو صرف وہی ڈیسک %n منٹ کے اندر کالعدم کر سکتا ہے جس نے اسے درج کیا؛ اس کے بعد، یا کسی دوسرے ڈیسک سے، ڈائریکٹر سے کہیں۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only this check-out&apos;s own desk may void it, within %n minute(s); after that, or from another desk, ask a director. Nothing was changed.</source>
        <translation>
            <numerusform>اس چیک آؤٹ کو صرف وہی ڈیسک %n منٹ کے اندر کالعدم کر سکتا ہے جس نے اسے درج کیا؛ اس کے بعد، یا کسی دوسرے ڈیسک سے، ڈائریکٹر سے کہیں۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
            <numerusform>اس چیک آؤٹ کو صرف وہی ڈیسک %n منٹ کے اندر کالعدم کر سکتا ہے جس نے اسے درج کیا؛ اس کے بعد، یا کسی دوسرے ڈیسک سے، ڈائریکٹر سے کہیں۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why it is being voided. Nothing was changed.</source>
        <translation>بتائیں کہ اسے کیوں کالعدم کیا جا رہا ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is not clocked in (or signed in) today: a group can only leave with staff who are here. %2 was not checked out.</source>
        <translation>آج %1 کی ڈیوٹی پر آمد (یا سائن اِن) درج نہیں: گروپ صرف موجود عملے کے ساتھ جا سکتا ہے۔ %2 کا چیک آؤٹ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 has a &quot;do not release&quot; restriction%2, so may not leave the centre with a group unless a director overrides it with a reason. %1 was not checked out.</source>
        <translation>%1 پر &quot;حوالے نہ کریں&quot; کی پابندی ہے%2، اس لیے جب تک کوئی ڈائریکٹر وجہ بتا کر اس پابندی کو نظرانداز نہ کرے، یہ بچہ گروپ کے ساتھ سینٹر سے باہر نہیں جا سکتا۔ %1 کا چیک آؤٹ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source> (court order %1)</source>
        <translation> (عدالتی حکم %1)</translation>
    </message>
    <message>
        <source>%1 left with %2%3 at %4 and has not come back: check the group back in first (Group check-in). Nothing was recorded.</source>
        <translation>%1 کی %4 پر %2%3 کے ساتھ روانگی ہوئی اور ابھی واپسی نہیں ہوئی: پہلے گروپ کا دوبارہ چیک اِن کریں (گروپ چیک اِن)۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>Evacuation drill</source>
        <translation>انخلا کی مشق</translation>
    </message>
    <message>
        <source>Real evacuation</source>
        <translation>حقیقی انخلا</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>لاک ڈاؤن</translation>
    </message>
</context>
<context>
    <name>DropInRegistration</name>
    <message>
        <source>Enter the visiting child&apos;s name and date of birth.</source>
        <translation>آنے والے بچے کا نام اور تاریخ پیدائش درج کریں۔</translation>
    </message>
    <message>
        <source>A drop-in child needs at least one adult with a phone number the centre can call. Nothing was saved.</source>
        <translation>ڈراپ اِن بچے کے ساتھ کم از کم ایک ایسا بالغ فرد ہونا ضروری ہے جس کا فون نمبر ہو اور سینٹر اسے فون کر سکے۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>ڈراپ اِن</translation>
    </message>
    <message>
        <source>Drop-in registered at the desk.</source>
        <translation>ڈراپ اِن ڈیسک پر رجسٹر کیا گیا۔</translation>
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
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(آپ کے کردار کو نہیں دکھایا جاتا)</translation>
    </message>
    <message>
        <source>Custody restrictions (“do not release to”) are not shown: your role may not see them. Ask a director before releasing a child to anyone not listed.</source>
        <translation>تحویل کی پابندیاں (&quot;حوالے نہ کریں&quot;) نہیں دکھائی گئیں: آپ کا کردار انہیں نہیں دیکھ سکتا۔ کسی بچے کو فہرست سے باہر کسی کے بھی حوالے کرنے سے پہلے ڈائریکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>جان لیوا الرجیاں</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>حوالے نہ کریں</translation>
    </message>
    <message>
        <source>Emergency contacts (call in this order)</source>
        <translation>ہنگامی رابطے (اسی ترتیب سے فون کریں)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>انتباہات</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>کسی کمرے میں شامل نہیں</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1۔ %2</translation>
    </message>
    <message>
        <source>Life-threatening allergy: %1</source>
        <translation>جان لیوا الرجی: %1</translation>
    </message>
    <message>
        <source>Do not release to: %1</source>
        <translation>حوالے نہ کریں: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(کچھ درج نہیں)</translation>
    </message>
    <message>
        <source>No enrolled child in this room.</source>
        <translation>اس کمرے میں کوئی داخل بچہ نہیں۔</translation>
    </message>
    <message>
        <source>Children listed</source>
        <translation>درج بچے</translation>
    </message>
</context>
<context>
    <name>EnrolmentReport</name>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 ماہ</translation>
    </message>
    <message>
        <source>Not placed in a room</source>
        <translation>کسی کمرے میں شامل نہیں</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>داخلہ اور گنجائش</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>عمریں</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>تناسب</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>Places free</source>
        <translation>خالی جگہیں</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>شرحِ استعمال</translation>
    </message>
    <message>
        <source>Staff needed</source>
        <translation>درکار عملہ</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>انتظار کی فہرست</translation>
    </message>
    <message>
        <source>Attending a day</source>
        <translation>روزانہ حاضر</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>شرحِ استعمال %</translation>
    </message>
    <message>
        <source>Average attending a day</source>
        <translation>اوسط روزانہ حاضری</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>داخل بچے</translation>
    </message>
    <message>
        <source>Waitlisted children who fit a room</source>
        <translation>انتظار کی فہرست کے وہ بچے جو کسی کمرے کے لیے موزوں ہیں</translation>
    </message>
    <message>
        <source>Highlighted: more children enrolled than the room&apos;s capacity.</source>
        <translation>نمایاں: کمرے کی گنجائش سے زیادہ بچے داخل ہیں۔</translation>
    </message>
</context>
<context>
    <name>ExpectedToday</name>
    <message>
        <source>Could not read the data file: today&apos;s figures came back empty.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: آج کے اعداد و شمار خالی آئے۔</translation>
    </message>
    <message>
        <source>Could not read the data file: the bookings could not be read.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: بکنگز پڑھی نہیں جا سکیں۔</translation>
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
        <translation>انتظار کی فہرست</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>معمولی</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>درمیانی</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شدید</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>جان لیوا</translation>
    </message>
</context>
<context>
    <name>FamilyChanges</name>
    <message>
        <source>the household details were changed</source>
        <translation>گھرانے کی تفصیلات تبدیل کی گئیں</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 کو شامل کیا گیا</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed</source>
        <translation>%1 کی تفصیلات تبدیل کی گئیں</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 کو ہٹایا گیا</translation>
    </message>
    <message>
        <source>%1&apos;s allergies were changed</source>
        <translation>%1 کی الرجیاں تبدیل کی گئیں</translation>
    </message>
    <message>
        <source>%1&apos;s emergency contacts were changed</source>
        <translation>%1 کے ہنگامی رابطے تبدیل کیے گئے</translation>
    </message>
    <message>
        <source>%1&apos;s pickup rules were changed</source>
        <translation>%1 کے وصولی کے اصول تبدیل کیے گئے</translation>
    </message>
    <message>
        <source>%1&apos;s bookings were changed</source>
        <translation>%1 کی بکنگز تبدیل کی گئیں</translation>
    </message>
</context>
<context>
    <name>FamilyDataExport</name>
    <message>
        <source>System</source>
        <translation>سسٹم</translation>
    </message>
</context>
<context>
    <name>FamilyDataExportReport</name>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Everything held about the %1 family</source>
        <translation>%1 خاندان کے بارے میں محفوظ تمام معلومات</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>برآمد کیا گیا %1</translation>
    </message>
    <message>
        <source>%1; left the centre on %2</source>
        <translation>%1؛ %2 کو سینٹر چھوڑ دیا</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>کارڈ کوڈ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>ثقافتیں</translation>
    </message>
    <message>
        <source>Celebrations</source>
        <translation>تہوار</translation>
    </message>
    <message>
        <source>Share cultures with the centre</source>
        <translation>ثقافتیں سینٹر کے ساتھ شیئر کریں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>In parent directory</source>
        <translation>والدین کی ڈائریکٹری میں</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>پسندیدہ نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>طبی نوٹس</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>تصویر کی اجازت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>الرجی</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>ہنگامی رابطہ</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>لے جا سکتا ہے</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>حوالے نہ کریں</translation>
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation>ریکارڈ: %1 — %2</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>تبدیلیوں کا تاریخچہ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>The machine-readable export (JSON) holds the same records with every column, the photos and the old and new values of each change.</source>
        <translation>مشین سے پڑھی جانے والی برآمد (JSON) میں یہی ریکارڈ تمام کالموں، تصاویر اور ہر تبدیلی کی پرانی اور نئی قدروں کے ساتھ موجود ہیں۔</translation>
    </message>
</context>
<context>
    <name>FamilyPseudonyms</name>
    <message>
        <source>Former child</source>
        <translation>سابقہ بچہ</translation>
    </message>
    <message>
        <source>Former adult</source>
        <translation>سابقہ بالغ فرد</translation>
    </message>
    <message>
        <source>Anonymised family %1</source>
        <translation>گمنام خاندان %1</translation>
    </message>
</context>
<context>
    <name>FamilyReader</name>
    <message>
        <source>This family is no longer on file (it may have been archived at another station).</source>
        <translation>یہ خاندان اب ریکارڈ میں موجود نہیں (ممکن ہے اسے کسی دوسرے اسٹیشن پر آرکائیو کر دیا گیا ہو)۔</translation>
    </message>
</context>
<context>
    <name>FamilyValidation</name>
    <message>
        <source>Enter the adult&apos;s first name.</source>
        <translation>بالغ فرد کا پہلا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s family name.</source>
        <translation>بالغ فرد کا خاندانی نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter %1&apos;s family name.</source>
        <translation>%1 کا خاندانی نام درج کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).</source>
        <translation>&quot;%1&quot; فون نمبر نہیں ہے (6 سے 15 ہندسے استعمال کریں؛ خالی جگہیں اور شروع میں + درست ہیں)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; ای میل پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is a guardian: enter at least one phone number the centre can call.</source>
        <translation>%1 سرپرست ہے: کم از کم ایک فون نمبر درج کریں جس پر سینٹر رابطہ کر سکے۔</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>بچے کا پہلا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter the child&apos;s family name.</source>
        <translation>بچے کا خاندانی نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter %1&apos;s date of birth.</source>
        <translation>%1 کی تاریخ پیدائش درج کریں۔</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth is in the future.</source>
        <translation>%1 کی تاریخ پیدائش مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>%1&apos;s date of birth makes them an adult; check the year.</source>
        <translation>%1 کی تاریخ پیدائش کے مطابق یہ بالغ ہے؛ سال جانچ لیں۔</translation>
    </message>
    <message>
        <source>Name what %1 is allergic to.</source>
        <translation>بتائیں کہ %1 کو کس چیز سے الرجی ہے۔</translation>
    </message>
    <message>
        <source>Enter the emergency contact&apos;s name.</source>
        <translation>ہنگامی رابطے کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter a phone number for the emergency contact.</source>
        <translation>ہنگامی رابطے کا فون نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>Enter a phone number for emergency contact %1.</source>
        <translation>ہنگامی رابطہ %1 کا فون نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>Choose who may collect %1 from the family&apos;s adults.</source>
        <translation>خاندان کے بالغ افراد میں سے منتخب کریں کہ %1 کو کون لے جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The pickup permission for %1 ends before it starts.</source>
        <translation>%1 کو لے جانے کی اجازت شروع ہونے سے پہلے ختم ہو رہی ہے۔</translation>
    </message>
    <message>
        <source>Choose the person %1 must not be released to.</source>
        <translation>وہ شخص منتخب کریں جس کے حوالے %1 کو نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>%1 cannot both be allowed to collect %2 and be on the do-not-release list.</source>
        <translation>%1 کو بیک وقت %2 کو لے جانے کی اجازت اور &quot;حوالے نہ کریں&quot; کی فہرست میں نہیں رکھا جا سکتا۔</translation>
    </message>
    <message>
        <source>Give the reason %1 must not be released to %2 (for example the court order).</source>
        <translation>وجہ بتائیں کہ %1 کو %2 کے حوالے کیوں نہیں کیا جا سکتا (مثلاً عدالتی حکم)۔</translation>
    </message>
    <message>
        <source>Give the reason (for example the court order).</source>
        <translation>وجہ بتائیں (مثلاً عدالتی حکم)۔</translation>
    </message>
    <message>
        <source>Tick the days %1 is booked for.</source>
        <translation>وہ دن منتخب کریں جن کے لیے %1 کی بکنگ ہے۔</translation>
    </message>
    <message>
        <source>Enter the time %1 usually arrives, between %2 and %3.</source>
        <translation>%1 کے عام طور پر آنے کا وقت درج کریں، %2 اور %3 کے درمیان۔</translation>
    </message>
    <message>
        <source>Enter the time %1 usually goes home, by %2.</source>
        <translation>%1 کے عام طور پر گھر جانے کا وقت درج کریں، %2 تک۔</translation>
    </message>
    <message>
        <source>%1&apos;s booked departure must be after the arrival (%2).</source>
        <translation>%1 کی بک شدہ روانگی آمد (%2) کے بعد ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Enter the first day of %1&apos;s booking.</source>
        <translation>%1 کی بکنگ کا پہلا دن درج کریں۔</translation>
    </message>
    <message>
        <source>%1&apos;s booking ends before it starts (%2).</source>
        <translation>%1 کی بکنگ شروع ہونے سے پہلے ختم ہو رہی ہے (%2)۔</translation>
    </message>
    <message>
        <source>%1&apos;s bookings from %2 and from %3 share a day of the week; end one before the other starts.</source>
        <translation>%1 کی %2 اور %3 سے شروع ہونے والی بکنگز میں ہفتے کا ایک ہی دن شامل ہے؛ دوسری شروع ہونے سے پہلے ایک کو ختم کریں۔</translation>
    </message>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>خاندان کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>A family card code is 4 to 16 capital letters and digits; leave it empty to have one made.</source>
        <translation>خاندانی کارڈ کوڈ 4 سے 16 بڑے حروف اور ہندسوں پر مشتمل ہوتا ہے؛ خودکار کوڈ بنوانے کے لیے اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Add at least one guardian the centre can call.</source>
        <translation>کم از کم ایک ایسا سرپرست شامل کریں جس سے سینٹر فون پر رابطہ کر سکے۔</translation>
    </message>
    <message>
        <source>The same adult is listed twice.</source>
        <translation>ایک ہی بالغ فرد دو بار درج ہے۔</translation>
    </message>
</context>
<context>
    <name>FieldChanges</name>
    <message>
        <source>%1 was changed</source>
        <translation>%1 میں تبدیلی کی گئی</translation>
    </message>
    <message>
        <source>%1&apos;s %2 was changed</source>
        <translation>%1: %2 میں تبدیلی کی گئی</translation>
    </message>
    <message>
        <source>%1&apos;s %2 were changed</source>
        <translation>%1: %2 میں تبدیلی کی گئی</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message numerus="yes">
        <source>This is too long: keep it to %Ln character(s) (it has %1).</source>
        <translation>
            <numerusform>یہ بہت لمبا ہے: اسے %Ln حرف تک رکھیں (اس میں %1 ہیں)۔</numerusform>
            <numerusform>یہ بہت لمبا ہے: اسے %Ln حروف تک رکھیں (اس میں %1 ہیں)۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePrivacy</name>
    <message>
        <source>Other accounts on this computer can read the data file %1, which holds children&apos;s medical and custody details. Make it private by running:
    chmod 600 %2</source>
        <translation>اس کمپیوٹر کے دوسرے اکاؤنٹس ڈیٹا فائل %1 پڑھ سکتے ہیں، جس میں بچوں کی طبی اور تحویل کی تفصیلات ہیں۔ اسے نجی بنانے کے لیے یہ چلائیں:
    chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>FileSystemKind</name>
    <message>
        <source>Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred&apos;s data, cannot protect a file on a network share: its write-ahead log works only when every program using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing was changed. Keep the data file on this computer&apos;s own disk; for several stations sharing one centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network share.</source>
        <translation>Kindred فائل %1 استعمال نہیں کرے گا: یہ نیٹ ورک شیئر (%2) پر ہے۔ SQLite، جو Kindred کا ڈیٹا رکھتا ہے، نیٹ ورک شیئر پر موجود فائل کی حفاظت نہیں کر سکتا: اس کا WAL (پیشگی تحریری لاگ) صرف اسی وقت کام کرتا ہے جب فائل استعمال کرنے والے تمام پروگرام ایک ہی کمپیوٹر پر چل رہے ہوں، اس لیے چیک اِن ضائع ہو سکتے ہیں یا فائل خراب ہو سکتی ہے۔ کچھ تبدیل نہیں کیا گیا۔ ڈیٹا فائل اسی کمپیوٹر کی اپنی ڈسک پر رکھیں؛ اگر کئی اسٹیشن ایک سینٹر کو شیئر کرتے ہیں تو اس کے بجائے Kindred سرور (PostgreSQL) استعمال کریں۔ بیک اپ فولڈر نیٹ ورک شیئر پر ہو سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The administrator&apos;s password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>منتظم کے پاس ورڈ میں کم از کم %1 حروف ہوتے ہیں؛ ایک مختصر جملہ یاد رکھنا آسان ہے۔</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>پاس ورڈ صرف خالی جگہوں پر مشتمل نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The password must not contain the centre&apos;s name: it is the first thing someone would try.</source>
        <translation>پاس ورڈ میں سینٹر کا نام نہیں ہونا چاہیے: کوئی بھی سب سے پہلے یہی آزمائے گا۔</translation>
    </message>
    <message>
        <source>The password must not contain your own name: it is the first thing someone would try.</source>
        <translation>پاس ورڈ میں آپ کا اپنا نام نہیں ہونا چاہیے: کوئی بھی سب سے پہلے یہی آزمائے گا۔</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name, as parents know it.</source>
        <translation>سینٹر کا نام دیں، جیسے والدین اسے جانتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as AU, FR or CA.</source>
        <translation>%1 ملک کا کوڈ نہیں؛ دو حروف استعمال کریں، جیسے AU، FR یا CA۔</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s time zone (such as Australia/Melbourne): the days on its sheets are that zone&apos;s.</source>
        <translation>سینٹر کا ٹائم زون منتخب کریں (جیسے Australia/Melbourne): اس کی شیٹوں پر دن اسی زون کے مطابق ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is not a currency code; use three letters such as AUD, EUR or CAD.</source>
        <translation>%1 کرنسی کا کوڈ نہیں؛ تین حروف استعمال کریں، جیسے AUD، EUR یا CAD۔</translation>
    </message>
    <message>
        <source>%1 is not a language code; use one such as en, fr-CA or pt-BR.</source>
        <translation>%1 زبان کا کوڈ نہیں؛ کوئی ایسا کوڈ استعمال کریں جیسے en، fr-CA یا pt-BR۔</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s first name.</source>
        <translation>منتظم کا پہلا نام دیں۔</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s last name.</source>
        <translation>منتظم کا آخری نام دیں۔</translation>
    </message>
    <message>
        <source>This data file already has its accounts; nothing was changed.</source>
        <translation>اس ڈیٹا فائل میں اکاؤنٹس پہلے سے موجود ہیں؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Kindred already has an administrator. Sign in, then add accounts from Staff.</source>
        <translation>Kindred میں پہلے سے ایک منتظم موجود ہے۔ سائن اِن کریں، پھر عملہ میں سے اکاؤنٹس شامل کریں۔</translation>
    </message>
    <message>
        <source>This centre has no administrator to reset.</source>
        <translation>اس سینٹر میں ری سیٹ کرنے کے لیے کوئی منتظم نہیں۔</translation>
    </message>
    <message>
        <source>This centre has more than one administrator; another of them can set a new password from Accounts, so nothing was changed.</source>
        <translation>اس سینٹر میں ایک سے زیادہ منتظم ہیں؛ ان میں سے کوئی دوسرا اکاؤنٹس میں جا کر نیا پاس ورڈ مقرر کر سکتا ہے، اس لیے کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The last administrator&apos;s password was forgotten.</source>
        <translation>آخری منتظم کا پاس ورڈ بھول گیا تھا۔</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>%1 پر کوئی ڈیٹا فائل نہیں۔</translation>
    </message>
    <message>
        <source>Only the owner of %1 on this computer may reset its administrator; run this as that user.</source>
        <translation>اس کمپیوٹر پر صرف %1 کا مالک ہی اس کا منتظم ری سیٹ کر سکتا ہے؛ اسے اسی صارف کے طور پر چلائیں۔</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 پہلے سے موجود ہے؛ نیا سینٹر صرف نئی فائل میں بنایا جاتا ہے، اس لیے کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>%1 نام کا کوئی فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 نہیں بنایا جا سکتا: %2</translation>
    </message>
    <message>
        <source>%1 appeared while the centre was being set up; it was left as it is.</source>
        <translation>سینٹر بنتے وقت %1 سامنے آ گیا؛ اسے جوں کا توں چھوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>Could not put the new data file in place as %1.</source>
        <translation>نئی ڈیٹا فائل کو %1 کے طور پر اپنی جگہ نہیں رکھا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>HistoryGenerator</name>
    <message>
        <source>Generated history ends yesterday at the latest. Nothing was written.</source>
        <translation>بنایا گیا تاریخچہ زیادہ سے زیادہ کل تک ختم ہوتا ہے۔ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The centre has no staff to stand at the desk in its history.</source>
        <translation>سینٹر کے تاریخچے میں ڈیسک پر کھڑے ہونے کے لیے کوئی عملہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>ImmunisationDueReport</name>
    <message>
        <source>Immunisations due</source>
        <translation>واجب الادا حفاظتی ٹیکے</translation>
    </message>
    <message numerus="yes">
        <source>Doses due or overdue on %1 against the centre&apos;s schedule. A dose is overdue %n day(s) after it fell due.</source>
        <translation>
            <numerusform>%1 کو سینٹر کے شیڈول کے مطابق واجب یا تاخیر شدہ خوراکیں۔ کوئی خوراک واجب ہونے کے %n دن بعد تاخیر شدہ شمار ہوتی ہے۔</numerusform>
            <numerusform>%1 کو سینٹر کے شیڈول کے مطابق واجب یا تاخیر شدہ خوراکیں۔ کوئی خوراک واجب ہونے کے %n دن بعد تاخیر شدہ شمار ہوتی ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ویکسین</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Doses due or overdue</source>
        <translation>واجب یا تاخیر شدہ خوراکیں</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
</context>
<context>
    <name>ImmunisationSchedule</name>
    <message>
        <source>Given</source>
        <translation>دی گئی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واجب</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>آنے والی</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Injury</source>
        <translation>چوٹ</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>بیماری</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>رویہ</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>دوا</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>املاک</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>بال بال بچاؤ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>منظوری کا منتظر</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>منظور شدہ</translation>
    </message>
</context>
<context>
    <name>IncidentLogReport</name>
    <message>
        <source>Incident log</source>
        <translation>واقعات کا رجسٹر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>What happened and what was done</source>
        <translation>کیا ہوا اور کیا کیا گیا</translation>
    </message>
    <message>
        <source>Parent told</source>
        <translation>والدین کو اطلاع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>وقوع کا وقت</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>کی گئی کارروائی</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>جسم کا حصہ</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>والدین کو اطلاع دی گئی</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>اطلاع کا وقت</translation>
    </message>
    <message>
        <source>Notified how</source>
        <translation>اطلاع کا طریقہ</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>فالو اپ درکار</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>قابلِ اطلاع</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>تصدیق کنندہ</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>تصدیق کا وقت</translation>
    </message>
    <message>
        <source>Body area: %1</source>
        <translation>جسم کا حصہ: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>کارروائی: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>فالو اپ: %1</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>درکار</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
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
        <translation>تصدیق کنندہ: %1</translation>
    </message>
    <message>
        <source>REPORTABLE to licensing</source>
        <translation>لائسنسنگ ادارے کو اطلاع لازمی</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>لائسنسنگ ادارے کو قابلِ اطلاع</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
</context>
<context>
    <name>IncidentReader</name>
    <message>
        <source>That incident is not on file.</source>
        <translation>یہ واقعہ ریکارڈ میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred چائلڈ کیئر سینٹر</translation>
    </message>
    <message>
        <source>Incident report no. %1</source>
        <translation>واقعے کی رپورٹ نمبر %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority.</source>
        <translation>لائسنسنگ اتھارٹی کو اطلاع دینا لازمی ہے۔</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>جسم کا حصہ</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>متعلقہ عملہ</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>اطلاع دہندہ</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1، %2 پر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>ابتدائی طبی امداد یا کی گئی کارروائی</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>کچھ درج نہیں۔</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>والدین کو اطلاع دی گئی</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس کو</translation>
    </message>
    <message>
        <source>How</source>
        <translation>کیسے</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>No parent has been notified yet.</source>
        <translation>ابھی تک کسی والدین کو اطلاع نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>No follow-up needed.</source>
        <translation>کسی فالو اپ کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>Acknowledged by guardian</source>
        <translation>سرپرست کی تصدیق</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1، %2 پر (%3)</translation>
    </message>
    <message>
        <source>Amendments after sign-off</source>
        <translation>منظوری کے بعد ترامیم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>پرانی قدر</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>نئی قدر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>عملے کا رکن</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>First aid or action taken</source>
        <translation>ابتدائی طبی امداد یا کی گئی کارروائی</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>جسم کا حصہ</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>والدین کو اطلاع دی گئی</translation>
    </message>
    <message>
        <source>Parent notified at</source>
        <translation>والدین کو اطلاع کا وقت</translation>
    </message>
    <message>
        <source>Parent notified how</source>
        <translation>والدین کو اطلاع کا طریقہ</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>فالو اپ درکار</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Reportable to licensing</source>
        <translation>لائسنسنگ ادارے کو قابلِ اطلاع</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>متعلقہ عملہ</translation>
    </message>
    <message>
        <source>Nothing was changed. That is not a valid value for “%1”.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ یہ &quot;%1&quot; کے لیے درست قدر نہیں ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ &quot;%1&quot; میں ترمیم نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>Choose the child or children involved.</source>
        <translation>متعلقہ بچہ یا بچے منتخب کریں۔</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>درج کریں کہ واقعہ کب پیش آیا۔</translation>
    </message>
    <message>
        <source>The incident cannot have happened in the future.</source>
        <translation>واقعہ مستقبل میں پیش نہیں آ سکتا۔</translation>
    </message>
    <message>
        <source>Enter where the incident happened.</source>
        <translation>درج کریں کہ واقعہ کہاں پیش آیا۔</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>بیان کریں کہ کیا ہوا۔</translation>
    </message>
    <message>
        <source>For an injury, choose the staff involved.</source>
        <translation>چوٹ کی صورت میں متعلقہ عملہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>For an injury, name at least one witness (or “none” with the reason).</source>
        <translation>چوٹ کی صورت میں کم از کم ایک گواہ کا نام لکھیں (یا وجہ کے ساتھ &quot;کوئی نہیں&quot;)۔</translation>
    </message>
    <message>
        <source>For an injury, enter the part of the body hurt.</source>
        <translation>چوٹ کی صورت میں جسم کا متاثرہ حصہ درج کریں۔</translation>
    </message>
    <message>
        <source>Enter both which parent was told and when.</source>
        <translation>درج کریں کہ کس والدین کو اطلاع دی گئی اور کب، دونوں۔</translation>
    </message>
    <message>
        <source>The parent cannot have been told in the future.</source>
        <translation>والدین کو مستقبل میں اطلاع نہیں دی جا سکتی۔</translation>
    </message>
    <message>
        <source>Say what follow-up is needed.</source>
        <translation>بتائیں کہ کس فالو اپ کی ضرورت ہے۔</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>account of what happened</source>
        <translation>واقعے کا بیان</translation>
    </message>
    <message>
        <source>first aid</source>
        <translation>ابتدائی طبی امداد</translation>
    </message>
    <message>
        <source>body area</source>
        <translation>جسم کا حصہ</translation>
    </message>
    <message>
        <source>parent notification</source>
        <translation>والدین کو اطلاع</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>licensing flag</source>
        <translation>لائسنسنگ کا نشان</translation>
    </message>
    <message>
        <source>children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>staff involved</source>
        <translation>متعلقہ عملہ</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>گواہ</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Administrator&apos;s password: </source>
        <translation>منتظم کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>وہی پاس ورڈ دوبارہ: </translation>
    </message>
    <message>
        <source>give the administrator&apos;s password and its confirmation as two lines on standard input.</source>
        <translation>منتظم کا پاس ورڈ اور اس کی تصدیق standard input پر دو سطروں میں دیں۔</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>say where to set the centre up: a new file with --database FILE, or an empty server database with --server CONNINFO.</source>
        <translation>بتائیں کہ سینٹر کہاں بنانا ہے: --database FILE کے ساتھ نئی فائل، یا --server CONNINFO کے ساتھ خالی سرور ڈیٹا بیس۔</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 ضروری ہے۔</translation>
    </message>
    <message>
        <source>Centre Administrator</source>
        <translation>سینٹر منتظم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a new centre is only set up in a new file, so nothing was changed.</source>
        <translation>%1 پہلے سے موجود ہے؛ نیا سینٹر صرف نئی فائل میں بنایا جاتا ہے، اس لیے کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>%1 کو %2 میں بنا دیا گیا، %3 اس کا منتظم ہے۔ اسی نام اور پاس ورڈ سے سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>cannot set up a centre on %1: %2</source>
        <translation>%1 پر سینٹر نہیں بنایا جا سکتا: %2</translation>
    </message>
    <message>
        <source>Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.</source>
        <translation>%1 کو %2 پر بنا دیا گیا، %3 اس کا منتظم ہے۔ اسی نام اور پاس ورڈ سے سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 نہیں کھولا جا سکتا: %2</translation>
    </message>
    <message>
        <source>%1 has a new password; the change is in the audit trail.</source>
        <translation>%1 کا نیا پاس ورڈ مقرر ہو گیا؛ یہ تبدیلی آڈٹ لاگ میں درج ہے۔</translation>
    </message>
</context>
<context>
    <name>InsertId</name>
    <message>
        <source>Kindred could not learn the number of the record it was saving. Nothing was changed.</source>
        <translation>Kindred اس ریکارڈ کا نمبر معلوم نہیں کر سکا جسے وہ محفوظ کر رہا تھا۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Show the keys</source>
        <translation>کلیدیں دکھائیں</translation>
    </message>
    <message>
        <source>Read the screen again</source>
        <translation>اسکرین دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Open the menu</source>
        <translation>مینو کھولیں</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>پوری اسکرین آن یا آف</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>ڈیٹا فائل کھولیں</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>اسکرین لاک کریں</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>نیا ٹکٹ</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>ہنگامی حاضری</translation>
    </message>
    <message>
        <source>First section</source>
        <translation>پہلا حصہ</translation>
    </message>
    <message>
        <source>Second section</source>
        <translation>دوسرا حصہ</translation>
    </message>
    <message>
        <source>Third section</source>
        <translation>تیسرا حصہ</translation>
    </message>
    <message>
        <source>Fourth section</source>
        <translation>چوتھا حصہ</translation>
    </message>
    <message>
        <source>Fifth section</source>
        <translation>پانچواں حصہ</translation>
    </message>
    <message>
        <source>Sixth section</source>
        <translation>چھٹا حصہ</translation>
    </message>
    <message>
        <source>Seventh section</source>
        <translation>ساتواں حصہ</translation>
    </message>
    <message>
        <source>Eighth section</source>
        <translation>آٹھواں حصہ</translation>
    </message>
    <message>
        <source>Ninth section</source>
        <translation>نواں حصہ</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <source>Check in all siblings</source>
        <translation>تمام بہن بھائیوں کا چیک اِن</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>چیک آؤٹ</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>غیر حاضر درج کریں</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>لیبل پرنٹ کریں</translation>
    </message>
    <message>
        <source>Reprint a lost label</source>
        <translation>گم شدہ لیبل دوبارہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>لیبل PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Drop-in child</source>
        <translation>ڈراپ اِن بچہ</translation>
    </message>
    <message>
        <source>Check a group in or out</source>
        <translation>گروپ کا چیک اِن یا چیک آؤٹ</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>Undo this desk&apos;s last check-in or check-out</source>
        <translation>اس ڈیسک کا آخری چیک اِن یا چیک آؤٹ منسوخ کریں</translation>
    </message>
    <message>
        <source>Log an incident for the chosen children</source>
        <translation>منتخب بچوں کے لیے واقعہ درج کریں</translation>
    </message>
    <message>
        <source>Show the board full screen on a wall display</source>
        <translation>بورڈ کو دیوار والی اسکرین پر پوری اسکرین میں دکھائیں</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>نیا ریکارڈ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>تلاش کریں</translation>
    </message>
    <message>
        <source>Start the roll call</source>
        <translation>ہنگامی حاضری شروع کریں</translation>
    </message>
    <message>
        <source>Print the roll call now</source>
        <translation>ہنگامی حاضری ابھی پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save the roll call as PDF</source>
        <translation>ہنگامی حاضری PDF کے طور پر محفوظ کریں</translation>
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
        <translation>%1، قطار %2</translation>
    </message>
</context>
<context>
    <name>Kindred::AccountsPage</name>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN مقرر کریں…</translation>
    </message>
    <message>
        <source>Set pass&amp;word…</source>
        <translation>پاس &amp;ورڈ مقرر کریں…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;کردار دیں</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;اَن لاک کریں</translation>
    </message>
    <message>
        <source>Clear the desk&apos;s &amp;lock-out</source>
        <translation>ڈیسک کا &amp;لاک آؤٹ ختم کریں</translation>
    </message>
    <message>
        <source>No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here.</source>
        <translation>دکھانے کے لیے عملے کا کوئی اکاؤنٹ نہیں۔ پہلے عملہ کے صفحے پر عملہ شامل کریں؛ ان کا سائن اِن یہاں مقرر ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>عملے کا رکن</translation>
    </message>
    <message>
        <source>Staff role</source>
        <translation>عملے کا کردار</translation>
    </message>
    <message>
        <source>Acts as</source>
        <translation>بطور کردار</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>لاک آؤٹ</translation>
    </message>
    <message>
        <source>The role this account acts with: the staff member&apos;s own, or another role</source>
        <translation>وہ کردار جس کے ساتھ یہ اکاؤنٹ کام کرتا ہے: عملے کے رکن کا اپنا کردار، یا کوئی اور کردار</translation>
    </message>
    <message>
        <source>Acts &amp;as:</source>
        <translation>&amp;بطور:</translation>
    </message>
    <message>
        <source>Staff a&amp;ccounts</source>
        <translation>&amp;عملے کے اکاؤنٹس</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>کردار اور ا&amp;جازتیں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a role per site</source>
        <translation>ہر برانچ کے لیے ایک کردار</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>اپنا کردار</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 تک</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.</source>
        <translation>اس ڈیسک پر PINs: پچھلے 15 منٹ میں %1 غلط؛ %2 تک کوئی PIN قبول نہیں کیا جائے گا۔</translation>
    </message>
    <message>
        <source>PINs at this desk: %1 wrong in the last 15 minutes.</source>
        <translation>اس ڈیسک پر PINs: پچھلے 15 منٹ میں %1 غلط۔</translation>
    </message>
    <message>
        <source>PINs at this desk: no wrong tries.</source>
        <translation>اس ڈیسک پر PINs: کوئی غلط کوشش نہیں۔</translation>
    </message>
    <message>
        <source>Own role (%1)</source>
        <translation>اپنا کردار (%1)</translation>
    </message>
    <message>
        <source>Own role</source>
        <translation>اپنا کردار</translation>
    </message>
    <message>
        <source>Choose a staff member in the list first.</source>
        <translation>پہلے فہرست میں عملے کا کوئی رکن منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was saved.</source>
        <translation>%1 کا PIN محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>%1&apos;s password was saved.</source>
        <translation>%1 کا پاس ورڈ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 now acts as %2.</source>
        <translation>%1 اب بطور %2 کام کرے گا۔</translation>
    </message>
    <message>
        <source>%1 may try again now.</source>
        <translation>%1 اب دوبارہ کوشش کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>PINs may be typed at the desk again.</source>
        <translation>اب ڈیسک پر دوبارہ PIN درج کیے جا سکتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>no: %n wrong tr(ies)</source>
        <translation>
            <numerusform>نہیں: %n غلط کوشش</numerusform>
            <numerusform>نہیں: %n غلط کوششیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>اکاؤنٹس</translation>
    </message>
</context>
<context>
    <name>Kindred::AdultsEditor</name>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>بالغ فرد &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove adult</source>
        <translation>بالغ فرد &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Guardian (the centre calls them; they are responsible)</source>
        <translation>&amp;سرپرست (سینٹر ان سے رابطہ کرتا ہے؛ یہ ذمہ دار ہیں)</translation>
    </message>
    <message>
        <source>Appears in the parent &amp;directory</source>
        <translation>والدین کی &amp;ڈائریکٹری میں ظاہر ہو</translation>
    </message>
    <message>
        <source>Mother, Grandfather, Nanny…</source>
        <translation>ماں، دادا/نانا، آیا…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;رشتہ:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;موبائل فون:</translation>
    </message>
    <message>
        <source>H&amp;ome phone:</source>
        <translation>&amp;گھر کا فون:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>&amp;دفتر کا فون:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ا&amp;ی میل:</translation>
    </message>
    <message>
        <source>Preferred la&amp;nguage:</source>
        <translation>پسندیدہ &amp;زبان:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>تصویر:</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(نیا بالغ فرد)</translation>
    </message>
    <message>
        <source> (guardian)</source>
        <translation> (سرپرست)</translation>
    </message>
    <message>
        <source>the language of the letters and labels printed for them</source>
        <translation>اس شخص کے لیے چھاپے جانے والے خطوط اور لیبلوں کی زبان</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
</context>
<context>
    <name>Kindred::AllergiesEditor</name>
    <message>
        <source>Add aller&amp;gy</source>
        <translation>الرجی &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Remove allergy</source>
        <translation>الرجی ہٹائیں</translation>
    </message>
    <message>
        <source>No allergies recorded for this child. Add each one the family tells you about, with how to respond.</source>
        <translation>اس بچے کی کوئی الرجی درج نہیں۔ خاندان جو بھی الرجی بتائے اسے، ردِعمل کے طریقے کے ساتھ، شامل کریں۔</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>الرجی کا سبب</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>ردِعمل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <source>Allergy %1</source>
        <translation>الرجی %1</translation>
    </message>
    <message>
        <source>peanuts, egg, penicillin…</source>
        <translation>مونگ پھلی، انڈا، پینسلین…</translation>
    </message>
    <message>
        <source>e.g. EpiPen in the red bag, call 000</source>
        <translation>مثلاً EpiPen سرخ بیگ میں ہے، 000 پر فون کریں</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الرجیاں</translation>
    </message>
</context>
<context>
    <name>Kindred::AmendIncidentDialog</name>
    <message>
        <source>Amend incident no. %1</source>
        <translation>واقعہ نمبر %1 میں ترمیم</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;خانہ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>موجودہ</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>&amp;نئی قدر</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;وجہ</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>ترمیم درج کریں</translation>
    </message>
    <message>
        <source>A signed-off incident is changed only by a recorded amendment: the old value, the new one, your reason, your name and the time are kept.</source>
        <translation>منظور شدہ واقعہ صرف درج شدہ ترمیم کے ذریعے تبدیل ہوتا ہے: پرانی قدر، نئی قدر، آپ کی وجہ، آپ کا نام اور وقت محفوظ رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
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
        <translation>Kindred فائل %1 نہیں کھول سکا۔

%2</translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation>اس کمپیوٹر کا صارف</translation>
    </message>
    <message>
        <source>Centre server</source>
        <translation>سینٹر سرور</translation>
    </message>
    <message>
        <source>The centre server asks for the password of %1.

%2</source>
        <translation>سینٹر سرور %1 کا پاس ورڈ مانگ رہا ہے۔

%2</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>کوئی پاس ورڈ نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>Kindred could not open the centre on %1.

%2</source>
        <translation>Kindred سرور %1 پر سینٹر نہیں کھول سکا۔

%2</translation>
    </message>
    <message>
        <source>This computer&apos;s site</source>
        <translation>اس کمپیوٹر کی برانچ</translation>
    </message>
    <message>
        <source>This centre has several sites. Which one is this computer at? Its desk, board and roll call will show that site.</source>
        <translation>اس سینٹر کی کئی برانچیں ہیں۔ یہ کمپیوٹر کس برانچ میں ہے؟ اس کا ڈیسک، بورڈ اور ہنگامی حاضری اسی برانچ کو دکھائیں گے۔</translation>
    </message>
    <message>
        <source>Kindred data file</source>
        <translation>Kindred ڈیٹا فائل</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>ڈیٹا فائل کھولیں</translation>
    </message>
    <message>
        <source>The window changes to %1 once the windows left open are closed and you sign in again (Ctrl+L).</source>
        <translation>ونڈو کی زبان %1 میں اس وقت تبدیل ہو گی جب کھلی رہ جانے والی ونڈوز بند ہو جائیں اور آپ دوبارہ سائن اِن کریں (Ctrl+L)۔</translation>
    </message>
</context>
<context>
    <name>Kindred::ArchiveReasonDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>%1 آرکائیو کریں</translation>
    </message>
    <message>
        <source>Archive &lt;b&gt;%1&lt;/b&gt;? It leaves the lists but stays in the records. Why is it being archived?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; کو آرکائیو کریں؟ یہ فہرستوں سے ہٹ جائے گا لیکن ریکارڈ میں موجود رہے گا۔ اسے کیوں آرکائیو کیا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>for example: left the centre at the end of term</source>
        <translation>مثلاً: سیشن کے اختتام پر سینٹر چھوڑ دیا</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;آرکائیو کریں</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceCorrections</name>
    <message>
        <source>Say why the time is being corrected. Nothing was changed.</source>
        <translation>بتائیں کہ وقت کیوں درست کیا جا رہا ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Enter the correct time. Nothing was changed.</source>
        <translation>درست وقت درج کریں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The corrected time is in the future. Nothing was changed.</source>
        <translation>درست کیا گیا وقت مستقبل میں ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 left at %2; the check-in must be before that. Nothing was changed.</source>
        <translation>%1 کی روانگی %2 پر ہوئی؛ چیک اِن اس سے پہلے ہونا چاہیے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 arrived at %2; the check-out must be after that. Nothing was changed.</source>
        <translation>%1 کی آمد %2 پر ہوئی؛ چیک آؤٹ اس کے بعد ہونا چاہیے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 was checked in again after this check-out, so it cannot be voided: void or check out the later stay first. Nothing was changed.</source>
        <translation>اس چیک آؤٹ کے بعد %1 کا دوبارہ چیک اِن ہوا، اس لیے اسے کالعدم نہیں کیا جا سکتا: پہلے بعد والی حاضری کو کالعدم یا چیک آؤٹ کریں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This record was changed at another desk meanwhile. Nothing was changed; look again.</source>
        <translation>اس دوران یہ ریکارڈ کسی دوسرے ڈیسک پر تبدیل کیا گیا۔ کچھ تبدیل نہیں کیا گیا؛ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>There is nothing to undo at this desk.</source>
        <translation>اس ڈیسک پر منسوخ کرنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Undone at the desk</source>
        <translation>ڈیسک پر منسوخ کیا گیا</translation>
    </message>
</context>
<context>
    <name>Kindred::AttendanceService</name>
    <message>
        <source>Choose the children to check in.</source>
        <translation>وہ بچے منتخب کریں جن کا چیک اِن کرنا ہے۔</translation>
    </message>
    <message>
        <source>%1 is not an adult of %2&apos;s family. Choose who brought %2 from the family&apos;s list.</source>
        <translation>%1، %2 کے خاندان کا بالغ فرد نہیں ہے۔ خاندان کی فہرست میں سے منتخب کریں کہ %2 کو کون لایا۔</translation>
    </message>
    <message>
        <source>%1 was already checked out today. Nothing was recorded.</source>
        <translation>%1 کا آج چیک آؤٹ پہلے ہی ہو چکا ہے۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Only a director signed in at this desk can override a court order.</source>
        <translation>صرف اس ڈیسک پر سائن اِن کیا ہوا ڈائریکٹر ہی عدالتی حکم کو نظرانداز کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Say why the child is away (for example &quot;Sick&quot;).</source>
        <translation>بتائیں کہ بچہ کیوں غیر حاضر ہے (مثلاً &quot;بیمار&quot;)۔</translation>
    </message>
    <message>
        <source>%1 is checked in today, so cannot be marked absent. Nothing was recorded.</source>
        <translation>%1 کا آج چیک اِن ہو چکا ہے، اس لیے اسے غیر حاضر درج نہیں کیا جا سکتا۔ کچھ درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is already marked absent that day (%2).</source>
        <translation>%1 اس دن پہلے ہی غیر حاضر درج ہے (%2)۔</translation>
    </message>
</context>
<context>
    <name>Kindred::AuditLogPage</name>
    <message>
        <source>&amp;Older</source>
        <translation>&amp;پرانے</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>&amp;نئے</translation>
    </message>
    <message>
        <source>Text in the details or reason</source>
        <translation>تفصیلات یا وجہ میں متن</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>اسٹیشن</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what Kindred recorded.</source>
        <translation>کوئی اندراج منتخب کریں تاکہ دیکھ سکیں کہ Kindred نے بالکل کیا درج کیا۔</translation>
    </message>
    <message>
        <source>&amp;Recorded details</source>
        <translation>&amp;درج شدہ تفصیلات</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Check the trail</source>
        <translation>لاگ کی &amp;جانچ کریں</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سسٹم</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>کوئی بھی ریکارڈ</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>کوئی بھی عمل</translation>
    </message>
    <message>
        <source>No entries match these filters. Widen the dates or set a filter back to &quot;Anyone&quot;, &quot;Any record&quot; or &quot;Any action&quot;.</source>
        <translation>کوئی اندراج ان فلٹرز سے مطابقت نہیں رکھتا۔ تاریخیں وسیع کریں یا کسی فلٹر کو دوبارہ &quot;کوئی بھی&quot;، &quot;کوئی بھی ریکارڈ&quot; یا &quot;کوئی بھی عمل&quot; پر کریں۔</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3, newest first</source>
        <translation>اندراجات %1–%2 از %3، تازہ ترین پہلے</translation>
    </message>
    <message>
        <source>Entry %1 · action %2 · record %3 %4
At %5 (UTC)
</source>
        <translation>اندراج %1 · عمل %2 · ریکارڈ %3 %4
وقت %5 (UTC)
</translation>
    </message>
    <message>
        <source>Station: %1
</source>
        <translation>اسٹیشن: %1
</translation>
    </message>
    <message>
        <source>Reason: %1
</source>
        <translation>وجہ: %1
</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>آڈٹ لاگ برآمد کریں</translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n اندراج برآمد کیا گیا۔</numerusform>
            <numerusform>%n اندراجات برآمد کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail failed its check.&lt;/b&gt; %1 Keep a copy of this data file and tell the centre&apos;s administrator.</source>
        <translation>&lt;b&gt;آڈٹ لاگ اپنی جانچ میں ناکام رہا۔&lt;/b&gt; %1 اس ڈیٹا فائل کی ایک کاپی محفوظ رکھیں اور سینٹر کے منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>The audit trail failed its check when this data file was opened.

%1

The front desk can go on working. Open &quot;Audit trail&quot; to see the entries, keep a copy of this file, and tell the centre&apos;s administrator.</source>
        <translation>یہ ڈیٹا فائل کھولتے وقت آڈٹ لاگ اپنی جانچ میں ناکام رہا۔

%1

فرنٹ ڈیسک کام جاری رکھ سکتا ہے۔ اندراجات دیکھنے کے لیے &quot;آڈٹ لاگ&quot; کھولیں، اس فائل کی ایک کاپی محفوظ رکھیں، اور سینٹر کے منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <source>Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every protected record (pickup rules, attendance, roles, accounts) matches its last audited state.</source>
        <translation>ہر اندراج ویسا ہی ہے جیسا Kindred نے لکھا تھا: نہ کچھ بدلا گیا، نہ ہٹایا گیا، نہ چپکے سے شامل کیا گیا۔ ہر محفوظ ریکارڈ (وصولی کے اصول، حاضری، کردار، اکاؤنٹس) اپنی آخری آڈٹ شدہ حالت سے مطابقت رکھتا ہے۔</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>آڈٹ ریکارڈ کے اندراجات</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>بذریعہ:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>ریکارڈ:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>تبدیلی:</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupService</name>
    <message>
        <source>The old backup %1 could not be deleted; the backup folder keeps growing.</source>
        <translation>پرانا بیک اپ %1 حذف نہیں ہو سکا؛ بیک اپ فولڈر بڑھتا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>Kindred could not create its backup folder %1.</source>
        <translation>Kindred اپنا بیک اپ فولڈر %1 نہیں بنا سکا۔</translation>
    </message>
</context>
<context>
    <name>Kindred::BackupStatusLabel</name>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخری بیک اپ: %1</translation>
    </message>
    <message>
        <source> (backing up…)</source>
        <translation> (بیک اپ ہو رہا ہے…)</translation>
    </message>
    <message>
        <source> (the last attempt failed)</source>
        <translation> (آخری کوشش ناکام رہی)</translation>
    </message>
    <message>
        <source>The data file has not been backed up for more than 36 hours.</source>
        <translation>ڈیٹا فائل کا 36 گھنٹوں سے زیادہ عرصے سے بیک اپ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Kindred backs up the data file every day; the time and folder are in Settings.</source>
        <translation>Kindred ہر روز ڈیٹا فائل کا بیک اپ لیتا ہے؛ وقت اور فولڈر ترتیبات میں ہیں۔</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>آخری بیک اپ ناکام رہا: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::BookingsEditor</name>
    <message>
        <source>Add &amp;period</source>
        <translation>&amp;مدت شامل کریں</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>مدت ہٹائیں</translation>
    </message>
    <message>
        <source>No regular days booked, so the desk does not expect this child. Add the days and times the family booked.</source>
        <translation>کوئی باقاعدہ دن بک نہیں، اس لیے ڈیسک اس بچے کی توقع نہیں کرتا۔ خاندان کے بک کیے ہوئے دن اور اوقات شامل کریں۔</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>آمد</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>مدت %1</translation>
    </message>
    <message>
        <source>No bookings: the desk does not expect this child on any day. Add a period with the days the child comes and the usual times.</source>
        <translation>کوئی بکنگ نہیں: ڈیسک کسی بھی دن اس بچے کی توقع نہیں کرتا۔ ایک مدت شامل کریں جس میں بچے کے آنے کے دن اور معمول کے اوقات ہوں۔</translation>
    </message>
    <message>
        <source>The days the child comes and the usual times. A change of days from a date is a new period: end the old one the day before.</source>
        <translation>بچے کے آنے کے دن اور معمول کے اوقات۔ کسی تاریخ سے دنوں کی تبدیلی ایک نئی مدت ہے: پرانی مدت کو ایک دن پہلے ختم کریں۔</translation>
    </message>
    <message>
        <source>The period has a last day</source>
        <translation>مدت کا آخری دن ہے</translation>
    </message>
    <message>
        <source>Tick to give the period&apos;s last day; unticked, it goes on until further notice.</source>
        <translation>مدت کا آخری دن دینے کے لیے نشان لگائیں؛ نشان کے بغیر یہ تاحکمِ ثانی جاری رہتی ہے۔</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>بکنگز</translation>
    </message>
</context>
<context>
    <name>Kindred::BusyRetry</name>
    <message>
        <source>Another station is saving — retrying…</source>
        <translation>کوئی دوسرا اسٹیشن محفوظ کر رہا ہے — دوبارہ کوشش ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Could not save: another station kept the data file busy for %n second(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>محفوظ نہیں ہو سکا: کسی دوسرے اسٹیشن نے ڈیٹا فائل کو %n سیکنڈ تک مصروف رکھا۔ کچھ محفوظ نہیں کیا گیا؛ دوبارہ کوشش کریں۔</numerusform>
            <numerusform>محفوظ نہیں ہو سکا: کسی دوسرے اسٹیشن نے ڈیٹا فائل کو %n سیکنڈ تک مصروف رکھا۔ کچھ محفوظ نہیں کیا گیا؛ دوبارہ کوشش کریں۔</numerusform>
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
        <translation>نام</translation>
    </message>
    <message>
        <source>age range</source>
        <translation>عمر کی حد</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>تناسب</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>آخری نام</translation>
    </message>
    <message>
        <source>role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>سرٹیفیکیشنز</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>یہ کمرہ ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>the %1 room</source>
        <translation>کمرہ %1</translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation>%1 نام کا کمرہ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>عملے کا یہ رکن ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: عملے کا یہ رکن ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>Kindred::CheckOutDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>آپ کا &amp;PIN، دوبارہ:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>چیک آؤٹ</translation>
    </message>
    <message>
        <source>Who is collecting %1?</source>
        <translation>%1 کو کون لے جا رہا ہے؟</translation>
    </message>
    <message>
        <source>DO NOT RELEASE</source>
        <translation>حوالے نہ کریں</translation>
    </message>
    <message>
        <source>not on the pickup list</source>
        <translation>وصولی کی فہرست میں نہیں</translation>
    </message>
    <message>
        <source>Director only: why release outside the pickup list</source>
        <translation>صرف ڈائریکٹر: وصولی کی فہرست سے باہر حوالے کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>نظرانداز کرنے کی وجہ:</translation>
    </message>
    <message>
        <source>Director override: the reason will be recorded.</source>
        <translation>ڈائریکٹر کی جانب سے استثنا: وجہ درج کی جائے گی۔</translation>
    </message>
    <message>
        <source>On the pickup list: may collect.</source>
        <translation>وصولی کی فہرست میں: لے جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Override a court order</source>
        <translation>عدالتی حکم کو نظرانداز کریں</translation>
    </message>
    <message>
        <source>Release to %1 against court order %2? This overrides the court&apos;s &quot;do not release&quot; and is recorded with your name and reason.</source>
        <translation>بچے کو عدالتی حکم %2 کے خلاف %1 کے حوالے کریں؟ یہ عدالت کے &quot;حوالے نہ کریں&quot; کو نظرانداز کرتا ہے اور آپ کے نام اور وجہ کے ساتھ درج کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>this adult</source>
        <translation>یہ بالغ فرد</translation>
    </message>
    <message>
        <source>Not checked out: the override of court order %1 was not confirmed.</source>
        <translation>چیک آؤٹ نہیں ہوا: عدالتی حکم %1 کو نظرانداز کرنے کی تصدیق نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Checked out: %1 to %2</source>
        <translation>چیک آؤٹ ہو گیا: %1، %2 کے حوالے</translation>
    </message>
    <message>
        <source>Adults who may collect</source>
        <translation>بالغ افراد جو لے جا سکتے ہیں</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildCard</name>
    <message>
        <source>✓ Ticked</source>
        <translation>✓ نشان لگا ہوا</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>کوئی تصویر موجود نہیں</translation>
    </message>
    <message>
        <source>The child&apos;s emergency contacts with phones (Ctrl+E)</source>
        <translation>بچے کے ہنگامی رابطے فون نمبروں کے ساتھ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>ابھی کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>⚠ %1 — life-threatening</source>
        <translation>⚠ %1 — جان لیوا</translation>
    </message>
    <message>
        <source>%1 allergy</source>
        <translation>%1 سے الرجی</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation>طبی: %1</translation>
    </message>
    <message>
        <source>Do not release to %1: %2 %3</source>
        <translation>%1 کے حوالے نہ کریں: %2 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <source>No photo consent</source>
        <translation>تصویر کی اجازت نہیں</translation>
    </message>
    <message>
        <source>The family has not agreed to photos: no photos of this child may be taken or shared, and Kindred prints and shows the photo only here at the desk.</source>
        <translation>خاندان نے تصاویر کی اجازت نہیں دی: اس بچے کی کوئی تصویر نہ لی جائے نہ شیئر کی جائے، اور Kindred یہ تصویر صرف یہیں ڈیسک پر دکھاتا ہے اور پرنٹ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>گھر روانہ</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>موجود نہیں</translation>
    </message>
    <message>
        <source>Here since %1 · code %2</source>
        <translation>%1 سے موجود · کوڈ %2</translation>
    </message>
    <message>
        <source>Absent today: %1</source>
        <translation>آج غیر حاضر: %1</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildDetailsEditor</name>
    <message>
        <source>Photos of the child may be ta&amp;ken and shared</source>
        <translation>بچے کی تصاویر لینے اور شیئر کرنے کی ا&amp;جازت ہے</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>پسندیدہ نا&amp;م:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;تاریخ پیدائش:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;کمرہ:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>تصویر:</translation>
    </message>
    <message>
        <source>Chi&amp;ld</source>
        <translation>&amp;بچہ</translation>
    </message>
    <message>
        <source>conditions, medications, dietary needs, doctor</source>
        <translation>بیماریاں، ادویات، غذائی ضروریات، ڈاکٹر</translation>
    </message>
    <message>
        <source>Allergies (life-threatening ones are shown in red everywhere):</source>
        <translation>الرجیاں (جان لیوا الرجیاں ہر جگہ سرخ رنگ میں دکھائی جاتی ہیں):</translation>
    </message>
    <message>
        <source>Medical &amp;notes:</source>
        <translation>طبی &amp;نوٹس:</translation>
    </message>
    <message>
        <source>Allergies &amp;&amp; &amp;medical</source>
        <translation>الرجی &amp;&amp; &amp;طبی</translation>
    </message>
    <message>
        <source>&amp;Emergency contacts</source>
        <translation>&amp;ہنگامی رابطے</translation>
    </message>
    <message>
        <source>Pick&amp;up</source>
        <translation>&amp;وصولی</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>بکنگ&amp;ز</translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>اس ٹیب پر کسی چیز کو درست کرنے کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>(ابھی کوئی کمرہ نہیں)</translation>
    </message>
</context>
<context>
    <name>Kindred::ChildrenEditor</name>
    <message>
        <source>Add ch&amp;ild</source>
        <translation>بچہ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Remo&amp;ve child</source>
        <translation>بچہ &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Health reco&amp;rd…</source>
        <translation>صحت کا &amp;ریکارڈ…</translation>
    </message>
    <message>
        <source>Conditions, medications, immunisations and the medication log (saved children)</source>
        <translation>بیماریاں، ادویات، حفاظتی ٹیکے اور دوا کا رجسٹر (محفوظ شدہ بچوں کے لیے)</translation>
    </message>
    <message>
        <source>(new child)</source>
        <translation>(نیا بچہ)</translation>
    </message>
    <message>
        <source>Life-threatening allergy</source>
        <translation>جان لیوا الرجی</translation>
    </message>
    <message>
        <source>Something here needs fixing.</source>
        <translation>یہاں کسی چیز کو درست کرنے کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
</context>
<context>
    <name>Kindred::ConditionsPanel</name>
    <message>
        <source>Condition</source>
        <translation>بیماری / کیفیت</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>نگہداشت کا منصوبہ</translation>
    </message>
    <message>
        <source>Dietary need</source>
        <translation>غذائی ضرورت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Save doctor</source>
        <translation>ڈاکٹر محفوظ کریں</translation>
    </message>
    <message>
        <source>Medical conditions</source>
        <translation>طبی کیفیات</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>غذائی ضروریات</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>ڈاکٹر</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>کلینک:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; saved.</source>
        <translation>کیفیت &quot;%1&quot; محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Dietary need &quot;%1&quot; saved.</source>
        <translation>غذائی ضرورت &quot;%1&quot; محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Remove from the health record</source>
        <translation>صحت کے ریکارڈ سے ہٹائیں</translation>
    </message>
    <message>
        <source>Why is this being removed? (kept in the audit log)</source>
        <translation>اسے کیوں ہٹایا جا رہا ہے؟ (آڈٹ لاگ میں محفوظ رہے گا)</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>Doctor saved.</source>
        <translation>ڈاکٹر محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>Kindred::ConflictBar</name>
    <message>
        <source>&amp;Reload…</source>
        <translation>&amp;دوبارہ لوڈ کریں…</translation>
    </message>
    <message>
        <source>Load the record as it is now, discarding what you typed</source>
        <translation>ریکارڈ کو اس کی موجودہ حالت میں لوڈ کریں، اور جو آپ نے لکھا ہے اسے رد کر دیں</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <source>Load the record as it is now? What you typed since opening it will be discarded.</source>
        <translation>ریکارڈ کو اس کی موجودہ حالت میں لوڈ کریں؟ اسے کھولنے کے بعد آپ نے جو لکھا ہے وہ ضائع ہو جائے گا۔</translation>
    </message>
</context>
<context>
    <name>Kindred::CorrectionDialog</name>
    <message>
        <source>Correct an attendance record</source>
        <translation>حاضری کا ریکارڈ درست کریں</translation>
    </message>
    <message>
        <source>Check-out time</source>
        <translation>چیک آؤٹ کا وقت</translation>
    </message>
    <message>
        <source>Check-out time (forgotten check-out of an earlier day)</source>
        <translation>چیک آؤٹ کا وقت (پچھلے دن کا بھولا ہوا چیک آؤٹ)</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>چیک اِن کا وقت</translation>
    </message>
    <message>
        <source>Void the check-in (it was a mistake)</source>
        <translation>چیک اِن کالعدم کریں (یہ غلطی تھی)</translation>
    </message>
    <message>
        <source>Void the check-out (it was a mistake)</source>
        <translation>چیک آؤٹ کالعدم کریں (یہ غلطی تھی)</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>بچہ:</translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation>درست کریں:</translation>
    </message>
    <message>
        <source>Correct time:</source>
        <translation>درست وقت:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>وجہ:</translation>
    </message>
    <message numerus="yes">
        <source>Why (needed after %n minute(s), or from another desk)</source>
        <translation>
            <numerusform>کیوں (%n منٹ کے بعد، یا کسی دوسرے ڈیسک سے، ضروری ہے)</numerusform>
            <numerusform>کیوں (%n منٹ کے بعد، یا کسی دوسرے ڈیسک سے، ضروری ہے)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (kept with the old value)</source>
        <translation>کیوں (پرانی قدر کے ساتھ محفوظ رہے گا)</translation>
    </message>
    <message>
        <source>%1 will leave the roll call and every list of who is here, as if never checked in. Void a check-in only if the child did not come.</source>
        <translation>%1 ہنگامی حاضری اور موجود بچوں کی ہر فہرست سے ہٹ جائے گا، گویا کبھی چیک اِن ہوا ہی نہیں۔ چیک اِن صرف اسی صورت میں کالعدم کریں جب بچہ آیا ہی نہ ہو۔</translation>
    </message>
    <message>
        <source>%1&apos;s stay will be open again: %1 counts as here until checked out to an adult on the pickup list.</source>
        <translation>%1 کی حاضری دوبارہ کھل جائے گی: جب تک وصولی کی فہرست میں موجود کسی بالغ فرد کے حوالے کر کے چیک آؤٹ نہ کیا جائے، %1 موجود شمار ہوگا۔</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>چیک اِن کالعدم کریں</translation>
    </message>
    <message>
        <source>%1 will no longer be on the roll call or counted as here. Void the check-in?</source>
        <translation>%1 اب ہنگامی حاضری میں نہیں ہوگا اور موجود شمار نہیں ہوگا۔ چیک اِن کالعدم کریں؟</translation>
    </message>
</context>
<context>
    <name>Kindred::CustodyChangeDialog</name>
    <message>
        <source>Change who may collect</source>
        <translation>تبدیل کریں کہ کون لے جا سکتا ہے</translation>
    </message>
    <message>
        <source>These pickup rules change. Each change is recorded in the audit trail with your name and your reason.</source>
        <translation>وصولی کے یہ اصول تبدیل ہو رہے ہیں۔ ہر تبدیلی آپ کے نام اور آپ کی وجہ کے ساتھ آڈٹ لاگ میں درج ہوتی ہے۔</translation>
    </message>
    <message>
        <source>what happened and who decided, e.g. new parenting order seen today</source>
        <translation>کیا ہوا اور کس نے فیصلہ کیا، مثلاً آج نیا عدالتی حکمِ سرپرستی دیکھا گیا</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;وجہ:</translation>
    </message>
    <message>
        <source>the later order, variation or withdrawal, with its date</source>
        <translation>بعد کا حکم، ترمیم یا واپسی، تاریخ کے ساتھ</translation>
    </message>
    <message>
        <source>Document that ended court order %1:</source>
        <translation>وہ دستاویز جس نے عدالتی حکم %1 ختم کیا:</translation>
    </message>
    <message>
        <source>At least %1 characters and %2 different words.</source>
        <translation>کم از کم %1 حروف اور %2 مختلف الفاظ۔</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>تبدیلیاں &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
</context>
<context>
    <name>Kindred::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <source>Tickets opened per month, by site</source>
        <translation>ہر مہینے کھولے گئے ٹکٹ، برانچ کے لحاظ سے</translation>
    </message>
    <message>
        <source>No tickets in these six months.</source>
        <translation>ان چھ مہینوں میں کوئی ٹکٹ نہیں۔</translation>
    </message>
    <message>
        <source>Hours to resolve (median) by site</source>
        <translation>حل کرنے کے گھنٹے (وسطانیہ)، برانچ کے لحاظ سے</translation>
    </message>
    <message>
        <source>None resolved yet.</source>
        <translation>ابھی تک کوئی حل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Incidents by kind (last 90 days)</source>
        <translation>واقعات قسم کے لحاظ سے (پچھلے 90 دن)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>No incidents in these 90 days.</source>
        <translation>ان 90 دنوں میں کوئی واقعہ نہیں۔</translation>
    </message>
    <message>
        <source>Tickets opened and resolved per month</source>
        <translation>ہر مہینے کھولے گئے اور حل کیے گئے ٹکٹ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>کھولے گئے</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل کیے گئے</translation>
    </message>
    <message>
        <source>Hours to resolve (median, by month opened)</source>
        <translation>حل کرنے کے گھنٹے (وسطانیہ، کھلنے کے مہینے کے لحاظ سے)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Children attending per day (last 30 days)</source>
        <translation>روزانہ حاضر بچے (پچھلے 30 دن)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>No check-ins in these 30 days.</source>
        <translation>ان 30 دنوں میں کوئی چیک اِن نہیں۔</translation>
    </message>
    <message>
        <source>Children present at each hour today</source>
        <translation>آج ہر گھنٹے موجود بچے</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>Nobody checked in yet today.</source>
        <translation>آج ابھی تک کسی کا چیک اِن نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now, at every site together.</source>
        <translation>
            <numerusform>آج، %1: اس وقت %n بچہ موجود ہے، تمام برانچوں کو ملا کر۔</numerusform>
            <numerusform>آج، %1: اس وقت %n بچے موجود ہیں، تمام برانچوں کو ملا کر۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n child(ren) here now.</source>
        <translation>
            <numerusform>آج، %1: اس وقت %n بچہ موجود ہے۔</numerusform>
            <numerusform>آج، %1: اس وقت %n بچے موجود ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1: %2</source>
        <translation>آج، %1: %2</translation>
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
        <translation>آمد</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <source>All siblings</source>
        <translation>تمام بہن بھائی</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>چیک آؤٹ…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>غیر حاضر…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>لیبل پرنٹ کریں…</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskToolBar</name>
    <message>
        <source>Drop-in child…</source>
        <translation>ڈراپ اِن بچہ…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>گروپ…</translation>
    </message>
    <message>
        <source>Reprint lost label</source>
        <translation>گم شدہ لیبل دوبارہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <source>Tick a child who is here to reprint the label with the same code.</source>
        <translation>اسی کوڈ کے ساتھ لیبل دوبارہ پرنٹ کرنے کے لیے کسی موجود بچے پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Check a child in, or tick a child who is here, to save labels.</source>
        <translation>لیبل محفوظ کرنے کے لیے کسی بچے کا چیک اِن کریں، یا کسی موجود بچے پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::DeskUndo</name>
    <message>
        <source>Undo check-in of %1 (Ctrl+Z)</source>
        <translation>%1 کا چیک اِن منسوخ کریں (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo check-out of %1 (Ctrl+Z)</source>
        <translation>%1 کا چیک آؤٹ منسوخ کریں (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo at this desk.</source>
        <translation>اس ڈیسک پر منسوخ کرنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Check-in undone for %1.</source>
        <translation>%1 کا چیک اِن منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Check-out undone for %1: here again, and the next check-out goes through the pickup list again.</source>
        <translation>%1 کا چیک آؤٹ منسوخ کر دیا گیا: بچہ دوبارہ موجود ہے، اور اگلا چیک آؤٹ دوبارہ وصولی کی فہرست سے گزرے گا۔</translation>
    </message>
</context>
<context>
    <name>Kindred::DiskSpaceMonitor</name>
    <message>
        <source>Only %1 MB free on the disk that holds Kindred&apos;s data — free some space or ask whoever looks after this computer</source>
        <translation>Kindred کا ڈیٹا رکھنے والی ڈسک پر صرف %1 MB خالی ہے — کچھ جگہ خالی کریں یا اس کمپیوٹر کی دیکھ بھال کرنے والے سے رابطہ کریں</translation>
    </message>
</context>
<context>
    <name>Kindred::DrillService</name>
    <message>
        <source>under way</source>
        <translation>جاری</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 منٹ %2 سیکنڈ</translation>
    </message>
    <message>
        <source>A drill is already under way. Finish it before starting another.</source>
        <translation>ایک مشق پہلے سے جاری ہے۔ دوسری شروع کرنے سے پہلے اسے مکمل کریں۔</translation>
    </message>
    <message>
        <source>That person is not on this drill&apos;s roll.</source>
        <translation>یہ شخص اس مشق کی فہرست میں نہیں۔</translation>
    </message>
    <message>
        <source>This drill is finished; its roll can no longer be changed.</source>
        <translation>یہ مشق مکمل ہو چکی ہے؛ اس کی فہرست اب تبدیل نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>That drill is not on file, or was already finished.</source>
        <translation>یہ مشق ریکارڈ میں موجود نہیں، یا پہلے ہی مکمل ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>That drill is not on file.</source>
        <translation>یہ مشق ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred چائلڈ کیئر سینٹر</translation>
    </message>
    <message>
        <source>Emergency drill log</source>
        <translation>ہنگامی مشقوں کا رجسٹر</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>On roll</source>
        <translation>فہرست میں</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>موجودگی کی تصدیق</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>آغاز کنندہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>No drills were recorded in this period.</source>
        <translation>اس مدت میں کوئی مشق درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
</context>
<context>
    <name>Kindred::DropInDialog</name>
    <message>
        <source>Life-threatening</source>
        <translation>جان لیوا</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والدین</translation>
    </message>
    <message>
        <source>Check the child in now, brought by this adult</source>
        <translation>ابھی بچے کا چیک اِن کریں، جسے یہ بالغ فرد لایا ہے</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>رجسٹر کریں</translation>
    </message>
    <message>
        <source>Drop-in or visiting child</source>
        <translation>ڈراپ اِن یا مہمان بچہ</translation>
    </message>
    <message>
        <source>none, or e.g. peanuts, egg</source>
        <translation>کوئی نہیں، یا مثلاً مونگ پھلی، انڈا</translation>
    </message>
    <message>
        <source>same as the child&apos;s</source>
        <translation>بچے جیسا ہی</translation>
    </message>
    <message>
        <source>a number the centre can call today</source>
        <translation>ایسا نمبر جس پر سینٹر آج رابطہ کر سکے</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(کوئی کمرہ نہیں)</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation>بچے کا &amp;پہلا نام:</translation>
    </message>
    <message>
        <source>Child&apos;s family &amp;name:</source>
        <translation>بچے کا &amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;تاریخ پیدائش:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;کمرہ:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;الرجیاں:</translation>
    </message>
    <message>
        <source>Adult&apos;s first na&amp;me:</source>
        <translation>بالغ فرد کا پہلا &amp;نام:</translation>
    </message>
    <message>
        <source>Adult&apos;s family nam&amp;e:</source>
        <translation>بالغ فرد کا خاندانی نا&amp;م:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;رشتہ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;فون:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The adult who brings the child&lt;/b&gt; — at least one phone number the centre can call is required.</source>
        <translation>&lt;b&gt;بچے کو لانے والا بالغ فرد&lt;/b&gt; — کم از کم ایک ایسا فون نمبر ضروری ہے جس پر سینٹر رابطہ کر سکے۔</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in.</source>
        <translation>%1 ڈراپ اِن کے طور پر رجسٹر ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 is registered as a drop-in and checked in (code %2).</source>
        <translation>%1 ڈراپ اِن کے طور پر رجسٹر ہو گیا اور چیک اِن ہو گیا (کوڈ %2)۔</translation>
    </message>
    <message>
        <source>%1 is registered, but was not checked in: %2</source>
        <translation>%1 رجسٹر ہو گیا، لیکن چیک اِن نہیں ہوا: %2</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsEditor</name>
    <message>
        <source>Add con&amp;tact</source>
        <translation>رابطہ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>رابطہ ہٹائیں</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;اوپر لے جائیں</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;نیچے لے جائیں</translation>
    </message>
    <message>
        <source>No emergency contacts yet. Add someone besides the guardians whom the centre can call.</source>
        <translation>ابھی کوئی ہنگامی رابطہ نہیں۔ سرپرستوں کے علاوہ کسی ایسے شخص کو شامل کریں جس سے سینٹر رابطہ کر سکے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>رابطہ %1</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
</context>
<context>
    <name>Kindred::EmergencyContactsPopup</name>
    <message>
        <source>Emergency contacts — %1</source>
        <translation>ہنگامی رابطے — %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — life-threatening</source>
        <translation>⚠ %1: %2 — جان لیوا</translation>
    </message>
    <message>
        <source>%1 — no emergency contacts on file</source>
        <translation>%1 — کوئی ہنگامی رابطہ درج نہیں</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
</context>
<context>
    <name>Kindred::FamiliesPage</name>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;نیا خاندان</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;آرکائیو…</translation>
    </message>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits or card code</source>
        <translation>خاندان تلاش کریں: کسی بچے یا بالغ فرد کا نام، فون کے ہندسے یا کارڈ کوڈ</translation>
    </message>
    <message>
        <source>New family (Ctrl+N)</source>
        <translation>نیا خاندان (Ctrl+N)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>تلا&amp;ش:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <source>Open family</source>
        <translation>خاندان کھولیں</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>%1 خاندان</translation>
    </message>
    <message>
        <source>Archive family</source>
        <translation>خاندان آرکائیو کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies)</source>
        <translation>
            <numerusform>%n خاندان</numerusform>
            <numerusform>%n خاندان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found for &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; کے لیے %1 ملے۔</translation>
    </message>
    <message>
        <source>%1 listed; scroll down for more.</source>
        <translation>%1 درج ہیں؛ مزید کے لیے نیچے اسکرول کریں۔</translation>
    </message>
    <message>
        <source>No families yet. Add the first with New family (%1).</source>
        <translation>ابھی کوئی خاندان نہیں۔ پہلا خاندان &quot;نیا خاندان&quot; (%1) سے شامل کریں۔</translation>
    </message>
    <message>
        <source>No families match &quot;%1&quot;. Check the spelling, or search by phone or card number.</source>
        <translation>کوئی خاندان &quot;%1&quot; سے مطابقت نہیں رکھتا۔ ہجے جانچیں، یا فون یا کارڈ نمبر سے تلاش کریں۔</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>خاندان</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyEditorDialog</name>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;گھرانہ</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>&amp;بالغ افراد</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>ب&amp;چے</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Hidden for your role (%1).</source>
        <translation>آپ کے کردار (%1) کے لیے پوشیدہ۔</translation>
    </message>
    <message>
        <source>Only a director changes who may collect a child or who must not; your role (%1) sees them.</source>
        <translation>صرف ڈائریکٹر تبدیل کرتا ہے کہ بچے کو کون لے جا سکتا ہے اور کون نہیں؛ آپ کا کردار (%1) انہیں دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>نیا خاندان</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1 خاندان</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyListModel</name>
    <message>
        <source>A child of this family has a life-threatening allergy.</source>
        <translation>اس خاندان کے ایک بچے کو جان لیوا الرجی ہے۔</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
</context>
<context>
    <name>Kindred::FamilyService</name>
    <message>
        <source>Kindred could not find a free family card code. Nothing was saved; call support.</source>
        <translation>Kindred کو کوئی خالی خاندانی کارڈ کوڈ نہیں ملا۔ کچھ محفوظ نہیں کیا گیا؛ سپورٹ سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>%1 is not an adult of this family on file. Nothing was saved.</source>
        <translation>%1 ریکارڈ میں اس خاندان کا بالغ فرد نہیں۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is not a child of this family on file. Nothing was saved.</source>
        <translation>%1 ریکارڈ میں اس خاندان کا بچہ نہیں۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This family is no longer on file (it was archived at another desk). Nothing was saved.</source>
        <translation>یہ خاندان اب ریکارڈ میں موجود نہیں (اسے کسی دوسرے ڈیسک پر آرکائیو کر دیا گیا)۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>the %1 family</source>
        <translation>%1 خاندان</translation>
    </message>
    <message>
        <source>Could not read the data file: a count came back empty.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: ایک گنتی خالی آئی۔</translation>
    </message>
</context>
<context>
    <name>Kindred::FirstStartWizard</name>
    <message>
        <source>Set up Kindred</source>
        <translation>Kindred سیٹ اپ کریں</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>آپ کا سینٹر</translation>
    </message>
    <message>
        <source>Kindred keeps the centre in one new data file. Nothing is written until you finish.</source>
        <translation>Kindred سینٹر کو ایک نئی ڈیٹا فائل میں رکھتا ہے۔ آپ کے مکمل کرنے تک کچھ نہیں لکھا جاتا۔</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>سینٹر کا &amp;نام:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(نہیں بتایا)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;ملک:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;ٹائم زون:</translation>
    </message>
    <message>
        <source>Three letters (ISO 4217): AUD, EUR, CAD…</source>
        <translation>تین حروف (ISO 4217): AUD، EUR، CAD…</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;کرنسی:</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>کمرے</translation>
    </message>
    <message>
        <source>The rooms children are checked into, with how many each holds and how many children one adult may look after there. More can be added later under Rooms.</source>
        <translation>وہ کمرے جن میں بچوں کا چیک اِن ہوتا ہے، ہر ایک کی گنجائش اور یہ کہ وہاں ایک بالغ فرد کتنے بچوں کی دیکھ بھال کر سکتا ہے۔ مزید کمرے بعد میں &quot;کمرے&quot; کے تحت شامل کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>جگہیں</translation>
    </message>
    <message>
        <source>Children per adult</source>
        <translation>فی بالغ بچے</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>کمرہ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove the room</source>
        <translation>کمرہ &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>پہلا منتظم</translation>
    </message>
    <message>
        <source>The administrator sets up staff, their PINs and what each role may do. The password has at least %1 characters and contains neither the centre&apos;s name nor yours.</source>
        <translation>منتظم عملہ، ان کے PIN اور ہر کردار کی اجازتیں مقرر کرتا ہے۔ پاس ورڈ میں کم از کم %1 حروف ہوتے ہیں اور اس میں نہ سینٹر کا نام ہو نہ آپ کا۔</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;آخری نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس &amp;ورڈ:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>پاس ورڈ &amp;دوبارہ:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں؛ ایک ہی پاس ورڈ دو بار لکھیں۔</translation>
    </message>
    <message>
        <source>The language of Kindred&apos;s window and of your own account. Each staff member can have their own.</source>
        <translation>Kindred کی ونڈو اور آپ کے اپنے اکاؤنٹ کی زبان۔ عملے کا ہر رکن اپنی الگ زبان رکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Your language:</source>
        <translation>&amp;آپ کی زبان:</translation>
    </message>
    <message>
        <source>The centre&apos;s language and formats, as a language code (BCP 47): en, en-AU, fr-CA… Staff who have no language of their own see the window in it.</source>
        <translation>سینٹر کی زبان اور فارمیٹ، زبان کے کوڈ (BCP 47) کی صورت میں: en، en-AU، fr-CA… عملے کے جن ارکان کی اپنی کوئی زبان مقرر نہیں، وہ ونڈو اسی زبان میں دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;language:</source>
        <translation>سینٹر کی &amp;زبان:</translation>
    </message>
</context>
<context>
    <name>Kindred::FrontDeskPage</name>
    <message>
        <source>Find a family: a child&apos;s or adult&apos;s name, phone digits, card code — or scan the card or a pickup code</source>
        <translation>خاندان تلاش کریں: کسی بچے یا بالغ فرد کا نام، فون کے ہندسے، کارڈ کوڈ — یا کارڈ یا وصولی کوڈ اسکین کریں</translation>
    </message>
    <message>
        <source>No family open</source>
        <translation>کوئی خاندان کھلا نہیں</translation>
    </message>
    <message>
        <source>(signed-in user)</source>
        <translation>(سائن اِن شدہ صارف)</translation>
    </message>
    <message>
        <source>Adult at the desk, &amp;brought by:</source>
        <translation>ڈیسک پر بالغ فرد، &amp;لانے والا:</translation>
    </message>
    <message>
        <source>S&amp;taff at the desk:</source>
        <translation>ڈیسک پر &amp;عملہ:</translation>
    </message>
    <message>
        <source>No family matches &quot;%1&quot;.
Try part of a surname or first name,
the last digits of a phone number,
the family&apos;s card code,
or today&apos;s pickup code.</source>
        <translation>کوئی خاندان &quot;%1&quot; سے مطابقت نہیں رکھتا۔
خاندانی نام یا پہلے نام کا کچھ حصہ،
فون نمبر کے آخری ہندسے،
خاندان کا کارڈ کوڈ،
یا آج کا وصولی کوڈ آزمائیں۔</translation>
    </message>
    <message>
        <source>No family card or pickup code matches &quot;%1&quot;.</source>
        <translation>کوئی خاندانی کارڈ یا وصولی کوڈ &quot;%1&quot; سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>No family open — type a name or scan a card</source>
        <translation>کوئی خاندان کھلا نہیں — نام لکھیں یا کارڈ اسکین کریں</translation>
    </message>
    <message>
        <source>%1 family · card %2</source>
        <translation>%1 خاندان · کارڈ %2</translation>
    </message>
    <message>
        <source>brought them last time</source>
        <translation>پچھلی بار یہی لائے تھے</translation>
    </message>
    <message>
        <source>Open a family first: its children&apos;s emergency contacts are shown.</source>
        <translation>پہلے کوئی خاندان کھولیں: اس کے بچوں کے ہنگامی رابطے دکھائے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Open a family first.</source>
        <translation>پہلے کوئی خاندان کھولیں۔</translation>
    </message>
    <message>
        <source>Every child of this family is already here.</source>
        <translation>اس خاندان کے تمام بچے پہلے سے موجود ہیں۔</translation>
    </message>
    <message>
        <source>No child is ticked, so nobody was checked in: tick the children (Tab, then Space) or press F3 for all.</source>
        <translation>کسی بچے پر نشان نہیں لگا، اس لیے کسی کا چیک اِن نہیں ہوا: بچوں پر نشان لگائیں (Tab، پھر Space) یا سب کے لیے F3 دبائیں۔</translation>
    </message>
    <message>
        <source>Who brought them? Choose the adult at the desk, then press F2 again.</source>
        <translation>انہیں کون لایا؟ ڈیسک پر موجود بالغ فرد منتخب کریں، پھر دوبارہ F2 دبائیں۔</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (کوڈ %2)</translation>
    </message>
    <message>
        <source>Checked in: %1, brought by %2. Press F8 to print the labels and receipt.</source>
        <translation>چیک اِن ہو گیا: %1، لانے والا: %2۔ لیبل اور رسید پرنٹ کرنے کے لیے F8 دبائیں۔</translation>
    </message>
    <message>
        <source>Still waiting for another station to finish saving; try again when this message changes.</source>
        <translation>ابھی تک کسی دوسرے اسٹیشن کے محفوظ کرنے کا انتظار ہے؛ یہ پیغام بدلنے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No child of this family is checked in.</source>
        <translation>اس خاندان کے کسی بچے کا چیک اِن نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1 — released by a director&apos;s override; the reason is recorded.</source>
        <translation>%1 — ڈائریکٹر کے استثنا سے حوالے کیا گیا؛ وجہ درج کر لی گئی ہے۔</translation>
    </message>
    <message>
        <source>Choose the children who are away today.</source>
        <translation>وہ بچے منتخب کریں جو آج غیر حاضر ہیں۔</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>آج غیر حاضر</translation>
    </message>
    <message>
        <source>Why is the child away?</source>
        <translation>بچہ کیوں غیر حاضر ہے؟</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>بیمار</translation>
    </message>
    <message>
        <source>Choose a child who is here to reprint a label.</source>
        <translation>لیبل دوبارہ پرنٹ کرنے کے لیے کوئی موجود بچہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose who brought them (%1)</source>
        <comment>%1: the key that reaches the list, Alt+B in English</comment>
        <translation>لانے والا بالغ فرد منتخب کریں (%1)</translation>
    </message>
    <message>
        <source>A child in this family has a life-threatening allergy.</source>
        <translation>اس خاندان کے ایک بچے کو جان لیوا الرجی ہے۔</translation>
    </message>
    <message>
        <source>Families found</source>
        <translation>ملنے والے خاندان</translation>
    </message>
    <message>
        <source>Find a family</source>
        <translation>خاندان تلاش کریں</translation>
    </message>
</context>
<context>
    <name>Kindred::GroupAttendanceDialog</name>
    <message>
        <source>Your &amp;PIN, again:</source>
        <translation>آپ کا &amp;PIN، دوبارہ:</translation>
    </message>
    <message>
        <source>Group check-in or check-out</source>
        <translation>گروپ چیک اِن یا چیک آؤٹ</translation>
    </message>
    <message>
        <source>Check in — arriving with staff (bus run)</source>
        <translation>چیک اِن — عملے کے ساتھ آمد (بس کا چکر)</translation>
    </message>
    <message>
        <source>Check out — leaving with staff (field trip)</source>
        <translation>چیک آؤٹ — عملے کے ساتھ روانگی (تفریحی دورہ)</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>تمام کمرے</translation>
    </message>
    <message>
        <source>e.g. Morning bus, Zoo trip</source>
        <translation>مثلاً صبح کی بس، چڑیا گھر کا دورہ</translation>
    </message>
    <message>
        <source>Only for a child with a &quot;do not release&quot; restriction: a director&apos;s reason</source>
        <translation>صرف &quot;حوالے نہ کریں&quot; پابندی والے بچے کے لیے: ڈائریکٹر کی وجہ</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;کیا:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;عملے کا رکن:</translation>
    </message>
    <message>
        <source>Group &amp;label:</source>
        <translation>گروپ کا &amp;لیبل:</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;استثنا:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>ک&amp;مرہ:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;سب پر نشان لگائیں</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>کسی پر &amp;نہیں</translation>
    </message>
    <message>
        <source>Children (space ticks the highlighted one):</source>
        <translation>بچے (Space نمایاں بچے پر نشان لگاتا ہے):</translation>
    </message>
    <message>
        <source>Result, child by child:</source>
        <translation>نتیجہ، ہر بچے کے لیے:</translation>
    </message>
    <message>
        <source>No staff member is clocked in (or signed in) today: a group can only leave with staff who are here.</source>
        <translation>آج عملے کے کسی رکن کی ڈیوٹی پر آمد (یا سائن اِن) درج نہیں: گروپ صرف موجود عملے کے ساتھ جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Check in ticked children</source>
        <translation>نشان زدہ بچوں کا چیک اِن کریں</translation>
    </message>
    <message>
        <source>Check out ticked children</source>
        <translation>نشان زدہ بچوں کا چیک آؤٹ کریں</translation>
    </message>
    <message>
        <source>   ⚠ %1 — life-threatening</source>
        <translation>   ⚠ %1 — جان لیوا</translation>
    </message>
    <message>
        <source>Every child of this room is already here.</source>
        <translation>اس کمرے کے تمام بچے پہلے سے موجود ہیں۔</translation>
    </message>
    <message>
        <source>Nobody of this room is here.</source>
        <translation>اس کمرے کا کوئی بچہ موجود نہیں۔</translation>
    </message>
    <message>
        <source>Tick the children of the group first.</source>
        <translation>پہلے گروپ کے بچوں پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>✓ %1 — checked in, code %2</source>
        <translation>✓ %1 — چیک اِن ہو گیا، کوڈ %2</translation>
    </message>
    <message>
        <source>✓ %1 — left with %2 (back through a group check-in)</source>
        <translation>✓ %1 — %2 کے ساتھ روانہ (واپسی گروپ چیک اِن کے ذریعے)</translation>
    </message>
    <message>
        <source>✗ %1 — refused: %2</source>
        <translation>✗ %1 — مسترد: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) recorded.</source>
        <translation>
            <numerusform>%n بچہ درج ہوا۔</numerusform>
            <numerusform>%n بچے درج ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Overriding a court order needs your PIN again: type it, then run again.</source>
        <translation>عدالتی حکم کو نظرانداز کرنے کے لیے آپ کا PIN دوبارہ درکار ہے: اسے لکھیں، پھر دوبارہ چلائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n refused: see the list.</source>
        <translation>
            <numerusform>%n مسترد ہوا: فہرست دیکھیں۔</numerusform>
            <numerusform>%n مسترد ہوئے: فہرست دیکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Children of the room</source>
        <translation>کمرے کے بچے</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتائج</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthListEditor</name>
    <message>
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ہٹائیں…</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordDialog</name>
    <message>
        <source>Health record — %1</source>
        <translation>صحت کا ریکارڈ — %1</translation>
    </message>
    <message>
        <source>&amp;1 Conditions, diet, doctor</source>
        <translation>&amp;1 بیماریاں، غذا، ڈاکٹر</translation>
    </message>
    <message>
        <source>&amp;2 Medications</source>
        <translation>&amp;2 ادویات</translation>
    </message>
    <message>
        <source>&amp;3 Medication given</source>
        <translation>&amp;3 دی گئی دوا</translation>
    </message>
    <message>
        <source>&amp;4 Immunisations</source>
        <translation>&amp;4 حفاظتی ٹیکے</translation>
    </message>
</context>
<context>
    <name>Kindred::HealthRecordService</name>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>نگہداشت کا منصوبہ</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>شیڈول</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>اجازت</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>کلینک</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>یہ بچہ ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>Enter the name of the condition.</source>
        <translation>بیماری / کیفیت کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>دوا کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter the dose, as the parent&apos;s authority states it.</source>
        <translation>خوراک درج کریں، جیسے والدین کی اجازت نامے میں لکھی ہے۔</translation>
    </message>
    <message>
        <source>Enter the dietary need.</source>
        <translation>غذائی ضرورت درج کریں۔</translation>
    </message>
    <message>
        <source>The doctor&apos;s phone number does not look right.</source>
        <translation>ڈاکٹر کا فون نمبر درست نہیں لگتا۔</translation>
    </message>
    <message>
        <source>the %1 entry</source>
        <translation>اندراج %1</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>ڈاکٹر</translation>
    </message>
    <message>
        <source>Nothing was changed. That entry has been removed, or belongs to another child.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ یہ اندراج ہٹا دیا گیا ہے، یا کسی دوسرے بچے کا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was removed. Give the reason.</source>
        <translation>کچھ نہیں ہٹایا گیا۔ وجہ بتائیں۔</translation>
    </message>
    <message>
        <source>Nothing was removed. That entry is not on file, or was already removed.</source>
        <translation>کچھ نہیں ہٹایا گیا۔ یہ اندراج ریکارڈ میں موجود نہیں، یا پہلے ہی ہٹا دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>Kindred::HouseholdForm</name>
    <message>
        <source>The family is happ&amp;y to share its cultures and celebrations with the centre community</source>
        <translation>خاندان اپنی ثقافتیں اور تہوار سینٹر کی برادری کے ساتھ شیئر کرنے پر &amp;خوش ہے</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Igbo</source>
        <translation>کوما سے الگ کریں، مثلاً انگریزی، اِگبو</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>کوما سے الگ کریں</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Diwali, Lunar New Year</source>
        <translation>کوما سے الگ کریں، مثلاً دیوالی، چینی نیا سال</translation>
    </message>
    <message>
        <source>made when saved</source>
        <translation>محفوظ کرنے پر بنایا جائے گا</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>خاندان کا &amp;نام:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;پتہ:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;شہر:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>پوسٹ &amp;کوڈ:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;زبانیں:</translation>
    </message>
    <message>
        <source>C&amp;ultures:</source>
        <translation>&amp;ثقافتیں:</translation>
    </message>
    <message>
        <source>Cele&amp;brations:</source>
        <translation>&amp;تہوار:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;حیثیت:</translation>
    </message>
    <message>
        <source>Ca&amp;rd code:</source>
        <translation>کارڈ کو&amp;ڈ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>نو&amp;ٹس:</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>پتا، دوسری سطر</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationScheduleDialog</name>
    <message>
        <source>&amp;Add dose</source>
        <translation>خوراک &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove dose</source>
        <translation>خوراک &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>شیڈول &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Immunisation schedule</source>
        <translation>حفاظتی ٹیکوں کا شیڈول</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ویکسین</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>خوراک نمبر</translation>
    </message>
    <message>
        <source>Due at age</source>
        <translation>واجب عمر</translation>
    </message>
    <message numerus="yes">
        <source>Each dose is due on the day the child reaches its age, and overdue %n day(s) later.</source>
        <translation>
            <numerusform>ہر خوراک اس دن واجب ہوتی ہے جب بچہ اس کی عمر کو پہنچتا ہے، اور %n دن بعد تاخیر شدہ شمار ہوتی ہے۔</numerusform>
            <numerusform>ہر خوراک اس دن واجب ہوتی ہے جب بچہ اس کی عمر کو پہنچتا ہے، اور %n دن بعد تاخیر شدہ شمار ہوتی ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماہ</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationService</name>
    <message>
        <source>Enter the vaccine.</source>
        <translation>ویکسین درج کریں۔</translation>
    </message>
    <message>
        <source>The dose number starts at 1.</source>
        <translation>خوراک نمبر 1 سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Enter the date the vaccine was given (not in the future).</source>
        <translation>ویکسین لگنے کی تاریخ درج کریں (مستقبل کی نہیں)۔</translation>
    </message>
    <message>
        <source>That child is not on file.</source>
        <translation>یہ بچہ ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>The vaccine cannot have been given before the child was born.</source>
        <translation>ویکسین بچے کی پیدائش سے پہلے نہیں لگ سکتی۔</translation>
    </message>
    <message>
        <source>%1 dose %2 is already recorded (given %3).</source>
        <translation>%1 کی خوراک %2 پہلے سے درج ہے (%3 کو دی گئی)۔</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>عمر منفی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>%1 dose %2 is in the schedule twice.</source>
        <translation>%1 کی خوراک %2 شیڈول میں دو بار ہے۔</translation>
    </message>
</context>
<context>
    <name>Kindred::ImmunisationsPanel</name>
    <message>
        <source>&amp;Record as given</source>
        <translation>دی گئی کے طور پر &amp;درج کریں</translation>
    </message>
    <message>
        <source>Edit the centre&apos;s &amp;schedule…</source>
        <translation>سینٹر کے &amp;شیڈول میں ترمیم کریں…</translation>
    </message>
    <message>
        <source>No immunisations recorded. Add each dose from the child&apos;s record or certificate.</source>
        <translation>کوئی حفاظتی ٹیکہ درج نہیں۔ بچے کے ریکارڈ یا سرٹیفکیٹ سے ہر خوراک شامل کریں۔</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ویکسین</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>دینے کی تاریخ</translation>
    </message>
    <message>
        <source>&amp;Vaccine dose:</source>
        <translation>ویکسین کی &amp;خوراک:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>دینے کی &amp;تاریخ:</translation>
    </message>
    <message>
        <source>%1, dose %2</source>
        <translation>%1، خوراک %2</translation>
    </message>
    <message>
        <source>Up to date with the centre&apos;s schedule.</source>
        <translation>سینٹر کے شیڈول کے مطابق مکمل۔</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due now</source>
        <translation>%1 تاخیر شدہ، %2 اب واجب</translation>
    </message>
    <message>
        <source>%1 dose %2 recorded.</source>
        <translation>%1 کی خوراک %2 درج ہو گئی۔</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>حفاظتی ٹیکے</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentDialog</name>
    <message>
        <source>Told at</source>
        <translation>اطلاع کا وقت</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>فالو اپ درکار</translation>
    </message>
    <message>
        <source>Reportable to the licensing authority</source>
        <translation>لائسنسنگ اتھارٹی کو قابلِ اطلاع</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>واقعہ درج کریں</translation>
    </message>
    <message>
        <source>Add a child: type a name and press Enter</source>
        <translation>بچہ شامل کریں: نام لکھیں اور Enter دبائیں</translation>
    </message>
    <message>
        <source>e.g. left knee</source>
        <translation>مثلاً بایاں گھٹنا</translation>
    </message>
    <message>
        <source>Names, separated by ;</source>
        <translation>نام، ; سے الگ کیے ہوئے</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>ٹیکسٹ میسج</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;کب</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>کہا&amp;ں</translation>
    </message>
    <message>
        <source>What ha&amp;ppened</source>
        <translation>کیا &amp;ہوا</translation>
    </message>
    <message>
        <source>First &amp;aid or action</source>
        <translation>ابتدائی طبی &amp;امداد یا کارروائی</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>&amp;جسم کا حصہ</translation>
    </message>
    <message>
        <source>&amp;Staff involved</source>
        <translation>متعلقہ &amp;عملہ</translation>
    </message>
    <message>
        <source>Wi&amp;tnesses</source>
        <translation>&amp;گواہ</translation>
    </message>
    <message>
        <source>Which parent or guardian</source>
        <translation>کون سے والدین یا سرپرست</translation>
    </message>
    <message>
        <source>Parent notified</source>
        <translation>والدین کو اطلاع دی گئی</translation>
    </message>
    <message>
        <source>Save and submit</source>
        <translation>محفوظ کریں اور جمع کرائیں</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Incident no. %1</source>
        <translation>واقعہ نمبر %1</translation>
    </message>
    <message>
        <source>Child no. %1</source>
        <translation>بچہ نمبر %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Signed off: change it with “Amend…” on the incidents page.</source>
        <translation>منظور شدہ: اسے واقعات کے صفحے پر &quot;ترمیم…&quot; سے تبدیل کریں۔</translation>
    </message>
    <message>
        <source>Children involved</source>
        <translation>متعلقہ بچے</translation>
    </message>
    <message>
        <source>Staff who witnessed it</source>
        <translation>عملہ جس نے دیکھا</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>بچہ شامل کریں</translation>
    </message>
    <message>
        <source>Parent or guardian notified</source>
        <translation>والدین یا سرپرست جنہیں اطلاع دی گئی</translation>
    </message>
    <message>
        <source>When the parent was notified</source>
        <translation>والدین کو کب اطلاع دی گئی</translation>
    </message>
    <message>
        <source>How the parent was notified</source>
        <translation>والدین کو کیسے اطلاع دی گئی</translation>
    </message>
    <message>
        <source>Follow-up to do</source>
        <translation>بعد کی کارروائی</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentService</name>
    <message>
        <source>Nothing was changed. This incident has been signed off; it can only be amended, with a reason.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ یہ واقعہ منظور ہو چکا ہے؛ اس میں صرف وجہ کے ساتھ ترمیم کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ اس واقعے کی حیثیت: %1۔</translation>
    </message>
    <message>
        <source>Nothing was changed. Record which parent was told, and when, before signing off.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ منظوری سے پہلے درج کریں کہ کس والدین کو اطلاع دی گئی، اور کب۔</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who acknowledged it.</source>
        <translation>اس سرپرست کا نام درج کریں جس نے تصدیق کی۔</translation>
    </message>
    <message>
        <source>Say how the guardian acknowledged it (signed, in person, email…).</source>
        <translation>بتائیں کہ سرپرست نے کیسے تصدیق کی (دستخط، بالمشافہ، ای میل…)۔</translation>
    </message>
    <message>
        <source>Nothing was changed. Submit the incident before a guardian acknowledges it.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ سرپرست کی تصدیق سے پہلے واقعہ جمع کرائیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 already acknowledged this incident.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ %1 اس واقعے کی پہلے ہی تصدیق کر چکے ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed. Give the reason for the amendment.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ ترمیم کی وجہ بتائیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed. “%1” cannot be amended.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ &quot;%1&quot; میں ترمیم نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>Nothing was changed. This incident is not signed off yet: edit it directly.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ یہ واقعہ ابھی منظور نہیں ہوا: اس میں براہِ راست ترمیم کریں۔</translation>
    </message>
    <message>
        <source>Nothing was changed. The new value is the same as the old.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ نئی قدر پرانی قدر جیسی ہی ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ %1</translation>
    </message>
    <message>
        <source>this incident report</source>
        <translation>واقعے کی یہ رپورٹ</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsPage</name>
    <message>
        <source>Reportable only</source>
        <translation>صرف قابلِ اطلاع</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;نیا واقعہ…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;منظوری دیں</translation>
    </message>
    <message>
        <source>Guardian a&amp;cknowledged…</source>
        <translation>سرپرست کی &amp;تصدیق…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>ت&amp;رمیم…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>پرنٹ کا &amp;پیش منظر…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>No incidents match these filters and dates. Widen the dates or choose &quot;All kinds&quot; and &quot;Any status&quot;, or log one with New incident.</source>
        <translation>کوئی واقعہ ان فلٹرز اور تاریخوں سے مطابقت نہیں رکھتا۔ تاریخیں وسیع کریں یا &quot;تمام اقسام&quot; اور &quot;کوئی بھی حیثیت&quot; منتخب کریں، یا &quot;نیا واقعہ&quot; سے ایک درج کریں۔</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>کوئی بھی حیثیت</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>قابلِ اطلاع</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message numerus="yes">
        <source> (%n amendment(s))</source>
        <translation>
            <numerusform> (%n ترمیم)</numerusform>
            <numerusform> (%n ترامیم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>درکار</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>منظوری دیں</translation>
    </message>
    <message>
        <source>Sign off incident no. %1? After sign-off it can only be changed by a recorded amendment.</source>
        <translation>واقعہ نمبر %1 کی منظوری دیں؟ منظوری کے بعد اسے صرف درج شدہ ترمیم کے ذریعے تبدیل کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>منظور نہیں ہوا</translation>
    </message>
    <message>
        <source>Guardian acknowledgement</source>
        <translation>سرپرست کی تصدیق</translation>
    </message>
    <message>
        <source>Name of the guardian who acknowledged the report:</source>
        <translation>رپورٹ کی تصدیق کرنے والے سرپرست کا نام:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>کیسے:</translation>
    </message>
    <message>
        <source>Signed the printed report</source>
        <translation>پرنٹ شدہ رپورٹ پر دستخط کیے</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>incident-%1.pdf</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>حیثیت:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
</context>
<context>
    <name>Kindred::IncidentsSection</name>
    <message>
        <source>Emergency &amp;roll call</source>
        <translation>ہنگامی &amp;حاضری</translation>
    </message>
    <message>
        <source>Emergency roll call — no sign-in</source>
        <translation>ہنگامی حاضری — سائن اِن کے بغیر</translation>
    </message>
</context>
<context>
    <name>Kindred::LabelSettingsDialog</name>
    <message>
        <source>Life-threatening allergies (printed in red)</source>
        <translation>جان لیوا الرجیاں (سرخ رنگ میں پرنٹ)</translation>
    </message>
    <message>
        <source>Other allergies</source>
        <translation>دیگر الرجیاں</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>طبی نوٹس</translation>
    </message>
    <message>
        <source>Label settings</source>
        <translation>لیبل کی ترتیبات</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> ملی میٹر</translation>
    </message>
    <message>
        <source>Label stock</source>
        <translation>لیبل کا کاغذ</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;چوڑائی:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;اونچائی:</translation>
    </message>
    <message>
        <source>Health facts printed on a child&apos;s label</source>
        <translation>بچے کے لیبل پر پرنٹ ہونے والی صحت کی معلومات</translation>
    </message>
    <message>
        <source>A label travels with the child and can be read by anyone. What is not printed stays on screen for staff only — keep sensitive conditions off the label.</source>
        <translation>لیبل بچے کے ساتھ رہتا ہے اور اسے کوئی بھی پڑھ سکتا ہے۔ جو پرنٹ نہیں ہوتا وہ صرف عملے کے لیے اسکرین پر رہتا ہے — حساس کیفیات لیبل پر نہ ڈالیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::MainWindow</name>
    <message>
        <source>This station does not see other stations&apos; changes at once (%1). Press F5 to read a page again.</source>
        <translation>یہ اسٹیشن دوسرے اسٹیشنوں کی تبدیلیاں فوراً نہیں دیکھتا (%1)۔ صفحہ دوبارہ پڑھنے کے لیے F5 دبائیں۔</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>فرنٹ ڈیسک</translation>
    </message>
    <message>
        <source>Who&apos;s here</source>
        <translation>کون موجود ہے</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>کمرے</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>ٹکٹ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>واقعات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>رازداری</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>اکاؤنٹس</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>ڈیٹا فائل &amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>ابھی &amp;بیک اپ لیں…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>بیک اپ سے ب&amp;حال کریں…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>م&amp;نظر</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;پوری اسکرین</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>ک&amp;لیدیں</translation>
    </message>
    <message>
        <source>&amp;About Kindred</source>
        <translation>Kindred کے &amp;بارے میں</translation>
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
        <translation>%1 (ڈیمو) — %2 — Kindred</translation>
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
            <numerusform>%n خاندان</numerusform>
            <numerusform>%n خاندان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Kindred data file</source>
        <translation>Kindred کی ڈیٹا فائل کھولیں</translation>
    </message>
    <message>
        <source>Kindred data (*.kindred *.sqlite);;All files (*)</source>
        <translation>Kindred ڈیٹا (*.kindred *.sqlite);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>The centre server&apos;s data was saved with pg_dump in %1</source>
        <translation>سینٹر سرور کا ڈیٹا pg_dump کے ذریعے %1 میں محفوظ کیا گیا</translation>
    </message>
    <message>
        <source>Back up the data file</source>
        <translation>ڈیٹا فائل کا بیک اپ لیں</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name for the backup.</source>
        <translation>%1 پہلے سے موجود ہے۔ بیک اپ کے لیے نیا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>The data was copied and checked: %1</source>
        <translation>ڈیٹا کاپی اور جانچ لیا گیا: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <source>Kindred backups (*.kindred *.bak *.sqlite);;All files (*)</source>
        <translation>Kindred بیک اپ (*.kindred *.bak *.sqlite);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <source>The daily backup is being made just now. Try again in a minute.</source>
        <translation>روزانہ کا بیک اپ ابھی بن رہا ہے۔ ایک منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Replace the records in the data file with those in the backup %1?

Everything recorded since that backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file afterwards; other stations must be closed first.</source>
        <translation>ڈیٹا فائل کے ریکارڈ کو بیک اپ %1 کے ریکارڈ سے بدل دیں؟

اس بیک اپ کے بعد درج کی گئی ہر چیز (چیک اِن، خاندان، واقعات…) ڈیٹا فائل میں نہیں رہے گی۔ ڈیٹا فائل اپنی موجودہ حالت میں اس کے ساتھ محفوظ رکھی جاتی ہے، اور بحالی آڈٹ لاگ میں درج ہوتی ہے۔ اس کے بعد Kindred ڈیٹا فائل دوبارہ لوڈ کرتا ہے؛ پہلے دوسرے اسٹیشن بند کرنا ضروری ہے۔</translation>
    </message>
    <message>
        <source>The backup was restored. The data file as it was before is kept as %1.

Kindred now reloads the data file: every screen shows the restored records.</source>
        <translation>بیک اپ بحال ہو گیا۔ ڈیٹا فائل اپنی پچھلی حالت میں %1 کے طور پر محفوظ ہے۔

اب Kindred ڈیٹا فائل دوبارہ لوڈ کرتا ہے: ہر اسکرین بحال شدہ ریکارڈ دکھائے گی۔</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدیں</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>کیا کرتی ہے</translation>
    </message>
    <message>
        <source>About Kindred</source>
        <translation>Kindred کے بارے میں</translation>
    </message>
    <message>
        <source>Kindred %1
The front desk for childcare centres, preschools and small schools.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Kindred %1
چائلڈ کیئر سینٹرز، پری اسکولوں اور چھوٹے اسکولوں کے لیے فرنٹ ڈیسک۔
GNU GPL، ورژن 3 یا بعد کے تحت لائسنس یافتہ۔</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>حصے</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>حصہ</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationLogPanel</name>
    <message>
        <source>&amp;Log dose given</source>
        <translation>دی گئی خوراک درج &amp;کریں</translation>
    </message>
    <message>
        <source>No doses recorded for this child yet.</source>
        <translation>اس بچے کے لیے ابھی تک کوئی خوراک درج نہیں۔</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>دینے کا وقت</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>دوا</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;دوا:</translation>
    </message>
    <message>
        <source>&amp;Dose given:</source>
        <translation>دی گئی &amp;خوراک:</translation>
    </message>
    <message>
        <source>&amp;Time given:</source>
        <translation>دینے کا &amp;وقت:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <source>Doses given at the centre, newest first:</source>
        <translation>سینٹر میں دی گئی خوراکیں، تازہ ترین پہلے:</translation>
    </message>
    <message>
        <source>%1 — no consent on file</source>
        <translation>%1 — کوئی اجازت نامہ موجود نہیں</translation>
    </message>
    <message>
        <source>Dose logged.</source>
        <translation>خوراک درج ہو گئی۔</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>دی گئی ادویات</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationService</name>
    <message>
        <source>Nothing was recorded. Choose the staff member who gave it.</source>
        <translation>کچھ درج نہیں کیا گیا۔ عملے کا وہ رکن منتخب کریں جس نے دوا دی۔</translation>
    </message>
    <message>
        <source>Nothing was recorded. Enter the dose given.</source>
        <translation>کچھ درج نہیں کیا گیا۔ دی گئی خوراک درج کریں۔</translation>
    </message>
    <message>
        <source>Nothing was recorded. The time given is in the future.</source>
        <translation>کچھ درج نہیں کیا گیا۔ دینے کا وقت مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>Nothing was recorded. That medication is not on this child&apos;s record.</source>
        <translation>کچھ درج نہیں کیا گیا۔ یہ دوا اس بچے کے ریکارڈ میں نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1 was removed from this child&apos;s record.</source>
        <translation>کچھ درج نہیں کیا گیا۔ %1 اس بچے کے ریکارڈ سے ہٹا دی گئی تھی۔</translation>
    </message>
    <message>
        <source>Nothing was recorded. There is no parental consent on file for %1: do not give it until a parent has signed the authority.</source>
        <translation>کچھ درج نہیں کیا گیا۔ %1 کے لیے والدین کا کوئی اجازت نامہ موجود نہیں: جب تک والدین اجازت نامے پر دستخط نہ کریں، یہ دوا نہ دیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::MedicationsPanel</name>
    <message>
        <source>Parent&apos;s signed &amp;consent on file</source>
        <translation>والدین کی دستخط شدہ &amp;اجازت موجود ہے</translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation>دوا &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>اپ &amp;ڈیٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;ہٹائیں…</translation>
    </message>
    <message>
        <source>No medications recorded. Add one with its dose before staff give it.</source>
        <translation>کوئی دوا درج نہیں۔ عملے کے دوا دینے سے پہلے اسے خوراک کے ساتھ شامل کریں۔</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>دوا</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>خوراک</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>اجازت</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;دوا:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>&amp;خوراک:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;کب:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;میعاد ختم:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;نوٹس:</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>موجود ہے</translation>
    </message>
    <message>
        <source>NO CONSENT</source>
        <translation>اجازت نہیں</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>میعاد ختم %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>%1 saved. No consent is on file: it cannot be given yet.</source>
        <translation>%1 محفوظ ہو گئی۔ کوئی اجازت نامہ موجود نہیں: یہ ابھی نہیں دی جا سکتی۔</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>دوا ہٹائیں</translation>
    </message>
    <message>
        <source>Why is this medication being removed? (kept in the audit log)</source>
        <translation>یہ دوا کیوں ہٹائی جا رہی ہے؟ (آڈٹ لاگ میں محفوظ رہے گا)</translation>
    </message>
    <message>
        <source>Medication removed.</source>
        <translation>دوا ہٹا دی گئی۔</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>ادویات</translation>
    </message>
</context>
<context>
    <name>Kindred::OverdueTicketsLabel</name>
    <message>
        <source>no. %1 %2 (%3)</source>
        <translation>نمبر %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue tickets: %1 — %2</source>
        <translation>تاخیر شدہ ٹکٹ: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Kindred::PhotoField</name>
    <message>
        <source>Choose pho&amp;to…</source>
        <translation>&amp;تصویر منتخب کریں…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>تصویر ہٹائیں</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>تصویر منتخب کریں</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 کو تصویر کے طور پر پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>کوئی تصویر نہیں</translation>
    </message>
</context>
<context>
    <name>Kindred::PickupRulesEditor</name>
    <message>
        <source>Add &quot;do &amp;not release&quot;</source>
        <translation>&quot;حوالے &amp;نہ کریں&quot; شامل کریں</translation>
    </message>
    <message>
        <source>Remove restriction</source>
        <translation>پابندی ہٹائیں</translation>
    </message>
    <message>
        <source>No adults in this family yet. Add them on the Adults tab, then tick who may collect the child.</source>
        <translation>اس خاندان میں ابھی کوئی بالغ فرد نہیں۔ انہیں &quot;بالغ افراد&quot; ٹیب پر شامل کریں، پھر نشان لگائیں کہ بچے کو کون لے جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Nobody is on the do-not-release list.</source>
        <translation>&quot;حوالے نہ کریں&quot; کی فہرست میں کوئی نہیں۔</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>لے جا سکتا ہے</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Do not release to</source>
        <translation>حوالے نہ کریں</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>عدالتی حکم</translation>
    </message>
    <message>
        <source>Restriction %1</source>
        <translation>پابندی %1</translation>
    </message>
    <message>
        <source>Au&amp;thorised to collect (tick; dates are optional):</source>
        <translation>لے جانے کے &amp;مجاز (نشان لگائیں؛ تاریخیں اختیاری ہیں):</translation>
    </message>
    <message>
        <source>Do not release to (court orders and other restrictions):</source>
        <translation>حوالے نہ کریں (عدالتی احکامات اور دیگر پابندیاں):</translation>
    </message>
    <message>
        <source>(new adult)</source>
        <translation>(نیا بالغ فرد)</translation>
    </message>
    <message>
        <source>why, e.g. family court order</source>
        <translation>وجہ، مثلاً فیملی کورٹ کا حکم</translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>Who may collect</source>
        <translation>کون لے جا سکتا ہے</translation>
    </message>
    <message>
        <source>Who may not collect</source>
        <translation>کون نہیں لے جا سکتا</translation>
    </message>
</context>
<context>
    <name>Kindred::PrivacyPage</name>
    <message>
        <source>Everything held about a family</source>
        <translation>کسی خاندان کے بارے میں محفوظ تمام معلومات</translation>
    </message>
    <message>
        <source>Families who have left</source>
        <translation>وہ خاندان جو جا چکے ہیں</translation>
    </message>
    <message>
        <source>Family name, phone or card code, then Enter</source>
        <translation>خاندان کا نام، فون یا کارڈ کوڈ، پھر Enter</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON برآمد کریں…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF برآمد کریں…</translation>
    </message>
    <message>
        <source>Parent &amp;directory PDF…</source>
        <translation>والدین کی &amp;ڈائریکٹری PDF…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;تلاش:</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>&amp;خاندان:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماہ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Anonymise the families listed…</source>
        <translation>درج خاندانوں کو &amp;گمنام کریں…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>بالغ افراد</translation>
    </message>
    <message>
        <source>Keep personal data after a family leaves for</source>
        <translation>خاندان کے جانے کے بعد ذاتی ڈیٹا اتنی مدت رکھیں</translation>
    </message>
    <message>
        <source>Due now (nothing changes until you anonymise them). Attendance, incident and medication records are kept, with the names replaced.</source>
        <translation>اب واجب (جب تک آپ انہیں گمنام نہ کریں کچھ تبدیل نہیں ہوتا)۔ حاضری، واقعات اور دوا کے ریکارڈ محفوظ رہتے ہیں، ناموں کی جگہ متبادل نام لگا کر۔</translation>
    </message>
    <message>
        <source>Find the family first.</source>
        <translation>پہلے خاندان تلاش کریں۔</translation>
    </message>
    <message>
        <source>Export a family&apos;s data</source>
        <translation>کسی خاندان کا ڈیٹا برآمد کریں</translation>
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
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON فائلیں (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Parent directory</source>
        <translation>والدین کی ڈائریکٹری</translation>
    </message>
    <message>
        <source>parent-directory.pdf</source>
        <translation>parent-directory.pdf</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>ریکارڈ رکھنے کی مدت</translation>
    </message>
    <message>
        <source>No family is due.</source>
        <translation>کوئی خاندان واجب نہیں۔</translation>
    </message>
    <message>
        <source>Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed from %6 and %7. Names replaced in %8 and %9; %10 redacted.</source>
        <translation>متبادل ناموں سے بدل دیے گئے: %1 اور %2 کے نام اور تفصیلات۔ حذف کیے گئے: %3، %4 اور %5۔ متن ہٹا دیے گئے: %6 اور %7 سے۔ نام بدل دیے گئے: %8 اور %9 میں؛ %10 حذف کیے گئے۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln child(ren)</source>
        <translation>
            <numerusform>%Ln بچہ</numerusform>
            <numerusform>%Ln بچے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adult(s)</source>
        <translation>
            <numerusform>%Ln بالغ فرد</numerusform>
            <numerusform>%Ln بالغ افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln تصویر</numerusform>
            <numerusform>%Ln تصاویر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln allergy, contact or pickup record(s)</source>
        <translation>
            <numerusform>الرجی، رابطے یا وصولی کا %Ln ریکارڈ</numerusform>
            <numerusform>الرجی، رابطے یا وصولی کے %Ln ریکارڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln health record(s)</source>
        <translation>
            <numerusform>صحت کا %Ln ریکارڈ</numerusform>
            <numerusform>صحت کے %Ln ریکارڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ٹکٹ</numerusform>
            <numerusform>%Ln ٹکٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket note(s)</source>
        <translation>
            <numerusform>ٹکٹ کا %Ln نوٹ</numerusform>
            <numerusform>ٹکٹ کے %Ln نوٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln واقعہ</numerusform>
            <numerusform>%Ln واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln دیگر ریکارڈ</numerusform>
            <numerusform>%Ln دیگر ریکارڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit entry(ies)</source>
        <translation>
            <numerusform>%Ln آڈٹ اندراج</numerusform>
            <numerusform>%Ln آڈٹ اندراجات</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as they are, for licensing: %1 and %2.</source>
        <translation>لائسنسنگ کے لیے جوں کے توں رکھے گئے: %1 اور %2۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance record(s)</source>
        <translation>
            <numerusform>حاضری کا %Ln ریکارڈ</numerusform>
            <numerusform>حاضری کے %Ln ریکارڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise families</source>
        <translation>خاندانوں کو گمنام کریں</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the %n family(ies) listed? This cannot be undone.</source>
        <translation>
            <numerusform>درج %n خاندان کو گمنام کریں؟ اسے واپس نہیں کیا جا سکتا۔</numerusform>
            <numerusform>درج %n خاندانوں کو گمنام کریں؟ اسے واپس نہیں کیا جا سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>ریکارڈ رکھنے کی مدت ختم</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) anonymised.</source>
        <translation>
            <numerusform>%n خاندان گمنام کیا گیا۔</numerusform>
            <numerusform>%n خاندان گمنام کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Families due for anonymising</source>
        <translation>گمنام کیے جانے والے خاندان</translation>
    </message>
</context>
<context>
    <name>Kindred::RecordListPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>&amp;آرکائیو…</translation>
    </message>
</context>
<context>
    <name>Kindred::ReportsPage</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;برانچ:</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel</source>
        <translation>Excel کے لیے &amp;CSV</translation>
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
        <translation>&amp;از:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;کمرہ:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>کا&amp;غذ:</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>&amp;پیش منظر…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پ&amp;رنٹ…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>C&amp;SV محفوظ کریں…</translation>
    </message>
    <message>
        <source>Centre &amp;logo…</source>
        <translation>سینٹر کا &amp;لوگو…</translation>
    </message>
    <message>
        <source>This computer&apos;s site (%1)</source>
        <translation>اس کمپیوٹر کی برانچ (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام برانچیں</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>تمام کمرے</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF محفوظ کریں</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV اسپریڈ شیٹ (*.csv)</translation>
    </message>
    <message>
        <source>Centre logo</source>
        <translation>سینٹر کا لوگو</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kindred cannot read %1 as a picture.</source>
        <translation>Kindred فائل %1 کو تصویر کے طور پر نہیں پڑھ سکتا۔</translation>
    </message>
</context>
<context>
    <name>Kindred::RoleService</name>
    <message>
        <source>Nothing was changed: a role&apos;s short name uses lower-case letters, digits, - or _.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کردار کا مختصر نام چھوٹے انگریزی حروف، ہندسوں، - یا _ پر مشتمل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: the role needs a name.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کردار کا نام ضروری ہے۔</translation>
    </message>
</context>
<context>
    <name>Kindred::RolesPanel</name>
    <message>
        <source>&amp;Save permissions</source>
        <translation>اجازتیں &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>A&amp;dd role</source>
        <translation>کردار &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Name of a new role, such as Cook</source>
        <translation>نئے کردار کا نام، مثلاً باورچی</translation>
    </message>
    <message>
        <source>Tick what each role may do (Space ticks the chosen box), then save. Changes apply at once to everyone signed in with that role, and are kept in the audit trail.</source>
        <translation>نشان لگائیں کہ ہر کردار کیا کر سکتا ہے (Space منتخب خانے پر نشان لگاتا ہے)، پھر محفوظ کریں۔ تبدیلیاں اس کردار کے ساتھ سائن اِن ہر شخص پر فوراً لاگو ہوتی ہیں، اور آڈٹ لاگ میں محفوظ رہتی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>&amp;نیا کردار:</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <translation>%1 (اپنا)</translation>
    </message>
    <message>
        <source>%1 may %2</source>
        <translation>%1 کی اجازت: %2</translation>
    </message>
    <message>
        <source>No permission was changed.</source>
        <translation>کوئی اجازت تبدیل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>%1 saved. %2</source>
        <translation>%1 محفوظ ہو گیا۔ %2</translation>
    </message>
    <message>
        <source>Saved what %1 may do.</source>
        <translation>محفوظ کر دیا گیا کہ %1 کیا کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: there is already a role called %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 نام کا کردار پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>%1 was added and may do nothing yet: tick what it may do, then save.</source>
        <translation>%1 شامل کر دیا گیا اور ابھی کچھ نہیں کر سکتا: نشان لگائیں کہ یہ کیا کر سکتا ہے، پھر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>ہر کردار کی اجازتیں</translation>
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
        <translation>ہنگامی حاضری &amp;شروع کریں</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;مکمل کریں اور محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Print now</source>
        <translation>ابھی &amp;پرنٹ کریں</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Drill &amp;log…</source>
        <translation>مشق کا رج&amp;سٹر…</translation>
    </message>
    <message>
        <source>Emergency &amp;contacts</source>
        <translation>ہنگامی &amp;رابطے</translation>
    </message>
    <message>
        <source>&amp;Health record…</source>
        <translation>&amp;صحت کا ریکارڈ…</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>ہنگامی حاضری</translation>
    </message>
    <message>
        <source>The emergency contacts of the child on the chosen row (Ctrl+E)</source>
        <translation>منتخب قطار والے بچے کے ہنگامی رابطے (Ctrl+E)</translation>
    </message>
    <message>
        <source>Accounted</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>جان لیوا الرجیاں</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>دیگر الرجیاں، طبی نوٹس</translation>
    </message>
    <message>
        <source>Emergency contacts / phone</source>
        <translation>ہنگامی رابطے / فون</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <source>%1
The roll call below is %2.</source>
        <translation>%1
نیچے دی گئی ہنگامی حاضری %2 ہے۔</translation>
    </message>
    <message>
        <source>%1
The roll call could not be read. Use the printed list or the room sign-in sheets.</source>
        <translation>%1
ہنگامی حاضری پڑھی نہیں جا سکی۔ پرنٹ شدہ فہرست یا کمروں کی حاضری شیٹس استعمال کریں۔</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>احاطے میں موجود عملہ</translation>
    </message>
    <message>
        <source>%1, %2 on the premises</source>
        <translation>%1، %2 احاطے میں موجود</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>عملے کا %n رکن</numerusform>
            <numerusform>عملے کے %n ارکان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who is on the premises could not be read</source>
        <translation>یہ نہیں پڑھا جا سکا کہ احاطے میں کون موجود ہے</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 accounted for — %4</source>
        <translation>%1 — %3 میں سے %2 کی تصدیق — %4</translation>
    </message>
    <message>
        <source>Roll call not started</source>
        <translation>ہنگامی حاضری شروع نہیں ہوئی</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>نشان نہیں لگا</translation>
    </message>
    <message>
        <source>No roll call is under way.</source>
        <translation>کوئی ہنگامی حاضری جاری نہیں۔</translation>
    </message>
    <message>
        <source>Saved: %1, %2 of %3 accounted for, took %4.</source>
        <translation>محفوظ ہو گئی: %1، %3 میں سے %2 کی تصدیق، دورانیہ %4۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not accounted for yet:</source>
        <translation>
            <numerusform>%n فرد کی ابھی تصدیق نہیں ہوئی:</numerusform>
            <numerusform>%n افراد کی ابھی تصدیق نہیں ہوئی:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish and save the roll call anyway?</source>
        <translation>پھر بھی ہنگامی حاضری مکمل کر کے محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Not everyone is accounted for</source>
        <translation>سب کی تصدیق نہیں ہوئی</translation>
    </message>
    <message>
        <source>Finish roll call</source>
        <translation>ہنگامی حاضری مکمل کریں</translation>
    </message>
    <message>
        <source>Notes for the drill log (assembly point, problems found):</source>
        <translation>مشق کے رجسٹر کے لیے نوٹس (جمع ہونے کی جگہ، پیش آنے والے مسائل):</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Last copy from %1, the centre server cannot be reached: read only, it may be incomplete</source>
        <translation>%1 کی آخری کاپی، سینٹر سرور تک رسائی نہیں ہو پا رہی: صرف پڑھنے کے لیے، ممکن ہے نامکمل ہو</translation>
    </message>
    <message>
        <source>as of %1 — may be incomplete</source>
        <translation>%1 تک کی — ممکن ہے نامکمل ہو</translation>
    </message>
    <message>
        <source>Emergency roll call %1</source>
        <translation>ہنگامی حاضری %1</translation>
    </message>
    <message>
        <source>roll-call-%1.pdf</source>
        <translation>roll-call-%1.pdf</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>مشقوں کا رجسٹر</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>حاضری</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomBoardPage</name>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Children here</source>
        <translation>موجود بچے</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <source>Staff clocked in</source>
        <translation>ڈیوٹی پر موجود عملہ</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>تناسب</translation>
    </message>
    <message>
        <source>Still here after closing</source>
        <translation>بند ہونے کے بعد بھی موجود</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>تمام کمرے</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>ڈیوٹی پر آمد</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>ڈیوٹی سے روانگی</translation>
    </message>
    <message>
        <source>Correct or void…</source>
        <translation>درست یا کالعدم کریں…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>حاضری شیٹ…</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>شیٹ PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Log incident… (Ctrl+I)</source>
        <translation>واقعہ درج کریں… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Children here (⚠ red: life-threatening allergy)</source>
        <translation>موجود بچے (⚠ سرخ: جان لیوا الرجی)</translation>
    </message>
    <message>
        <source>Staff clock</source>
        <translation>عملے کی حاضری</translation>
    </message>
    <message>
        <source>Not checked out (end of day), then today&apos;s check-outs</source>
        <translation>چیک آؤٹ نہیں ہوا (دن کا اختتام)، پھر آج کے چیک آؤٹ</translation>
    </message>
    <message>
        <source>Daily sign-in/out sheet</source>
        <translation>روزانہ آمد و روانگی کی شیٹ</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>دیوار والی اسکرین</translation>
    </message>
    <message>
        <source>Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and ratios, no children&apos;s names.</source>
        <translation>کمروں کو پوری اسکرین پر، بڑے حروف میں، دیوار پر لگی اسکرین کے لیے دکھاتا ہے: تعداد، عملہ اور تناسب، بچوں کے نام نہیں۔</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 تاخیر سے</translation>
    </message>
    <message numerus="yes">
        <source>%n children here now</source>
        <translation>
            <numerusform>اس وقت %n بچہ موجود ہے</numerusform>
            <numerusform>اس وقت %n بچے موجود ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n still here after closing</source>
        <translation>
            <numerusform> · %n بند ہونے کے بعد بھی موجود</numerusform>
            <numerusform> · %n بند ہونے کے بعد بھی موجود</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — in at %3</source>
        <translation>%1 — %2 — آمد %3</translation>
    </message>
    <message>
        <source>%1 — %2 — out at %3 with %4</source>
        <translation>%1 — %2 — روانگی %3، %4 کے ساتھ</translation>
    </message>
    <message>
        <source>%1 — %2 — since %3 · code %4</source>
        <translation>%1 — %2 — %3 سے · کوڈ %4</translation>
    </message>
    <message>
        <source>⚠ %1 — LIFE-THREATENING: %2</source>
        <translation>⚠ %1 — جان لیوا: %2</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>واقعہ درج کریں</translation>
    </message>
    <message>
        <source>Choose the children involved in the &quot;Children here&quot; list first.</source>
        <translation>پہلے &quot;موجود بچے&quot; کی فہرست میں متعلقہ بچے منتخب کریں۔</translation>
    </message>
    <message>
        <source>Correct a time</source>
        <translation>وقت درست کریں</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>پہلے فہرست میں کوئی بچہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>حاضری شیٹ</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>حاضری شیٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — گنجائش سے زیادہ</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>کمرے</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>جن کی روانگی درج نہیں</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>عملے کا رکن:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>کمرہ:</translation>
    </message>
    <message>
        <source>Day of the sheet</source>
        <translation>شیٹ کا دن</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomDialog</name>
    <message>
        <source> months</source>
        <translation> ماہ</translation>
    </message>
    <message>
        <source> children</source>
        <translation> بچے</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>نیا کمرہ</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>کمرہ %1</translation>
    </message>
    <message>
        <source>1 adult : </source>
        <translation>1 بالغ : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Youngest age:</source>
        <translation>&amp;کم سے کم عمر:</translation>
    </message>
    <message>
        <source>&amp;Oldest age:</source>
        <translation>&amp;زیادہ سے زیادہ عمر:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;گنجائش:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;تناسب:</translation>
    </message>
</context>
<context>
    <name>Kindred::RoomsPage</name>
    <message>
        <source>&amp;Add room…</source>
        <translation>کمرہ &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>No rooms yet. Children are placed in rooms and ratios are counted per room: add the first with Add room.</source>
        <translation>ابھی کوئی کمرہ نہیں۔ بچے کمروں میں رکھے جاتے ہیں اور تناسب ہر کمرے کے لحاظ سے گنا جاتا ہے: پہلا کمرہ &quot;کمرہ شامل کریں&quot; سے شامل کریں۔</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>عمریں</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>تناسب</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 سال</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 ماہ</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>کمرہ %1</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>کمرہ آرکائیو کریں</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>کمرے</translation>
    </message>
</context>
<context>
    <name>Kindred::SecretDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>%1 کا PIN</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 کا پاس ورڈ</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits. It unlocks the screen and switches the person at the desk.</source>
        <translation>PIN میں %1 سے %2 ہندسے ہوتے ہیں۔ یہ اسکرین اَن لاک کرتا ہے اور ڈیسک پر موجود شخص کو بدلتا ہے۔</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>نیا &amp;PIN:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>نیا &amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;دوبارہ:</translation>
    </message>
    <message>
        <source>The two entries differ: type the same in both.</source>
        <translation>دونوں اندراجات مختلف ہیں: دونوں میں ایک ہی چیز لکھیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SecurityController</name>
    <message>
        <source>&amp;Switch user or lock</source>
        <translation>صارف &amp;بدلیں یا لاک کریں</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Switch user or lock: %3</source>
        <translation>%1 (%2) کے طور پر سائن اِن۔ صارف بدلیں یا لاک کریں: %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1، %2 پر</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>غلط PINs</translation>
    </message>
    <message numerus="yes">
        <source>There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to guess a colleague&apos;s PIN: ask who was at these stations, and change PINs that may be known.</source>
        <translation>
            <numerusform>پچھلے 24 گھنٹوں میں %n غلط PIN یا پاس ورڈ درج کیا گیا۔ ممکن ہے کوئی کسی ساتھی کا PIN اندازے سے معلوم کرنے کی کوشش کر رہا ہو: پوچھیں کہ ان اسٹیشنوں پر کون تھا، اور جو PIN معلوم ہو چکے ہوں انہیں بدل دیں۔</numerusform>
            <numerusform>پچھلے 24 گھنٹوں میں %n غلط PIN یا پاس ورڈ درج کیے گئے۔ ممکن ہے کوئی کسی ساتھی کا PIN اندازے سے معلوم کرنے کی کوشش کر رہا ہو: پوچھیں کہ ان اسٹیشنوں پر کون تھا، اور جو PIN معلوم ہو چکے ہوں انہیں بدل دیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred is locked. Sign in to carry on with this.</source>
        <translation>Kindred لاک ہے۔ یہ کام جاری رکھنے کے لیے سائن اِن کریں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::ServerWatch</name>
    <message>
        <source>The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, to be saved again when the server answers. Kindred keeps trying, and this message goes away by itself. The emergency roll call (F12) shows the last copy this computer read.</source>
        <translation>%1 سے سینٹر سرور تک رسائی نہیں ہو پا رہی۔ آپ جو لکھ رہے ہیں وہ ضائع نہیں ہوگا: یہ اپنی ونڈو میں رہے گا، اور سرور کے جواب دینے پر دوبارہ محفوظ کیا جائے گا۔ Kindred کوشش جاری رکھے گا، اور یہ پیغام خود ہی ہٹ جائے گا۔ ہنگامی حاضری (F12) وہ آخری کاپی دکھاتی ہے جو اس کمپیوٹر نے پڑھی تھی۔</translation>
    </message>
</context>
<context>
    <name>Kindred::Session</name>
    <message>
        <source>nobody signed in</source>
        <translation>کوئی سائن اِن نہیں</translation>
    </message>
    <message>
        <source>report job</source>
        <translation>رپورٹ کا کام</translation>
    </message>
    <message>
        <source>first start</source>
        <translation>پہلی بار آغاز</translation>
    </message>
    <message>
        <source>demo builder</source>
        <translation>ڈیمو بنانے والا</translation>
    </message>
    <message>
        <source>import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>اپ گریڈ</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>emergency, no sign-in</source>
        <translation>ہنگامی، سائن اِن کے بغیر</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk: sign in to %1.</source>
        <translation>اس ڈیسک پر کوئی سائن اِن نہیں: اس کام کے لیے سائن اِن کریں: %1۔</translation>
    </message>
    <message>
        <source>Nobody is signed in (%1): sign in to %2.</source>
        <translation>کوئی سائن اِن نہیں (%1): اس کام کے لیے سائن اِن کریں: %2۔</translation>
    </message>
    <message>
        <source>ask a director</source>
        <translation>کسی ڈائریکٹر سے کہیں</translation>
    </message>
    <message>
        <source>ask an administrator</source>
        <translation>کسی منتظم سے کہیں</translation>
    </message>
    <message>
        <source>ask the centre&apos;s administrator</source>
        <translation>سینٹر کے منتظم سے کہیں</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; %3.</source>
        <translation>آپ کے کردار (%1) کو اس کی اجازت نہیں: %2؛ %3۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsPage</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;ترتیبات محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>تبدیلیاں &amp;واپس لیں</translation>
    </message>
    <message>
        <source>La&amp;bel printing…</source>
        <translation>&amp;لیبل پرنٹنگ…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>فوراً</translation>
    </message>
    <message>
        <source>AUD</source>
        <translation>AUD</translation>
    </message>
    <message>
        <source>A three-letter code such as AUD or EUR; empty: this computer&apos;s currency</source>
        <translation>تین حروف کا کوڈ جیسے AUD یا EUR؛ خالی: اس کمپیوٹر کی کرنسی</translation>
    </message>
    <message>
        <source>Empty: the &quot;backups&quot; folder beside the data file. Best on another disk or a network share, so that a failing disk does not take both.</source>
        <translation>خالی: ڈیٹا فائل کے ساتھ موجود &quot;backups&quot; فولڈر۔ بہتر ہے کہ کسی دوسری ڈسک یا نیٹ ورک شیئر پر ہو، تاکہ خراب ہونے والی ڈسک دونوں کو ساتھ نہ لے ڈوبے۔</translation>
    </message>
    <message>
        <source>The centre (printed at the top of every report)</source>
        <translation>سینٹر (ہر رپورٹ کے اوپر پرنٹ ہوتا ہے)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;پتہ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;فون:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>&amp;کھلنے کا وقت:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;ٹائم زون:</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>کرن&amp;سی:</translation>
    </message>
    <message>
        <source>The front desk</source>
        <translation>فرنٹ ڈیسک</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>اسکرین لاک ہونے کا و&amp;قفہ:</translation>
    </message>
    <message>
        <source>without a key press or a click; the next person unlocks it with their PIN.</source>
        <translation>کوئی کلید دبائے یا کلک کیے بغیر؛ اگلا شخص اپنے PIN سے اسے اَن لاک کرتا ہے۔</translation>
    </message>
    <message>
        <source>Undo at the desk &amp;within:</source>
        <translation>ڈیسک پر منسو&amp;خی کی مدت:</translation>
    </message>
    <message>
        <source>of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director corrects it with a reason.</source>
        <translation>کسی چیک اِن یا چیک آؤٹ کی (Ctrl+Z)، اسی ڈیسک سے جس نے اسے درج کیا؛ اس کے بعد، ڈائریکٹر وجہ کے ساتھ اسے درست کرتا ہے۔</translation>
    </message>
    <message>
        <source>Late after the booked arr&amp;ival:</source>
        <translation>بک شدہ آمد کے بعد تاخ&amp;یر:</translation>
    </message>
    <message>
        <source>a booked child not yet here then shows as late on the desk and the today panel.</source>
        <translation>اس وقت تک جو بک شدہ بچہ نہیں آیا وہ ڈیسک اور آج کے پینل پر تاخیر سے دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>سیکیورٹی لیبل:</translation>
    </message>
    <message>
        <source>How long records of families who left are kept is set on the Privacy screen.</source>
        <translation>جا چکے خاندانوں کے ریکارڈ کتنی مدت رکھے جائیں، یہ رازداری کی اسکرین پر مقرر ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>روزانہ بیک اپ</translation>
    </message>
    <message>
        <source>Backup fol&amp;der:</source>
        <translation>&amp;بیک اپ فولڈر:</translation>
    </message>
    <message>
        <source>Back up &amp;every day at:</source>
        <translation>&amp;روزانہ بیک اپ کا وقت:</translation>
    </message>
    <message>
        <source>while Kindred is open, or when it next opens if that time was missed; the last %1 checked copies are kept.</source>
        <translation>جب Kindred کھلا ہو، یا اگر وہ وقت گزر گیا ہو تو اگلی بار کھلنے پر؛ آخری %1 جانچی ہوئی کاپیاں رکھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>&amp;ظاہری شکل:</translation>
    </message>
    <message>
        <source>Play a sound at each scan, one for accepted and one for refused</source>
        <translation>ہر اسکین پر آواز بجائیں، قبول کے لیے ایک اور مسترد کے لیے دوسری</translation>
    </message>
    <message>
        <source>Flash the desk green or red at each scan</source>
        <translation>ہر اسکین پر ڈیسک کو سبز یا سرخ چمکائیں</translation>
    </message>
    <message>
        <source>Card scans at the des&amp;k:</source>
        <translation>ڈیسک پر کارڈ &amp;اسکین:</translation>
    </message>
    <message>
        <source>Changes at once, on this computer only.</source>
        <translation>فوراً تبدیل ہوتا ہے، صرف اسی کمپیوٹر پر۔</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Folder for the daily backup</source>
        <translation>روزانہ بیک اپ کا فولڈر</translation>
    </message>
    <message>
        <source>en-AU</source>
        <translation>ur-PK</translation>
    </message>
    <message>
        <source>A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window&apos;s language for staff without one of their own, the reports&apos;, and the format of dates and money. Empty: this computer&apos;s.</source>
        <translation>زبان کا کوڈ (BCP 47)، جیسے en-AU، es-MX یا zh-CN: عملے کے جن ارکان کی اپنی کوئی زبان مقرر نہیں ان کے لیے ونڈو کی زبان، رپورٹوں کی زبان، اور تاریخوں اور رقم کا فارمیٹ۔ خالی: اس کمپیوٹر کی زبان اور فارمیٹ۔</translation>
    </message>
    <message>
        <source>Language and formats:</source>
        <translation>زبان اور فارمیٹ:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a text size, in per cent</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>متن کا سائ&amp;ز:</translation>
    </message>
</context>
<context>
    <name>Kindred::SettingsService</name>
    <message>
        <source>Nothing was changed: only the demo generator marks a file as a demo.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: صرف ڈیمو جنریٹر ہی کسی فائل کو ڈیمو قرار دیتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInDialog</name>
    <message>
        <source>Welcome to Kindred</source>
        <translation>Kindred میں خوش آمدید</translation>
    </message>
    <message>
        <source>Kindred keeps children&apos;s medical notes and custody orders, so each person signs in. First, set up the administrator&apos;s account: it adds the other staff accounts.</source>
        <translation>Kindred بچوں کے طبی نوٹس اور تحویل کے احکامات رکھتا ہے، اس لیے ہر شخص سائن اِن کرتا ہے۔ پہلے منتظم کا اکاؤنٹ بنائیں: یہی عملے کے دوسرے اکاؤنٹس شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>optional, 4 to 8 digits, for quick switching at the desk</source>
        <translation>اختیاری، 4 سے 8 ہندسے، ڈیسک پر جلدی صارف بدلنے کے لیے</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;آخری نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس &amp;ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;دوبارہ:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>Kindred is locked</source>
        <translation>Kindred لاک ہے</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن اِن</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>بنائیں اور سائن اِن کریں</translation>
    </message>
    <message>
        <source>Quit Kindred</source>
        <translation>Kindred بند کریں</translation>
    </message>
    <message>
        <source>Your &amp;PIN:</source>
        <translation>آپ کا &amp;PIN:</translation>
    </message>
    <message>
        <source>Sign in &amp;with a password…</source>
        <translation>پاس ورڈ کے &amp;ساتھ سائن اِن کریں…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;کون:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword or PIN:</source>
        <translation>پاس ورڈ &amp;یا PIN:</translation>
    </message>
    <message>
        <source>Sign in with a &amp;PIN instead</source>
        <translation>اس کے بجائے PIN سے سائن &amp;اِن کریں</translation>
    </message>
    <message>
        <source>Choose your name and type your password, or your PIN if Kindred does not recognise it on its own yet.</source>
        <translation>اپنا نام منتخب کریں اور اپنا پاس ورڈ لکھیں، یا اپنا PIN اگر Kindred ابھی اسے خود نہیں پہچانتا۔</translation>
    </message>
    <message>
        <source>The screen is locked. Type your PIN and press Enter: the person whose PIN it is carries on at the desk.</source>
        <translation>اسکرین لاک ہے۔ اپنا PIN لکھیں اور Enter دبائیں: جس شخص کا PIN ہے وہی ڈیسک پر کام جاری رکھے گا۔</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter.</source>
        <translation>اپنا PIN لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ ایک ہی پاس ورڈ دو بار لکھیں۔</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s first name.</source>
        <translation>منتظم کا پہلا نام لکھیں۔</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>آپ کا اکاؤنٹ</translation>
    </message>
    <message>
        <source>No one can sign in yet: ask the administrator to set up your account.</source>
        <translation>ابھی کوئی سائن اِن نہیں کر سکتا: منتظم سے اپنا اکاؤنٹ بنانے کو کہیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SignInService</name>
    <message>
        <source>Nothing was changed: that staff member is not on file.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: عملے کا یہ رکن ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>That staff member is not on file.</source>
        <translation>عملے کا یہ رکن ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 has no PIN or password yet; ask an administrator to set one.</source>
        <translation>%1 کا ابھی کوئی PIN یا پاس ورڈ نہیں؛ کسی منتظم سے مقرر کرنے کو کہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>بہت زیادہ غلط کوششیں۔ %n سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ غلط کوششیں۔ %n سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>یہ PIN درست نہیں۔</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>یہ پاس ورڈ درست نہیں۔</translation>
    </message>
    <message>
        <source>That PIN is already in use; choose another.</source>
        <translation>یہ PIN پہلے سے استعمال میں ہے؛ کوئی اور منتخب کریں۔</translation>
    </message>
    <message>
        <source>If you have not signed in since Kindred was updated, sign in once with your name and PIN (“Sign in with a password…”).</source>
        <translation>اگر Kindred اپ ڈیٹ ہونے کے بعد آپ نے سائن اِن نہیں کیا تو ایک بار اپنے نام اور PIN سے سائن اِن کریں (&quot;پاس ورڈ کے ساتھ سائن اِن کریں…&quot;)۔</translation>
    </message>
    <message>
        <source>Type your PIN again.</source>
        <translation>اپنا PIN دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <source>Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.</source>
        <translation>آپ کا PIN درست ہے، لیکن %1 کے لیے بہت چھوٹا ہے: کم از کم %2 ہندسوں کا نیا PIN منتخب کریں۔</translation>
    </message>
    <message>
        <source>Your PIN is long enough already: sign in with it.</source>
        <translation>آپ کا PIN پہلے ہی کافی لمبا ہے: اسی سے سائن اِن کریں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteChooser</name>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;برانچ:</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>یہ برانچ</translation>
    </message>
    <message>
        <source>This site (%1)</source>
        <translation>یہ برانچ (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام برانچیں</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRoleService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: پہلے عملے کے اس رکن کو PIN یا پاس ورڈ دیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: a site is named twice.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ایک برانچ دو بار درج ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: one of the sites is not on file or was archived. Choose the sites again.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: برانچوں میں سے ایک ریکارڈ میں موجود نہیں یا آرکائیو ہو چکی ہے۔ برانچیں دوبارہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 نام کا کوئی کردار نہیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteRolesPanel</name>
    <message>
        <source>Sites and roles</source>
        <translation>برانچیں اور کردار</translation>
    </message>
    <message>
        <source>&amp;Save sites and roles</source>
        <translation>برانچیں اور کردار &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>The sites this staff member works at, with the role at each. Ticking every site with their own role is the same as no choice: they work everywhere, also at a site added later.</source>
        <translation>وہ برانچیں جہاں عملے کا یہ رکن کام کرتا ہے، ہر ایک میں کردار کے ساتھ۔ تمام برانچوں پر ان کے اپنے کردار کے ساتھ نشان لگانا کچھ منتخب نہ کرنے کے برابر ہے: وہ ہر جگہ کام کرتے ہیں، بعد میں شامل ہونے والی برانچ میں بھی۔</translation>
    </message>
    <message>
        <source>Sites and roles of %1</source>
        <translation>%1 کی برانچیں اور کردار</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>کام کی جگہ</translation>
    </message>
    <message>
        <source>Role there</source>
        <translation>وہاں کردار</translation>
    </message>
    <message>
        <source>%1 works at %2</source>
        <translation>%1، %2 میں کام کرتا ہے</translation>
    </message>
    <message>
        <source>Role at %1</source>
        <translation>%1 میں کردار</translation>
    </message>
    <message>
        <source>Tick at least one site where %1 works.</source>
        <translation>کم از کم ایک برانچ پر نشان لگائیں جہاں %1 کام کرتا ہے۔</translation>
    </message>
    <message>
        <source>The sites and roles of %1 were saved.</source>
        <translation>%1 کی برانچیں اور کردار محفوظ ہو گئے۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SiteService</name>
    <message>
        <source>That site is not on file.</source>
        <translation>یہ برانچ ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>There is no site called %1. The sites are: %2.</source>
        <translation>%1 نام کی کوئی برانچ نہیں۔ برانچیں یہ ہیں: %2۔</translation>
    </message>
    <message>
        <source>Give the site a name.</source>
        <translation>برانچ کو نام دیں۔</translation>
    </message>
    <message>
        <source>There is already a site called %1.</source>
        <translation>%1 نام کی برانچ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>That site is not on file, or was archived.</source>
        <translation>یہ برانچ ریکارڈ میں موجود نہیں، یا آرکائیو ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>This station serves that site: set it to another site before archiving this one.</source>
        <translation>یہ اسٹیشن اسی برانچ کے لیے ہے: اسے آرکائیو کرنے سے پہلے اسٹیشن کو کسی دوسری برانچ پر مقرر کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n open room(s): archive them or move their children first.</source>
        <translation>
            <numerusform>اس برانچ میں ابھی %n کھلا کمرہ ہے: پہلے اسے آرکائیو کریں یا اس کے بچوں کو منتقل کریں۔</numerusform>
            <numerusform>اس برانچ میں ابھی %n کھلے کمرے ہیں: پہلے انہیں آرکائیو کریں یا ان کے بچوں کو منتقل کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>That site is not on file, or was archived already.</source>
        <translation>یہ برانچ ریکارڈ میں موجود نہیں، یا پہلے ہی آرکائیو ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>This is the last open site: a centre needs one.</source>
        <translation>یہ آخری کھلی برانچ ہے: سینٹر کے لیے ایک برانچ ضروری ہے۔</translation>
    </message>
    <message>
        <source>The site this station serves is not on file or was archived: choose this station&apos;s site again.</source>
        <translation>جس برانچ کے لیے یہ اسٹیشن ہے وہ ریکارڈ میں موجود نہیں یا آرکائیو ہو چکی ہے: اس اسٹیشن کی برانچ دوبارہ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::SitesPanel</name>
    <message>
        <source>Sites (each change is saved at once)</source>
        <translation>برانچیں (ہر تبدیلی فوراً محفوظ ہوتی ہے)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>برانچ شامل کریں…</translation>
    </message>
    <message>
        <source>Chan&amp;ge name…</source>
        <translation>نام &amp;بدلیں…</translation>
    </message>
    <message>
        <source>Archive site…</source>
        <translation>برانچ آرکائیو کریں…</translation>
    </message>
    <message>
        <source>&amp;Make this computer serve this site</source>
        <translation>اس کمپیوٹر کو اس برانچ کے لیے &amp;مقرر کریں</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>A chain&apos;s centres are its sites. Each room, each child&apos;s enrolment and what is recorded at a site belong to it; this computer&apos;s desk, board and roll call show the site it serves.</source>
        <translation>چین کے سینٹرز اس کی برانچیں ہیں۔ ہر کمرہ، ہر بچے کا داخلہ اور کسی برانچ میں درج ہر چیز اسی برانچ کی ہوتی ہے؛ اس کمپیوٹر کا ڈیسک، بورڈ اور ہنگامی حاضری اسی برانچ کو دکھاتے ہیں جس کے لیے یہ مقرر ہے۔</translation>
    </message>
    <message>
        <source>serves this site</source>
        <translation>اس برانچ کے لیے مقرر</translation>
    </message>
    <message>
        <source>This computer serves: %1</source>
        <translation>یہ کمپیوٹر اس برانچ کے لیے مقرر ہے: %1</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>برانچ شامل کریں</translation>
    </message>
    <message>
        <source>The new site&apos;s name:</source>
        <translation>نئی برانچ کا نام:</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>برانچ کا نام بدلیں</translation>
    </message>
    <message>
        <source>The site&apos;s new name:</source>
        <translation>برانچ کا نیا نام:</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>برانچ %1</translation>
    </message>
    <message>
        <source>Archive site</source>
        <translation>برانچ آرکائیو کریں</translation>
    </message>
    <message>
        <source>Serve this site</source>
        <translation>اس برانچ کے لیے مقرر کریں</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>مقامات</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAccountService</name>
    <message>
        <source>Nothing was changed: give this staff member a PIN or password first.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: پہلے عملے کے اس رکن کو PIN یا پاس ورڈ دیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no role called %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 نام کا کوئی کردار نہیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffAttendance</name>
    <message>
        <source>Choose a current staff member to clock in.</source>
        <translation>ڈیوٹی پر آمد درج کرنے کے لیے عملے کا کوئی موجودہ رکن منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 is already clocked in. Clock out first to change rooms.</source>
        <translation>%1 کی ڈیوٹی پر آمد پہلے ہی درج ہے۔ کمرہ بدلنے کے لیے پہلے ڈیوٹی سے روانگی درج کریں۔</translation>
    </message>
    <message>
        <source>This staff member is not clocked in.</source>
        <translation>عملے کے اس رکن کی ڈیوٹی پر آمد درج نہیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>عملے کا نیا رکن</translation>
    </message>
    <message>
        <source>comma-separated, e.g. First aid (exp. 2027-03)</source>
        <translation>کوما سے الگ کریں، مثلاً ابتدائی طبی امداد (میعاد 2027-03)</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(کسی کمرے کے لیے مخصوص نہیں)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;کردار:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>کمر&amp;ہ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;فون:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ای میل:</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;سرٹیفیکیشنز:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>تصویر:</translation>
    </message>
    <message>
        <source>The centre&apos;s language</source>
        <translation>سینٹر کی زبان</translation>
    </message>
    <message>
        <source>Kindred&apos;s window speaks this language while they are signed in.</source>
        <translation>جب تک عملے کا یہ رکن سائن اِن رہے، Kindred کی ونڈو اسی زبان میں دکھائی دیتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>Kindred::StaffPage</name>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>عملے کا رکن &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>No staff on the list yet. Add the people who work here with Add staff member, so that they can sign in and count towards the ratios.</source>
        <translation>ابھی فہرست میں کوئی عملہ نہیں۔ یہاں کام کرنے والے لوگوں کو &quot;عملے کا رکن شامل کریں&quot; سے شامل کریں، تاکہ وہ سائن اِن کر سکیں اور تناسب میں شمار ہوں۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>سرٹیفیکیشنز</translation>
    </message>
    <message>
        <source>(floating)</source>
        <translation>(کسی کمرے کے لیے مخصوص نہیں)</translation>
    </message>
    <message>
        <source>Archive staff member</source>
        <translation>عملے کا رکن آرکائیو کریں</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
</context>
<context>
    <name>Kindred::StoreQuery</name>
    <message>
        <source>No value for %1</source>
        <translation>%1 کی کوئی قدر نہیں</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketBoardModel</name>
    <message>
        <source>Overdue: past its target to %1</source>
        <translation>تاخیر: %1 کا مقررہ وقت گزر چکا ہے</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>تصدیق</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — تاخیر شدہ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>درج کیا گیا</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>آخری تاریخ</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketCaptureDialog</name>
    <message>
        <source>Resolved on the spot</source>
        <translation>موقع پر ہی حل کر دیا گیا</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>نیا ٹکٹ</translation>
    </message>
    <message>
        <source>Choose a family…</source>
        <translation>خاندان منتخب کریں…</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>میں خود</translation>
    </message>
    <message>
        <source>Choose the owner…</source>
        <translation>ذمہ دار منتخب کریں…</translation>
    </message>
    <message>
        <source>What the parent said, in their words</source>
        <translation>والدین نے جو کہا، انہی کے الفاظ میں</translation>
    </message>
    <message>
        <source>A short subject, e.g. &quot;Lunch served cold&quot;</source>
        <translation>مختصر موضوع، مثلاً &quot;دوپہر کا کھانا ٹھنڈا پیش کیا گیا&quot;</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>اسے کیسے حل کیا گیا</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;خاندان:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;پیش کنندہ:</translation>
    </message>
    <message>
        <source>Chil&amp;dren:</source>
        <translation>&amp;بچے:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;ذریعہ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;زمرہ:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;ترجیح:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;words:</source>
        <translation>والدین کے &amp;الفاظ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>ذمہ &amp;دار:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketDetailDialog</name>
    <message>
        <source>Share with the parent</source>
        <translation>والدین کے ساتھ شیئر کریں</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>نوٹ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;سونپیں</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>شیئر کریں</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>شیئر ختم کریں</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>حل شدہ &amp;قرار دیں</translation>
    </message>
    <message>
        <source>&amp;Satisfied: close</source>
        <translation>&amp;مطمئن: بند کریں</translation>
    </message>
    <message>
        <source>Not satisfied: r&amp;eopen</source>
        <translation>مطمئن نہیں: دوبارہ &amp;کھولیں</translation>
    </message>
    <message>
        <source>Close wit&amp;hout follow-up</source>
        <translation>فالو اپ کے &amp;بغیر بند کریں</translation>
    </message>
    <message>
        <source>&amp;Yes, reopen</source>
        <translation>&amp;ہاں، دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>&amp;Link incident</source>
        <translation>واقعے سے &amp;جوڑیں</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;تصدیق کریں</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>کام شروع کری&amp;ں</translation>
    </message>
    <message>
        <source>Waiting for &amp;parent</source>
        <translation>&amp;والدین کا انتظار</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;حل کریں</translation>
    </message>
    <message>
        <source>Close with &amp;follow-up</source>
        <translation>&amp;فالو اپ کے ساتھ بند کریں</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>دیکھنے والے</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>A note for the timeline</source>
        <translation>ٹائم لائن کے لیے ایک نوٹ</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 میں سے %1</translation>
    </message>
    <message>
        <source>What the parent said at the follow-up</source>
        <translation>فالو اپ پر والدین نے کیا کہا</translation>
    </message>
    <message>
        <source>Or: why no follow-up was possible</source>
        <translation>یا: فالو اپ کیوں ممکن نہیں ہوا</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>اسے کیسے حل کیا گیا</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>اسے دوبارہ کیوں کھولا جا رہا ہے</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Parent&apos;s ratin&amp;g:</source>
        <translation>والدین کی &amp;رائے:</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>ان کے الفاظ:</translation>
    </message>
    <message>
        <source>No follow-up:</source>
        <translation>کوئی فالو اپ نہیں:</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>اس پر کام کریں</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>ذمہ دار:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>شیئر کیا گیا:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>اگلا قدم:</translation>
    </message>
    <message>
        <source>Incident no.:</source>
        <translation>واقعہ نمبر:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a timeline line&apos;s date, time</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a timeline line&apos;s date</comment>
        <translation>ddd، d MMM yyyy</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>ٹکٹ %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>نمبر %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · OVERDUE</source>
        <translation> · تاخیر شدہ</translation>
    </message>
    <message>
        <source>%1 family · raised by %2 · %3 · %4</source>
        <translation>%1 خاندان · پیش کنندہ %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(درج نہیں)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · children: %4</source>
        <translation>%1 · %2 · ترجیح %3 · بچے: %4</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>کسی کا نام نہیں</translation>
    </message>
    <message>
        <source>Owner: %1 · shared with: %2</source>
        <translation>ذمہ دار: %1 · شیئر کیا گیا: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Due to acknowledge: %1 · due to resolve: %2</source>
        <translation>تصدیق کی آخری تاریخ: %1 · حل کی آخری تاریخ: %2</translation>
    </message>
    <message>
        <source>Raised at %1, not at this station&apos;s site</source>
        <translation>%1 میں درج کیا گیا، اس اسٹیشن کی برانچ میں نہیں</translation>
    </message>
    <message>
        <source>The parent said: &quot;%1&quot;</source>
        <translation>والدین نے کہا: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>حل: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>واقعہ %1 سے منسلک</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والدین</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>صرف عملہ</translation>
    </message>
    <message>
        <source>Ticket reopened</source>
        <translation>ٹکٹ دوبارہ کھولا گیا</translation>
    </message>
    <message>
        <source>The parent was not satisfied, so the ticket is open again. Keep working on it.</source>
        <translation>والدین مطمئن نہیں تھے، اس لیے ٹکٹ دوبارہ کھل گیا ہے۔ اس پر کام جاری رکھیں۔</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketReportDialog</name>
    <message>
        <source>Tickets report</source>
        <translation>ٹکٹوں کی رپورٹ</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>پرنٹ کا &amp;پیش منظر…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV محفوظ کریں…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>No tickets were raised in these months.</source>
        <translation>ان مہینوں میں کوئی ٹکٹ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
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
        <translation>PDF محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>اعداد و شمار CSV کے طور پر محفوظ کریں</translation>
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
        <translation>CSV محفوظ کریں</translation>
    </message>
    <message>
        <source>Tickets in the report</source>
        <translation>رپورٹ میں شامل ٹکٹ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketService</name>
    <message>
        <source>status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <source>collaborators</source>
        <translation>معاونین</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <source>category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>the parent&apos;s words</source>
        <translation>والدین کے الفاظ</translation>
    </message>
    <message>
        <source>children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>linked incident</source>
        <translation>منسلک واقعہ</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the family this is about.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: وہ خاندان منتخب کریں جس کے بارے میں یہ ہے۔</translation>
    </message>
    <message>
        <source>Nothing was saved: the parent raising this is not an adult of that family.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: یہ بات اٹھانے والے والدین اس خاندان کے بالغ فرد نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved: one of the children chosen is not of that family.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: منتخب بچوں میں سے ایک اس خاندان کا نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved: give the ticket a short subject.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: ٹکٹ کو ایک مختصر موضوع دیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved: keep the subject under %1 characters; the details go in the parent&apos;s words.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: موضوع %1 حروف سے کم رکھیں؛ تفصیلات والدین کے الفاظ میں جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved: choose the staff member who owns this.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: عملے کا وہ رکن منتخب کریں جو اس کا ذمہ دار ہے۔</translation>
    </message>
    <message>
        <source>Nothing was saved: say how it was resolved on the spot.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: بتائیں کہ اسے موقع پر کیسے حل کیا گیا۔</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2&apos;s desk, or by someone who may see every site (ask a director).</source>
        <translation>ٹکٹ %1 برانچ %2 کا ہے، اور یہ اسٹیشن %3 کے لیے مقرر ہے: اسے %2 کے ڈیسک پر کھولا اور اس پر کام کیا جاتا ہے، یا کوئی ایسا شخص کرتا ہے جو ہر برانچ دیکھ سکتا ہو (کسی ڈائریکٹر سے کہیں)۔</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>کوئی دوسری برانچ</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>یہ ٹکٹ</translation>
    </message>
    <message>
        <source>Nothing was changed: choose a current staff member.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: عملے کا کوئی موجودہ رکن منتخب کریں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already owns this ticket.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 پہلے ہی اس ٹکٹ کا ذمہ دار ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 already works on this ticket.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 پہلے ہی اس ٹکٹ پر کام کر رہا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: that person does not share this ticket.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: یہ ٹکٹ اس شخص کے ساتھ شیئر نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved: the note is empty.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: نوٹ خالی ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: type the incident&apos;s number.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: واقعے کا نمبر لکھیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no incident number %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: %1 نمبر کا کوئی واقعہ نہیں۔</translation>
    </message>
</context>
<context>
    <name>Kindred::TicketsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>صرف تاخیر شدہ</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>درج ہونے کی مدت</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>نیا &amp;ٹکٹ…</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>تمام کھلے</translation>
    </message>
    <message>
        <source>All</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Search subjects and notes</source>
        <translation>موضوعات اور نوٹس میں تلاش کریں</translation>
    </message>
    <message>
        <source>No tickets here. Clear the search or the filters to see more; a parent&apos;s concern, question or compliment is taken with New ticket.</source>
        <translation>یہاں کوئی ٹکٹ نہیں۔ مزید دیکھنے کے لیے تلاش یا فلٹر صاف کریں؛ والدین کی تشویش، سوال یا تعریف &quot;نیا ٹکٹ&quot; سے درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;نیا ٹکٹ…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>Family histor&amp;y PDF…</source>
        <translation>خاندان کا &amp;تاریخچہ PDF…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;رپورٹ…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>کوئی بھی ذمہ دار</translation>
    </message>
    <message>
        <source>My tickets (owned or shared)</source>
        <translation>میرے ٹکٹ (ذمہ دار یا شیئر شدہ)</translation>
    </message>
    <message>
        <source>Staff list could not be read</source>
        <translation>عملے کی فہرست پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>کوئی بھی قسم</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>کوئی بھی خاندان</translation>
    </message>
    <message>
        <source>Family list could not be read</source>
        <translation>خاندانوں کی فہرست پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation>دکھائے گئے ٹکٹ: %1</translation>
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
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2 تاخیر شدہ&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>خاندان کا تاریخچہ</translation>
    </message>
    <message>
        <source>Choose a ticket of the family, or the family filter.</source>
        <translation>خاندان کا کوئی ٹکٹ، یا خاندان کا فلٹر منتخب کریں۔</translation>
    </message>
    <message>
        <source>Save the family&apos;s ticket history</source>
        <translation>خاندان کے ٹکٹوں کا تاریخچہ محفوظ کریں</translation>
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
        <translation>ٹکٹ</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>ٹکٹ تلاش کریں</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>کھولے گئے، از</translation>
    </message>
    <message>
        <source>Raised until</source>
        <translation>کھولے گئے، تک</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>ذمہ دار:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>زمرہ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>خاندان:</translation>
    </message>
</context>
<context>
    <name>Kindred::TimeZoneBanner</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تصدیق کریں</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>تبدی&amp;ل کریں…</translation>
    </message>
    <message>
        <source>The centre&apos;s time zone was set to %1 when this file was upgraded. Confirm it or change it in Settings.</source>
        <translation>یہ فائل اپ گریڈ ہوتے وقت سینٹر کا ٹائم زون %1 مقرر کیا گیا۔ ترتیبات میں اس کی تصدیق کریں یا اسے تبدیل کریں۔</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ٹائم زون</translation>
    </message>
</context>
<context>
    <name>Kindred::TodayPanel</name>
    <message>
        <source>Today, %1</source>
        <translation>آج، %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <source>here</source>
        <translation>موجود</translation>
    </message>
    <message>
        <source>gone home</source>
        <translation>گھر جا چکے</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>تاخیر سے</translation>
    </message>
    <message>
        <source>still to arrive</source>
        <translation>ابھی آنا باقی</translation>
    </message>
    <message>
        <source>No child has bookings yet: add each child&apos;s days and times in the family&apos;s Bookings tab, and the desk will show who is expected and who is late.</source>
        <translation>ابھی کسی بچے کی بکنگ نہیں: خاندان کے &quot;بکنگز&quot; ٹیب میں ہر بچے کے دن اور اوقات شامل کریں، پھر ڈیسک دکھائے گا کہ کون متوقع ہے اور کون تاخیر سے ہے۔</translation>
    </message>
    <message>
        <source>late, due %1</source>
        <translation>تاخیر سے، متوقع وقت %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>متوقع وقت %1</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>Open the family of %1</source>
        <translation>%1 کا خاندان کھولیں</translation>
    </message>
    <message>
        <source>Every child expected today has come.</source>
        <translation>آج کے تمام متوقع بچے آ چکے ہیں۔</translation>
    </message>
    <message>
        <source>Nobody is due in the next half hour.</source>
        <translation>اگلے آدھے گھنٹے میں کسی کی آمد متوقع نہیں۔</translation>
    </message>
    <message>
        <source>Due in the next half hour</source>
        <translation>اگلے آدھے گھنٹے میں متوقع</translation>
    </message>
    <message>
        <source>Late, and due in the next half hour</source>
        <translation>تاخیر سے، اور اگلے آدھے گھنٹے میں متوقع</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
</context>
<context>
    <name>Kindred::WallBoardWindow</name>
    <message>
        <source>Who&apos;s here</source>
        <translation>کون موجود ہے</translation>
    </message>
    <message>
        <source>Who&apos;s here — wall display</source>
        <translation>کون موجود ہے — دیوار والی اسکرین</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>%1 پر اپ ڈیٹ کیا گیا</translation>
    </message>
    <message>
        <source>The desk is locked. The board comes back when someone signs in.</source>
        <translation>ڈیسک لاک ہے۔ کسی کے سائن اِن کرنے پر بورڈ واپس آ جائے گا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) here</source>
        <translation>
            <numerusform>%n بچہ موجود</numerusform>
            <numerusform>%n بچے موجود</numerusform>
        </translation>
    </message>
    <message>
        <source>No room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>عملہ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still here after closing</source>
        <translation>
            <numerusform>%n بند ہونے کے بعد بھی موجود</numerusform>
            <numerusform>%n بند ہونے کے بعد بھی موجود</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of ratio</source>
        <translation>تناسب سے باہر</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>گنجائش سے زیادہ</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <source>Print labels</source>
        <translation>لیبل پرنٹ کریں</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>%n لیبل پرنٹ کریں</numerusform>
            <numerusform>%n لیبل پرنٹ کریں</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>لیبل PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The labels are in English: Kindred has no translation into %1, the language of %2.</source>
        <translation>لیبل انگریزی میں ہیں: Kindred کا %1 میں ترجمہ موجود نہیں، جو %2 کی زبان ہے۔</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 نہیں کھولا جا سکتا: %2</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>%1 نہیں کھولا جا سکتا: اس میں Kindred کا کوئی ڈیٹا نہیں۔</translation>
    </message>
    <message>
        <source>%1 is up to date (data version %2); nothing was changed.</source>
        <translation>%1 تازہ ترین ہے (ڈیٹا ورژن %2)؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>%1 اپ گریڈ نہیں ہو سکتا: %2</translation>
    </message>
    <message>
        <source>Upgraded %1 from data version %2 to %3.</source>
        <translation>%1 کو ڈیٹا ورژن %2 سے %3 پر اپ گریڈ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The copy taken before: %1</source>
        <translation>پہلے لی گئی کاپی: %1</translation>
    </message>
    <message>
        <source>The centre on %1 is at data version %2, this Kindred&apos;s.</source>
        <translation>%1 پر سینٹر ڈیٹا ورژن %2 پر ہے، جو اس Kindred کا ورژن ہے۔</translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>%1 پر منتقل نہیں ہو سکتا: %2</translation>
    </message>
    <message>
        <source>rows copied: %1 of %2</source>
        <translation>کاپی شدہ قطاریں: %2 میں سے %1</translation>
    </message>
    <message>
        <source>%1 was not moved to %2 (the server&apos;s database is empty again): %3</source>
        <translation>%1 کو %2 پر منتقل نہیں کیا گیا (سرور کا ڈیٹا بیس دوبارہ خالی ہے): %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 (rows: %3; tables: %4). Each table&apos;s row count and the audit trail were checked on the server. From now on, open the centre with --server; the data file was left as it was.</source>
        <translation>%1 کو %2 پر منتقل کر دیا گیا (قطاریں: %3؛ ٹیبل: %4)۔ سرور پر ہر ٹیبل کی قطاروں کی تعداد اور آڈٹ لاگ جانچ لیے گئے۔ اب سے سینٹر کو --server کے ساتھ کھولیں؛ ڈیٹا فائل جوں کی توں چھوڑ دی گئی۔</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This copy of Kindred is incomplete: the update to data version %1 is missing.</source>
        <translation>Kindred کی یہ کاپی نامکمل ہے: ڈیٹا ورژن %1 کی اپ ڈیٹ موجود نہیں۔</translation>
    </message>
    <message>
        <source>This copy of Kindred is damaged: %1 cannot be read.</source>
        <translation>Kindred کی یہ کاپی خراب ہے: %1 پڑھا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk (or choose another one) and try again.</source>
        <translation>ڈسک بھر گئی ہے: Kindred فائل %1 نہیں لکھ سکتا، اس لیے کچھ نہیں لکھا گیا۔ ڈسک پر کچھ جگہ خالی کریں (یا کوئی دوسری ڈسک منتخب کریں) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: %2. Nothing was written.</source>
        <translation>Kindred فائل %1 نہیں لکھ سکتا: %2۔ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Say which file Kindred should write.</source>
        <translation>بتائیں کہ Kindred کون سی فائل لکھے۔</translation>
    </message>
    <message>
        <source>Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.</source>
        <translation>Kindred فائل %1 نہیں لکھ سکتا: یہ ایک فولڈر ہے۔ اس کے اندر کوئی فائل کا نام منتخب کریں؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred فائل %1 میں نہیں لکھے گا: یہ کسی دوسری فائل کا لنک ہے۔ کوئی عام فائل کا نام منتخب کریں؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose an ordinary file name; nothing was written.</source>
        <translation>Kindred فائل %1 میں نہیں لکھے گا: یہ کوئی ڈیوائس، پائپ یا ساکٹ ہے، عام فائل نہیں۔ کوئی عام فائل کا نام منتخب کریں؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Give the reason: what happened, and who decided.</source>
        <translation>وجہ بتائیں: کیا ہوا، اور کس نے فیصلہ کیا۔</translation>
    </message>
    <message>
        <source>“%1” is too short for a reason: write at least %2 characters saying what happened and who decided.</source>
        <translation>&quot;%1&quot; وجہ کے طور پر بہت مختصر ہے: کم از کم %2 حروف میں لکھیں کہ کیا ہوا اور کس نے فیصلہ کیا۔</translation>
    </message>
    <message>
        <source>“%1” does not say what happened: write at least %2 different words.</source>
        <translation>&quot;%1&quot; یہ نہیں بتاتا کہ کیا ہوا: کم از کم %2 مختلف الفاظ لکھیں۔</translation>
    </message>
    <message>
        <source>“%1” looks like a placeholder, not a reason: say what happened and who decided, in at least %2 real words.</source>
        <translation>&quot;%1&quot; وجہ نہیں بلکہ خالی جگہ پُر کرنے والا متن لگتا ہے: کم از کم %2 حقیقی الفاظ میں بتائیں کہ کیا ہوا اور کس نے فیصلہ کیا۔</translation>
    </message>
</context>
<context>
    <name>ParentDirectory</name>
    <message>
        <source>Parent directory</source>
        <translation>والدین کی ڈائریکٹری</translation>
    </message>
    <message>
        <source>Families who agreed to be found by other parents</source>
        <translation>وہ خاندان جنہوں نے دوسرے والدین کے لیے رابطے کی اجازت دی</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والدین</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Cultures</source>
        <translation>ثقافتیں</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Only parents who gave their consent are listed. Please use these details only to get in touch with other families of the centre.</source>
        <translation>صرف وہی والدین درج ہیں جنہوں نے اجازت دی ہے۔ براہِ کرم یہ تفصیلات صرف سینٹر کے دوسرے خاندانوں سے رابطے کے لیے استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>look up families</source>
        <translation>خاندان تلاش کرنا</translation>
    </message>
    <message>
        <source>change family records</source>
        <translation>خاندانی ریکارڈ تبدیل کرنا</translation>
    </message>
    <message>
        <source>archive families</source>
        <translation>خاندان آرکائیو کرنا</translation>
    </message>
    <message>
        <source>see children&apos;s medical notes</source>
        <translation>بچوں کے طبی نوٹس دیکھنا</translation>
    </message>
    <message>
        <source>see custody restrictions</source>
        <translation>تحویل کی پابندیاں دیکھنا</translation>
    </message>
    <message>
        <source>check children in and out</source>
        <translation>بچوں کا چیک اِن اور چیک آؤٹ کرنا</translation>
    </message>
    <message>
        <source>release a child to someone not on the pickup list</source>
        <translation>بچے کو کسی ایسے شخص کے حوالے کرنا جو وصولی کی فہرست میں نہیں</translation>
    </message>
    <message>
        <source>correct recorded check-in and check-out times</source>
        <translation>درج شدہ چیک اِن اور چیک آؤٹ کے اوقات درست کرنا</translation>
    </message>
    <message>
        <source>change rooms</source>
        <translation>کمرے تبدیل کرنا</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>عملے کے ریکارڈ تبدیل کرنا</translation>
    </message>
    <message>
        <source>manage staff accounts, PINs and roles</source>
        <translation>عملے کے اکاؤنٹس، PINs اور کرداروں کا انتظام کرنا</translation>
    </message>
    <message>
        <source>record incidents</source>
        <translation>واقعات درج کرنا</translation>
    </message>
    <message>
        <source>sign off incidents</source>
        <translation>واقعات کی منظوری دینا</translation>
    </message>
    <message>
        <source>work on parents&apos; tickets</source>
        <translation>والدین کے ٹکٹوں پر کام کرنا</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>رپورٹیں پرنٹ کرنا</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>آڈٹ لاگ پڑھنا</translation>
    </message>
    <message>
        <source>export everything held about a family</source>
        <translation>کسی خاندان کے بارے میں محفوظ تمام معلومات برآمد کرنا</translation>
    </message>
    <message>
        <source>anonymise families who have left</source>
        <translation>جا چکے خاندانوں کو گمنام کرنا</translation>
    </message>
    <message>
        <source>change the centre&apos;s settings</source>
        <translation>سینٹر کی ترتیبات تبدیل کرنا</translation>
    </message>
    <message>
        <source>change who may collect a child or the &quot;do not release&quot; restrictions</source>
        <translation>یہ تبدیل کرنا کہ بچے کو کون لے جا سکتا ہے یا &quot;حوالے نہ کریں&quot; کی پابندیاں</translation>
    </message>
    <message>
        <source>void a check-in or check-out recorded earlier or at another desk</source>
        <translation>پہلے یا کسی دوسرے ڈیسک پر درج چیک اِن یا چیک آؤٹ کالعدم کرنا</translation>
    </message>
    <message>
        <source>see and report on every site, not only this computer&apos;s</source>
        <translation>ہر برانچ کو دیکھنا اور اس کی رپورٹ بنانا، صرف اس کمپیوٹر کی برانچ نہیں</translation>
    </message>
</context>
<context>
    <name>PickupPolicy</name>
    <message>
        <source> (court order %1)</source>
        <translation> (عدالتی حکم %1)</translation>
    </message>
    <message>
        <source>DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.</source>
        <translation>%1 کو %2 کے حوالے نہ کریں: %3%4۔ %1 کو اندر ہی رکھیں اور ڈائریکٹر کو بلائیں۔</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>کوئی بھی تاریخ</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>کوئی آخری تاریخ نہیں</translation>
    </message>
    <message>
        <source>%1 may collect %2 only from %3 to %4, which does not include today. %2 was not checked out.</source>
        <translation>%1 صرف %3 سے %4 تک %2 کو لے جا سکتا ہے، جس میں آج شامل نہیں۔ %2 کا چیک آؤٹ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is from another family and is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1 کسی دوسرے خاندان سے ہے اور %2 کی وصولی کی فہرست میں نہیں۔ %2 کا چیک آؤٹ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s pickup list. %2 was not checked out.</source>
        <translation>%1، %2 کی وصولی کی فہرست میں نہیں۔ %2 کا چیک آؤٹ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Released by director %1 outside the pickup list: %2</source>
        <translation>ڈائریکٹر %1 نے وصولی کی فہرست سے باہر حوالے کیا: %2</translation>
    </message>
    <message>
        <source>Only a director can release a child outside the pickup list.</source>
        <translation>صرف ڈائریکٹر ہی کسی بچے کو وصولی کی فہرست سے باہر کسی کے حوالے کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Overriding court order %1 needs your PIN again, typed now.</source>
        <translation>عدالتی حکم %1 کو نظرانداز کرنے کے لیے آپ کا PIN ابھی دوبارہ لکھنا ضروری ہے۔</translation>
    </message>
</context>
<context>
    <name>PinIndex</name>
    <message>
        <source>This data file has lost the key that finds PINs. Sign in by name; an administrator can restore the file from a backup.</source>
        <translation>اس ڈیٹا فائل سے وہ کلید گم ہو گئی ہے جو PINs تلاش کرتی ہے۔ نام سے سائن اِن کریں؛ کوئی منتظم فائل کو بیک اپ سے بحال کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ٹھیک ہے</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسو&amp;خ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
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
        <translation>تفصیلات دکھائیں...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;سب کے لیے ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہ&amp;یں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظرانداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>طے شدہ ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>RatioComplianceReport</name>
    <message>
        <source>Ratio compliance</source>
        <translation>تناسب کی پابندی</translation>
    </message>
    <message numerus="yes">
        <source>Children checked in against staff clocked in to each room, every %n minute(s) of the opening hours. A step is a breach when fewer staff were present than the room&apos;s ratio requires.</source>
        <translation>
            <numerusform>کھلنے کے اوقات میں ہر %n منٹ پر، ہر کمرے میں چیک اِن شدہ بچے بمقابلہ ڈیوٹی پر موجود عملہ۔ کوئی وقفہ اس وقت خلاف ورزی ہے جب موجود عملہ کمرے کے تناسب کی ضرورت سے کم ہو۔</numerusform>
            <numerusform>کھلنے کے اوقات میں ہر %n منٹ پر، ہر کمرے میں چیک اِن شدہ بچے بمقابلہ ڈیوٹی پر موجود عملہ۔ کوئی وقفہ اس وقت خلاف ورزی ہے جب موجود عملہ کمرے کے تناسب کی ضرورت سے کم ہو۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps checked</source>
        <translation>جانچے گئے وقفے</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>خلاف ورزیاں</translation>
    </message>
    <message>
        <source>No breach: every room had the staff its ratio requires at every step.</source>
        <translation>کوئی خلاف ورزی نہیں: ہر وقفے پر ہر کمرے میں اس کے تناسب کے مطابق عملہ موجود تھا۔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>تناسب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Most children</source>
        <translation>زیادہ سے زیادہ بچے</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>موجود عملہ</translation>
    </message>
    <message>
        <source>Staff required</source>
        <translation>درکار عملہ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>خلاف ورزی</translation>
    </message>
    <message>
        <source>%1 (%2)
children · staff/required</source>
        <translation>%1 (%2)
بچے · عملہ/درکار</translation>
    </message>
    <message>
        <source>%1 · %2/%3%4</source>
        <translation>%1 · %2/%3%4</translation>
    </message>
    <message>
        <source>  BREACH</source>
        <translation>  خلاف ورزی</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>ReadCheck</name>
    <message>
        <source>Could not read from the centre server: the connection to it was lost (%1). Nothing was changed. Try again when the server answers.</source>
        <translation>سینٹر سرور سے پڑھا نہیں جا سکا: اس سے رابطہ منقطع ہو گیا (%1)۔ کچھ تبدیل نہیں کیا گیا۔ سرور کے جواب دینے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Could not read from the centre server: another station&apos;s change crossed this one (%1). Nothing was changed. Please try again.</source>
        <translation>سینٹر سرور سے پڑھا نہیں جا سکا: کسی دوسرے اسٹیشن کی تبدیلی اس سے ٹکرا گئی (%1)۔ کچھ تبدیل نہیں کیا گیا۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Could not read from the centre server: %1.</source>
        <translation>سینٹر سرور سے پڑھا نہیں جا سکا: %1۔</translation>
    </message>
    <message>
        <source>Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in full. Nothing was changed. Tell whoever looks after this computer.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: اس کا کچھ حصہ خراب ہے (%1)، اس لیے اس کا مواد مکمل طور پر نہیں دکھایا جا سکتا۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے کو بتائیں۔</translation>
    </message>
    <message>
        <source>Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the disk and try again.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: ڈسک نے ایک خرابی بتائی (%1)۔ کچھ تبدیل نہیں کیا گیا۔ ڈسک جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Could not read the data file: another Kindred station is holding it (%1). Please try again in a moment.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: Kindred کا کوئی دوسرا اسٹیشن اسے استعمال کر رہا ہے (%1)۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>ڈیٹا فائل پڑھی نہیں جا سکی: %1۔</translation>
    </message>
</context>
<context>
    <name>RecordDigest</name>
    <message>
        <source>Child %1</source>
        <translation>بچہ %1</translation>
    </message>
    <message>
        <source>%1&apos;s pickup restrictions (do not release) were changed outside Kindred.</source>
        <translation>%1 کی وصولی کی پابندیاں (&quot;حوالے نہ کریں&quot;) Kindred کے باہر تبدیل کی گئیں۔</translation>
    </message>
    <message>
        <source>%1&apos;s authorised pickups were changed outside Kindred.</source>
        <translation>%1 کو لے جانے کے مجاز افراد Kindred کے باہر تبدیل کیے گئے۔</translation>
    </message>
    <message>
        <source>Attendance record %1 was removed outside Kindred.</source>
        <translation>حاضری کا ریکارڈ %1 Kindred کے باہر ہٹایا گیا۔</translation>
    </message>
    <message>
        <source>An attendance record of %1 on %2 (record %3) was added outside Kindred.</source>
        <translation>%2 کو %1 کا حاضری کا ایک ریکارڈ (ریکارڈ %3) Kindred کے باہر شامل کیا گیا۔</translation>
    </message>
    <message>
        <source>The attendance record of %1 on %2 (record %3) was changed outside Kindred.</source>
        <translation>%2 کو %1 کا حاضری کا ریکارڈ (ریکارڈ %3) Kindred کے باہر تبدیل کیا گیا۔</translation>
    </message>
    <message>
        <source>The permissions of the role %1 were changed outside Kindred.</source>
        <translation>کردار %1 کی اجازتیں Kindred کے باہر تبدیل کی گئیں۔</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>عملے کا رکن %1</translation>
    </message>
    <message>
        <source>The sites %1 works at, or their roles there, were changed outside Kindred.</source>
        <translation>%1 جن برانچوں میں کام کرتا ہے، یا وہاں ان کے کردار، Kindred کے باہر تبدیل کیے گئے۔</translation>
    </message>
    <message>
        <source>%1 was added to the staff outside Kindred.</source>
        <translation>%1 کو Kindred کے باہر عملے میں شامل کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 was removed from the staff outside Kindred.</source>
        <translation>%1 کو Kindred کے باہر عملے سے ہٹایا گیا۔</translation>
    </message>
    <message>
        <source>%1&apos;s role or archived state was changed outside Kindred.</source>
        <translation>%1 کا کردار یا آرکائیو کی حالت Kindred کے باہر تبدیل کی گئی۔</translation>
    </message>
    <message>
        <source>%1&apos;s PIN, password or account role was changed outside Kindred.</source>
        <translation>%1 کا PIN، پاس ورڈ یا اکاؤنٹ کا کردار Kindred کے باہر تبدیل کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>%1 is no longer on file (it was removed at another desk). Nothing was saved.</source>
        <translation>%1 اب ریکارڈ میں موجود نہیں (اسے کسی دوسرے ڈیسک پر ہٹا دیا گیا)۔ کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>سسٹم</translation>
    </message>
    <message>
        <source>%1 at another desk at %2 by %3.</source>
        <translation>%1 — کسی دوسرے ڈیسک پر، %2 پر، %3 کی جانب سے۔</translation>
    </message>
    <message>
        <source>%1 at another desk.</source>
        <translation>%1 — کسی دوسرے ڈیسک پر۔</translation>
    </message>
    <message>
        <source>Nothing was saved, and what you typed is still here. Reload to see the change, then make yours again.</source>
        <translation>کچھ محفوظ نہیں کیا گیا، اور آپ نے جو لکھا وہ ابھی یہیں موجود ہے۔ تبدیلی دیکھنے کے لیے دوبارہ لوڈ کریں، پھر اپنی تبدیلی دوبارہ کریں۔</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 میں تبدیلی کی گئی</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>Site</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>روزانہ آمد و روانگی کی شیٹ</translation>
    </message>
    <message>
        <source>Each child&apos;s arrival and departure, who brought and collected them, corrections and staff on duty; one sheet a day.</source>
        <translation>ہر بچے کی آمد اور روانگی، کون لایا اور کون لے گیا، تصحیحات اور ڈیوٹی پر موجود عملہ؛ ہر دن کی ایک شیٹ۔</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Days and hours per child and per room, absences and stays never checked out.</source>
        <translation>ہر بچے اور ہر کمرے کے دن اور گھنٹے، غیر حاضریاں اور وہ حاضریاں جن کا کبھی چیک آؤٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Ratio compliance</source>
        <translation>تناسب کی پابندی</translation>
    </message>
    <message>
        <source>Children against staff present per room every 15 minutes of the opening hours; breaches listed.</source>
        <translation>کھلنے کے اوقات میں ہر 15 منٹ پر ہر کمرے میں بچے بمقابلہ موجود عملہ؛ خلاف ورزیوں کی فہرست۔</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>واقعات کا رجسٹر</translation>
    </message>
    <message>
        <source>Every incident in the period: children, what happened, action, parent told, sign-off; reportable ones highlighted.</source>
        <translation>مدت کا ہر واقعہ: بچے، کیا ہوا، کارروائی، والدین کو اطلاع، منظوری؛ قابلِ اطلاع واقعات نمایاں۔</translation>
    </message>
    <message>
        <source>Immunisations due</source>
        <translation>واجب الادا حفاظتی ٹیکے</translation>
    </message>
    <message>
        <source>Per room, doses due or overdue at the end of the period against the centre&apos;s schedule.</source>
        <translation>ہر کمرے کے لیے، مدت کے اختتام پر سینٹر کے شیڈول کے مطابق واجب یا تاخیر شدہ خوراکیں۔</translation>
    </message>
    <message>
        <source>Complaints and feedback</source>
        <translation>شکایات اور آراء</translation>
    </message>
    <message>
        <source>Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, satisfaction.</source>
        <translation>ہر مہینے اور زمرے کے لحاظ سے: قسم کے مطابق ٹکٹ، تصدیق اور حل کے گھنٹوں کا وسطانیہ، چھوٹ جانے والے اہداف، اطمینان۔</translation>
    </message>
    <message>
        <source>Allergies and medical conditions</source>
        <translation>الرجی اور طبی کیفیات</translation>
    </message>
    <message>
        <source>Per room, each child&apos;s allergies with reactions and action plans, and medical notes.</source>
        <translation>ہر کمرے کے لیے، ہر بچے کی الرجیاں ردِعمل اور لائحہ عمل کے ساتھ، اور طبی نوٹس۔</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>Per room, guardians&apos; phones, emergency contacts in calling order, alerts.</source>
        <translation>ہر کمرے کے لیے، سرپرستوں کے فون، فون کرنے کی ترتیب میں ہنگامی رابطے، انتباہات۔</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>سالگرہیں</translation>
    </message>
    <message>
        <source>Birthdays in the period, the age each child turns, and photo consent.</source>
        <translation>مدت میں آنے والی سالگرہیں، ہر بچے کی نئی عمر، اور تصویر کی اجازت۔</translation>
    </message>
    <message>
        <source>Enrolment and capacity</source>
        <translation>داخلہ اور گنجائش</translation>
    </message>
    <message>
        <source>Per room: capacity, enrolled, places free, waitlist, attendance.</source>
        <translation>ہر کمرے کے لیے: گنجائش، داخل، خالی جگہیں، انتظار کی فہرست، حاضری۔</translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation>&quot;%1&quot; نام کی کوئی رپورٹ نہیں۔ رپورٹیں یہ ہیں: %2۔</translation>
    </message>
    <message>
        <source>Choose the first day of the period.</source>
        <translation>مدت کا پہلا دن منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose the last day of the period.</source>
        <translation>مدت کا آخری دن منتخب کریں۔</translation>
    </message>
    <message>
        <source>The last day of the period is before the first day.</source>
        <translation>مدت کا آخری دن پہلے دن سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>Choose a period of at most ten years.</source>
        <translation>زیادہ سے زیادہ دس سال کی مدت منتخب کریں۔</translation>
    </message>
    <message>
        <source>That room is not on file.</source>
        <translation>یہ کمرہ ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>That room is at another site.</source>
        <translation>یہ کمرہ کسی دوسری برانچ میں ہے۔</translation>
    </message>
    <message>
        <source>Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).</source>
        <translation>Kindred رپورٹیں PDF یا CSV کی صورت میں لکھتا ہے: فائل کا نام ….pdf یا ….csv رکھیں (%1 نہیں)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as year-month-day, such as 2026-03-01.</source>
        <translation>&quot;%1&quot; تاریخ نہیں: اسے سال-مہینہ-دن کی صورت میں لکھیں، جیسے 2026-03-01۔</translation>
    </message>
    <message>
        <source>There is no room called &quot;%1&quot;. The rooms are: %2.</source>
        <translation>&quot;%1&quot; نام کا کوئی کمرہ نہیں۔ کمرے یہ ہیں: %2۔</translation>
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
        <translation>اس سینٹر کی کئی برانچیں ہیں: --site NAME یا --site all دیں (برانچیں: %1)۔</translation>
    </message>
    <message>
        <source>Writes a report as PDF or CSV without opening a window.</source>
        <translation>ونڈو کھولے بغیر رپورٹ PDF یا CSV کی صورت میں لکھتا ہے۔</translation>
    </message>
    <message>
        <source>Read the data file at &lt;path&gt;.</source>
        <translation>&lt;path&gt; پر موجود ڈیٹا فائل پڑھیں۔</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the centre on the server at &lt;conninfo&gt;.</source>
        <translation>سرور پر &lt;conninfo&gt; والا سینٹر پڑھیں۔</translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation>conninfo</translation>
    </message>
    <message>
        <source>List the reports and quit.</source>
        <translation>رپورٹوں کی فہرست دکھائیں اور بند کریں۔</translation>
    </message>
    <message>
        <source>First day of the period (2026-03-01).</source>
        <translation>مدت کا پہلا دن (2026-03-01)۔</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the period (2026-03-31).</source>
        <translation>مدت کا آخری دن (2026-03-31)۔</translation>
    </message>
    <message>
        <source>The site to report on (its name), or all for every site side by side (default: this computer&apos;s site).</source>
        <translation>وہ برانچ جس کی رپورٹ بنانی ہے (اس کا نام)، یا all تمام برانچوں کے لیے ساتھ ساتھ (طے شدہ: اس کمپیوٹر کی برانچ)۔</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>Only this room of the site (name or number).</source>
        <translation>برانچ کا صرف یہ کمرہ (نام یا نمبر)۔</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>لکھی جانے والی فائل: .pdf یا .csv۔</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>a4 or letter (default: the locale&apos;s).</source>
        <translation>a4 یا letter (طے شدہ: لوکیل کے مطابق)۔</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>CSV without the UTF-8 byte-order mark.</source>
        <translation>UTF-8 بائٹ آرڈر مارک کے بغیر CSV۔</translation>
    </message>
    <message>
        <source>Check the whole data file first (quick_check), whatever its size.</source>
        <translation>پہلے پوری ڈیٹا فائل کی جانچ کریں (quick_check)، چاہے اس کا سائز کچھ بھی ہو۔</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>رپورٹ کی کمانڈ۔</translation>
    </message>
    <message>
        <source>The report to write (see --list).</source>
        <translation>لکھی جانے والی رپورٹ (دیکھیں --list)۔</translation>
    </message>
    <message>
        <source>name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list shows them all).</source>
        <translation>ایک رپورٹ کا نام دیں، جیسے: kindred report attendance --from 2026-03-01 --to 2026-03-31 --out march.pdf (kindred report --list سب دکھاتا ہے)۔</translation>
    </message>
    <message>
        <source>say where to write the report with --out FILE.pdf or --out FILE.csv.</source>
        <translation>--out FILE.pdf یا --out FILE.csv کے ذریعے بتائیں کہ رپورٹ کہاں لکھنی ہے۔</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter, not %1.</source>
        <translation>--paper کے ساتھ a4 یا letter دیا جاتا ہے، %1 نہیں۔</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 نہیں کھولا جا سکتا: %2</translation>
    </message>
    <message>
        <source>kindred report: warning: %1</source>
        <translation>kindred report: انتباہ: %1</translation>
    </message>
    <message>
        <source>cannot open %1: there is no Kindred data in it.</source>
        <translation>%1 نہیں کھولا جا سکتا: اس میں Kindred کا کوئی ڈیٹا نہیں۔</translation>
    </message>
    <message>
        <source>this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept first), then run the report again.</source>
        <translation>اس فائل کو اپ گریڈ کرنا ضروری ہے: kindred migrate --database %1 چلائیں (پہلے ایک جانچی ہوئی کاپی رکھی جاتی ہے)، پھر رپورٹ دوبارہ چلائیں۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 لکھ دی گئی (%n صفحہ)۔</numerusform>
            <numerusform>%1 لکھ دی گئی (%n صفحات)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>%1 لکھ دی گئی (%n قطار)۔</numerusform>
            <numerusform>%1 لکھ دی گئی (%n قطاریں)۔</numerusform>
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
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>تمام کمرے</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام برانچیں</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>کوئی برانچ نہیں</translation>
    </message>
    <message>
        <source>Nothing was changed. The logo could not be stored as a PNG picture.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔ لوگو کو PNG تصویر کے طور پر محفوظ نہیں کیا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF محفوظ نہیں ہوئی</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>پرنٹ کی تاریخ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <source>Nothing to report for this period.</source>
        <translation>اس مدت کے لیے رپورٹ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>%1 — name and signature</source>
        <translation>%1 — نام اور دستخط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>RoleGrant</name>
    <message>
        <source>Nothing was changed: nobody changes their own role. Ask another administrator.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کوئی اپنا کردار خود تبدیل نہیں کرتا۔ کسی دوسرے منتظم سے کہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: you are signed in as %1 and would lose the right to manage accounts yourself. Another administrator can change what %1 may do.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: آپ %1 کے طور پر سائن اِن ہیں اور خود اکاؤنٹس کے انتظام کا اختیار کھو دیں گے۔ کوئی دوسرا منتظم تبدیل کر سکتا ہے کہ %1 کیا کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: you hold the role %1 yourself, and nobody gives themselves more power. Another administrator can let %1 %2.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: کردار %1 آپ کا اپنا ہے، اور کوئی خود کو زیادہ اختیار نہیں دیتا۔ کوئی دوسرا منتظم %1 کو یہ اجازت دے سکتا ہے: %2۔</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Kindred childcare centre</source>
        <translation>Kindred چائلڈ کیئر سینٹر</translation>
    </message>
    <message>
        <source>Emergency roll call</source>
        <translation>ہنگامی حاضری</translation>
    </message>
    <message>
        <source>%1 · %2, %3 on the premises</source>
        <translation>%1 · %2، %3 احاطے میں موجود</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>عملے کا %n رکن</numerusform>
            <numerusform>عملے کے %n ارکان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounted for.</source>
        <translation>%2 میں سے %1 کی تصدیق ہو گئی۔</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Life-threatening allergies</source>
        <translation>جان لیوا الرجیاں</translation>
    </message>
    <message>
        <source>Other allergies, medical notes</source>
        <translation>دیگر الرجیاں، طبی نوٹس</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>ہنگامی رابطے</translation>
    </message>
    <message>
        <source>No children are checked in.</source>
        <translation>کسی بچے کا چیک اِن نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Staff on the premises</source>
        <translation>احاطے میں موجود عملہ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>عملے کا رکن</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>ڈیوٹی پر آمد</translation>
    </message>
    <message>
        <source>No staff are clocked in.</source>
        <translation>عملے کے کسی رکن کی ڈیوٹی پر آمد درج نہیں۔</translation>
    </message>
    <message>
        <source>Roll call taken by</source>
        <translation>ہنگامی حاضری لینے والا</translation>
    </message>
    <message>
        <source>Warden or director</source>
        <translation>نگران یا ڈائریکٹر</translation>
    </message>
</context>
<context>
    <name>RollCallSnapshot</name>
    <message>
        <source>The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.</source>
        <translation>اس کمپیوٹر پر ہنگامی حاضری کی آخری کاپی (%1) پڑھی نہیں جا سکتی: %2۔ اسے نہیں دکھایا گیا، تاکہ کوئی اسے مکمل فہرست نہ سمجھ لے۔ پرنٹ شدہ فہرست یا کمروں کی حاضری شیٹس استعمال کریں۔</translation>
    </message>
    <message>
        <source>Could not keep a copy of the roll call on this computer (%1): %2.</source>
        <translation>اس کمپیوٹر پر ہنگامی حاضری کی کاپی محفوظ نہیں رکھی جا سکی (%1): %2۔</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>اس کا فولڈر نہیں بنایا جا سکا</translation>
    </message>
    <message>
        <source>it could not be made private</source>
        <translation>اسے نجی نہیں بنایا جا سکا</translation>
    </message>
    <message>
        <source>Could not delete the old copy of the roll call on this computer (%1).</source>
        <translation>اس کمپیوٹر پر ہنگامی حاضری کی پرانی کاپی حذف نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>یہ خراب یا نامکمل ہے</translation>
    </message>
    <message>
        <source>it is not a Kindred roll call</source>
        <translation>یہ Kindred کی ہنگامی حاضری نہیں</translation>
    </message>
    <message>
        <source>it was written by another version of Kindred</source>
        <translation>اسے Kindred کے کسی دوسرے ورژن نے لکھا تھا</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n بچہ</numerusform>
            <numerusform>%n بچے</numerusform>
        </translation>
    </message>
    <message>
        <source>No children here.</source>
        <translation>یہاں کوئی بچہ نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>No children here; %n staff member(s) clocked in.</source>
        <translation>
            <numerusform>یہاں کوئی بچہ نہیں؛ عملے کے %n رکن کی ڈیوٹی پر آمد درج ہے۔</numerusform>
            <numerusform>یہاں کوئی بچہ نہیں؛ عملے کے %n ارکان کی ڈیوٹی پر آمد درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is clocked in to look after %1: clock a staff member in to this room on the Who&apos;s here board.</source>
        <translation>%1 کی دیکھ بھال کے لیے کسی کی ڈیوٹی پر آمد درج نہیں: &quot;کون موجود ہے&quot; بورڈ پر عملے کے کسی رکن کی اس کمرے میں آمد درج کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>عملے کا %n رکن</numerusform>
            <numerusform>عملے کے %n ارکان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock in %n more.</source>
        <translation>
            <numerusform>مزید %n کی ڈیوٹی پر آمد درج کریں۔</numerusform>
            <numerusform>مزید %n کی ڈیوٹی پر آمد درج کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3 needs %4).</source>
        <translation>%1، %2 کے ساتھ (%3 کے حساب سے %4 درکار)۔</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>کوئی کمرہ نہیں</translation>
    </message>
    <message>
        <source>Archived room</source>
        <translation>آرکائیو شدہ کمرہ</translation>
    </message>
    <message numerus="yes">
        <source>Out of ratio: %1 need %2 at %3, and %n is clocked in. %4</source>
        <translation>
            <numerusform>تناسب سے باہر: %3 کے حساب سے %1 کے لیے %2 کی ضرورت ہے، اور ڈیوٹی پر عملے کا %n رکن موجود ہے۔ %4</numerusform>
            <numerusform>تناسب سے باہر: %3 کے حساب سے %1 کے لیے %2 کی ضرورت ہے، اور ڈیوٹی پر عملے کے %n ارکان موجود ہیں۔ %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Kindred could not check the data file&apos;s layout: %1</source>
        <translation>Kindred ڈیٹا فائل کی ساخت جانچ نہیں سکا: %1</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Kindred کی ڈیٹا فائل نامکمل ہے: %1 موجود نہیں۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔ تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>The Kindred data file is incomplete: %1 are missing. It was not opened and nothing in it was changed. Restore the latest backup.</source>
        <translation>Kindred کی ڈیٹا فائل نامکمل ہے: %1 موجود نہیں۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔ تازہ ترین بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>The Kindred data file contains something Kindred did not put there (%1); another program has changed it. It was not opened and nothing in it was changed.</source>
        <translation>Kindred کی ڈیٹا فائل میں کچھ ایسا ہے جو Kindred نے وہاں نہیں رکھا (%1)؛ کسی دوسرے پروگرام نے اسے تبدیل کیا ہے۔ اسے نہیں کھولا گیا اور اس میں کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>ٹیبل %1</translation>
    </message>
    <message>
        <source>the index %1</source>
        <translation>انڈیکس %1</translation>
    </message>
    <message>
        <source>the trigger %1</source>
        <translation>ٹرگر %1</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>ویو %1</translation>
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
        <translation>الرجی: %1 (!)</translation>
    </message>
    <message>
        <source>Allergy: %1 (%2)</source>
        <translation>الرجی: %1 (%2)</translation>
    </message>
    <message>
        <source>Pickup receipt — %1</source>
        <translation>وصولی کی رسید — %1</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>وصولی کوڈ</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is empty. Enter it as postgresql://server/kindred or host=server dbname=kindred.</source>
        <translation>سرور کا پتہ خالی ہے۔ اسے postgresql://server/kindred یا host=server dbname=kindred کی صورت میں درج کریں۔</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>سرور کا پتہ درست نہیں: %1</translation>
    </message>
    <message>
        <source>libpq ran out of memory</source>
        <translation>libpq کی میموری ختم ہو گئی</translation>
    </message>
    <message>
        <source>The server address is not valid: the setting %1 cannot contain &quot;;&quot;.</source>
        <translation>سرور کا پتہ درست نہیں: ترتیب %1 میں &quot;;&quot; نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The server address is not valid: the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>سرور کا پتہ درست نہیں: پورٹ &quot;%1&quot; 1 سے 65535 تک کا کوئی نمبر نہیں۔</translation>
    </message>
</context>
<context>
    <name>ServerClock</name>
    <message>
        <source>The centre server did not say what time it is.</source>
        <translation>سینٹر سرور نے نہیں بتایا کہ کیا وقت ہوا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی سینٹر سرور کی گھڑی سے %n منٹ پیچھے ہے۔ Kindred سرور کا وقت درج کرتا ہے؛ اس کمپیوٹر کی دیکھ بھال کرنے والے سے گھڑی درست کرنے کو کہیں۔</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی سینٹر سرور کی گھڑی سے %n منٹ پیچھے ہے۔ Kindred سرور کا وقت درج کرتا ہے؛ اس کمپیوٹر کی دیکھ بھال کرنے والے سے گھڑی درست کرنے کو کہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the centre server&apos;s. Kindred records the server&apos;s time; ask whoever looks after this computer to set its clock right.</source>
        <translation>
            <numerusform>اس کمپیوٹر کی گھڑی سینٹر سرور کی گھڑی سے %n منٹ آگے ہے۔ Kindred سرور کا وقت درج کرتا ہے؛ اس کمپیوٹر کی دیکھ بھال کرنے والے سے گھڑی درست کرنے کو کہیں۔</numerusform>
            <numerusform>اس کمپیوٹر کی گھڑی سینٹر سرور کی گھڑی سے %n منٹ آگے ہے۔ Kindred سرور کا وقت درج کرتا ہے؛ اس کمپیوٹر کی دیکھ بھال کرنے والے سے گھڑی درست کرنے کو کہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>this computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1، پورٹ %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install libqt6sql6-psql</source>
        <translation>PostgreSQL ڈرائیور انسٹال نہیں: libqt6sql6-psql انسٹال کریں</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at %1. Check that this computer is on the centre&apos;s network and that the server is running.</source>
        <translation>سینٹر سرور تک %1 پر رسائی نہیں ہو پا رہی۔ جانچیں کہ یہ کمپیوٹر سینٹر کے نیٹ ورک سے منسلک ہے اور سرور چل رہا ہے۔</translation>
    </message>
    <message>
        <source>The centre server at %1 is starting or shutting down. Try again in a minute.</source>
        <translation>%1 پر سینٹر سرور شروع یا بند ہو رہا ہے۔ ایک منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>سرور کا پتہ درست نہیں: %1</translation>
    </message>
    <message>
        <source>The centre server has no database &quot;%1&quot;. Check the database name in the server address.</source>
        <translation>سینٹر سرور پر &quot;%1&quot; نام کا کوئی ڈیٹا بیس نہیں۔ سرور کے پتے میں ڈیٹا بیس کا نام جانچیں۔</translation>
    </message>
    <message>
        <source>The centre server has no user &quot;%1&quot;. Check the user name in the server address.</source>
        <translation>سینٹر سرور پر &quot;%1&quot; نام کا کوئی صارف نہیں۔ سرور کے پتے میں صارف کا نام جانچیں۔</translation>
    </message>
    <message>
        <source>The centre server did not accept the password for &quot;%1&quot;.</source>
        <translation>سینٹر سرور نے &quot;%1&quot; کا پاس ورڈ قبول نہیں کیا۔</translation>
    </message>
    <message>
        <source>The centre server at %1 refused the connection. Ask whoever set up the server to check the server address.</source>
        <translation>%1 پر سینٹر سرور نے کنکشن مسترد کر دیا۔ جس نے سرور سیٹ اپ کیا ہے اس سے سرور کا پتہ جانچنے کو کہیں۔</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>a newer version</source>
        <translation>نیا ورژن</translation>
    </message>
    <message>
        <source>an older version</source>
        <translation>پرانا ورژن</translation>
    </message>
    <message>
        <source>No backup was made: the centre server runs PostgreSQL %1, newer than this computer&apos;s pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package postgresql-client-%3) and try again.</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: سینٹر سرور PostgreSQL %1 چلا رہا ہے، جو اس کمپیوٹر کے pg_dump (%2) سے نیا ہے، اس لیے وہ اس کا بیک اپ نہیں لے سکتا۔ یہاں pg_dump %3 انسٹال کریں (Debian پیکیج postgresql-client-%3) اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump could not back up the centre server (%1).</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: pg_dump سینٹر سرور کا بیک اپ نہیں لے سکا (%1)۔</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>اس نے کوئی وجہ نہیں بتائی</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump is not installed on this computer. Install the Debian package postgresql-client-15 (or the client of the server&apos;s version) and try again.</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: اس کمپیوٹر پر pg_dump انسٹال نہیں۔ Debian پیکیج postgresql-client-15 (یا سرور کے ورژن کا کلائنٹ) انسٹال کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>No backup was made: %1 already exists.</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>No backup was made: Kindred cannot write in %1.</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: Kindred فولڈر %1 میں نہیں لکھ سکتا۔</translation>
    </message>
    <message>
        <source>No backup was made: pg_dump did not finish (%1).</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: pg_dump مکمل نہیں ہوا (%1)۔</translation>
    </message>
    <message>
        <source>No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put in place.</source>
        <translation>کوئی بیک اپ نہیں بنایا گیا: pg_dump نے %1 میں جو آرکائیو لکھا وہ نامکمل ہے یا اسے اپنی جگہ نہیں رکھا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>ServerGrants</name>
    <message>
        <source>The centre server&apos;s database needs upgrading to schema %1, which only its owner (the database role %2) may do; this station connects as %3. Ask whoever looks after the server to run kindred migrate --server with user=%2 once, then start Kindred here again.</source>
        <translation>سینٹر سرور کے ڈیٹا بیس کو اسکیما %1 پر اپ گریڈ کرنا ضروری ہے، جو صرف اس کا مالک (ڈیٹا بیس رول %2) کر سکتا ہے؛ یہ اسٹیشن %3 کے طور پر منسلک ہوتا ہے۔ سرور کی دیکھ بھال کرنے والے سے کہیں کہ ایک بار user=%2 کے ساتھ kindred migrate --server چلائے، پھر یہاں Kindred دوبارہ شروع کریں۔</translation>
    </message>
</context>
<context>
    <name>ServerMigration</name>
    <message>
        <source>The data file has a table &quot;%1&quot; that the server&apos;s schema does not have; nothing was copied. Is this Kindred older than the one that last wrote the file?</source>
        <translation>ڈیٹا فائل میں ایک ٹیبل &quot;%1&quot; ہے جو سرور کے اسکیما میں نہیں؛ کچھ کاپی نہیں کیا گیا۔ کیا یہ Kindred اس ورژن سے پرانا ہے جس نے آخری بار فائل لکھی تھی؟</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; has no column &quot;%2&quot; for the data file&apos;s; nothing was copied.</source>
        <translation>سرور کے ٹیبل &quot;%1&quot; میں ڈیٹا فائل والا کالم &quot;%2&quot; نہیں؛ کچھ کاپی نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The server&apos;s table &quot;%1&quot; does not hold what the data file holds after the copy (rows on the server: %2; in the data file: %3); nothing was kept.</source>
        <translation>کاپی کے بعد سرور کے ٹیبل &quot;%1&quot; میں وہ نہیں جو ڈیٹا فائل میں ہے (سرور پر قطاریں: %2؛ ڈیٹا فائل میں: %3)؛ کچھ نہیں رکھا گیا۔</translation>
    </message>
    <message>
        <source>The audit trail copied to the server does not verify; nothing was kept. %1</source>
        <translation>سرور پر کاپی کیا گیا آڈٹ لاگ تصدیق میں ناکام ہے؛ کچھ نہیں رکھا گیا۔ %1</translation>
    </message>
    <message>
        <source>Could not copy a row of &quot;%1&quot; to the server: %2</source>
        <translation>&quot;%1&quot; کی ایک قطار سرور پر کاپی نہیں ہو سکی: %2</translation>
    </message>
    <message>
        <source>The server&apos;s database &quot;%1&quot; already holds a Kindred centre; nothing was changed. A centre moves only into an empty database.</source>
        <translation>سرور کے ڈیٹا بیس &quot;%1&quot; میں پہلے سے ایک Kindred سینٹر موجود ہے؛ کچھ تبدیل نہیں کیا گیا۔ سینٹر صرف خالی ڈیٹا بیس میں منتقل ہوتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s database &quot;%1&quot; is not empty (it holds &quot;%2&quot; and %n other table(s), view(s) or sequence(s)); nothing was changed. Use a new, empty database.</source>
        <translation>
            <numerusform>سرور کا ڈیٹا بیس &quot;%1&quot; خالی نہیں (اس میں &quot;%2&quot; اور %n دیگر ٹیبل، ویو یا سیکوئنس ہے)؛ کچھ تبدیل نہیں کیا گیا۔ نیا، خالی ڈیٹا بیس استعمال کریں۔</numerusform>
            <numerusform>سرور کا ڈیٹا بیس &quot;%1&quot; خالی نہیں (اس میں &quot;%2&quot; اور %n دیگر ٹیبل، ویوز یا سیکوئنسز ہیں)؛ کچھ تبدیل نہیں کیا گیا۔ نیا، خالی ڈیٹا بیس استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a data file moves to a server.</source>
        <translation>صرف ڈیٹا فائل ہی سرور پر منتقل ہوتی ہے۔</translation>
    </message>
    <message>
        <source>The data file is at data version %1, this Kindred at %2: upgrade the file first.</source>
        <translation>ڈیٹا فائل ڈیٹا ورژن %1 پر ہے، اور یہ Kindred %2 پر: پہلے فائل اپ گریڈ کریں۔</translation>
    </message>
</context>
<context>
    <name>ServerSchemaVersioning</name>
    <message>
        <source>The database %1 on the centre server cannot hold Kindred&apos;s records as they are written: it uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. Ask whoever looks after the server to create an empty database with CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos;, and connect Kindred to that one.</source>
        <translation>سینٹر سرور پر ڈیٹا بیس %1 میں Kindred کے ریکارڈ اس طرح محفوظ نہیں ہو سکتے جیسے وہ لکھے جاتے ہیں: یہ %2 انکوڈنگ اور %3 کولیشن (حروف کی ترتیب) استعمال کرتا ہے، جبکہ Kindred کو UTF8 اور C درکار ہیں۔ کچھ تبدیل نہیں کیا گیا۔ سرور کی دیکھ بھال کرنے والے سے کہیں کہ CREATE DATABASE … TEMPLATE template0 ENCODING &apos;UTF8&apos; LOCALE &apos;C&apos; کے ذریعے ایک خالی ڈیٹا بیس بنائے، اور Kindred کو اسی سے منسلک کریں۔</translation>
    </message>
    <message>
        <source>The database %1 on the centre server already holds tables that Kindred did not make. Nothing was changed. Connect Kindred to an empty database, or to its own.</source>
        <translation>سینٹر سرور پر ڈیٹا بیس %1 میں پہلے سے ایسے ٹیبل موجود ہیں جو Kindred نے نہیں بنائے۔ کچھ تبدیل نہیں کیا گیا۔ Kindred کو کسی خالی ڈیٹا بیس سے، یا اس کے اپنے ڈیٹا بیس سے منسلک کریں۔</translation>
    </message>
    <message>
        <source>The database %1 on the centre server belongs to another program, not to Kindred. Nothing was changed. Check the server address.</source>
        <translation>سینٹر سرور پر ڈیٹا بیس %1 کسی دوسرے پروگرام کا ہے، Kindred کا نہیں۔ کچھ تبدیل نہیں کیا گیا۔ سرور کا پتہ جانچیں۔</translation>
    </message>
    <message>
        <source>This centre server was upgraded by a newer Kindred (schema %1); this computer&apos;s Kindred knows up to %2. Install the newer Kindred here.</source>
        <translation>یہ سینٹر سرور Kindred کے نئے ورژن نے اپ گریڈ کیا تھا (اسکیما %1)؛ اس کمپیوٹر کا Kindred صرف %2 تک جانتا ہے۔ یہاں Kindred کا نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message numerus="yes">
        <source>Kindred cannot update the centre server while %n station(s) with an older Kindred are connected to it (%1). Close Kindred there, or update it, then start Kindred here again.</source>
        <translation>
            <numerusform>جب تک پرانے Kindred والا %n اسٹیشن سینٹر سرور سے منسلک ہے (%1)، Kindred سرور کو اپ ڈیٹ نہیں کر سکتا۔ وہاں Kindred بند کریں، یا اسے اپ ڈیٹ کریں، پھر یہاں Kindred دوبارہ شروع کریں۔</numerusform>
            <numerusform>جب تک پرانے Kindred والے %n اسٹیشن سینٹر سرور سے منسلک ہیں (%1)، Kindred سرور کو اپ ڈیٹ نہیں کر سکتا۔ وہاں Kindred بند کریں، یا اسے اپ ڈیٹ کریں، پھر یہاں Kindred دوبارہ شروع کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Kindred could not upgrade the centre server&apos;s database to schema %1 (%2). Nothing was changed: every station keeps working with the schema it had.</source>
        <translation>Kindred سینٹر سرور کے ڈیٹا بیس کو اسکیما %1 پر اپ گریڈ نہیں کر سکا (%2)۔ کچھ تبدیل نہیں کیا گیا: ہر اسٹیشن اپنے پچھلے اسکیما کے ساتھ کام جاری رکھتا ہے۔</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot upgrade the centre server&apos;s database to schema %1: the part of the upgrade that is not SQL is missing. Nothing was changed.</source>
        <translation>Kindred کی یہ کاپی سینٹر سرور کے ڈیٹا بیس کو اسکیما %1 پر اپ گریڈ نہیں کر سکتی: اپ گریڈ کا وہ حصہ موجود نہیں جو SQL نہیں ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ServiceTargets</name>
    <message>
        <source>Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: تصدیق کا وقت 1 سے %1 کام کے گھنٹوں کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Nothing was saved: the time to resolve must be at least the time to acknowledge and at most %1 working hours.</source>
        <translation>کچھ محفوظ نہیں کیا گیا: حل کا وقت کم از کم تصدیق کے وقت جتنا اور زیادہ سے زیادہ %1 کام کے گھنٹے ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>%1 is no longer on the staff list: sign in again.</source>
        <translation>%1 اب عملے کی فہرست میں نہیں: دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>An administrator has reset the PIN or password of %1 since they signed in: sign in again.</source>
        <translation>سائن اِن کے بعد کسی منتظم نے %1 کا PIN یا پاس ورڈ ری سیٹ کر دیا ہے: دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>%1 is not on file: sign in again.</source>
        <translation>%1 ریکارڈ میں موجود نہیں: دوبارہ سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>%1 Sign in again.</source>
        <translation>%1 دوبارہ سائن اِن کریں۔</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Director override (the reason is shown only to roles that may see custody restrictions)</source>
        <translation>ڈائریکٹر کا استثنا (وجہ صرف ان کرداروں کو دکھائی جاتی ہے جو تحویل کی پابندیاں دیکھ سکتے ہیں)</translation>
    </message>
    <message>
        <source>Kindred</source>
        <translation>Kindred</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>روزانہ آمد و روانگی کی شیٹ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Clocks changed on this day: it had %n hour(s). Times below are local times after the change where it applies; hours attended are real elapsed time.</source>
        <translation>
            <numerusform>اس دن گھڑیاں بدلی گئیں: دن %n گھنٹے کا تھا۔ نیچے دیے گئے اوقات، جہاں لاگو ہو، تبدیلی کے بعد کے مقامی اوقات ہیں؛ حاضری کے گھنٹے حقیقی گزرا ہوا وقت ہیں۔</numerusform>
            <numerusform>اس دن گھڑیاں بدلی گئیں: دن %n گھنٹوں کا تھا۔ نیچے دیے گئے اوقات، جہاں لاگو ہو، تبدیلی کے بعد کے مقامی اوقات ہیں؛ حاضری کے گھنٹے حقیقی گزرا ہوا وقت ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>In</source>
        <translation>آمد</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>لانے والا</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>ڈیسک (آمد)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>لے جانے والا</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>ڈیسک (روانگی)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>NOT CHECKED OUT</source>
        <translation>چیک آؤٹ نہیں ہوا</translation>
    </message>
    <message numerus="yes">
        <source>Late pickup: %n min</source>
        <translation>
            <numerusform>تاخیر سے وصولی: %n منٹ</numerusform>
            <numerusform>تاخیر سے وصولی: %n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <source>Director override: %1</source>
        <translation>ڈائریکٹر کا استثنا: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>گروپ: %1</translation>
    </message>
    <message>
        <source>Corrected (see below)</source>
        <translation>درست کیا گیا (نیچے دیکھیں)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>No child was checked in on this day.</source>
        <translation>اس دن کسی بچے کا چیک اِن نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Children checked in</source>
        <translation>چیک اِن شدہ بچے</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>چیک آؤٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>تصحیحات</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>پرانی قدر</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>نئی قدر</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>چیک آؤٹ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>ڈیوٹی پر عملہ</translation>
    </message>
    <message>
        <source>No staff member clocked in on this day.</source>
        <translation>اس دن عملے کے کسی رکن کی ڈیوٹی پر آمد درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>عملے کا رکن</translation>
    </message>
    <message>
        <source>Clocked in</source>
        <translation>ڈیوٹی پر آمد</translation>
    </message>
    <message>
        <source>Clocked out</source>
        <translation>ڈیوٹی سے روانگی</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>ذمہ دار شخص</translation>
    </message>
</context>
<context>
    <name>SignInSheetReport</name>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>چیک اِن</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>لانے والا</translation>
    </message>
    <message>
        <source>Desk (in)</source>
        <translation>ڈیسک (آمد)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>چیک آؤٹ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>لے جانے والا</translation>
    </message>
    <message>
        <source>Desk (out)</source>
        <translation>ڈیسک (روانگی)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>Late minutes</source>
        <translation>تاخیر کے منٹ</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>استثنا کی وجہ</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>تصحیحات</translation>
    </message>
    <message>
        <source>Daily sign-in and sign-out sheet</source>
        <translation>روزانہ آمد و روانگی کی شیٹ</translation>
    </message>
    <message>
        <source>No child was checked in during this period.</source>
        <translation>اس مدت میں کسی بچے کا چیک اِن نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>SiteRoles</name>
    <message>
        <source>this site</source>
        <translation>یہ برانچ</translation>
    </message>
    <message>
        <source>%1 works at no open site, so not at %2.</source>
        <translation>%1 کسی کھلی برانچ میں کام نہیں کرتا، اس لیے %2 میں بھی نہیں۔</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last of a list of sites</comment>
        <translation>%1 اور %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 works at %2, not at %3.</source>
        <translation>%1، %2 میں کام کرتا ہے، %3 میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaVersioning</name>
    <message>
        <source>Kindred could not update its data file to version %1 (%2). The file was left as it was.</source>
        <translation>Kindred اپنی ڈیٹا فائل کو ورژن %1 پر اپ ڈیٹ نہیں کر سکا (%2)۔ فائل جوں کی توں چھوڑ دی گئی۔</translation>
    </message>
    <message>
        <source>This copy of Kindred cannot update its data file to version %1: the part of the update that is not SQL is missing. The file was left as it was.</source>
        <translation>Kindred کی یہ کاپی اپنی ڈیٹا فائل کو ورژن %1 پر اپ ڈیٹ نہیں کر سکتی: اپ ڈیٹ کا وہ حصہ موجود نہیں جو SQL نہیں ہے۔ فائل جوں کی توں چھوڑ دی گئی۔</translation>
    </message>
</context>
<context>
    <name>StaffCredentials</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN میں %1 سے %2 ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN میں صرف ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>A password has at least %1 characters; a short sentence is easy to remember.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہوتے ہیں؛ ایک مختصر جملہ یاد رکھنا آسان ہے۔</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>پاس ورڈ صرف خالی جگہوں پر مشتمل نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Kindred could not start its password protection on this computer.</source>
        <translation>Kindred اس کمپیوٹر پر اپنا پاس ورڈ کا تحفظ شروع نہیں کر سکا۔</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to protect the PIN or password. Close other programs and try again.</source>
        <translation>اس کمپیوٹر کے پاس PIN یا پاس ورڈ کے تحفظ کے لیے کافی خالی میموری نہیں تھی۔ دوسرے پروگرام بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>StationSite</name>
    <message>
        <source>The site %1 is archived: this computer cannot serve it.</source>
        <translation>برانچ %1 آرکائیو ہو چکی ہے: یہ کمپیوٹر اس کے لیے مقرر نہیں ہو سکتا۔</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Another Kindred station is saving at this moment. Nothing was changed; please try again.</source>
        <translation>Kindred کا کوئی دوسرا اسٹیشن اس وقت محفوظ کر رہا ہے۔ کچھ تبدیل نہیں کیا گیا؛ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Another station&apos;s change crossed this one on the centre server. Nothing was changed; please try again.</source>
        <translation>سینٹر سرور پر کسی دوسرے اسٹیشن کی تبدیلی اس سے ٹکرا گئی۔ کچھ تبدیل نہیں کیا گیا؛ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server. Nothing was changed.</source>
        <translation>Kindred کا سینٹر سرور سے رابطہ منقطع ہو گیا۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The centre server does not let Kindred make this change (it is read-only, or Kindred&apos;s database user may not). Nothing was changed. Ask whoever set up the server.</source>
        <translation>سینٹر سرور Kindred کو یہ تبدیلی کرنے نہیں دیتا (یہ صرف پڑھنے کے لیے ہے، یا Kindred کے ڈیٹا بیس صارف کو اجازت نہیں)۔ کچھ تبدیل نہیں کیا گیا۔ جس نے سرور سیٹ اپ کیا ہے اس سے پوچھیں۔</translation>
    </message>
    <message>
        <source>The centre server&apos;s disk is full, so Kindred could not save. Nothing was changed. Ask whoever looks after the server to free some space.</source>
        <translation>سینٹر سرور کی ڈسک بھر گئی ہے، اس لیے Kindred محفوظ نہیں کر سکا۔ کچھ تبدیل نہیں کیا گیا۔ سرور کی دیکھ بھال کرنے والے سے کچھ جگہ خالی کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>The centre server reported damage or a disk error while Kindred was working. Nothing was changed. Ask whoever looks after the server to check it.</source>
        <translation>Kindred کے کام کے دوران سینٹر سرور نے خرابی یا ڈسک کی غلطی بتائی۔ کچھ تبدیل نہیں کیا گیا۔ سرور کی دیکھ بھال کرنے والے سے اسے جانچنے کو کہیں۔</translation>
    </message>
    <message>
        <source>This change conflicts with records already saved (%1). Nothing was changed.</source>
        <translation>یہ تبدیلی پہلے سے محفوظ ریکارڈ سے متصادم ہے (%1)۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Kindred could not complete this change: %1. Nothing was changed.</source>
        <translation>Kindred یہ تبدیلی مکمل نہیں کر سکا: %1۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Kindred could not open a file it needs beside the data file (its folder may not let Kindred create files). Nothing was changed. Ask whoever looks after this computer to check the folder&apos;s permissions.</source>
        <translation>Kindred ڈیٹا فائل کے ساتھ موجود ایک ضروری فائل نہیں کھول سکا (ممکن ہے اس کا فولڈر Kindred کو فائلیں بنانے نہ دیتا ہو)۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے فولڈر کی اجازتیں جانچنے کو کہیں۔</translation>
    </message>
    <message>
        <source>The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was changed. Ask whoever looks after this computer to check the file&apos;s permissions.</source>
        <translation>Kindred کی ڈیٹا فائل میں لکھا نہیں جا سکتا (یہ یا اس کا فولڈر صرف پڑھنے کے لیے ہے)۔ کچھ تبدیل نہیں کیا گیا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے فائل کی اجازتیں جانچنے کو کہیں۔</translation>
    </message>
    <message>
        <source>The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk and try again.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے Kindred محفوظ نہیں کر سکا۔ کچھ تبدیل نہیں کیا گیا۔ ڈسک پر کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it again: it checks the whole file and says what to do.</source>
        <translation>Kindred کو ڈیٹا فائل کا ایک خراب حصہ ملا۔ کچھ تبدیل نہیں کیا گیا۔ Kindred بند کر کے دوبارہ کھولیں: یہ پوری فائل جانچتا ہے اور بتاتا ہے کہ کیا کرنا ہے۔</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was making this change safe, so Kindred cannot be sure whether it was saved. Look at the record before doing it again, and have the disk checked.</source>
        <translation>Kindred جب یہ تبدیلی محفوظ کر رہا تھا تو ڈسک نے ایک خرابی بتائی، اس لیے Kindred یقین سے نہیں کہہ سکتا کہ یہ محفوظ ہوئی یا نہیں۔ دوبارہ کرنے سے پہلے ریکارڈ دیکھ لیں، اور ڈسک کی جانچ کروائیں۔</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was reading the data file. Nothing was changed. Check the disk and try again.</source>
        <translation>Kindred کے ڈیٹا فائل پڑھتے وقت ڈسک نے ایک خرابی بتائی۔ کچھ تبدیل نہیں کیا گیا۔ ڈسک جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and try again.</source>
        <translation>Kindred کے محفوظ کرتے وقت ڈسک نے ایک خرابی بتائی۔ کچھ تبدیل نہیں کیا گیا۔ ڈسک جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Nothing was changed, and what you typed is still here: try again in a moment. If it goes on, ask whoever looks after the server or the network.</source>
        <translation>سینٹر سرور تک رسائی نہیں ہو پا رہی۔ کچھ تبدیل نہیں کیا گیا، اور آپ نے جو لکھا وہ ابھی یہیں موجود ہے: تھوڑی دیر بعد دوبارہ کوشش کریں۔ اگر یہ مسئلہ جاری رہے تو سرور یا نیٹ ورک کی دیکھ بھال کرنے والے سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>Kindred lost its connection to the centre server while saving. When the server answers again, look at the record before doing this again: Kindred cannot tell whether the server saved it.</source>
        <translation>محفوظ کرتے وقت Kindred کا سینٹر سرور سے رابطہ منقطع ہو گیا۔ سرور کے دوبارہ جواب دینے پر، یہ کام دوبارہ کرنے سے پہلے ریکارڈ دیکھ لیں: Kindred نہیں بتا سکتا کہ سرور نے اسے محفوظ کیا یا نہیں۔</translation>
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
        <translation>اس کمپیوٹر کا صارف</translation>
    </message>
    <message>
        <source>the centre server asks for the password of %1, and there is no terminal to ask it on: put it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.</source>
        <translation>سینٹر سرور %1 کا پاس ورڈ مانگ رہا ہے، اور پوچھنے کے لیے کوئی ٹرمینل نہیں: اسے ~/.pgpass (یا PGPASSFILE میں درج فائل) میں رکھیں، جسے صرف آپ پڑھ سکیں۔</translation>
    </message>
    <message>
        <source>Password of %1 on the centre server: </source>
        <translation>سینٹر سرور پر %1 کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>no password was given; nothing was changed.</source>
        <translation>کوئی پاس ورڈ نہیں دیا گیا؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جاری</translation>
    </message>
    <message>
        <source>Waiting for parent</source>
        <translation>والدین کا انتظار</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شدہ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>دوبارہ کھولا گیا</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>تحریری نوٹ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>تشویش</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>تجویز</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>تعریف</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>نگہداشت</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>کھانا</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>رابطہ و اطلاع</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>فیس اور بلنگ</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>سہولیات</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>معمول</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>ٹکٹ کھولا گیا</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>ذمہ دار: %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>%1 سے %2 کو دوبارہ سونپا گیا</translation>
    </message>
    <message>
        <source>%1 now shares this ticket</source>
        <translation>اب %1 کے ساتھ یہ ٹکٹ شیئر ہے</translation>
    </message>
    <message>
        <source>%1 no longer shares this ticket</source>
        <translation>اب %1 کے ساتھ یہ ٹکٹ شیئر نہیں</translation>
    </message>
    <message>
        <source>Parent&apos;s follow-up: %1</source>
        <translation>والدین کا فالو اپ: %1</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>واقعہ %1 سے منسلک</translation>
    </message>
</context>
<context>
    <name>TicketHistoryReport</name>
    <message>
        <source>Raised with us</source>
        <translation>ہمیں موصول ہوا</translation>
    </message>
    <message>
        <source>That family is not on file.</source>
        <translation>یہ خاندان ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>ہمارا سینٹر</translation>
    </message>
    <message>
        <source>Your feedback and how we acted: %1 family</source>
        <translation>آپ کی آراء اور ہم نے کیا اقدامات کیے: %1 خاندان</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>بتاریخ %1</translation>
    </message>
    <message>
        <source>No feedback, questions or complaints are on file for this family.</source>
        <translation>اس خاندان کی کوئی رائے، سوال یا شکایت ریکارڈ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 no. %2: %3</source>
        <translation>%1 نمبر %2: %3</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>بچے</translation>
    </message>
    <message>
        <source>How</source>
        <translation>کیسے</translation>
    </message>
    <message>
        <source>About</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>آپ نے ہمیں کیا بتایا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>Your follow-up</source>
        <translation>آپ کا فالو اپ</translation>
    </message>
    <message>
        <source>%1, %2 of 5: %3</source>
        <translation>%1، 5 میں سے %2: %3</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>مطمئن</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>مطمئن نہیں</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket %1 is not on file.</source>
        <translation>ٹکٹ %1 ریکارڈ میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>Choose a last month that is not before the first month.</source>
        <translation>ایسا آخری مہینہ منتخب کریں جو پہلے مہینے سے پہلے نہ ہو۔</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>Median hours to acknowledge</source>
        <translation>تصدیق کے گھنٹوں کا وسطانیہ</translation>
    </message>
    <message>
        <source>Median hours to resolve</source>
        <translation>حل کے گھنٹوں کا وسطانیہ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>پہلے رابطے پر حل</translation>
    </message>
    <message>
        <source>Share resolved at first contact (%)</source>
        <translation>پہلے رابطے پر حل کا تناسب (%)</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>اوسط اطمینان (1-5)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>تمام زمرے</translation>
    </message>
    <message>
        <source>Our centre</source>
        <translation>ہمارا سینٹر</translation>
    </message>
    <message>
        <source>Parents&apos; feedback and complaints</source>
        <translation>والدین کی آراء اور شکایات</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>No tickets were raised in this period.</source>
        <translation>اس مدت میں کوئی ٹکٹ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>اوسط اطمینان</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>What parents raised</source>
        <translation>والدین نے کیا بتایا</translation>
    </message>
    <message>
        <source>How we responded</source>
        <translation>ہم نے کیسے جواب دیا</translation>
    </message>
    <message>
        <source>Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or resolved after its target, or is still waiting past it; overdue lines are marked in red.</source>
        <translation>گھنٹے درج ہونے کے وقت سے گزرے ہوئے گھڑی کے گھنٹے ہیں۔ ٹکٹ اس وقت تاخیر شدہ ہے جب اس کی تصدیق یا حل مقررہ ہدف کے بعد ہوا ہو، یا وہ ہدف گزرنے کے بعد بھی منتظر ہو؛ تاخیر شدہ سطریں سرخ رنگ میں نشان زد ہیں۔</translation>
    </message>
</context>
<context>
    <name>TicketStatusWriter</name>
    <message>
        <source>satisfied</source>
        <translation>مطمئن</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>مطمئن نہیں</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 میں سے %1</translation>
    </message>
    <message>
        <source>Acknowledged on the way</source>
        <translation>ضمناً تصدیق کی گئی</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Nothing was changed: the ticket is already %1.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ٹکٹ کی حیثیت پہلے ہی %1 ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved ticket can be closed. Resolve it first.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: صرف حل شدہ ٹکٹ ہی بند کیا جا سکتا ہے۔ پہلے اسے حل کریں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: only a resolved or closed ticket can be reopened.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: صرف حل شدہ یا بند ٹکٹ ہی دوبارہ کھولا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is closed. Reopen it to work on it again.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: یہ ٹکٹ بند ہے۔ اس پر دوبارہ کام کرنے کے لیے اسے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: this ticket is resolved. Close it with the parent&apos;s follow-up, or reopen it to work on it again.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: یہ ٹکٹ حل ہو چکا ہے۔ اسے والدین کے فالو اپ کے ساتھ بند کریں، یا اس پر دوبارہ کام کرنے کے لیے اسے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket cannot go from %1 to %2.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ٹکٹ %1 سے %2 میں نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Nothing was changed: write down what the parent said at the follow-up.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: لکھیں کہ فالو اپ پر والدین نے کیا کہا۔</translation>
    </message>
    <message>
        <source>Nothing was changed: record the parent&apos;s rating from 1 to 5.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: والدین کی درجہ بندی 1 سے 5 تک درج کریں۔</translation>
    </message>
    <message>
        <source>Nothing was changed: a ticket is closed only after asking the parent. Record their follow-up, or why no follow-up was possible.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: ٹکٹ صرف والدین سے پوچھنے کے بعد ہی بند کیا جاتا ہے۔ ان کا فالو اپ درج کریں، یا یہ کہ فالو اپ کیوں ممکن نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Nothing was changed: write a short summary of how this was resolved.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: مختصراً لکھیں کہ اسے کیسے حل کیا گیا۔</translation>
    </message>
    <message>
        <source>Nothing was changed: say why the ticket is reopened.</source>
        <translation>کچھ تبدیل نہیں کیا گیا: بتائیں کہ ٹکٹ کیوں دوبارہ کھولا جا رہا ہے۔</translation>
    </message>
    <message>
        <source>The parent was not satisfied at the follow-up.</source>
        <translation>فالو اپ پر والدین مطمئن نہیں تھے۔</translation>
    </message>
</context>
<context>
    <name>UndoPolicy</name>
    <message>
        <source>%1&apos;s check-in has already been undone. Nothing was changed.</source>
        <translation>%1 کا چیک اِن پہلے ہی منسوخ کیا جا چکا ہے۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 has left since (at %2), so the check-in cannot be undone: that would erase who took %1. Undo the check-out first if it was the mistake. Nothing was changed.</source>
        <translation>اس کے بعد %1 کی روانگی ہو چکی ہے (%2 پر)، اس لیے چیک اِن منسوخ نہیں کیا جا سکتا: اس سے یہ ریکارڈ مٹ جائے گا کہ %1 کو کون لے گیا۔ اگر غلطی چیک آؤٹ میں تھی تو پہلے اسے منسوخ کریں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 has not been checked out, so there is no check-out to undo. Nothing was changed.</source>
        <translation>%1 کا چیک آؤٹ نہیں ہوا، اس لیے منسوخ کرنے کے لیے کوئی چیک آؤٹ نہیں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 was checked in at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 کا چیک اِن کسی دوسرے ڈیسک پر ہوا تھا: صرف وہی ڈیسک اسے منسوخ کر سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ اسے کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 was checked out at another desk: only that desk can undo it. Ask a director to void it with a reason (Corrections). Nothing was changed.</source>
        <translation>%1 کا چیک آؤٹ کسی دوسرے ڈیسک پر ہوا تھا: صرف وہی ڈیسک اسے منسوخ کر سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ اسے کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>A check-in can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-in with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>چیک اِن صرف %n منٹ تک منسوخ کیا جا سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ %1 کا چیک اِن کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
            <numerusform>چیک اِن صرف %n منٹ تک منسوخ کیا جا سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ %1 کا چیک اِن کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A check-out can be undone for %n minute(s) only. Ask a director to void %1&apos;s check-out with a reason (Corrections). Nothing was changed.</source>
        <translation>
            <numerusform>چیک آؤٹ صرف %n منٹ تک منسوخ کیا جا سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ %1 کا چیک آؤٹ کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
            <numerusform>چیک آؤٹ صرف %n منٹ تک منسوخ کیا جا سکتا ہے۔ کسی ڈائریکٹر سے کہیں کہ وجہ کے ساتھ %1 کا چیک آؤٹ کالعدم کرے (تصحیحات)۔ کچھ تبدیل نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
</context>
</TS>
