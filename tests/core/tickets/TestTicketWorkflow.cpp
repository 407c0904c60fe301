// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketWorkflow.h"

#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::TicketStatus)

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyTransition_data();
    void everyTransition();
    void resolveNeedsSummary_data();
    void resolveNeedsSummary();
    void closingRules_data();
    void closingRules();
    void reopenNeedsReason();
    void refusalsSayWhatToDo();
};

namespace {

// The documented table, written out again by hand so that a change to either is noticed.
const QList<QPair<TicketStatus, TicketStatus>> Allowed {
    {TicketStatus::New, TicketStatus::Acknowledged},
    {TicketStatus::Acknowledged, TicketStatus::InProgress},
    {TicketStatus::Acknowledged, TicketStatus::WaitingForParent},
    {TicketStatus::Acknowledged, TicketStatus::Resolved},
    {TicketStatus::InProgress, TicketStatus::WaitingForParent},
    {TicketStatus::InProgress, TicketStatus::Resolved},
    {TicketStatus::WaitingForParent, TicketStatus::InProgress},
    {TicketStatus::WaitingForParent, TicketStatus::Resolved},
    {TicketStatus::Reopened, TicketStatus::InProgress},
    {TicketStatus::Reopened, TicketStatus::WaitingForParent},
    {TicketStatus::Reopened, TicketStatus::Resolved},
    {TicketStatus::Resolved, TicketStatus::Closed},
    {TicketStatus::Resolved, TicketStatus::Reopened},
    {TicketStatus::Closed, TicketStatus::Reopened},
};

TicketWorkflow::Step completeStep()
{
    TicketWorkflow::Step step;
    step.resolutionSummary = QStringLiteral("Menu changed; the cook met the parent");
    step.closing.followUp = TicketFollowUp {true, 5, QStringLiteral("Thank you, all sorted")};
    step.reason = QStringLiteral("The parent called back");
    return step;
}

} // namespace

void TestTicketWorkflow::everyTransition_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("allowed");
    for (TicketStatus from : allTicketStatuses()) {
        for (TicketStatus to : allTicketStatuses()) {
            const bool allowed = Allowed.contains(qMakePair(from, to));
            const QByteArray name = ticketStatusKey(from).toUtf8() + " to " + ticketStatusKey(to).toUtf8()
                + (allowed ? ", allowed" : ", refused");
            QTest::newRow(name.constData()) << from << to << allowed;
        }
    }
}

void TestTicketWorkflow::everyTransition()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(TicketWorkflow::isAllowed(from, to), allowed);
    QCOMPARE(TicketWorkflow::nextStatuses(from).contains(to), allowed);
    const auto checked = TicketWorkflow::checkTransition(from, to);
    QCOMPARE(checked.ok(), allowed);
    const auto applied = TicketWorkflow::apply(from, to, completeStep());
    QCOMPARE(applied.ok(), allowed);
    if (allowed) {
        QCOMPARE(applied.value(), to);
    } else {
        QVERIFY(applied.errorString().startsWith(QStringLiteral("Nothing was changed")));
        QCOMPARE(applied.error().field, QStringLiteral("status"));
    }
}

void TestTicketWorkflow::resolveNeedsSummary_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("ok");
    QTest::newRow("from in progress, with a summary") << TicketStatus::InProgress << QStringLiteral("Fixed") << true;
    QTest::newRow("from in progress, no summary") << TicketStatus::InProgress << QString() << false;
    QTest::newRow("from waiting, blank summary") << TicketStatus::WaitingForParent << QStringLiteral("   ") << false;
    QTest::newRow("from reopened, with a summary") << TicketStatus::Reopened << QStringLiteral("Refund made") << true;
    QTest::newRow("from acknowledged, no summary") << TicketStatus::Acknowledged << QString() << false;
}

void TestTicketWorkflow::resolveNeedsSummary()
{
    QFETCH(TicketStatus, from);
    QFETCH(QString, summary);
    QFETCH(bool, ok);
    TicketWorkflow::Step step;
    step.resolutionSummary = summary;
    const auto applied = TicketWorkflow::apply(from, TicketStatus::Resolved, step);
    QCOMPARE(applied.ok(), ok);
    if (!ok) {
        QCOMPARE(applied.error().field, QStringLiteral("resolutionSummary"));
    }
}

void TestTicketWorkflow::closingRules_data()
{
    QTest::addColumn<bool>("hasFollowUp");
    QTest::addColumn<bool>("satisfied");
    QTest::addColumn<int>("rating");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<TicketStatus>("endsIn");
    QTest::addColumn<QString>("errorField");
    const QString words = QStringLiteral("Much better now");
    const QString reason = QStringLiteral("Family moved away; two calls unanswered");
    QTest::newRow("satisfied, rated 5, with words: closed")
        << true << true << 5 << words << QString() << true << TicketStatus::Closed << QString();
    QTest::newRow("satisfied, rated 1, with words: closed")
        << true << true << 1 << words << QString() << true << TicketStatus::Closed << QString();
    QTest::newRow("dissatisfied, rated 2: reopened")
        << true << false << 2 << words << QString() << true << TicketStatus::Reopened << QString();
    QTest::newRow("dissatisfied, rated 5: still reopened")
        << true << false << 5 << words << QString() << true << TicketStatus::Reopened << QString();
    QTest::newRow("rating 0 refused") << true << true << 0 << words << QString() << false << TicketStatus::Resolved
                                      << QStringLiteral("followUp.rating");
    QTest::newRow("rating 6 refused") << true << true << 6 << words << QString() << false << TicketStatus::Resolved
                                      << QStringLiteral("followUp.rating");
    QTest::newRow("no words refused") << true << true << 4 << QStringLiteral(" ") << QString() << false
                                      << TicketStatus::Resolved << QStringLiteral("followUp.words");
    QTest::newRow("dissatisfied without words refused, not reopened")
        << true << false << 1 << QString() << QString() << false << TicketStatus::Resolved
        << QStringLiteral("followUp.words");
    QTest::newRow("no follow-up, with a reason: closed")
        << false << false << 0 << QString() << reason << true << TicketStatus::Closed << QString();
    QTest::newRow("no follow-up, no reason: refused") << false << false << 0 << QString() << QString() << false
                                                      << TicketStatus::Resolved << QStringLiteral("noFollowUpReason");
    QTest::newRow("no follow-up, blank reason: refused")
        << false << false << 0 << QString() << QStringLiteral("  ") << false << TicketStatus::Resolved
        << QStringLiteral("noFollowUpReason");
}

void TestTicketWorkflow::closingRules()
{
    QFETCH(bool, hasFollowUp);
    QFETCH(bool, satisfied);
    QFETCH(int, rating);
    QFETCH(QString, words);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    QFETCH(TicketStatus, endsIn);
    QFETCH(QString, errorField);
    TicketWorkflow::Step step;
    if (hasFollowUp) {
        step.closing.followUp = TicketFollowUp {satisfied, rating, words};
    }
    step.closing.noFollowUpReason = reason;
    const auto applied = TicketWorkflow::apply(TicketStatus::Resolved, TicketStatus::Closed, step);
    QCOMPARE(applied.ok(), ok);
    QCOMPARE(TicketWorkflow::validateClosing(step.closing).ok(), ok);
    if (ok) {
        QCOMPARE(applied.value(), endsIn);
    } else {
        QCOMPARE(applied.error().field, errorField);
    }
}

void TestTicketWorkflow::reopenNeedsReason()
{
    QVERIFY(!TicketWorkflow::apply(TicketStatus::Closed, TicketStatus::Reopened, {}).ok());
    TicketWorkflow::Step step;
    step.reason = QStringLiteral("Happened again on Tuesday");
    const auto applied = TicketWorkflow::apply(TicketStatus::Closed, TicketStatus::Reopened, step);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value(), TicketStatus::Reopened);
}

void TestTicketWorkflow::refusalsSayWhatToDo()
{
    QVERIFY(TicketWorkflow::checkTransition(TicketStatus::New, TicketStatus::Resolved)
                .errorString()
                .contains(QStringLiteral("acknowledged")));
    QVERIFY(TicketWorkflow::checkTransition(TicketStatus::InProgress, TicketStatus::Closed)
                .errorString()
                .contains(QStringLiteral("Resolve it first")));
    QVERIFY(TicketWorkflow::checkTransition(TicketStatus::Closed, TicketStatus::InProgress)
                .errorString()
                .contains(QStringLiteral("Reopen")));
    QVERIFY(TicketWorkflow::checkTransition(TicketStatus::Resolved, TicketStatus::Resolved)
                .errorString()
                .contains(QStringLiteral("already")));
}

QTEST_MAIN(TestTicketWorkflow)
#include "TestTicketWorkflow.moc"
