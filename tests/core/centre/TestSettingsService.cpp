// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/ExpectedToday.h"
#include "centre/CentreService.h"
#include "centre/CentreSettings.h"
#include "centre/IdleLock.h"
#include "centre/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::StaffRole)

namespace {

int auditCount(Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'"));
    return query.next() ? query.value(0).toInt() : -1;
}

struct AuditRow
{
    qint64 actorId = -1;
    QJsonObject details;
};

AuditRow lastAudit(Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral(
        "SELECT actor_staff_id, details FROM audit_log WHERE action = 'settings.change' ORDER BY id DESC LIMIT 1"));
    if (!query.next()) {
        return {};
    }
    return {query.value(0).toLongLong(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()};
}

StaffMember signInAs(TestCentre& centre, StaffRole role)
{
    StaffMember actor;
    actor.firstName = QStringLiteral("Acting");
    actor.lastName = staffRoleName(role);
    actor.role = role;
    if (!centre.centre().saveStaff(actor).ok()) {
        return {};
    }
    centre.session().signIn(actor);
    return actor;
}

} // namespace

class TestSettingsService : public QObject
{
    Q_OBJECT

private slots:
    void deniedWithoutManageSettings_data();
    void deniedWithoutManageSettings();
    void changeIsAuditedWithOldAndNew();
    void unchangedValueIsNotAudited();
    void everyScreenOfTheFileHearsTheChange();
    void centreSettingsRefuseNonsense_data();
    void centreSettingsRefuseNonsense();
    void centreSettingsRoundTrip();
    void centreLanguageIsALanguageCode_data();
    void centreLanguageIsALanguageCode();
    void aStaffMembersLanguageIsOneOfKindreds_data();
    void aStaffMembersLanguageIsOneOfKindreds();
};

void TestSettingsService::deniedWithoutManageSettings_data()
{
    QTest::addColumn<StaffRole>("role");
    int rows = 0;
    for (StaffRole role : {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator}) {
        if (!PermissionMatrix::defaults().allows(role, Permission::ManageSettings)) {
            QTest::newRow(qPrintable(staffRoleName(role))) << role;
            ++rows;
        }
    }
    QVERIFY(rows >= 2); // receptionist and educator at least
}

void TestSettingsService::deniedWithoutManageSettings()
{
    QFETCH(StaffRole, role);
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    QVERIFY(settings.setValue(SettingsService::CentreName, QStringLiteral("Wattle Tree")).ok()); // as the system
    QVERIFY(signInAs(centre, role).id != 0);
    const int before = auditCount(centre.database());

    const auto refused = settings.setValue(SettingsService::CentreName, QStringLiteral("Gum Tree"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().startsWith(QStringLiteral("Your role (%1) may not").arg(staffRoleName(role))),
             qPrintable(refused.errorString()));
    CentreSettings form = CentreSettings::load(centre.database()).value();
    form.idleLockMinutes = 1;
    QVERIFY(!form.save(settings).ok());
    // Reading stays free, and nothing changed.
    QCOMPARE(settings.value(SettingsService::CentreName).value(), QStringLiteral("Wattle Tree"));
    QCOMPARE(IdleLock::minutesFromSetting(settings.value(IdleLock::SettingKey).value()), IdleLock::DefaultMinutes);
    QCOMPARE(auditCount(centre.database()), before);
}

void TestSettingsService::changeIsAuditedWithOldAndNew()
{
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    QVERIFY(settings.setValue(SettingsService::CentrePhone, QStringLiteral("03 9555 0123")).ok());
    AuditRow first = lastAudit(centre.database());
    QCOMPARE(first.actorId, qint64(0));
    QVERIFY(first.details.value(QStringLiteral("old")).isNull()); // never set before
    QCOMPARE(first.details.value(QStringLiteral("new")).toString(), QStringLiteral("03 9555 0123"));

    const StaffMember admin = signInAs(centre, StaffRole::Administrator);
    QVERIFY(admin.id != 0);
    QVERIFY(settings.setValue(SettingsService::CentrePhone, QStringLiteral("03 9555 9999")).ok());
    const AuditRow second = lastAudit(centre.database());
    QCOMPARE(second.actorId, admin.id);
    QCOMPARE(second.details.value(QStringLiteral("key")).toString(), SettingsService::CentrePhone);
    QCOMPARE(second.details.value(QStringLiteral("old")).toString(), QStringLiteral("03 9555 0123"));
    QCOMPARE(second.details.value(QStringLiteral("new")).toString(), QStringLiteral("03 9555 9999"));
    QVERIFY(centre.reopen());
    QCOMPARE(SettingsService::read(centre.database(), SettingsService::CentrePhone).value(),
             QStringLiteral("03 9555 9999"));
}

void TestSettingsService::unchangedValueIsNotAudited()
{
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    QSignalSpy spy(&settings, &SettingsService::changed);
    QVERIFY(settings.setValue(SettingsService::OpeningTime, QStringLiteral("07:30")).ok());
    QCOMPARE(auditCount(centre.database()), 1);
    QVERIFY(settings.setValue(SettingsService::OpeningTime, QStringLiteral("07:30")).ok());
    QCOMPARE(auditCount(centre.database()), 1);
    QCOMPARE(spy.count(), 1);
    QVERIFY(settings.setValue(SettingsService::OpeningTime, QStringLiteral("08:00")).ok());
    QCOMPARE(auditCount(centre.database()), 2);
    QCOMPARE(spy.count(), 2);
}

void TestSettingsService::everyScreenOfTheFileHearsTheChange()
{
    // The desk has one SettingsService (Services::settings()): a screen that saves and one that listens share it.
    TestCentre centre;
    SettingsService& settings = centre.services().settings();
    QSignalSpy heard(&settings, &SettingsService::changed);
    QVERIFY(settings.setValue(IdleLock::SettingKey, QStringLiteral("12")).ok());
    QCOMPARE(heard.count(), 1);
    QCOMPARE(heard.first().first().toString(), IdleLock::SettingKey);
    TestCentre otherFile;
    QSignalSpy notHeard(&otherFile.services().settings(), &SettingsService::changed);
    QVERIFY(settings.setValue(IdleLock::SettingKey, QStringLiteral("0")).ok());
    QCOMPARE(heard.count(), 2);
    QCOMPARE(notHeard.count(), 0);
}

void TestSettingsService::centreSettingsRefuseNonsense_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QTime>("opening");
    QTest::addColumn<QTime>("closing");
    QTest::addColumn<int>("idleMinutes");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("name");
    QTest::newRow("closing before opening") << "closing" << QTime(9, 0) << QTime(8, 0) << 5 << ""
                                            << "Wattle";
    QTest::newRow("closing at opening") << "closing" << QTime(9, 0) << QTime(9, 0) << 5 << ""
                                        << "Wattle";
    QTest::newRow("idle lock of a day") << "idleLockMinutes" << QTime(7, 0) << QTime(18, 0) << 1440 << ""
                                        << "Wattle";
    QTest::newRow("unknown time zone") << "timeZone" << QTime(7, 0) << QTime(18, 0) << 5 << "Mars/Olympus"
                                       << "Wattle";
    QTest::newRow("no name") << "name" << QTime(7, 0) << QTime(18, 0) << 5 << ""
                             << "  ";
}

void TestSettingsService::centreSettingsRefuseNonsense()
{
    QFETCH(QString, field);
    QFETCH(QTime, opening);
    QFETCH(QTime, closing);
    QFETCH(int, idleMinutes);
    QFETCH(QString, timeZone);
    QFETCH(QString, name);
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    CentreSettings form;
    form.name = name;
    form.opening = opening;
    form.closing = closing;
    form.idleLockMinutes = idleMinutes;
    form.timeZone = timeZone;
    const auto saved = form.save(settings);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, field);
    QVERIFY(saved.errorString().startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(auditCount(centre.database()), 0);
}

void TestSettingsService::centreSettingsRoundTrip()
{
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    CentreSettings form;
    form.name = QStringLiteral("Wattle Tree Early Learning");
    form.address = QStringLiteral("1 Gum Road, Fitzroy");
    form.timeZone = QStringLiteral("Australia/Melbourne");
    form.currency = QStringLiteral("AUD");
    form.language = QStringLiteral("es_MX");
    form.opening = QTime(6, 30);
    form.closing = QTime(18, 30);
    form.idleLockMinutes = 0;
    form.undoMinutes = 10;
    form.lateMinutes = 20;
    // The file has had a zone since its creation (this computer's; the tests run in Melbourne).
    const bool zoneChanges = settings.value(SettingsService::CentreTimeZone).value() != form.timeZone;
    QVERIFY(form.save(settings).ok());
    const int audited = auditCount(centre.database());
    QCOMPARE(audited, zoneChanges ? 10 : 9); // every field but the phone, left empty and never set
    const CentreSettings loaded = CentreSettings::load(centre.database()).value();
    QCOMPARE(loaded.name, form.name);
    QCOMPARE(loaded.address, form.address);
    QCOMPARE(loaded.timeZone, form.timeZone);
    QCOMPARE(loaded.currency, form.currency);
    QCOMPARE(loaded.language, QStringLiteral("es-MX")); // as BCP 47 writes it
    QCOMPARE(loaded.opening, QTime(6, 30));
    QCOMPARE(loaded.closing, QTime(18, 30));
    QCOMPARE(loaded.idleLockMinutes, 0);
    QCOMPARE(loaded.undoMinutes, 10);
    QCOMPARE(AttendanceCorrections(centre.database(), centre.session()).voidWindowMinutes().value(), 10); // the desk's
    QCOMPARE(loaded.lateMinutes, 20);
    QCOMPARE(ExpectedToday::lateMinutes(centre.database()).value(), 20); // what the desk's late chips go by
    QVERIFY(loaded.save(settings).ok());
    QCOMPARE(auditCount(centre.database()), audited); // nothing changed, nothing audited
    CentreSettings tooLong = loaded;
    tooLong.undoMinutes = CentreSettings::MaxUndoMinutes + 1; // an undo of an hour ago is a correction
    const auto refused = tooLong.save(settings);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("undoMinutes"));
    CentreSettings tooLate = loaded;
    tooLate.lateMinutes = CentreSettings::MaxLateMinutes + 1;
    const auto refusedLate = tooLate.save(settings);
    QVERIFY(!refusedLate.ok());
    QCOMPARE(refusedLate.error().field, QStringLiteral("lateMinutes"));
}

void TestSettingsService::centreLanguageIsALanguageCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a language") << "vi" << true;
    QTest::newRow("with its country") << "fr-CA" << true;
    QTest::newRow("with a script") << "zh-Hans-CN" << true;
    QTest::newRow("empty: this computer's") << "" << true;
    QTest::newRow("a language's name") << "Hindi" << false;
    QTest::newRow("no such language") << "xx" << false;
    QTest::newRow("the C locale") << "C" << false;
}

// The centre's language rules the window of everyone without their own, the reports and the formats
// (LanguageChoice): only a language code is kept, and a refused one changes nothing.
void TestSettingsService::centreLanguageIsALanguageCode()
{
    QFETCH(QString, language);
    QFETCH(bool, accepted);
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    CentreSettings form = CentreSettings::load(centre.database()).value();
    form.name = QStringLiteral("Wattle");
    const QString before = settings.value(SettingsService::Language).value();
    form.language = language;
    const auto saved = form.save(settings);
    QCOMPARE(saved.ok(), accepted);
    QCOMPARE(settings.value(SettingsService::Language).value(), accepted ? language : before);
    if (!accepted) {
        QCOMPARE(saved.error().field, QStringLiteral("language"));
    }
}

void TestSettingsService::aStaffMembersLanguageIsOneOfKindreds_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Vietnamese") << "vi" << true;
    QTest::newRow("Simplified Chinese") << "zh_CN" << true;
    QTest::newRow("the centre's (none of their own)") << "" << true;
    QTest::newRow("German: not translated") << "de" << false;
    QTest::newRow("a language's name") << "Urdu" << false;
}

// The window follows the language of whoever signs in (schema 24): only a language Kindred speaks is kept, on
// a new account and on one changed, and a refused one changes nothing.
void TestSettingsService::aStaffMembersLanguageIsOneOfKindreds()
{
    QFETCH(QString, language);
    QFETCH(bool, accepted);
    TestCentre centre;
    CentreService service(centre.database(), centre.session());
    StaffMember member;
    member.firstName = QStringLiteral("Lan");
    member.lastName = QStringLiteral("Nguyen");
    member.role = StaffRole::Staff;
    member.language = language;
    const auto created = service.saveStaff(member);
    QCOMPARE(created.ok(), accepted);
    if (!accepted) {
        QCOMPARE(created.error().field, QStringLiteral("language"));
        member.language.clear();
        QVERIFY(service.saveStaff(member).ok());
    }
    QCOMPARE(service.staffMember(member.id).value().language, accepted ? language : QString());

    StaffMember edited = service.staffMember(member.id).value();
    edited.language = QStringLiteral("fr");
    QVERIFY(service.saveStaff(edited).ok());
    QCOMPARE(service.staffMember(member.id).value().language, QStringLiteral("fr"));
    edited = service.staffMember(member.id).value();
    edited.language = language;
    QCOMPARE(service.saveStaff(edited).ok(), accepted);
    QCOMPARE(service.staffMember(member.id).value().language, accepted ? language : QStringLiteral("fr"));
}

QTEST_MAIN(TestSettingsService)
#include "TestSettingsService.moc"
