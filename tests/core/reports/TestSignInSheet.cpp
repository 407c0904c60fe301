// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/StaffAttendance.h"
#include "base/Translations.h"
#include "print/ReportRenderer.h"
#include "reports/SignInSheet.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace Kindred;

class TestSignInSheet : public QObject
{
    Q_OBJECT

private slots:
    // The English file gives "10 entries" and "23 hours" from "%n entry(ies)", as the application does.
    void initTestCase()
    {
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    }
    void daylightSavingDay_data();
    void daylightSavingDay();
    void sheetShowsAdultsStaffOverridesAndCorrections();
    void writesAPdf();
};

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

const ReportDocument::Table* firstTable(const ReportDocument& doc)
{
    for (const auto& block : doc.blocks) {
        if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
            return table;
        }
    }
    return nullptr;
}

QString shortTime(QTime time)
{
    return SignInSheet::timeText(time);
}

} // namespace

void TestSignInSheet::daylightSavingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QTime>("in");
    QTest::addColumn<QTime>("out");
    QTest::addColumn<QString>("attended");
    // Clocks go forward at 02:00 on 2026-10-04 (23-hour day), back at 03:00 on 2026-04-05 (25 hours).
    QTest::newRow("spring forward, ordinary hours")
        << QDate(2026, 10, 4) << 23 << QTime(7, 0) << QTime(18, 0) << QStringLiteral("11:00");
    QTest::newRow("spring forward, across the change")
        << QDate(2026, 10, 4) << 23 << QTime(1, 30) << QTime(4, 0) << QStringLiteral("1:30");
    QTest::newRow("fall back, ordinary hours")
        << QDate(2026, 4, 5) << 25 << QTime(7, 0) << QTime(18, 0) << QStringLiteral("11:00");
    QTest::newRow("fall back, across the change")
        << QDate(2026, 4, 5) << 25 << QTime(1, 30) << QTime(4, 0) << QStringLiteral("3:30");
    QTest::newRow("an ordinary day") << QDate(2026, 11, 23) << 24 << QTime(7, 0) << QTime(18, 0)
                                     << QStringLiteral("11:00");
}

void TestSignInSheet::daylightSavingDay()
{
    QFETCH(QDate, day);
    QFETCH(int, hours);
    QFETCH(QTime, in);
    QFETCH(QTime, out);
    QFETCH(QString, attended);
    // The evening before, a child checked in late must not appear on this day's sheet.
    MockClock clock(QDateTime(day.addDays(-1), QTime(23, 30), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    QCOMPARE(SignInSheet::hoursInDay(day), hours);

    clock.set(QDateTime(day, in, Melbourne));
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    clock.set(QDateTime(day, out, Melbourne));
    QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());

    const ReportDocument doc = SignInSheet::build(f.centre.database(), day, f.room.id).value();
    const ReportDocument::Table* table = firstTable(doc);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 1);
    const QStringList row = table->rows.first();
    QCOMPARE(row.at(0), QStringLiteral("Amara Okafor"));
    QCOMPARE(row.at(1), shortTime(QDateTime(day, in, Melbourne).time()));
    QCOMPARE(row.at(4), shortTime(out));
    QCOMPARE(row.at(7), attended);
    bool saysHours = false;
    for (const auto& block : doc.blocks) {
        if (const auto* p = std::get_if<ReportDocument::Paragraph>(&block)) {
            saysHours = saysHours || p->text.contains(QStringLiteral("%1 hours").arg(hours));
        }
    }
    QCOMPARE(saysHours, hours != 24);
}

void TestSignInSheet::sheetShowsAdultsStaffOverridesAndCorrections()
{
    const QDate day(2026, 11, 23);
    MockClock clock(QDateTime(day, QTime(7, 30), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    StaffAttendance staff(f.centre.database(), f.centre.session());
    QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother(), f.receptionist.id).ok());
    clock.set(QDateTime(day, QTime(16, 0), Melbourne));
    f.centre.session().signIn(f.director);
    QVERIFY(
        f.service
            .checkOut(f.amara(), f.aunt(), f.receptionist.id, QStringLiteral("Mother phoned, aunt's licence checked"))
            .ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    auto chidi = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.chidi());
    QVERIFY(corrections
                .correct(chidi->id, AttendanceCorrection::Field::CheckedInAt, QDateTime(day, QTime(7, 10), Melbourne),
                         QStringLiteral("Arrived before the desk opened"))
                .ok());
    clock.set(QDateTime(day, QTime(18, 30), Melbourne));
    QVERIFY(staff.clockOut(f.educator.id).ok());

    const ReportDocument doc = SignInSheet::build(f.centre.database(), day).value();
    QVERIFY(doc.title.contains(QStringLiteral("sign-in")));
    const ReportDocument::Table* children = firstTable(doc);
    QVERIFY(children);
    QCOMPARE(children->rows.size(), 2);
    // All rooms: a Room column after the child's name.
    const QStringList amara
        = children->rows.at(1).at(0) == QStringLiteral("Amara Okafor") ? children->rows.at(1) : children->rows.at(0);
    QCOMPARE(amara.at(1), QStringLiteral("Koalas"));
    QCOMPARE(amara.at(3), QStringLiteral("Ngozi Okafor"));
    QCOMPARE(amara.at(4), QStringLiteral("Rosa Staff"));
    QCOMPARE(amara.at(6), QStringLiteral("Ada Okafor"));
    QVERIFY(amara.at(9).contains(QStringLiteral("Director override: Mother phoned")));
    QVERIFY(!children->highlightedRows.isEmpty());

    QStringList all;
    int tables = 0;
    bool signatures = false;
    for (const auto& block : doc.blocks) {
        if (const auto* t = std::get_if<ReportDocument::Table>(&block)) {
            ++tables;
            for (const QStringList& row : t->rows) {
                all << row.join(QLatin1Char('|'));
            }
        }
        signatures = signatures || std::holds_alternative<ReportDocument::Signatures>(block);
    }
    QCOMPARE(tables, 3); // children, corrections, staff on duty
    QVERIFY(signatures);
    const QString text = all.join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Arrived before the desk opened")));
    QVERIFY(text.contains(shortTime(QTime(7, 30)))); // the old value is on the sheet
    QVERIFY(text.contains(QStringLiteral("Eli Staff")));
}

void TestSignInSheet::writesAPdf()
{
    const QDate day(2026, 10, 4);
    MockClock clock(QDateTime(day, QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    const QString path = f.centre.dirPath() + QStringLiteral("/sheet.pdf");
    auto pages = ReportRenderer::writePdf(SignInSheet::build(f.centre.database(), day, f.room.id).value(), path);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(pages.value(), 1);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/sheet.pdf"));
    }
}

QTEST_MAIN(TestSignInSheet)
#include "TestSignInSheet.moc"
