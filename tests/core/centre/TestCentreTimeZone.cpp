// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's time zone rules every day and hour: each file has one from its creation (schema 8), an
// upgraded file gets the upgrading computer's zone with an audit entry and a flag for an administrator
// to confirm, and the same week's report is the same wherever it is run.
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceService.h"
#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/CentreSettings.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/DataFile.h"
#include "centre/SettingsService.h"
#include "demo/DemoCentreGenerator.h"
#include "reports/ReportCatalogue.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Kindred;

namespace {

// The process's own zone, as a scheduled job on another computer would have it.
class ProcessZone
{
public:
    explicit ProcessZone(const QByteArray& zone)
        : m_previous(qgetenv("TZ"))
    {
        set(zone);
    }
    ~ProcessZone() { set(m_previous); }
    ProcessZone(const ProcessZone&) = delete;
    ProcessZone& operator=(const ProcessZone&) = delete;

private:
    static void set(const QByteArray& zone)
    {
        if (zone.isEmpty()) {
            qunsetenv("TZ");
        } else {
            qputenv("TZ", zone);
        }
        tzset();
    }
    QByteArray m_previous;
};

QString setting(Database& database, const QString& key)
{
    return SettingsService::read(database, key).value();
}

int zoneAuditEntries(Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' "
                              "AND details LIKE '%centre/time%'"));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestCentreTimeZone : public QObject
{
    Q_OBJECT

private slots:
    void aNewFileHasThisComputersZone()
    {
        ProcessZone zone("Europe/Paris");
        TestCentre centre;
        QVERIFY(centre.isValid());
        QCOMPARE(setting(centre.database(), SettingsService::CentreTimeZone), QStringLiteral("Europe/Paris"));
        QCOMPARE(CentreSettings::timeZoneToConfirm(centre.database()).value(), QString());
        QCOMPARE(zoneAuditEntries(centre.database()), 0);
        QVERIFY(CentreSettings::savedTimeZone(centre.database()).ok());
    }

    void anUpgradeStoresTheZoneAuditsItAndAsksForConfirmation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.kindred"));
        {
            ProcessZone zone("Pacific/Auckland");
            OpenOptions old;
            old.targetVersion = CentreTimeZoneMigration::Version - 1;
            auto opened = DataFile::open(path, old);
            QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
            QCOMPARE(setting(*opened.value(), SettingsService::CentreTimeZone), QString());
        }
        ProcessZone zone("Europe/Paris");
        auto opened = DataFile::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Database& database = *opened.value();
        QCOMPARE(setting(database, SettingsService::CentreTimeZone), QStringLiteral("Europe/Paris"));
        QCOMPARE(CentreSettings::timeZoneToConfirm(database).value(), QStringLiteral("Europe/Paris"));
        QCOMPARE(zoneAuditEntries(database), 1);
        QVERIFY(AuditLog::verifyChain(database.connection()).ok());

        // An administrator confirms: the flag goes, and that is audited too.
        Session system(SystemActorKind::Demo);
        SettingsService settings(database, system);
        QVERIFY(CentreSettings::confirmTimeZone(settings).ok());
        QCOMPARE(CentreSettings::timeZoneToConfirm(database).value(), QString());
        QCOMPARE(zoneAuditEntries(database), 2);
        QCOMPARE(setting(database, SettingsService::CentreTimeZone), QStringLiteral("Europe/Paris"));
    }

    void changingTheZoneAlsoAnswersTheBanner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.kindred"));
        {
            OpenOptions old;
            old.targetVersion = CentreTimeZoneMigration::Version - 1;
            QVERIFY(DataFile::open(path, old).ok());
        }
        auto opened = DataFile::open(path);
        QVERIFY(opened.ok());
        QVERIFY(!CentreSettings::timeZoneToConfirm(*opened.value()).value().isEmpty());
        Session system(SystemActorKind::Demo);
        SettingsService settings(*opened.value(), system);
        CentreSettings form = CentreSettings::load(*opened.value()).value();
        form.name = QStringLiteral("Wattle Tree");
        form.timeZone = QStringLiteral("America/Los_Angeles");
        QVERIFY(form.save(settings).ok());
        QCOMPARE(CentreSettings::timeZoneToConfirm(*opened.value()).value(), QString());
        // And a zone can no longer be left empty.
        form.timeZone.clear();
        QCOMPARE(form.validate().error().field, QStringLiteral("timeZone"));
    }

    void aReportRefusesAFileWithNoZone()
    {
        TestCentre centre;
        QSqlQuery query(centre.database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE settings SET value = '' WHERE key = 'centre/timeZone'")));
        const auto zone = CentreSettings::savedTimeZone(centre.database());
        QVERIFY(!zone.ok());
        QVERIFY2(zone.errorString().contains(QStringLiteral("set the centre's time zone first")),
                 qPrintable(zone.errorString()));
    }

    void theDemoHasItsZone_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("saved");
        QTest::newRow("given") << "America/Los_Angeles"
                               << "America/Los_Angeles";
        QTest::newRow("this computer's") << QString() << "Pacific/Auckland";
    }
    void theDemoHasItsZone()
    {
        QFETCH(QString, asked);
        QFETCH(QString, saved);
        ProcessZone zone("Pacific/Auckland");
        TestCentre centre;
        DemoCentreOptions options;
        options.children = 5;
        options.photos = false;
        options.timeZone = asked;
        QVERIFY(DemoCentreGenerator(centre.database()).generate(options).ok());
        QCOMPARE(setting(centre.database(), SettingsService::CentreTimeZone), saved);
    }

    // The same week's ratio report, run by jobs in Auckland and in Los Angeles, on a file made in
    // Melbourne with nothing but its creation to give it a zone.
    void theSameReportWhereverItRuns()
    {
        std::unique_ptr<TestCentre> centre;
        {
            ProcessZone melbourne("Australia/Melbourne");
            centre = std::make_unique<TestCentre>();
            MockClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
            Room joeys {0, QStringLiteral("Joeys"), 0, 24, 4, 2};
            QVERIFY(centre->centre().saveRoom(joeys).ok());
            Family family = TestCentre::sampleFamily(QStringLiteral("Okafor"));
            family.children[0].dateOfBirth = QDate(2025, 3, 10);
            family.children[0].roomId = joeys.id;
            QVERIFY(centre->families().save(family).ok());
            AttendanceService attendance(centre->database(), centre->session());
            const QTimeZone zone("Australia/Melbourne");
            clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), zone));
            QVERIFY(attendance.checkIn({family.children.at(0).id}, family.adults.at(0).id).ok());
            clock.set(QDateTime(QDate(2026, 3, 2), QTime(17, 0), zone));
            QVERIFY(attendance.checkOut(family.children.at(0).id, family.adults.at(0).id).ok());
        }
        QList<QList<QStringList>> results;
        for (const QByteArray& where : {QByteArray("Pacific/Auckland"), QByteArray("America/Los_Angeles")}) {
            ProcessZone zone(where);
            CentreSettings::applyTimeZone(centre->database());
            ReportRequest request {QStringLiteral("ratios"), QDate(2026, 3, 2), QDate(2026, 3, 8)};
            auto built = ReportCatalogue::build(centre->database(), request);
            QVERIFY2(built.ok(), qPrintable(built.errorString()));
            results << built->csvRows;
        }
        QVERIFY(!results.at(0).isEmpty());
        QCOMPARE(results.at(1), results.at(0));
        QCOMPARE(Clock::timeZone().id(), QByteArray("Australia/Melbourne"));
    }
};

QTEST_MAIN(TestCentreTimeZone)
#include "TestCentreTimeZone.moc"
