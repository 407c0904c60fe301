// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "base/OverrideReason.h"
#include "desk/CheckOutDialog.h"
#include "desk/ChildCard.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "shell/MainWindow.h"
#include "widgets/AnnouncingLabel.h"
#include "widgets/MessageBox.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

class TestFrontDesk : public QObject
{
    Q_OBJECT

private slots:
    void scanCheckInBoardCheckOut();
    void typingNarrowsTheList();
    void cardMarksMissingPhotoConsent();
    void courtOrderOverrideAsksForTheDirectorsPin();
    void absentAsksWhyAndRecordsEachChild();
    void checkInAndRefusalAreHeard();
};

namespace {

QString presentInRoom(QTableWidget* board, const QString& room)
{
    for (int row = 0; row < board->rowCount(); ++row) {
        if (board->item(row, RoomBoardPage::RoomColumn)->text() == room) {
            return board->item(row, RoomBoardPage::PresentColumn)->text();
        }
    }
    return {};
}

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50); // let freshly added widgets show
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

} // namespace

void TestFrontDesk::scanCheckInBoardCheckOut()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    MainWindow window(f.centre.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto* desk = window.findChild<FrontDeskPage*>();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("frontDeskStatusLabel"));
    auto* board = window.findChild<QTableWidget*>(QStringLiteral("roomBoardTableWidget"));
    QVERIFY(desk && search && status && board);
    QTRY_VERIFY(search->hasFocus()); // the home screen, ready to type
    QCOMPARE(presentInRoom(board, QStringLiteral("Koalas")), QStringLiteral("0"));

    // A scanner types the card code in a burst and presses Enter: the family opens at once.
    QTest::keyClicks(search, f.okafor.cardCode);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(desk->currentFamilyId(), f.okafor.id);
    QVERIFY(search->text().isEmpty());
    QVERIFY(search->hasFocus());
    keepScreenshot(&window, QStringLiteral("frontdesk-family.png"));

    // Only Amara today: untick Chidi, choose who brought her (Ngozi, her mother), F2 checks in.
    auto* chidi = window.findChild<QCheckBox*>(QStringLiteral("childCheckBox_%1").arg(f.chidi()));
    QVERIFY(chidi);
    chidi->setChecked(false);
    auto* adult = window.findChild<QComboBox*>(QStringLiteral("frontDeskAdultComboBox"));
    QVERIFY(adult);
    adult->setCurrentIndex(adult->findData(f.mother()));
    QTest::keyClick(search, Qt::Key_F2);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Checked in: Amara Okafor")), qPrintable(status->text()));
    QVERIFY(search->hasFocus());
    QCOMPARE(presentInRoom(board, QStringLiteral("Koalas")), QStringLiteral("1"));
    auto* amaraState = window.findChild<QLabel*>(QStringLiteral("childStateLabel_%1").arg(f.amara()));
    QVERIFY(amaraState->text().contains(QStringLiteral("code")));
    keepScreenshot(&window, QStringLiteral("frontdesk-checked-in.png"));
    window.showSection(1);
    keepScreenshot(&window, QStringLiteral("room-board.png"));
    window.showSection(0);

    // F4: the check-out dialog. The father is refused in red, naming the court order.
    clock.advanceSecs(8 * 3600);
    QTest::keyClick(search, Qt::Key_F4);
    CheckOutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CheckOutDialog*>()) && dialog->isVisible());
    auto* decision = dialog->findChild<QLabel*>(QStringLiteral("releaseDecisionLabel"));
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmCheckOutButton"));
    dialog->selectAdult(f.father());
    QVERIFY2(decision->text().contains(QStringLiteral("FCC 4411/2025")), qPrintable(decision->text()));
    QVERIFY(!confirm->isEnabled());
    keepScreenshot(dialog, QStringLiteral("checkout-refused.png"));
    dialog->selectAdult(f.mother());
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<CheckOutDialog*>() || !window.findChild<CheckOutDialog*>()->isVisible());
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Checked out: Amara Okafor to Ngozi Okafor")),
                 qPrintable(status->text()));
    QCOMPARE(presentInRoom(board, QStringLiteral("Koalas")), QStringLiteral("0"));
    QTRY_VERIFY(search->hasFocus());
}

// F6 marks the ticked children away today: it asks why (the answer given here stands in for the
// receptionist) and records the reason for each; cancelling the question records nothing.
void TestFrontDesk::absentAsksWhyAndRecordsEachChild()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    MainWindow window(f.centre.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* desk = window.findChild<FrontDeskPage*>();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    QVERIFY(desk && search);
    QTest::keyClicks(search, f.okafor.cardCode);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(desk->currentFamilyId(), f.okafor.id);
    const AttendanceReader reader(f.centre.database(), f.centre.session());
    const QDate today = QDate(2026, 11, 23);

    // Chidi stays home: cancelling the question leaves no record and the search ready to type.
    auto* amara = window.findChild<QCheckBox*>(QStringLiteral("childCheckBox_%1").arg(f.amara()));
    QVERIFY(amara);
    amara->setChecked(false);
    MessageBox::resetRecord();
    MessageBox::answerNextPrompt(std::nullopt);
    QTest::keyClick(search, Qt::Key_F6);
    QCOMPARE(MessageBox::promptCount(), 1);
    QCOMPARE(MessageBox::lastPrompt(), QStringLiteral("Why is the child away?"));
    QTRY_VERIFY(search->hasFocus());
    auto absences = reader.absencesForFamily(f.okafor.id, today);
    QVERIFY2(absences, qPrintable(absences.errorString()));
    QVERIFY(absences->isEmpty());

    // Asked again and answered: Chidi's absence is recorded with the reason given, Amara's is not.
    MessageBox::answerNextPrompt(QStringLiteral("Ear infection"));
    QTest::keyClick(search, Qt::Key_F6);
    QCOMPARE(MessageBox::promptCount(), 2);
    QTRY_VERIFY((absences = reader.absencesForFamily(f.okafor.id, today)) && absences->contains(f.chidi()));
    QCOMPARE(absences->value(f.chidi()).reason, QStringLiteral("Ear infection"));
    QVERIFY(!absences->contains(f.amara()));
}

void TestFrontDesk::typingNarrowsTheList()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    auto* search = desk.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    auto* results = desk.findChild<QListWidget*>(QStringLiteral("frontDeskResultsListWidget"));
    search->setText(QStringLiteral("o"));
    QVERIFY(results->count() >= 1);
    search->setText(QStringLiteral("luc"));
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Ruiz")));
    search->setText(QStringLiteral("0412 345"));
    QCOMPARE(results->count(), 2); // both families share the sample phone number
}

void TestFrontDesk::cardMarksMissingPhotoConsent()
{
    // The desk keeps a child's photo to recognise the child, and says when it may go nowhere else.
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    for (Child& child : f.okafor.children) {
        child.photoConsent = child.firstName == QLatin1String("Amara");
    }
    QVERIFY(f.centre.families().save(f.okafor).ok());
    FrontDeskPage desk(f.centre.services());
    QVERIFY(desk.openFamily(f.okafor.id));
    const QList<ChildCard*> cards = desk.findChildren<ChildCard*>();
    QCOMPARE(cards.size(), 2);
    for (const ChildCard* card : cards) {
        const bool marked = card->findChild<QLabel*>(QStringLiteral("noPhotoConsentLabel")) != nullptr;
        QCOMPARE(marked, card->childId() == f.chidi());
    }
}

// Issue 13, point 3: today a director's session left open at the desk releases a child against a court
// order with any reason typed. The reason must be one, and the director's PIN is asked at that moment.
void TestFrontDesk::courtOrderOverrideAsksForTheDirectorsPin()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 30), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(accounts.setPin(f.director.id, QStringLiteral("482913")).ok());
    }
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    f.centre.session().signIn(f.director);
    CheckOutDialog dialog(f.service, f.centre.session(), f.centre.families().load(f.okafor.id).value(), {f.amara()},
                          f.director.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("overrideReasonLineEdit"));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("directorPinLineEdit"));
    auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmCheckOutButton"));
    auto* decision = dialog.findChild<QLabel*>(QStringLiteral("releaseDecisionLabel"));
    QVERIFY(pin);
    dialog.selectAdult(f.father());
    QVERIFY(pin->isHidden());

    // A placeholder is not a reason.
    QTest::keyClicks(reason, QStringLiteral("test test test"));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(pin->isHidden());
    QVERIFY2(decision->text().contains(OverrideReason::check(QStringLiteral("test test test")).errorString()),
             qPrintable(decision->text()));

    // A real reason: the PIN is asked for, and the check-out waits for it.
    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("Police officer present with an interim order; copy taken"));
    QVERIFY(!pin->isHidden());
    QVERIFY(!confirm->isEnabled());
    QVERIFY2(decision->text().contains(QStringLiteral("PIN")), qPrintable(decision->text()));
    QTest::keyClicks(pin, QStringLiteral("482913"));
    QVERIFY(confirm->isEnabled());
    // Issue 15, point 6: a second, explicit yes that names the order; No changes nothing.
    MessageBox::resetRecord();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("court order FCC 4411/2025")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(f.service.releaseDecision(f.amara(), f.father()).ok());
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
    QVERIFY2(decision->text().contains(QStringLiteral("not confirmed")), qPrintable(decision->text()));
    QTest::keyClicks(pin, QStringLiteral("482913")); // a PIN is never kept: typed again
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.overridden()); // the desk shows it in amber, never green
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QSqlQuery row(f.centre.database().connection());
    QVERIFY(row.exec(QStringLiteral("SELECT override_reason, override_by_staff_id FROM attendance "
                                    "WHERE checked_out_at IS NOT NULL")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("Police officer present with an interim order; copy taken"));
    QCOMPARE(row.value(1).toLongLong(), f.director.id);
}

// Issue 17, point 7: the desk's status line is a status bar to a screen reader, and what it says is announced: a
// check-in as news, a refusal (at the desk, and the pickup refused in the check-out dialog) as an alert. Qt sends
// accessibility events only while an assistive technology listens (never offscreen: QAccessible::isActive() is
// false and an update handler is not called), so the test hears the label's announced() signal, which follows
// the name-changed and alert events it sends, and reads what the label's accessible interface says.
void TestFrontDesk::checkInAndRefusalAreHeard()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    MainWindow window(f.centre.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* desk = window.findChild<FrontDeskPage*>();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    auto* status = window.findChild<AnnouncingLabel*>(QStringLiteral("frontDeskStatusLabel"));
    QVERIFY(desk && search && status);
    QAccessibleInterface* said = QAccessible::queryAccessibleInterface(status);
    QVERIFY(said);
    QCOMPARE(said->role(), QAccessible::StatusBar);
    QCOMPARE(QAccessible::queryAccessibleInterface(search)->text(QAccessible::Name), QStringLiteral("Find a family"));
    QSignalSpy heard(status, &AnnouncingLabel::announced);

    QTest::keyClicks(search, f.okafor.cardCode);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(desk->currentFamilyId(), f.okafor.id);
    auto* adult = window.findChild<QComboBox*>(QStringLiteral("frontDeskAdultComboBox"));
    adult->setCurrentIndex(adult->findData(f.mother()));
    heard.clear();
    QTest::keyClick(search, Qt::Key_F2);
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Checked in:")), qPrintable(status->text()));
    QTRY_COMPARE(heard.size(), 1);
    QCOMPARE(heard.at(0).at(0).toString(), status->text());
    QCOMPARE(heard.at(0).at(1).value<AnnouncingLabel::Urgency>(), AnnouncingLabel::Urgency::Status);
    QCOMPARE(said->role(), QAccessible::StatusBar); // good news is not an alarm
    QCOMPARE(said->text(QAccessible::Name), status->text());

    // A card nobody has: refused, as an alert; the same refusal twice is said twice.
    for (int time = 0; time < 2; ++time) {
        heard.clear();
        desk->handleScan(QStringLiteral("KC999999"));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.at(0).at(1).value<AnnouncingLabel::Urgency>(), AnnouncingLabel::Urgency::Alert);
    }
    QCOMPARE(said->role(), QAccessible::AlertMessage);
    QVERIFY(said->text(QAccessible::Name).contains(QStringLiteral("KC999999")));

    // The father may not collect (a court order): the check-out dialog's refusal is an alert too.
    clock.advanceSecs(8 * 3600);
    QTest::keyClick(search, Qt::Key_F4);
    CheckOutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CheckOutDialog*>()) && dialog->isVisible());
    auto* decision = dialog->findChild<AnnouncingLabel*>(QStringLiteral("releaseDecisionLabel"));
    QVERIFY(decision);
    QSignalSpy decided(decision, &AnnouncingLabel::announced);
    dialog->selectAdult(f.father());
    QVERIFY(decision->text().contains(QStringLiteral("FCC 4411/2025")));
    QCOMPARE(decided.size(), 1);
    QCOMPARE(decided.at(0).at(1).value<AnnouncingLabel::Urgency>(), AnnouncingLabel::Urgency::Alert);
    QVERIFY(QAccessible::queryAccessibleInterface(decision)
                ->text(QAccessible::Name)
                .contains(QStringLiteral("FCC 4411/2025")));
    dialog->selectAdult(f.mother());
    QCOMPARE(decided.size(), 2);
    QCOMPARE(decided.at(1).at(1).value<AnnouncingLabel::Urgency>(), AnnouncingLabel::Urgency::Status);
    dialog->reject();
}

QTEST_MAIN(TestFrontDesk)
#include "TestFrontDesk.moc"
