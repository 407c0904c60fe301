// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, point 2 — a failed read is an error, never an empty answer: the centre's settings. Today
// SettingsService::read answers a damaged settings page with the fallback, as if nothing had been saved, so
// a late-pickup fee is worked out from 18:00, a ticket's due date from the default targets, families are
// found due for anonymisation by the default retention, labels print what the centre turned off, and a
// report goes out under "Kindred". Each reader now says "Could not read the data file: …"; the two that
// may safely fall back (the window title, the idle-lock minutes, the clock's zone at start-up) say so in
// the diagnostic log.
#include "DamagedCentre.h"
#include "attendance/AttendanceRules.h"
#include "attendance/LabelSettings.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "centre/CentreSettings.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "incidents/RollCall.h"
#include "privacy/Anonymiser.h"
#include "reports/DashboardData.h"
#include "reports/IncidentReport.h"
#include "reports/TicketReport.h"
#include "tickets/ServiceTargets.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Kindred;

class TestSettingsReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDamagedSettingsPageIsAnError_data();
    void aDamagedSettingsPageIsAnError();
    void aSafeFallbackIsLogged();
    void theRollCallStillPrints();

private:
    using Read = std::function<QString(Database&)>; // the read's error, empty when it succeeded
    QHash<QString, Read> m_reads;
    DamagedCentre m_centre;
    QTemporaryDir m_logs;
};

void TestSettingsReadFailures::initTestCase()
{
    const QString built = m_centre.build(20);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    Database& database = m_centre.database();
    Session& session = m_centre.session();
    const QString added = m_centre.alsoDamageLastPageOf(QStringLiteral("settings"));
    QVERIFY2(added.isEmpty(), qPrintable(added));

    const auto error = [](const auto& result) { return result ? QString() : result.errorString(); };
    m_reads = {
        {QStringLiteral("a setting"),
         [=](Database& db) { return error(SettingsService::read(db, SettingsService::CentreName)); }},
        {QStringLiteral("a setting never saved (not \"unset\")"),
         [=](Database& db) {
             return error(SettingsService::read(db, QStringLiteral("never/saved"), QStringLiteral("x")));
         }},
        {QStringLiteral("a setting, through a store"),
         [=, &session](Database& db) {
             return error(SettingsService(db, session).value(SettingsService::ClosingTime));
         }},
        {QStringLiteral("saving a setting (reads the old value for the trail)"),
         [=, &session](Database& db) {
             return error(SettingsService(db, session).setValue(SettingsService::CentrePhone, QStringLiteral("1")));
         }},
        {QStringLiteral("the settings page's form"), [=](Database& db) { return error(CentreSettings::load(db)); }},
        {QStringLiteral("the time zone a report counts days in"),
         [=](Database& db) { return error(CentreSettings::savedTimeZone(db)); }},
        {QStringLiteral("the time zone to confirm (banner)"),
         [=](Database& db) { return error(CentreSettings::timeZoneToConfirm(db)); }},
        {QStringLiteral("the backup settings"), [=](Database& db) { return error(BackupSettings::load(db)); }},
        {QStringLiteral("the backup folder"), [=](Database& db) { return error(BackupService::folder(db)); }},
        {QStringLiteral("what a label prints"), [=](Database& db) { return error(LabelSettings::load(db)); }},
        {QStringLiteral("the retention before anonymising"),
         [=, &session](Database& db) { return error(Anonymiser(db, session).retentionMonths()); }},
        {QStringLiteral("families due for anonymising"),
         [=, &session](Database& db) { return error(Anonymiser(db, session).due()); }},
        {QStringLiteral("the closing time (late-pickup minutes)"),
         [=](Database& db) { return error(AttendanceRules::closingTime(db)); }},
        {QStringLiteral("a ticket's target"),
         [=, &session](Database& db) {
             SettingsService settings(db, session);
             return error(ServiceTargets(settings).target(TicketPriority::Urgent));
         }},
        {QStringLiteral("a ticket's due date"),
         [=, &session](Database& db) {
             SettingsService settings(db, session);
             return error(ServiceTargets(settings).dueToResolve(Clock::currentDateTimeUtc(), TicketPriority::High));
         }},
        {QStringLiteral("a report's header"),
         [=](Database& db) {
             ReportRequest request;
             request.from = request.to = Clock::currentDate();
             return error(ReportHeader::start(db, QStringLiteral("Attendance"), request));
         }},
        {QStringLiteral("the centre's logo"), [=](Database& db) { return error(ReportHeader::logo(db)); }},
        {QStringLiteral("an incident report's header"),
         [=](Database& db) {
             ReportDocument doc;
             return error(ReportHeader::fillLetterhead(db, doc, QStringLiteral("Kindred")));
         }},
        {QStringLiteral("the tickets report"),
         [=](Database& db) {
             return error(TicketReport::document(db, {}, Clock::currentDate(), Clock::currentDate()));
         }},
        {QStringLiteral("the dashboard's hours"),
         [=](Database& db) {
             return error(DashboardData(db, Session(SystemActorKind::ReportJob)).presentByHour(Clock::currentDate()));
         }},
    };

    // The healthy file reads in full on every path (the setting's write aside, which would change the file).
    for (auto it = m_reads.cbegin(); it != m_reads.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("saving"))) {
            continue;
        }
        const QString failed = it.value()(database);
        QVERIFY2(failed.isEmpty(), qPrintable(it.key() + QLatin1String(": ") + failed));
    }
    DiagnosticLog::install(m_logs.path());
    const QString damaged = m_centre.damageOpen();
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
}

void TestSettingsReadFailures::cleanupTestCase()
{
    DiagnosticLog::uninstall();
}

void TestSettingsReadFailures::aDamagedSettingsPageIsAnError_data()
{
    QTest::addColumn<QString>("read");
    for (const QString& name : m_reads.keys()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestSettingsReadFailures::aDamagedSettingsPageIsAnError()
{
    QFETCH(QString, read);
    const QString error = m_reads.value(read)(m_centre.database());
    QVERIFY2(!error.isEmpty(), "the damaged settings page was read as \"not set\"");
    QVERIFY2(error.startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

void TestSettingsReadFailures::aSafeFallbackIsLogged()
{
    const QString title = SettingsService::readOrSafeFallback(m_centre.database(), SettingsService::CentreName,
                                                              QStringLiteral("Kindred"));
    QCOMPARE(title, QStringLiteral("Kindred"));
    QFile log(DiagnosticLog::filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString logged = QString::fromUtf8(log.readAll());
    QVERIFY2(logged.contains(QLatin1String("the setting centre/name could not be read, its default is used")),
             qPrintable(logged));
    // The clock's zone at start-up falls back the same way, and says so.
    CentreSettings::applyTimeZone(m_centre.database());
    QCOMPARE(Clock::timeZone(), QTimeZone::systemTimeZone());
}

void TestSettingsReadFailures::theRollCallStillPrints()
{
    // In an evacuation the list matters, not the letterhead.
    const ReportDocument doc = RollCall(m_centre.database(), m_centre.session()).document({});
    QCOMPARE(doc.centreName, QStringLiteral("Emergency roll call"));
    QCOMPARE(doc.title, QStringLiteral("Emergency roll call"));
}

QTEST_MAIN(TestSettingsReadFailures)
#include "TestSettingsReadFailures.moc"
