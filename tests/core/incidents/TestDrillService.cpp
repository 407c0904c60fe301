// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/StaffAttendance.h"
#include "centre/ReportHeader.h"
#include "centre/SettingsService.h"
#include "incidents/DrillService.h"
#include "print/ReportRenderer.h"

#include <QFile>
#include <QTest>

using namespace Kindred;

// A drill record: who was on the premises when it started, when each was accounted for, who ran
// it, how long it took, and the drill log that licensing asks to see.
class TestDrillService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drillIsRecordedWithItsTimes_data();
    void drillIsRecordedWithItsTimes();
    void rollIsFixedWhenTheDrillStarts();
    void finishedDrillCannotChange();
    void onlyOneDrillAtATime();
    void drillLogListsPastDrills();
    void drillLogCarriesTheLetterhead();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
    std::unique_ptr<StaffAttendance> m_staff;
    std::unique_ptr<DrillService> m_drills;
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");
const QDateTime TenAm(QDate(2026, 3, 10), QTime(10, 0), Melbourne);
} // namespace

void TestDrillService::init()
{
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2026, 3, 10), QTime(7, 30), Melbourne));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    m_staff = std::make_unique<StaffAttendance>(m_f->centre.database(), m_f->centre.session());
    m_drills = std::make_unique<DrillService>(m_f->centre.database(), m_f->centre.session());
    QVERIFY(m_staff->clockIn(m_f->educator.id, m_f->room.id));
    QVERIFY(m_f->service.checkIn({m_f->amara(), m_f->chidi()}, m_f->mother()));
    QVERIFY(m_f->service.checkIn({m_f->mateo()}, m_f->lucia()));
    // The director runs the drill.
    m_f->centre.session().signIn(m_f->director);
    m_clock->set(TenAm);
}

void TestDrillService::cleanup()
{
    m_drills.reset();
    m_staff.reset();
    m_f.reset();
    m_clock.reset();
}

void TestDrillService::drillIsRecordedWithItsTimes_data()
{
    // Seconds after the start at which Amara, Chidi, Mateo and Eli are ticked (-1: never), and when
    // the drill is finished.
    QTest::addColumn<DrillKind>("kind");
    QTest::addColumn<QList<int>>("tickedAfter");
    QTest::addColumn<int>("finishedAfter");
    QTest::addColumn<int>("accounted");
    QTest::newRow("fire drill, everyone out in two and a half minutes")
        << DrillKind::Drill << QList<int> {45, 50, 75, 150} << 150 << 4;
    QTest::newRow("evacuation, Mateo not found before the drill closed")
        << DrillKind::Evacuation << QList<int> {30, 31, -1, 120} << 300 << 3;
    QTest::newRow("lockdown over an hour") << DrillKind::Lockdown << QList<int> {600, 610, 615, 620} << 3725 << 4;
}

void TestDrillService::drillIsRecordedWithItsTimes()
{
    QFETCH(DrillKind, kind);
    QFETCH(QList<int>, tickedAfter);
    QFETCH(int, finishedAfter);
    QFETCH(int, accounted);
    const auto started = m_drills->start(kind);
    QVERIFY2(started, qPrintable(started.errorString()));
    const qint64 id = started.value();
    QCOMPARE(m_drills->drillUnderWay().value(), id);

    struct Tick
    {
        RollCallPerson::Kind kind;
        qint64 id;
        int after;
    };
    const QList<Tick> ticks {{RollCallPerson::Kind::Child, m_f->amara(), tickedAfter.at(0)},
                             {RollCallPerson::Kind::Child, m_f->chidi(), tickedAfter.at(1)},
                             {RollCallPerson::Kind::Child, m_f->mateo(), tickedAfter.at(2)},
                             {RollCallPerson::Kind::Staff, m_f->educator.id, tickedAfter.at(3)}};
    QList<Tick> ordered = ticks;
    std::sort(ordered.begin(), ordered.end(), [](const Tick& a, const Tick& b) { return a.after < b.after; });
    for (const Tick& t : ordered) {
        if (t.after < 0) {
            continue;
        }
        m_clock->set(TenAm.addSecs(t.after));
        const auto marked = m_drills->markAccounted(id, t.kind, t.id);
        QVERIFY2(marked, qPrintable(marked.errorString()));
        QCOMPARE(marked.value(), TenAm.addSecs(t.after).toUTC());
    }
    // Ticking the first person again keeps the first time.
    m_clock->set(TenAm.addSecs(finishedAfter));
    if (tickedAfter.at(0) >= 0) {
        const auto again = m_drills->markAccounted(id, RollCallPerson::Kind::Child, m_f->amara());
        QVERIFY(again);
        QCOMPARE(again.value(), TenAm.addSecs(tickedAfter.at(0)).toUTC());
    }
    const auto finished = m_drills->finish(id, QStringLiteral("Assembled at the front gate"));
    QVERIFY2(finished, qPrintable(finished.errorString()));
    QCOMPARE(m_drills->drillUnderWay().value(), 0);

    // Read back from the file, not from memory.
    QVERIFY(m_f->centre.reopen());
    DrillService reread(m_f->centre.database(), m_f->centre.session());
    const auto loaded = reread.load(id);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    const Drill& drill = loaded.value();
    QCOMPARE(drill.kind, kind);
    QCOMPARE(drill.startedAt, TenAm.toUTC());
    QCOMPARE(drill.endedAt, TenAm.addSecs(finishedAfter).toUTC());
    QCOMPARE(drill.durationSecs(), qint64(finishedAfter));
    QCOMPARE(drill.startedByStaffId, m_f->director.id);
    QCOMPARE(drill.startedByName, QStringLiteral("Dana Staff"));
    QCOMPARE(drill.notes, QStringLiteral("Assembled at the front gate"));
    QCOMPARE(drill.peopleCount, 4);
    QCOMPARE(drill.accountedCount, accounted);
    QCOMPARE(drill.entries.size(), 4);
    for (const Tick& t : ticks) {
        const auto entry = std::find_if(drill.entries.cbegin(), drill.entries.cend(), [&t](const DrillEntry& e) {
            return e.personKind == t.kind && e.personId == t.id;
        });
        QVERIFY(entry != drill.entries.cend());
        QVERIFY(!entry->name.isEmpty());
        QCOMPARE(entry->roomName, QStringLiteral("Koalas"));
        if (t.after < 0) {
            QVERIFY(!entry->accountedAt.isValid());
        } else {
            QCOMPARE(entry->accountedAt, TenAm.addSecs(t.after).toUTC());
        }
    }
}

void TestDrillService::rollIsFixedWhenTheDrillStarts()
{
    QVERIFY(m_f->service.checkOut(m_f->mateo(), m_f->lucia()));
    const auto started = m_drills->start(DrillKind::Drill);
    QVERIFY(started);
    // Mateo left before the drill: not on its roll, and cannot be ticked.
    const auto mateo = m_drills->markAccounted(started.value(), RollCallPerson::Kind::Child, m_f->mateo());
    QVERIFY(!mateo);
    // Brought back during the drill: still not on this drill's roll.
    m_clock->advanceSecs(30);
    QVERIFY(m_f->service.checkIn({m_f->mateo()}, m_f->lucia()));
    QVERIFY(!m_drills->markAccounted(started.value(), RollCallPerson::Kind::Child, m_f->mateo()));
    const auto loaded = m_drills->load(started.value());
    QVERIFY(loaded);
    QCOMPARE(loaded->peopleCount, 3);
    QVERIFY(!loaded->isFinished());
    QCOMPARE(loaded->durationSecs(), qint64(-1));
}

void TestDrillService::finishedDrillCannotChange()
{
    const auto started = m_drills->start(DrillKind::Drill);
    QVERIFY(started);
    m_clock->advanceSecs(90);
    QVERIFY(m_drills->finish(started.value(), {}));
    const auto late = m_drills->markAccounted(started.value(), RollCallPerson::Kind::Child, m_f->amara());
    QVERIFY(!late);
    QVERIFY(late.errorString().contains(QStringLiteral("finished")));
    QVERIFY(!m_drills->finish(started.value(), QStringLiteral("again")));
    QCOMPARE(m_drills->load(started.value())->durationSecs(), qint64(90));
}

void TestDrillService::onlyOneDrillAtATime()
{
    const auto first = m_drills->start(DrillKind::Drill);
    QVERIFY(first);
    QVERIFY(!m_drills->start(DrillKind::Evacuation));
    QVERIFY(m_drills->finish(first.value(), {}));
    m_clock->advanceSecs(3600);
    QVERIFY(m_drills->start(DrillKind::Evacuation));
}

void TestDrillService::drillLogListsPastDrills()
{
    // Last month's drill, and today's with someone never accounted for.
    m_clock->set(TenAm.addDays(-20));
    const auto old = m_drills->start(DrillKind::Drill);
    QVERIFY(old);
    for (const qint64 child : {m_f->amara(), m_f->chidi(), m_f->mateo()}) {
        QVERIFY(m_drills->markAccounted(old.value(), RollCallPerson::Kind::Child, child));
    }
    // The educator's shift starts today, so she was not on the roll of a drill 20 days ago.
    QVERIFY(!m_drills->markAccounted(old.value(), RollCallPerson::Kind::Staff, m_f->educator.id));
    m_clock->advanceSecs(185);
    QVERIFY(m_drills->finish(old.value(), QStringLiteral("Alarm audible in all rooms")));

    m_clock->set(TenAm);
    const auto today = m_drills->start(DrillKind::Evacuation);
    QVERIFY(today);
    m_clock->advanceSecs(40);
    QVERIFY(m_drills->markAccounted(today.value(), RollCallPerson::Kind::Child, m_f->amara()));
    m_clock->advanceSecs(20);
    QVERIFY(m_drills->finish(today.value(), QStringLiteral("Gas leak next door")));

    const QDate day = TenAm.date();
    const ReportDocument doc = m_drills->drillLog(day.addMonths(-1), day).value();
    const ReportDocument::Table* table = nullptr;
    for (const ReportDocument::Block& block : doc.blocks) {
        if (const auto* t = std::get_if<ReportDocument::Table>(&block)) {
            table = t;
        }
    }
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    // Newest first: started, kind, duration, on roll, accounted for, started by, notes.
    const QStringList newest = table->rows.at(0);
    QCOMPARE(newest.at(1), drillKindName(DrillKind::Evacuation));
    QCOMPARE(newest.at(2), QStringLiteral("1 min 00 s"));
    QCOMPARE(newest.at(3), QStringLiteral("4"));
    QCOMPARE(newest.at(4), QStringLiteral("1"));
    QCOMPARE(newest.at(5), QStringLiteral("Dana Staff"));
    QCOMPARE(newest.at(6), QStringLiteral("Gas leak next door"));
    QCOMPARE(table->rows.at(1).at(2), QStringLiteral("3 min 05 s"));
    QCOMPARE(table->rows.at(1).at(4), QStringLiteral("3"));
    QCOMPARE(table->highlightedRows, QList<int> {0}); // three people never accounted for

    // A period without them says so.
    const ReportDocument empty = m_drills->drillLog(day.addYears(-2), day.addYears(-1)).value();
    QVERIFY(std::none_of(empty.blocks.cbegin(), empty.blocks.cend(), [](const ReportDocument::Block& b) {
        return std::holds_alternative<ReportDocument::Table>(b);
    }));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drill-log.pdf"));
    const auto pages = ReportRenderer::writePdf(doc, path);
    QVERIFY2(pages, qPrintable(pages.errorString()));
    QCOMPARE(pages.value(), 1);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/drill-log.pdf"));
    }
}

// The same letterhead as every other document: the centre's name and address, its logo, and the time
// it was printed in the centre's zone.
void TestDrillService::drillLogCarriesTheLetterhead()
{
    SettingsService settings(m_f->centre.database(), m_f->centre.session()); // the director
    QVERIFY(settings.setValue(SettingsService::CentreName, QStringLiteral("Wattle Tree Early Learning")).ok());
    QVERIFY(settings.setValue(SettingsService::CentreAddress, QStringLiteral("1 Gum Road, Fitzroy")).ok());
    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(QColor(0x2a, 0x7a, 0x4a));
    QVERIFY(ReportHeader::setLogo(m_f->centre.database(), m_f->centre.session(), logo).ok());

    const ReportDocument doc = m_drills->drillLog(TenAm.date().addDays(-7), TenAm.date()).value();
    QCOMPARE(doc.centreName, QStringLiteral("Wattle Tree Early Learning"));
    QVERIFY(doc.centreDetails.contains(QStringLiteral("1 Gum Road, Fitzroy")));
    QVERIFY(!doc.logo.isNull());
    QCOMPARE(doc.generatedAt, TenAm);
    QCOMPARE(doc.generatedAt.timeZone(), Melbourne); // printed in the centre's time

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drill-log-letterhead.pdf"));
    const auto pages = ReportRenderer::writePdf(doc, path);
    QVERIFY2(pages, qPrintable(pages.errorString()));
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/drill-log-letterhead.pdf"));
    }
}

QTEST_MAIN(TestDrillService)
#include "TestDrillService.moc"
