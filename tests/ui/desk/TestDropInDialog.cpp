// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "desk/DropInDialog.h"
#include "desk/FrontDeskPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Kindred;

// The drop-in dialog is driven the way a receptionist would: Ctrl+D at the desk, then typing and Tab.
class TestDropInDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusedWithoutPhoneThenAcceptedWithOne();
    void missingDateOfBirthFocusesIt();
};

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

void typeAndTab(const QString& text)
{
    QWidget* field = QApplication::focusWidget();
    QVERIFY(field);
    if (!text.isEmpty()) {
        QTest::keyClicks(field, text);
    }
    QTest::keyClick(field, Qt::Key_Tab);
}

DropInDialog* openWithCtrlD(FrontDeskPage& desk)
{
    auto* search = desk.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    QTest::keyClick(search, Qt::Key_D, Qt::ControlModifier);
    DropInDialog* dialog = nullptr;
    const bool shown
        = QTest::qWaitFor([&] { return (dialog = desk.findChild<DropInDialog*>()) && dialog->isVisible(); });
    return shown ? dialog : nullptr;
}

} // namespace

void TestDropInDialog::refusedWithoutPhoneThenAcceptedWithOne()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    desk.resize(1100, 700);
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    DropInDialog* dialog = openWithCtrlD(desk);
    QVERIFY(dialog);
    auto* childName = dialog->findChild<QLineEdit*>(QStringLiteral("childFirstNameLineEdit"));
    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("adultPhoneLineEdit"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("dropInErrorLabel"));
    QTRY_COMPARE(QApplication::focusWidget(), childName);

    // All by keyboard: child, family name, date of birth, room (typing picks it), allergies, adult.
    typeAndTab(QStringLiteral("Lan"));
    typeAndTab(QStringLiteral("Nguyen"));
    typeAndTab(QStringLiteral("2023-02-01"));
    typeAndTab(QStringLiteral("K"));
    typeAndTab(QStringLiteral("Sesame"));
    typeAndTab(QStringLiteral("Minh"));
    typeAndTab({}); // family name: the child's
    typeAndTab({}); // relation: "Parent"
    QCOMPARE(QApplication::focusWidget(), phone);
    QTest::keyClick(phone, Qt::Key_Return);

    // Refused: nothing saved, everything typed kept, the cursor on the phone field.
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("phone")), qPrintable(error->text()));
    QTRY_COMPARE(QApplication::focusWidget(), phone);
    QCOMPARE(childName->text(), QStringLiteral("Lan"));
    QVERIFY(f.centre.families().search(QStringLiteral("lan nguyen"))->isEmpty());
    keepScreenshot(dialog, QStringLiteral("dropin-refused.png"));

    QTest::keyClicks(phone, QStringLiteral("0433 222 111"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_VERIFY(!desk.findChild<DropInDialog*>() || !desk.findChild<DropInDialog*>()->isVisible());

    // Registered, opened at the desk and checked in with the adult.
    const auto found = f.centre.families().search(QStringLiteral("lan nguyen")).value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(desk.currentFamilyId(), found.first().id);
    const Family family = desk.family();
    QCOMPARE(family.children.size(), 1);
    QCOMPARE(family.children.first().roomId, f.room.id);
    QCOMPARE(family.children.first().dateOfBirth, QDate(2023, 2, 1));
    QCOMPARE(family.children.first().allergies.first().allergen, QStringLiteral("Sesame"));
    QCOMPARE(family.adults.first().mobilePhone, QStringLiteral("0433 222 111"));
    const auto present = AttendanceReader(f.centre.database(), f.centre.session()).openForFamily(family.id).value();
    QCOMPARE(present.size(), 1);
    QCOMPARE(present.value(family.children.first().id).broughtByPersonId, family.adults.first().id);
    auto* status = desk.findChild<QLabel*>(QStringLiteral("frontDeskStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("checked in")), qPrintable(status->text()));
    keepScreenshot(&desk, QStringLiteral("dropin-done-desk.png"));
}

void TestDropInDialog::missingDateOfBirthFocusesIt()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    DropInDialog dialog(f.centre.families(), f.centre.centre(), f.service, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("childFirstNameLineEdit"))->setText(QStringLiteral("Lan"));
    dialog.findChild<QLineEdit*>(QStringLiteral("childLastNameLineEdit"))->setText(QStringLiteral("Nguyen"));
    dialog.findChild<QLineEdit*>(QStringLiteral("adultFirstNameLineEdit"))->setText(QStringLiteral("Minh"));
    dialog.findChild<QLineEdit*>(QStringLiteral("adultPhoneLineEdit"))->setText(QStringLiteral("0433 222 111"));
    dialog.submit();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.familyId(), qint64(0));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("dateOfBirthLineEdit")));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("dropInErrorLabel"))->text().contains(QStringLiteral("birth")));
}

QTEST_MAIN(TestDropInDialog)
#include "TestDropInDialog.moc"
