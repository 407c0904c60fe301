// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "print/CsvWriter.h"
#include "print/ReportRenderer.h"
#include "reports/TicketReport.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QTest>

using namespace Kindred;

// A known month of tickets, built step by step on a mock clock (Melbourne; Normal priority set to
// 2 working hours to acknowledge and 8 to resolve), and the report's figures worked out by hand.
class TestTicketReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void median_data();
    void median();
    void figuresOnAKnownDataSet();
    void csvRows();
    void documentAndPdf();
    void badRangeRefused();

private:
    QDateTime at(int month, int day, int hour, int minute = 0)
    {
        return TicketTestData::melbourne(2026, month, day, hour, minute);
    }
    qint64 raise(int month, int day, int hour, TicketKind kind, TicketCategory category, int minute = 0);
    void step(int month, int day, int hour, int minute = 0) { m_clock->set(at(month, day, hour, minute)); }

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
    std::unique_ptr<TicketService> m_service;
    qint64 m_familyId = 0;
    QList<TicketReportRow> m_rows;
};

qint64 TestTicketReport::raise(int month, int day, int hour, TicketKind kind, TicketCategory category, int minute)
{
    step(month, day, hour, minute);
    TicketDraft draft;
    draft.familyId = m_familyId;
    draft.kind = kind;
    draft.category = category;
    draft.subject = QStringLiteral("Ticket of %1-%2 %3:00").arg(month).arg(day).arg(hour);
    auto id = m_service->capture(draft);
    return id ? id.value() : 0;
}

void TestTicketReport::initTestCase()
{
    m_clock = std::make_unique<MockClock>(at(3, 1, 9));
    m_centre = std::make_unique<TestCentre>();
    const qint64 staff = TicketTestData::addStaff(*m_centre, QStringLiteral("Priya"), QStringLiteral("Shah"));
    m_centre->session().signIn(m_centre->centre().staffMember(staff).value());
    m_familyId = TicketTestData::addFamily(*m_centre, QStringLiteral("Okafor")).id;
    m_service = std::make_unique<TicketService>(m_centre->database(), m_centre->session());
    {
        SystemActor system(m_centre->session()); // service targets are the centre's settings
        QVERIFY(m_service->targets().setTarget(TicketPriority::Normal, {2, 8}).ok());
    }
    const TicketClosing happy5 {TicketFollowUp {true, 5, QStringLiteral("Great")}, {}};
    const TicketClosing happy3 {TicketFollowUp {true, 3, QStringLiteral("Fine")}, {}};

    // T1 Food complaint, Mon 2 Mar 09:00: acknowledged after 1 h, resolved after 4 h, rated 5.
    const qint64 t1 = raise(3, 2, 9, TicketKind::Complaint, TicketCategory::Food);
    step(3, 2, 10);
    QVERIFY(m_service->acknowledge(t1).ok());
    step(3, 2, 13);
    QVERIFY(m_service->resolve(t1, QStringLiteral("Menu changed")).ok());
    QVERIFY(m_service->close(t1, happy5).ok());
    // T2 Food concern, Tue 3 Mar 09:00: acknowledged after 3 h (due 11:00: late), resolved after 6 h, rated 3.
    const qint64 t2 = raise(3, 3, 9, TicketKind::Concern, TicketCategory::Food);
    step(3, 3, 12);
    QVERIFY(m_service->acknowledge(t2).ok());
    step(3, 3, 15);
    QVERIFY(m_service->resolve(t2, QStringLiteral("Allergy list updated")).ok());
    QVERIFY(m_service->close(t2, happy3).ok());
    // T3 Food compliment, Wed 4 Mar 09:00, resolved at first contact, closed without follow-up.
    step(3, 4, 9);
    TicketDraft compliment;
    compliment.familyId = m_familyId;
    compliment.kind = TicketKind::Compliment;
    compliment.category = TicketCategory::Food;
    compliment.subject = QStringLiteral("Loves the new curry");
    compliment.resolvedAtFirstContact = true;
    compliment.resolutionSummary = QStringLiteral("Thanked; passed on to the cook");
    const auto t3 = m_service->capture(compliment);
    QVERIFY(t3.ok());
    QVERIFY(m_service->close(t3.value(), {{}, QStringLiteral("A compliment needs no follow-up")}).ok());
    // T4 Care question, Thu 5 Mar 09:00: acknowledged after 30 min, never resolved (due 17:00: late).
    const qint64 t4 = raise(3, 5, 9, TicketKind::Question, TicketCategory::Care);
    step(3, 5, 9, 30);
    QVERIFY(m_service->acknowledge(t4).ok());

    // T5 Food complaint, Wed 1 Apr 09:00: ack 09:15, resolved 10:00, dissatisfied (2) at 11:00 → reopened,
    // resolved again 14:00 (5 h after capture; the new target ran from 11:00) and closed satisfied (4).
    const qint64 t5 = raise(4, 1, 9, TicketKind::Complaint, TicketCategory::Food);
    step(4, 1, 9, 15);
    QVERIFY(m_service->acknowledge(t5).ok());
    step(4, 1, 10);
    QVERIFY(m_service->resolve(t5, QStringLiteral("Spoke to the cook")).ok());
    step(4, 1, 11);
    QCOMPARE(m_service->close(t5, {TicketFollowUp {false, 2, QStringLiteral("Still cold")}, {}}).value(),
             TicketStatus::Reopened);
    step(4, 1, 14);
    QVERIFY(m_service->resolve(t5, QStringLiteral("Insulated boxes")).ok());
    step(4, 1, 15);
    QVERIFY(m_service->close(t5, {TicketFollowUp {true, 4, QStringLiteral("Warm now")}, {}}).ok());
    // T6 Safety suggestion, Fri 3 Apr 17:00 AEDT, over the weekend daylight saving ends: acknowledged
    // Mon 6 Apr 07:30 AEST (63.5 clock hours; due 08:00, on time), resolved Mon 13:00 (69 h; due 14:00).
    const qint64 t6 = raise(4, 3, 17, TicketKind::Suggestion, TicketCategory::Safety);
    step(4, 6, 7, 30);
    QVERIFY(m_service->acknowledge(t6).ok());
    step(4, 6, 13);
    QVERIFY(m_service->resolve(t6, QStringLiteral("Second gate latch fitted")).ok());
    // Out of range: May.
    raise(5, 4, 9, TicketKind::Complaint, TicketCategory::Food);

    step(4, 10, 12);
    auto rows = TicketReport::compute(m_centre->database().connection(), QDate(2026, 3, 1), QDate(2026, 4, 30),
                                      m_clock->currentDateTimeUtc());
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    m_rows = rows.value();
}

void TestTicketReport::cleanupTestCase()
{
    m_service.reset();
    m_centre.reset();
    m_clock.reset();
}

void TestTicketReport::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("median");
    QTest::newRow("one value") << QList<double> {3.0} << 3.0;
    QTest::newRow("odd count, unsorted") << QList<double> {6.0, 0.0, 4.0} << 4.0;
    QTest::newRow("even count: mean of the middle two") << QList<double> {3.0, 0.5, 1.0, 0.0} << 0.75;
}

void TestTicketReport::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, median);
    QCOMPARE(*TicketReport::median(values), median);
    QVERIFY(!TicketReport::median({}).has_value());
}

void TestTicketReport::figuresOnAKnownDataSet()
{
    QCOMPARE(m_rows.size(), 6);
    const auto row = [this](int i) { return m_rows.at(i); };
    // March: Care, Food, all categories; April: Safety, Food, all categories.
    QCOMPARE(row(0).month, QDate(2026, 3, 1));
    QCOMPARE(row(0).category, TicketCategory::Care);
    QCOMPARE(row(1).category, TicketCategory::Food);
    QVERIFY(!row(2).category.has_value());
    QCOMPARE(row(3).month, QDate(2026, 4, 1));
    QCOMPARE(row(3).category, TicketCategory::Safety);
    QCOMPARE(row(4).category, TicketCategory::Food);
    QVERIFY(!row(5).category.has_value());

    // March, Care: one question, acknowledged in 0.5 h, unresolved and late.
    QCOMPARE(row(0).countsByKind, (std::array<int, 5> {0, 0, 1, 0, 0}));
    QCOMPARE(row(0).total, 1);
    QCOMPARE(*row(0).medianHoursToAcknowledge, 0.5);
    QVERIFY(!row(0).medianHoursToResolve.has_value());
    QCOMPARE(row(0).overdue, 1);
    QCOMPARE(row(0).firstContactShare, 0.0);
    QVERIFY(!row(0).averageSatisfaction.has_value());

    // March, Food: complaint, concern, compliment; acknowledge {1, 3, 0} → 1; resolve {4, 6, 0} → 4;
    // one late (T2); one of three at first contact; ratings 5 and 3 → 4.
    QCOMPARE(row(1).countsByKind, (std::array<int, 5> {1, 1, 0, 0, 1}));
    QCOMPARE(row(1).total, 3);
    QCOMPARE(*row(1).medianHoursToAcknowledge, 1.0);
    QCOMPARE(*row(1).medianHoursToResolve, 4.0);
    QCOMPARE(row(1).overdue, 1);
    QCOMPARE(row(1).resolvedAtFirstContact, 1);
    QCOMPARE(row(1).firstContactShare, 1.0 / 3.0);
    QCOMPARE(*row(1).averageSatisfaction, 4.0);
    QCOMPARE(row(1).satisfactionResponses, 2);

    // March, all: acknowledge {1, 3, 0, 0.5} → 0.75; resolve {4, 6, 0} → 4; two late; 1 of 4 first contact.
    QCOMPARE(row(2).countsByKind, (std::array<int, 5> {1, 1, 1, 0, 1}));
    QCOMPARE(row(2).total, 4);
    QCOMPARE(*row(2).medianHoursToAcknowledge, 0.75);
    QCOMPARE(*row(2).medianHoursToResolve, 4.0);
    QCOMPARE(row(2).overdue, 2);
    QCOMPARE(row(2).firstContactShare, 0.25);
    QCOMPARE(*row(2).averageSatisfaction, 4.0);

    // April, Safety: one suggestion across the daylight-saving weekend: 63.5 h and 69 h, on time.
    QCOMPARE(row(3).countsByKind, (std::array<int, 5> {0, 0, 0, 1, 0}));
    QCOMPARE(*row(3).medianHoursToAcknowledge, 63.5);
    QCOMPARE(*row(3).medianHoursToResolve, 69.0);
    QCOMPARE(row(3).overdue, 0);
    QVERIFY(!row(3).averageSatisfaction.has_value());

    // April, Food: the reopened complaint counts its last resolution (5 h) and its last follow-up (4).
    QCOMPARE(row(4).countsByKind, (std::array<int, 5> {1, 0, 0, 0, 0}));
    QCOMPARE(*row(4).medianHoursToAcknowledge, 0.25);
    QCOMPARE(*row(4).medianHoursToResolve, 5.0);
    QCOMPARE(row(4).overdue, 0);
    QCOMPARE(*row(4).averageSatisfaction, 4.0);
    QCOMPARE(row(4).satisfactionResponses, 1);

    // April, all: acknowledge {0.25, 63.5} → 31.875; resolve {5, 69} → 37.
    QCOMPARE(row(5).total, 2);
    QCOMPARE(*row(5).medianHoursToAcknowledge, 31.875);
    QCOMPARE(*row(5).medianHoursToResolve, 37.0);
    QCOMPARE(row(5).overdue, 0);
    QCOMPARE(row(5).firstContactShare, 0.0);
}

void TestTicketReport::csvRows()
{
    const QStringList header = TicketReport::csvHeader();
    const QList<QStringList> rows = TicketReport::csvRows(m_rows);
    QCOMPARE(rows.size(), 6);
    for (const QStringList& r : rows) {
        QCOMPARE(r.size(), header.size());
    }
    QCOMPARE(rows.at(1),
             (QStringList {QStringLiteral("2026-03"), QStringLiteral("Food"), QStringLiteral("1"), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3"),
                           QStringLiteral("1.00"), QStringLiteral("4.00"), QStringLiteral("1"), QStringLiteral("1"),
                           QStringLiteral("33.3"), QStringLiteral("4.00"), QStringLiteral("2")}));
    QCOMPARE(rows.at(0).at(9), QString()); // no resolution yet: an empty cell, not zero
    const QString path = m_centre->dirPath() + QStringLiteral("/tickets.csv");
    QVERIFY(CsvWriter::writeFile(path, header, rows).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("2026-04,All categories,1,0,0,1,0,2,31.88,37.00,0,0,0.0,4.00,1")),
             qPrintable(text));
}

void TestTicketReport::documentAndPdf()
{
    const ReportDocument doc
        = TicketReport::document(m_centre->database(), m_rows, QDate(2026, 3, 1), QDate(2026, 4, 1)).value();
    QCOMPARE(doc.subtitle, QStringLiteral("March 2026 to April 2026"));
    int tables = 0;
    for (const auto& block : doc.blocks) {
        if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
            ++tables;
            QCOMPARE(table->rows.size(), 6);
            if (tables == 2) {
                QCOMPARE(table->highlightedRows, (QList<int> {0, 1, 2})); // March lines with late tickets
                QCOMPARE(table->rows.at(2).at(2), QStringLiteral("0.8"));
            }
        }
    }
    QCOMPARE(tables, 2);
    const QString path = qEnvironmentVariableIsSet("KINDRED_KEEP_PDF")
        ? qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/ticket-report.pdf")
        : m_centre->dirPath() + QStringLiteral("/ticket-report.pdf");
    const auto pages = ReportRenderer::writePdf(doc, path);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(pages.value(), 1);
    QVERIFY(QFile(path).size() > 1000);
}

void TestTicketReport::badRangeRefused()
{
    const auto rows = TicketReport::compute(m_centre->database().connection(), QDate(2026, 5, 1), QDate(2026, 4, 1),
                                            m_clock->currentDateTimeUtc());
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().field, QStringLiteral("toMonth"));
}

QTEST_MAIN(TestTicketReport)
#include "TestTicketReport.moc"
