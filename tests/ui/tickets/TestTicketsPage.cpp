// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "desk/FrontDeskPage.h"
#include "tickets/TicketBoardModel.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketDetailDialog.h"
#include "tickets/TicketReportDialog.h"
#include "tickets/TicketService.h"
#include "tickets/TicketsPage.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Kindred;

namespace {

template<typename T> T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no %s", name);
    }
    return found;
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOTS");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

class TestTicketsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void captureAssignResolveClose();
    void refusedCaptureKeepsDialogOpen();
    void overdueStandsOutAndMineFirst();
    void reportDialogWritesPdfAndCsv();
    void frontDeskShowsOverdueTickets();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
    std::unique_ptr<TicketsPage> m_page;
    qint64 m_priya = 0;
    qint64 m_tom = 0;
    Family m_family;
};

void TestTicketsPage::init()
{
    m_clock = std::make_unique<MockClock>(TicketTestData::melbourne(2026, 3, 2, 9));
    m_centre = std::make_unique<TestCentre>();
    m_priya = TicketTestData::addStaff(*m_centre, QStringLiteral("Priya"), QStringLiteral("Shah"));
    m_tom = TicketTestData::addStaff(*m_centre, QStringLiteral("Tom"), QStringLiteral("Becker"));
    m_centre->session().signIn(m_centre->centre().staffMember(m_priya).value());
    m_family = TicketTestData::addFamily(*m_centre, QStringLiteral("Okafor"));
    TicketTestData::addFamily(*m_centre, QStringLiteral("Lindqvist"));
    m_page = std::make_unique<TicketsPage>(m_centre->database(), m_centre->session(), m_centre->services().tickets(),
                                           m_centre->families(), m_centre->centre());
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    MessageBox::resetRecord();
}

void TestTicketsPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_page.reset();
    m_centre.reset();
    m_clock.reset();
}

void TestTicketsPage::captureAssignResolveClose()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Capture, keyboard only, with the family in view pre-filled (as the front desk opens it).
    m_page->setFamilyInView([this] { return m_family.id; });
    m_page->captureAction()->trigger();
    QPointer<TicketCaptureDialog> capture = m_page->findChild<TicketCaptureDialog*>();
    QVERIFY(capture);
    QTRY_VERIFY(capture->isVisible());
    auto* family = child<QComboBox>(capture, "familyComboBox");
    QCOMPARE(family->currentData().toLongLong(), m_family.id);
    QCOMPARE(child<QComboBox>(capture, "raisedByComboBox")->currentText(), QStringLiteral("Ngozi Okafor (Mother)"));
    QCOMPARE(child<QListWidget>(capture, "childrenListWidget")->item(0)->checkState(), Qt::Checked);
    chooseData(child<QComboBox>(capture, "channelComboBox"), int(TicketChannel::Phone));
    chooseData(child<QComboBox>(capture, "categoryComboBox"), int(TicketCategory::Food));
    chooseData(child<QComboBox>(capture, "priorityComboBox"), int(TicketPriority::High));
    auto* subject = child<QLineEdit>(capture, "subjectLineEdit");
    subject->setFocus();
    QTest::keyClicks(subject, QStringLiteral("Lunch served cold"));
    QTest::keyClick(subject, Qt::Key_Tab);
    QTest::keyClicks(capture->focusWidget(), QStringLiteral("Amara said her pasta was cold."));
    QCOMPARE(child<QPlainTextEdit>(capture, "parentWordsTextEdit")->toPlainText(),
             QStringLiteral("Amara said her pasta was cold."));
    saveScreenshot(capture, QStringLiteral("ticket-capture.png"));
    QTest::keyClick(subject, Qt::Key_Return);
    QTRY_VERIFY(!capture);

    QCOMPARE(m_page->model()->rowCount(), 1);
    const qint64 id = m_page->currentTicketId();
    QVERIFY(id > 0);
    Ticket t = m_page->service().ticket(id).value();
    QCOMPARE(t.subject, QStringLiteral("Lunch served cold"));
    QCOMPARE(t.channel, TicketChannel::Phone);
    QCOMPARE(t.priority, TicketPriority::High);
    QCOMPARE(t.ownerId, m_priya);
    QCOMPARE(t.childIds, QList<qint64> {m_family.children.first().id});

    // Assign, acknowledge, note, resolve and close through the detail dialog.
    QPointer<TicketDetailDialog> detail = m_page->openTicket(id);
    QTRY_VERIFY(detail->isVisible());
    chooseData(child<QComboBox>(detail, "ownerComboBox"), m_tom);
    QTest::mouseClick(child<QPushButton>(detail, "assignButton"), Qt::LeftButton);
    QCOMPARE(m_page->service().ticket(id).value().ownerId, m_tom);

    auto* next = child<QComboBox>(detail, "nextStatusComboBox");
    auto* apply = child<QPushButton>(detail, "applyButton");
    QCOMPARE(next->count(), 1);
    QTest::mouseClick(apply, Qt::LeftButton); // acknowledged
    QCOMPARE(m_page->service().ticket(id).value().status, TicketStatus::Acknowledged);

    QTest::keyClicks(child<QPlainTextEdit>(detail, "noteTextEdit"), QStringLiteral("Checked the food warmer"));
    QTest::mouseClick(child<QPushButton>(detail, "addNoteButton"), Qt::LeftButton);

    chooseData(next, int(TicketStatus::Resolved));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(apply, Qt::LeftButton); // no summary: refused, told why
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("summary")));
    QCOMPARE(m_page->service().ticket(id).value().status, TicketStatus::Acknowledged);
    QTest::keyClicks(child<QLineEdit>(detail, "summaryLineEdit"), QStringLiteral("Warmer repaired"));
    chooseData(next, int(TicketStatus::Resolved));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_page->service().ticket(id).value().status, TicketStatus::Resolved);

    chooseData(next, int(TicketStatus::Closed));
    child<QCheckBox>(detail, "satisfiedCheckBox")->setChecked(true);
    child<QSpinBox>(detail, "ratingSpinBox")->setValue(4);
    QTest::keyClicks(child<QLineEdit>(detail, "followUpWordsLineEdit"), QStringLiteral("Warm every day now"));
    saveScreenshot(detail, QStringLiteral("ticket-detail.png"));
    QTest::mouseClick(apply, Qt::LeftButton);
    t = m_page->service().ticket(id).value();
    QCOMPARE(t.status, TicketStatus::Closed);
    QCOMPARE(t.followUp->rating, 4);
    QCOMPARE(t.resolutionSummary, QStringLiteral("Warmer repaired"));
    QVERIFY(child<QLabel>(detail, "headerLabel")->text().contains(QStringLiteral("Closed")));
    QCOMPARE(child<QTreeWidget>(detail, "timelineTreeWidget")->topLevelItemCount(),
             int(m_page->service().timeline(id)->size()));
    detail->close();

    // The board: closed tickets leave "All open" and show under Closed.
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto* tabs = child<QTabBar>(m_page.get(), "statusTabBar");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toInt() == int(TicketStatus::Closed)) {
            QCOMPARE(tabs->tabText(i), QStringLiteral("Closed (1)"));
            tabs->setCurrentIndex(i);
        }
    }
    QCOMPARE(m_page->model()->rowCount(), 1);
    saveScreenshot(m_page.get(), QStringLiteral("tickets-page-closed.png"));
    // The family's history prints for a meeting.
    const QString pdf = m_centre->dirPath() + QStringLiteral("/history.pdf");
    QVERIFY(m_page->saveFamilyHistory(m_family.id, pdf).ok());
    QVERIFY(QFile(pdf).size() > 1000);
}

void TestTicketsPage::refusedCaptureKeepsDialogOpen()
{
    MessageBox::setNextAnswer(QMessageBox::Ok);
    TicketCaptureDialog* capture = m_page->captureTicket(m_family.id);
    QTRY_VERIFY(capture->isVisible());
    QTest::mouseClick(child<QPushButton>(capture, "saveButton"), Qt::LeftButton);
    QVERIFY(capture->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("subject")));
    QCOMPARE(capture->focusWidget(), child<QLineEdit>(capture, "subjectLineEdit"));
    QCOMPARE(m_page->model()->rowCount(), 0);
    capture->reject();
}

void TestTicketsPage::overdueStandsOutAndMineFirst()
{
    TicketDraft draft;
    draft.familyId = m_family.id;
    draft.subject = QStringLiteral("Tom's ticket");
    draft.ownerId = m_tom;
    const qint64 toms = m_page->service().capture(draft).value();
    m_clock->advanceSecs(60);
    draft.subject = QStringLiteral("Priya's ticket");
    draft.ownerId = m_priya;
    draft.priority = TicketPriority::Low;
    const qint64 mine = m_page->service().capture(draft).value();
    m_clock->set(TicketTestData::melbourne(2026, 3, 3, 17)); // Tom's (Normal, 11 h) is now late; Priya's (Low) not
    m_page->refresh();
    TicketBoardModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(TicketBoardModel::TicketIdRole).toLongLong(), mine);
    QVERIFY(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(1, 0).data(TicketBoardModel::TicketIdRole).toLongLong(), toms);
    QVERIFY(model->index(1, 0).data(TicketBoardModel::OverdueRole).toBool());
    QCOMPARE(model->index(1, 0).data(Qt::ForegroundRole).value<QBrush>().color(), Palette::color(Palette::Overdue));
    QVERIFY(model->index(1, TicketBoardModel::StatusColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(child<QLabel>(m_page.get(), "ticketsSummaryLabel")->text().contains(QStringLiteral("1 overdue")));
    saveScreenshot(m_page.get(), QStringLiteral("tickets-page.png"));
    child<QCheckBox>(m_page.get(), "overdueCheckBox")->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    child<QCheckBox>(m_page.get(), "overdueCheckBox")->setChecked(false);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "ticketSearchLineEdit"), QStringLiteral("priya"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_page->service().overdueTicketCount(m_family.id).value(), 1);
}

void TestTicketsPage::reportDialogWritesPdfAndCsv()
{
    TicketDraft draft;
    draft.familyId = m_family.id;
    draft.subject = QStringLiteral("Thank you");
    draft.kind = TicketKind::Compliment;
    draft.resolvedAtFirstContact = true;
    draft.resolutionSummary = QStringLiteral("Thanked");
    QVERIFY(m_page->service().capture(draft).ok());
    TicketReportDialog dialog(m_centre->database());
    dialog.setMonths(QDate(2026, 3, 1), QDate(2026, 3, 1));
    QCOMPARE(dialog.rows().size(), 2); // Care, then all categories
    QCOMPARE(dialog.rows().last().countsByKind[size_t(TicketKind::Compliment)], 1);
    const QString pdf = m_centre->dirPath() + QStringLiteral("/report.pdf");
    const QString csv = m_centre->dirPath() + QStringLiteral("/report.csv");
    QVERIFY(dialog.savePdf(pdf).ok());
    QVERIFY(dialog.saveCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("2026-03,All categories,0,0,0,0,1,1")));
    dialog.show();
    saveScreenshot(&dialog, QStringLiteral("ticket-report-dialog.png"));
}

void TestTicketsPage::frontDeskShowsOverdueTickets()
{
    TicketDraft draft;
    draft.familyId = m_family.id;
    draft.subject = QStringLiteral("Wrong sun hat");
    draft.ownerId = m_tom;
    QVERIFY(m_page->service().capture(draft).ok());
    FrontDeskPage desk(m_centre->services());
    desk.show();
    QVERIFY(desk.openFamily(m_family.id));
    auto* badge = child<QLabel>(&desk, "overdueTicketsLabel");
    QVERIFY(badge->isHidden()); // raised a moment ago: not overdue yet
    m_clock->set(TicketTestData::melbourne(2026, 3, 4, 9)); // two working days later
    QVERIFY(desk.openFamily(m_family.id));
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("Overdue tickets: 1")));
    QVERIFY(badge->text().contains(QStringLiteral("Wrong sun hat")));
    saveScreenshot(&desk, QStringLiteral("front-desk-overdue.png"));
}

QTEST_MAIN(TestTicketsPage)
#include "TestTicketsPage.moc"
