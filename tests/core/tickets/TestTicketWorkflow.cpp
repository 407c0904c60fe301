// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/FieldLimits.h"
#include "tickets/TicketWorkflow.h"

#include <QTest>
#include <QTimeZone>

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
    void stepProblemsAllAtOnce_data();
    void stepProblemsAllAtOnce();
    void refusalsSayWhatToDo();
    void stamping_data();
    void stamping();
};

namespace {

// The documented table, written out again by hand so that a change to either is noticed.
const QList<QPair<TicketStatus, TicketStatus>> Allowed {
    {TicketStatus::New, TicketStatus::Acknowledged},
    {TicketStatus::New, TicketStatus::InProgress},
    {TicketStatus::New, TicketStatus::WaitingForParent},
    {TicketStatus::New, TicketStatus::Resolved},
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

void TestTicketWorkflow::stepProblemsAllAtOnce_data()
{
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<bool>("hasFollowUp");
    QTest::addColumn<int>("rating");
    QTest::addColumn<QString>("text"); // the summary, the parent's words, the reason for no follow-up or reopening
    QTest::addColumn<QStringList>("fields");
    const QString tooLong(FieldLimits::Notes + 1, QLatin1Char('x'));
    const QString fine = QStringLiteral("Talked it through with the parent");
    QTest::newRow("resolve, no summary") << TicketStatus::Resolved << false << 0 << QString()
                                         << QStringList {QStringLiteral("resolutionSummary")};
    QTest::newRow("resolve, a summary too long")
        << TicketStatus::Resolved << false << 0 << tooLong << QStringList {QStringLiteral("resolutionSummary")};
    QTest::newRow("resolve, fine") << TicketStatus::Resolved << false << 0 << fine << QStringList {};
    QTest::newRow("follow-up with neither rating nor words")
        << TicketStatus::Closed << true << 0 << QStringLiteral(" ")
        << QStringList {QStringLiteral("followUp.words"), QStringLiteral("followUp.rating")};
    QTest::newRow("follow-up, no rating, words too long")
        << TicketStatus::Closed << true << 0 << tooLong
        << QStringList {QStringLiteral("followUp.words"), QStringLiteral("followUp.rating")};
    QTest::newRow("follow-up, fine") << TicketStatus::Closed << true << 4 << fine << QStringList {};
    QTest::newRow("no follow-up, no reason")
        << TicketStatus::Closed << false << 0 << QString() << QStringList {QStringLiteral("noFollowUpReason")};
    QTest::newRow("no follow-up, reason too long")
        << TicketStatus::Closed << false << 0 << tooLong << QStringList {QStringLiteral("noFollowUpReason")};
    QTest::newRow("reopen, no reason") << TicketStatus::Reopened << false << 0 << QString()
                                       << QStringList {QStringLiteral("reason")};
    QTest::newRow("reopen, reason too long")
        << TicketStatus::Reopened << false << 0 << tooLong << QStringList {QStringLiteral("reason")};
    QTest::newRow("a step with no inputs") << TicketStatus::InProgress << false << 0 << QString() << QStringList {};
}

void TestTicketWorkflow::stepProblemsAllAtOnce()
{
    QFETCH(TicketStatus, to);
    QFETCH(bool, hasFollowUp);
    QFETCH(int, rating);
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    TicketWorkflow::Step step;
    step.resolutionSummary = text;
    step.reason = text;
    if (hasFollowUp) {
        step.closing.followUp = TicketFollowUp {true, rating, text};
    } else {
        step.closing.noFollowUpReason = text;
    }
    const FieldProblems problems = TicketWorkflow::stepProblems(to, step);
    QStringList found;
    for (const FieldProblem& problem : problems.list()) {
        QVERIFY(!problem.message.isEmpty());
        found << problem.field;
    }
    QCOMPARE(found, fields);
    // apply() refuses with the first of them, or takes the step.
    const TicketStatus from = to == TicketStatus::Resolved || to == TicketStatus::InProgress
        ? TicketStatus::Acknowledged
        : TicketStatus::Resolved;
    const auto applied = TicketWorkflow::apply(from, to, step);
    QCOMPARE(applied.ok(), fields.isEmpty());
    if (!applied) {
        QCOMPARE(applied.error().field, fields.first());
    }
}

void TestTicketWorkflow::refusalsSayWhatToDo()
{
    QVERIFY(TicketWorkflow::checkTransition(TicketStatus::New, TicketStatus::Closed)
                .errorString()
                .contains(QStringLiteral("Resolve it first")));
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

namespace {

// The instants of the stamping rows: the ticket's own history, the step's moment, the new target.
const QDateTime Acked(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime WasResolved(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
const QDateTime WasClosed(QDate(2026, 3, 4), QTime(11, 0), Qt::UTC);
const QDateTime WasDue(QDate(2026, 3, 5), QTime(17, 0), Qt::UTC);
const QDateTime Now(QDate(2026, 3, 9), QTime(14, 30), Qt::UTC);
const QDateTime NewDue(QDate(2026, 3, 11), QTime(14, 30), Qt::UTC);

// A ticket as it stands in `status`, with the instants its past steps stamped.
Ticket ticketIn(TicketStatus status)
{
    Ticket t;
    t.id = 7;
    t.status = status;
    t.dueResolveAt = WasDue;
    if (status != TicketStatus::New) {
        t.acknowledgedAt = Acked;
    }
    if (status == TicketStatus::Resolved || status == TicketStatus::Closed) {
        t.resolvedAt = WasResolved;
        t.resolutionSummary = QStringLiteral("Menu changed");
    }
    if (status == TicketStatus::Closed) {
        t.closedAt = WasClosed;
        t.followUp = TicketFollowUp {true, 4, QStringLiteral("Fine now")};
    }
    return t;
}

} // namespace

void TestTicketWorkflow::stamping_data()
{
    QTest::addColumn<TicketStatus>("from");
    QTest::addColumn<TicketStatus>("to");
    QTest::addColumn<int>("followUp"); // -1: none (a reason instead), 0: not satisfied, 1: satisfied
    QTest::addColumn<bool>("firstContact");
    QTest::addColumn<TicketStatus>("ends");
    QTest::addColumn<QDateTime>("acknowledgedAt");
    QTest::addColumn<QDateTime>("resolvedAt");
    QTest::addColumn<QDateTime>("closedAt");
    QTest::addColumn<QDateTime>("dueResolveAt");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<bool>("onTheWay"); // acknowledged on the way, recorded as passed

    using S = TicketStatus;
    const QDateTime none;
    const QString summary = QStringLiteral("Menu changed; the cook met the parent");
    const QString unhappy = QStringLiteral("The parent was not satisfied at the follow-up.");
    const QString why = QStringLiteral("The parent called back");
    const QString noCall = QStringLiteral("Family left; two calls unanswered");
    QTest::newRow("new, acknowledged: acknowledged now")
        << S::New << S::Acknowledged << -1 << false << S::Acknowledged << Now << none << none << WasDue << QString()
        << false << false;
    QTest::newRow("acknowledged, in progress: nothing stamped")
        << S::Acknowledged << S::InProgress << -1 << false << S::InProgress << Acked << none << none << WasDue
        << QString() << false << false;
    QTest::newRow("in progress, waiting for parent: nothing stamped")
        << S::InProgress << S::WaitingForParent << -1 << false << S::WaitingForParent << Acked << none << none << WasDue
        << QString() << false << false;
    QTest::newRow("in progress, resolved: resolved now, summary shared")
        << S::InProgress << S::Resolved << -1 << false << S::Resolved << Acked << Now << none << WasDue << summary
        << true << false;
    QTest::newRow("acknowledged, resolved at first contact")
        << S::Acknowledged << S::Resolved << -1 << true << S::Resolved << Acked << Now << none << WasDue << summary
        << true << false;
    QTest::newRow("resolved, closed with a satisfied follow-up: closed now")
        << S::Resolved << S::Closed << 1 << false << S::Closed << Acked << WasResolved << Now << WasDue << QString()
        << false << false;
    QTest::newRow("resolved, closed without a follow-up: closed now, the reason kept")
        << S::Resolved << S::Closed << -1 << false << S::Closed << Acked << WasResolved << Now << WasDue << noCall
        << false << false;
    QTest::newRow("resolved, closed but not satisfied: reopened, resolve target anew")
        << S::Resolved << S::Closed << 0 << false << S::Reopened << Acked << none << none << NewDue << unhappy << false
        << false;
    QTest::newRow("resolved, reopened: resolved cleared, resolve target anew")
        << S::Resolved << S::Reopened << -1 << false << S::Reopened << Acked << none << none << NewDue << why << false
        << false;
    QTest::newRow("closed, reopened: resolved and closed cleared, resolve target anew")
        << S::Closed << S::Reopened << -1 << false << S::Reopened << Acked << none << none << NewDue << why << false
        << false;
    QTest::newRow("reopened, in progress: nothing stamped")
        << S::Reopened << S::InProgress << -1 << false << S::InProgress << Acked << none << none << WasDue << QString()
        << false << false;
    QTest::newRow("new, resolved: acknowledged on the way at the same instant")
        << S::New << S::Resolved << -1 << false << S::Resolved << Now << Now << none << WasDue << summary << true
        << true;
    QTest::newRow("new, in progress: acknowledged on the way")
        << S::New << S::InProgress << -1 << false << S::InProgress << Now << none << none << WasDue << QString()
        << false << true;
    QTest::newRow("new, waiting for parent: acknowledged on the way")
        << S::New << S::WaitingForParent << -1 << false << S::WaitingForParent << Now << none << none << WasDue
        << QString() << false << true;
}

void TestTicketWorkflow::stamping()
{
    QFETCH(TicketStatus, from);
    QFETCH(TicketStatus, to);
    QFETCH(int, followUp);
    QFETCH(bool, firstContact);
    QFETCH(TicketStatus, ends);
    QFETCH(QDateTime, acknowledgedAt);
    QFETCH(QDateTime, resolvedAt);
    QFETCH(QDateTime, closedAt);
    QFETCH(QDateTime, dueResolveAt);
    QFETCH(QString, reason);
    QFETCH(bool, shared);
    QFETCH(bool, onTheWay);

    Ticket before = ticketIn(from);
    if (from == TicketStatus::Reopened) {
        before.resolvedAt = {};
    }
    TicketWorkflow::Step step;
    step.resolutionSummary = QStringLiteral("  Menu changed; the cook met the parent ");
    step.reason = QStringLiteral("The parent called back ");
    if (followUp >= 0) {
        step.closing.followUp = TicketFollowUp {followUp == 1, followUp == 1 ? 5 : 2, QStringLiteral(" Thanks ")};
    } else {
        step.closing.noFollowUpReason = QStringLiteral("Family left; two calls unanswered ");
    }
    const auto outcome = TicketWorkflow::apply(from, to, step);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorString()));
    QCOMPARE(outcome.value(), ends);

    const auto stamped = TicketWorkflow::stamp(before, to, outcome.value(), step, Now,
                                               ends == TicketStatus::Reopened ? NewDue : QDateTime(), firstContact);
    const Ticket& after = stamped.ticket;
    QCOMPARE(after.status, ends);
    QCOMPARE(after.acknowledgedAt, acknowledgedAt);
    QCOMPARE(after.resolvedAt, resolvedAt);
    QCOMPARE(after.closedAt, closedAt);
    QCOMPARE(after.dueResolveAt, dueResolveAt);
    QCOMPARE(stamped.reason, reason);
    QCOMPARE(stamped.shared, shared);
    QCOMPARE(stamped.acknowledgedOnTheWay, onTheWay);
    QCOMPARE(after.id, before.id); // nothing else of the ticket changes
    if (to == TicketStatus::Resolved) {
        QCOMPARE(after.resolutionSummary, QStringLiteral("Menu changed; the cook met the parent"));
        QCOMPARE(after.firstContactResolution, firstContact);
    } else {
        QCOMPARE(after.resolutionSummary, before.resolutionSummary);
        QCOMPARE(after.firstContactResolution, before.firstContactResolution);
    }
    if (to == TicketStatus::Closed) {
        QCOMPARE(after.followUp.has_value(), followUp >= 0);
        if (after.followUp) {
            QCOMPARE(after.followUp->words, QStringLiteral("Thanks")); // trimmed
            QVERIFY(after.noFollowUpReason.isEmpty());
        } else {
            QCOMPARE(after.noFollowUpReason, QStringLiteral("Family left; two calls unanswered"));
        }
    } else {
        QCOMPARE(after.followUp.has_value(), before.followUp.has_value());
    }
}

QTEST_MAIN(TestTicketWorkflow)
#include "TestTicketWorkflow.moc"
