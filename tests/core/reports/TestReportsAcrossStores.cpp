// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 12: every report gives byte-identical CSV from a data file and from the server it was migrated
// to. One demo centre with weeks of history (several rooms, tickets, incidents, corrections, late pickups, and
// names with accents and mixed case) is moved by ServerMigration into a database whose collation is ICU's, not
// "C", so that a report ordering text by the store's collation, or leaving a sum or a duration to SQL, shows.
#include "MockClock.h"
#include "ServerAdmin.h"
#include "TestCentre.h"
#include "backup/ServerMigration.h"
#include "centre/CentreService.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/ReportHeader.h"
#include "demo/DemoCases.h"
#include "demo/DemoCentreGenerator.h"
#include "demo/DemoMorning.h"
#include "demo/HistoryGenerator.h"
#include "reports/ReportCatalogue.h"
#include "store/ReadCheck.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
// A Tuesday afternoon: the history's four weeks end yesterday, and today has arrivals and departures.
const QDateTime Now(QDate(2026, 11, 24), QTime(16, 20), Melbourne);
const QDate PeriodFrom(2026, 10, 20);
const QDate PeriodTo(2026, 11, 24);

// Names that sort one way byte by byte (what SQLite's BINARY does) and another by a language's rules: case,
// accents, letters beyond ASCII, particles in lower case.
const char* const LastNames[]
    = {"de la Cruz", "De Souza", "van Dijk", "Ángel", "Émond", "Zúñiga", "Łaski", "eze", "O'Neill", "ZHANG"};
const char* const FirstNames[] = {"élodie", "Zoë", "Émile", "ana", "Åsa", "Øyvind", "Bé", "ñandú", "Oisín", "zara"};

// Renames the children and guardians of the first families with children in a room, through FamilyService as
// a desk would (so their search words and record versions follow), gives their children two allergies whose
// order depends on case, and moves every other renamed child of `fromRoom` into `toRoom`.
bool renameSomeFamilies(TestCentre& centre, qint64 fromRoom, qint64 toRoom)
{
    const auto ids = readRows(centre.database().connection(),
                              QStringLiteral("SELECT DISTINCT family_id FROM children WHERE room_id IS NOT NULL "
                                             "AND archived_at IS NULL ORDER BY family_id LIMIT 10"));
    if (!ids || ids->size() < 10) {
        return false;
    }
    int next = 0;
    bool move = false;
    for (const QVariantList& id : ids.value()) {
        auto loaded = centre.families().load(id.value(0).toLongLong());
        if (!loaded) {
            qWarning() << loaded.errorString();
            return false;
        }
        Family family = loaded.value();
        const QString last = QString::fromUtf8(LastNames[next]);
        for (Child& child : family.children) {
            child.lastName = last;
            child.firstName = QString::fromUtf8(FirstNames[next]);
            // Byte by byte "Peanut" and "Sesame" come first; by a language's rules "cashew" and "kiwi".
            const bool severe = next % 2 == 1;
            const AllergySeverity severity = severe ? AllergySeverity::LifeThreatening : AllergySeverity::Mild;
            for (const char* allergen : {severe ? "cashew" : "kiwi", severe ? "Peanut" : "Sesame"}) {
                child.allergies << Allergy {QString::fromUtf8(allergen), severity, QStringLiteral("Hives"),
                                            QStringLiteral("Adrenaline auto-injector; call an ambulance")};
            }
            if (child.roomId == fromRoom) {
                child.roomId = move ? toRoom : fromRoom;
                move = !move;
            }
        }
        for (Person& adult : family.adults) {
            adult.lastName = last;
        }
        family.householdName = last;
        // Renaming a pickup adult is a custody change, and so needs its reason.
        CustodyNote note;
        note.reason = QStringLiteral("The family's names as on their passports, after a test's rename");
        auto saved = centre.families().save(family, loaded.value(), note);
        if (!saved) {
            qWarning() << saved.errorString() << saved.error().detail;
            return false;
        }
        ++next;
    }
    return true;
}

// Gives two children of one room, from two other families, one and the same name (cousins called after one
// grandmother): the reports must break that tie alike on both stores.
bool nameTwoCousinsAlike(TestCentre& centre)
{
    const auto pair
        = readRows(centre.database().connection(),
                   QStringLiteral("SELECT a.id, a.family_id, b.id, b.family_id FROM children a "
                                  "JOIN children b ON b.room_id = a.room_id AND b.family_id > a.family_id "
                                  "WHERE a.family_id > (SELECT max(family_id) FROM (SELECT DISTINCT "
                                  "family_id FROM children WHERE room_id IS NOT NULL ORDER BY family_id "
                                  "LIMIT 10) AS renamed) AND a.archived_at IS NULL AND b.archived_at IS NULL "
                                  "ORDER BY a.id, b.id LIMIT 1"));
    if (!pair || pair->size() != 1) {
        return false;
    }
    for (int i = 0; i < 2; ++i) {
        const qint64 childId = pair->first().value(2 * i).toLongLong();
        auto loaded = centre.families().load(pair->first().value(2 * i + 1).toLongLong());
        if (!loaded) {
            return false;
        }
        Family family = loaded.value();
        for (Child& child : family.children) {
            if (child.id == childId) {
                child.firstName = QStringLiteral("Mei");
                child.lastName = QStringLiteral("Chen");
            }
        }
        if (auto saved = centre.families().save(family, loaded.value()); !saved) {
            qWarning() << saved.errorString() << saved.error().detail;
            return false;
        }
    }
    return true;
}

// The first line where two CSV files differ, from each.
QString firstDifference(const QByteArray& file, const QByteArray& server)
{
    const QList<QByteArray> a = file.split('\n');
    const QList<QByteArray> b = server.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            return QStringLiteral("line %1:\n  file:   %2\n  server: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
        }
    }
    return QStringLiteral("(no line differs)");
}

} // namespace

class TestReportsAcrossStores : public QObject
{
    Q_OBJECT

private:
    MockClock m_clock {Now, Melbourne};
    ServerAddress m_target
        = ServerAdmin::withDatabase(QStringLiteral("kindred_reports_%1").arg(QCoreApplication::applicationPid()));
    std::unique_ptr<TestCentre> m_file;
    std::unique_ptr<Database> m_server;
    QTemporaryDir m_out;
    qint64 m_secondRoom = 0; // the second room by id (the toddlers')
    qint64 m_twinRoom = 0; // "éveil", for the same ages as the oldest room, half of whose renamed children it took

    // The report as `kindred report NAME … --out PATH.csv` writes it, from one store.
    QByteArray csv(Database& database, const ReportRequest& request, const QString& name)
    {
        const auto built = ReportCatalogue::build(database, request);
        if (!built) {
            qWarning() << name << built.errorString() << built.error().detail;
            return {};
        }
        const QString path = m_out.filePath(name + QStringLiteral(".csv"));
        const auto written = ReportCatalogue::write(built.value(), path, ReportCatalogue::ExportOptions {});
        if (!written) {
            qWarning() << written.errorString();
            return {};
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(ServerAdmin::address().ok(), "KINDRED_TEST_SERVER is not set: run through ctest");
        QVERIFY(m_out.isValid());
        QElapsedTimer timer;
        timer.start();

        // DemoCentreBuilder's steps, with the names and a room changed before the history is written, so that
        // the history's attendance is theirs.
        m_file = std::make_unique<TestCentre>();
        QVERIFY(m_file->isValid() && !m_file->onServer());
        Database& database = m_file->database();
        DemoCentreOptions demo;
        demo.children = 40;
        demo.seed = 16;
        demo.photos = false;
        demo.timeZone = QStringLiteral("Australia/Melbourne");
        const auto centre = DemoCentreGenerator(database).generate(demo);
        QVERIFY2(centre.ok(), qPrintable(centre.errorString()));
        QVERIFY(centre->rooms >= 3);
        CentreSettings::applyTimeZone(database);
        // A room for the same ages as the oldest children's, its name in lower case with an accent: the sign-in
        // sheet lists such rooms by name.
        const auto rooms = m_file->centre().rooms();
        QVERIFY(rooms.ok() && !rooms->isEmpty());
        const Room oldest = *std::max_element(
            rooms->begin(), rooms->end(), [](const Room& a, const Room& b) { return a.minAgeMonths < b.minAgeMonths; });
        Room twin = oldest;
        twin.id = 0;
        twin.version = 0;
        twin.name = QStringLiteral("éveil");
        QVERIFY(m_file->centre().saveRoom(twin).ok());
        m_twinRoom = twin.id;
        QVERIFY(renameSomeFamilies(*m_file, oldest.id, twin.id));
        QVERIFY(nameTwoCousinsAlike(*m_file));
        HistoryOptions history;
        history.days = 28;
        history.seed = demo.seed;
        const auto written = HistoryGenerator(database).generate(history);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QVERIFY(written->latePickups > 0);
        const auto cases = DemoCases(database, demo.seed).write(&m_clock);
        QVERIFY2(cases.ok(), qPrintable(cases.errorString()));
        QVERIFY(cases->corrections > 0);
        QVERIFY(written->incidents + cases->incidents > 3);
        QVERIFY(written->tickets + cases->tickets > 3);
        const auto today = DemoMorning(database, demo.seed).play(&m_clock);
        QVERIFY2(today.ok(), qPrintable(today.errorString()));
        qInfo("demo centre built in %lld ms", timer.restart());

        // A database whose collation is not "C": ICU's, which a fresh machine has without any OS locale.
        const QString name = m_target.databaseName();
        QVERIFY(ServerAdmin::run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)));
        QVERIFY(ServerAdmin::run(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' "
                                                "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
                                     .arg(name)));
        const auto moved = ServerMigration::copy(m_file->database(), m_target);
        QVERIFY2(moved.ok(), qPrintable(moved.errorString() + QLatin1Char(' ') + moved.error().detail));
        OpenOptions options;
        options.createIfMissing = false;
        auto server = DataFile::openServer(m_target, options);
        QVERIFY2(server.ok(), qPrintable(server.errorString()));
        m_server = std::move(server.value());
        qInfo("migrated in %lld ms", timer.restart());

        // The server really sorts text otherwise than byte by byte, or this test would prove nothing.
        const auto sorted = readRows(m_server->connection(),
                                     QStringLiteral("SELECT string_agg(w, ',' ORDER BY w) FROM "
                                                    "(VALUES ('b'), ('B'), ('a'), ('É'), ('e')) AS t(w)"));
        QVERIFY(sorted.ok() && sorted->size() == 1);
        QCOMPARE(sorted->first().value(0).toString(), QStringLiteral("a,b,B,e,É"));

        QList<qint64> ids = ReportHeader::roomsById(m_file->database()).value().keys();
        std::sort(ids.begin(), ids.end());
        QVERIFY(ids.size() >= 3 && ids.contains(m_twinRoom));
        m_secondRoom = ids.at(1);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        ServerAdmin::run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_target.databaseName()));
    }

    void sameCsvFromBothStores_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("room"); // "every", "second" (by id) or "twin" (éveil)
        for (const ReportInfo& info : ReportCatalogue::reports()) {
            QTest::addRow("%s, every room", qPrintable(info.name)) << info.name << QStringLiteral("every");
            if (info.usesRoom) {
                QTest::addRow("%s, second room", qPrintable(info.name)) << info.name << QStringLiteral("second");
                QTest::addRow("%s, room éveil", qPrintable(info.name)) << info.name << QStringLiteral("twin");
            }
        }
    }

    void sameCsvFromBothStores()
    {
        QFETCH(QString, report);
        QFETCH(QString, room);
        QVERIFY(m_server);
        ReportRequest request;
        request.name = report;
        // Birthdays come once a year: over a year, every child has one.
        request.from = report == QLatin1String("birthdays") ? PeriodTo.addYears(-1).addDays(1) : PeriodFrom;
        request.to = PeriodTo;
        request.roomId = room == QLatin1String("second") ? m_secondRoom
            : room == QLatin1String("twin")              ? m_twinRoom
                                                         : -1;
        const QString tag = report + QLatin1Char('-') + room;
        const QByteArray inFile = csv(m_file->database(), request, tag + QStringLiteral("-file"));
        const QByteArray onServer = csv(*m_server, request, tag + QStringLiteral("-server"));
        QVERIFY(!inFile.isEmpty());
        // A report with its header alone would prove nothing.
        QVERIFY2(inFile.count('\n') > 1, inFile.constData());
        QVERIFY2(inFile == onServer, qPrintable(firstDifference(inFile, onServer)));
    }
};

QTEST_MAIN(TestReportsAcrossStores)
#include "TestReportsAcrossStores.moc"
