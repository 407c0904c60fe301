// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, points 4 to 6, at the front desk: a search that keeps up with the eye, the keyboard reaching
// everything, and no accidental actions (a stray Enter, a mistake undone with Ctrl+Z).
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "base/Station.h"
#include "desk/CheckOutDialog.h"
#include "desk/ChildCard.h"
#include "desk/FrontDeskPage.h"
#include "widgets/MessageBox.h"
#include "widgets/ScannerDetector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

class TestFrontDeskKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void f2OnATypedSearchActsOnTheHighlightedFamily();
    void upAndDownMoveThroughTheResults();
    void noMatchSaysWhatToTry();
    void typedPickupCodeFindsTheFamily();
    void tabReachesTheTickBoxesAndTheAdult();
    void broughtByIsChosenNotTheFirstGuardian();
    void strayEnterAfterCheckOutDoesNothing();
    void ctrlZUndoesWithinTheMinutes();
    void undoIsRefusedLaterOrFromAnotherDesk();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
    std::unique_ptr<FrontDeskPage> m_desk;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_adult = nullptr;

    bool isHere(qint64 childId) const
    {
        const auto open = AttendanceReader(m_f->centre.database(), m_f->centre.session()).openForChild(childId);
        return open.ok() && open->isPresent();
    }
    void keepScreenshot(const QString& name) const
    {
        if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
            QTest::qWait(50); // let freshly added widgets show
            m_desk->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
        }
    }
    ChildCard* card(qint64 childId) const
    {
        return m_desk->findChild<ChildCard*>(QStringLiteral("childCard_%1").arg(childId));
    }
    void open(const Family& family)
    {
        m_search->clear();
        QTest::keyClicks(m_search, family.cardCode);
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_COMPARE(m_desk->currentFamilyId(), family.id);
    }
    // F4 and Enter: the check-out dialog confirms with the adult it highlights first.
    void checkOutWithEnter()
    {
        QTest::keyClick(m_search, Qt::Key_F4);
        CheckOutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_desk->findChild<CheckOutDialog*>()) && dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!m_desk->findChild<CheckOutDialog*>() || !m_desk->findChild<CheckOutDialog*>()->isVisible());
        QTRY_VERIFY(m_search->hasFocus());
    }
};

void TestFrontDeskKeys::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    m_desk = std::make_unique<FrontDeskPage>(m_f->centre.services());
    m_desk->resize(1100, 700);
    m_desk->show();
    QVERIFY(QTest::qWaitForWindowActive(m_desk.get()));
    m_search = m_desk->findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    m_results = m_desk->findChild<QListWidget*>(QStringLiteral("frontDeskResultsListWidget"));
    m_status = m_desk->findChild<QLabel*>(QStringLiteral("frontDeskStatusLabel"));
    m_adult = m_desk->findChild<QComboBox*>(QStringLiteral("frontDeskAdultComboBox"));
    QVERIFY(m_search && m_results && m_status && m_adult);
    m_desk->focusSearch();
    QTRY_VERIFY(m_search->hasFocus());
}

void TestFrontDeskKeys::cleanup()
{
    Station::setCurrentForTesting({});
    m_desk.reset();
    m_f.reset();
    m_clock.reset();
}

// Today "Iyer" + F2 checks in the Gupta children who were open. Here the Okafors are open with both
// children ticked; typing "Ruiz" and F2 checks in Mateo, and no Okafor.
void TestFrontDeskKeys::f2OnATypedSearchActsOnTheHighlightedFamily()
{
    open(m_f->okafor);
    QVERIFY(card(m_f->amara())->isSelected() && card(m_f->chidi())->isSelected());
    QTest::keyClicks(m_search, QStringLiteral("Ruiz"));
    QCOMPARE(m_results->count(), 1);
    QTest::keyClick(m_search, Qt::Key_F2);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("Checked in: Mateo Ruiz")), qPrintable(m_status->text()));
    QVERIFY2(m_status->text().contains(QStringLiteral("brought by Lucia")), qPrintable(m_status->text()));
    QCOMPARE(m_desk->currentFamilyId(), m_f->ruiz.id);
    QVERIFY(isHere(m_f->mateo()));
    QVERIFY(!isHere(m_f->amara()));
    QVERIFY(!isHere(m_f->chidi()));
    QVERIFY(m_search->text().isEmpty());
    QVERIFY(m_search->hasFocus());
}

void TestFrontDeskKeys::upAndDownMoveThroughTheResults()
{
    QTest::keyClicks(m_search, QStringLiteral("0412 345")); // both families share the sample phone
    QCOMPARE(m_results->count(), 2);
    QCOMPARE(m_results->currentRow(), 0);
    QTest::keyClick(m_search, Qt::Key_Down);
    QCOMPARE(m_results->currentRow(), 1);
    QTest::keyClick(m_search, Qt::Key_Down);
    QCOMPARE(m_results->currentRow(), 1); // the last stays highlighted
    QTest::keyClick(m_search, Qt::Key_Up);
    QCOMPARE(m_results->currentRow(), 0);
    QTest::keyClick(m_search, Qt::Key_Down);
    QVERIFY(m_search->hasFocus()); // the eye stays on the field
    const qint64 second = m_results->item(1)->data(Qt::UserRole).toLongLong();
    QTest::qWait(2 * ScannerDetector::MaxGapMs); // a person's Enter, not a scanner's
    QTest::keyClick(m_search, Qt::Key_Return);
    QTRY_COMPARE(m_desk->currentFamilyId(), second);

    // F4 on a typed search: the highlighted family, not the one open underneath.
    QTest::keyClicks(m_search, QStringLiteral("0412 345"));
    QTest::keyClick(m_search, Qt::Key_Down);
    QTest::keyClick(m_search, Qt::Key_Up);
    const qint64 first = m_results->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY(first != second);
    QTest::keyClick(m_search, Qt::Key_F4);
    QCOMPARE(m_desk->currentFamilyId(), first);
    QVERIFY2(m_status->text().contains(QStringLiteral("No child of this family is checked in")),
             qPrintable(m_status->text()));
    QTRY_VERIFY(m_search->hasFocus());
}

void TestFrontDeskKeys::noMatchSaysWhatToTry()
{
    open(m_f->ruiz);
    QTest::keyClicks(m_search, QStringLiteral("Iyer"));
    QCOMPARE(m_results->count(), 1);
    const QString text = m_results->item(0)->text();
    QVERIFY2(text.contains(QStringLiteral("No family matches \"Iyer\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("surname")) && text.contains(QStringLiteral("phone"))
                 && text.contains(QStringLiteral("card code")),
             qPrintable(text));
    QVERIFY(!(m_results->item(0)->flags() & Qt::ItemIsSelectable));
    keepScreenshot(QStringLiteral("desk-no-match.png"));
    // F2 and Enter on no match do nothing to the family open underneath, and say why.
    QTest::keyClick(m_search, Qt::Key_F2);
    QVERIFY2(m_status->text().contains(QStringLiteral("No family matches")), qPrintable(m_status->text()));
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(m_desk->currentFamilyId(), m_f->ruiz.id);
    QVERIFY(!isHere(m_f->mateo()));
}

// Issue 15 point 12: the code on a receipt, typed into the search (by hand: no scanner burst), shows the family
// whose child carries it today, and Enter opens it — over the family open underneath.
void TestFrontDeskKeys::typedPickupCodeFindsTheFamily()
{
    auto in = m_f->service.checkIn({m_f->amara()}, m_f->mother());
    QVERIFY(in.ok());
    open(m_f->ruiz);
    QTest::keyClicks(m_search, in->first().securityCode.toLower(), Qt::NoModifier, ScannerDetector::MaxGapMs + 20);
    QCOMPARE(m_results->count(), 1);
    QCOMPARE(m_results->item(0)->data(Qt::UserRole).toLongLong(), m_f->okafor.id);
    QVERIFY2(m_results->item(0)->text().contains(QStringLiteral("Amara Okafor")),
             qPrintable(m_results->item(0)->text()));
    keepScreenshot(QStringLiteral("desk-pickup-code.png"));
    QTest::keyClick(m_search, Qt::Key_Return);
    QTRY_COMPARE(m_desk->currentFamilyId(), m_f->okafor.id);
    QVERIFY(isHere(m_f->amara())); // found, not checked out: that stays the receptionist's F4
}

void TestFrontDeskKeys::tabReachesTheTickBoxesAndTheAdult()
{
    open(m_f->okafor);
    QWidget* staff = m_desk->findChild<QComboBox*>(QStringLiteral("frontDeskStaffComboBox"));
    const QList<ChildCard*> cards = m_desk->findChildren<ChildCard*>(); // as shown, eldest first
    QCOMPARE(cards.size(), 2);
    QCOMPARE(QApplication::focusWidget(), m_search);
    QTest::keyClick(m_search, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), cards[0]->tickBox());
    QVERIFY(cards[0]->hasFocusRing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // Space unticks the child
    QVERIFY(!cards[0]->isSelected());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), cards[1]->tickBox());
    QVERIFY(!cards[0]->hasFocusRing());
    QVERIFY(cards[1]->hasFocusRing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_adult);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), staff);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), cards[1]->tickBox());
    keepScreenshot(QStringLiteral("desk-focus-ring.png"));
}

// The Okafors have four adults and no history: nobody is offered, and F2 asks who brought them.
void TestFrontDeskKeys::broughtByIsChosenNotTheFirstGuardian()
{
    open(m_f->okafor);
    QCOMPARE(m_adult->currentIndex(), -1);
    QTest::keyClick(m_search, Qt::Key_F2);
    QVERIFY2(m_status->text().contains(QStringLiteral("Who brought them?")), qPrintable(m_status->text()));
    QVERIFY(!isHere(m_f->amara()));
    QTRY_COMPARE(QApplication::focusWidget(), m_adult); // there to choose, by keyboard
    m_adult->setCurrentIndex(m_adult->findData(m_f->grandmother()));
    QTest::keyClick(m_adult, Qt::Key_F2);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("brought by Grace Okafor")), qPrintable(m_status->text()));
    QVERIFY(isHere(m_f->amara()) && isHere(m_f->chidi()));

    // The next time, the one who brought them last is offered, and says so.
    open(m_f->ruiz);
    open(m_f->okafor);
    QCOMPARE(m_adult->currentData().toLongLong(), m_f->grandmother());
    auto* hint = m_desk->findChild<QLabel*>(QStringLiteral("frontDeskAdultHintLabel"));
    QVERIFY(hint && hint->text().contains(QStringLiteral("last time")));
}

// Today F4 + Enter + Enter checks the family out and straight back in.
void TestFrontDeskKeys::strayEnterAfterCheckOutDoesNothing()
{
    open(m_f->ruiz);
    QTest::keyClick(m_search, Qt::Key_F2);
    QTRY_VERIFY(isHere(m_f->mateo()));
    m_clock->advanceSecs(8 * 3600);
    checkOutWithEnter();
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("Checked out: Mateo Ruiz")), qPrintable(m_status->text()));
    QVERIFY(!card(m_f->mateo())->isSelected());
    QTest::keyClick(m_search, Qt::Key_Return);
    QVERIFY(!isHere(m_f->mateo()));
    QVERIFY2(m_status->text().contains(QStringLiteral("No child is ticked")), qPrintable(m_status->text()));
    QTest::keyClick(m_search, Qt::Key_Return);
    QVERIFY(!isHere(m_f->mateo()));
}

void TestFrontDeskKeys::ctrlZUndoesWithinTheMinutes()
{
    auto* undo = m_desk->findChild<QPushButton*>(QStringLiteral("undoButton"));
    QVERIFY(undo);
    QVERIFY(undo->isHidden());
    open(m_f->ruiz);
    QTest::keyClick(m_search, Qt::Key_F2);
    QTRY_VERIFY(isHere(m_f->mateo()));
    QVERIFY(!undo->isHidden());
    QVERIFY2(undo->text().contains(QStringLiteral("Mateo Ruiz")), qPrintable(undo->text()));
    keepScreenshot(QStringLiteral("desk-undo.png"));
    m_clock->advanceSecs(4 * 60);
    QTest::keyClick(m_search, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("Check-in undone for Mateo Ruiz")),
                 qPrintable(m_status->text()));
    QVERIFY(!isHere(m_f->mateo()));
    QVERIFY(undo->isHidden());
    QVERIFY(!card(m_f->mateo())->isSelected()); // and a stray Enter does not check him in again
    QVERIFY(m_search->hasFocus());

    // A check-out undone: back here, and the next check-out goes through the pickup list again.
    card(m_f->mateo())->setSelected(true);
    QTest::keyClick(m_search, Qt::Key_F2);
    QTRY_VERIFY(isHere(m_f->mateo()));
    m_clock->advanceSecs(3600);
    checkOutWithEnter();
    QTRY_VERIFY(!isHere(m_f->mateo()));
    QVERIFY2(undo->text().contains(QStringLiteral("check-out")), qPrintable(undo->text()));
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY(isHere(m_f->mateo()));
    QVERIFY2(m_status->text().contains(QStringLiteral("Check-out undone")), qPrintable(m_status->text()));

    // Typing in the search field, Ctrl+Z is the field's own.
    QTest::keyClicks(m_search, QStringLiteral("Ok"));
    QTest::keyClick(m_search, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(isHere(m_f->mateo()));
}

void TestFrontDeskKeys::undoIsRefusedLaterOrFromAnotherDesk()
{
    open(m_f->ruiz);
    QTest::keyClick(m_search, Qt::Key_F2);
    QTRY_VERIFY(isHere(m_f->mateo()));
    m_clock->advanceSecs(6 * 60); // the centre's 5 minutes are up
    QTest::keyClick(m_search, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("director")), qPrintable(m_status->text()));
    QVERIFY(isHere(m_f->mateo()));
    QTest::keyClick(m_search, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(m_status->text().contains(QStringLiteral("Nothing to undo")), qPrintable(m_status->text()));

    // Checked out here, undone at another desk: refused.
    checkOutWithEnter();
    QTRY_VERIFY(!isHere(m_f->mateo()));
    Station::setCurrentForTesting(QStringLiteral("another-desk"));
    QTest::keyClick(m_search, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("another desk")), qPrintable(m_status->text()));
    QVERIFY(!isHere(m_f->mateo()));
}

QTEST_MAIN(TestFrontDeskKeys)
#include "TestFrontDeskKeys.moc"
