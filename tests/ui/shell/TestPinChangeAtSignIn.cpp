// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 6: a director whose PIN has 4 digits (set before PINs had 6) types it at the sign-in
// dialog. Before, she was signed in; now the dialog says why and asks for a new PIN of 6 digits or more,
// and she is signed in with the new one.
#include "MockClock.h"
#include "TestCentre.h"
#include "security/PinIndex.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "security/StaffCredentials.h"
#include "shell/SignInDialog.h"
#include "widgets/SecretDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Kindred;

class TestPinChangeAtSignIn : public QObject
{
    Q_OBJECT

private slots:
    void directorChoosesALongerPin();
};

void TestPinChangeAtSignIn::directorChoosesALongerPin()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    StaffMember mai;
    mai.firstName = QStringLiteral("Mai");
    mai.lastName = QStringLiteral("Director");
    mai.role = StaffRole::Director;
    QVERIFY(centre.centre().saveStaff(mai).ok());
    // Her PIN from before: 4 digits, as the old Kindred stored it.
    QSqlQuery insert(centre.database().connection());
    insert.prepare(QStringLiteral("INSERT INTO staff_credentials (staff_id, pin_hash, pin_digest, updated_at) "
                                  "VALUES (:id, :hash, :digest, '2026-01-01T00:00:00.000Z')"));
    insert.bindValue(QStringLiteral(":id"), mai.id);
    insert.bindValue(QStringLiteral(":hash"),
                     StaffCredentials::hash(QStringLiteral("4711"), HashLimits::minimum()).value());
    insert.bindValue(QStringLiteral(":digest"),
                     PinIndex(centre.database().connection()).digest(QStringLiteral("4711")).value());
    QVERIFY(insert.exec());

    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    SignInDialog dialog(service, accounts, SignInDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString asked;
    // The new-PIN dialog is modal: answer it when it shows.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&asked, &answer] {
        auto* secret = qobject_cast<SecretDialog*>(QApplication::activeModalWidget());
        if (!secret) {
            return;
        }
        answer.stop();
        auto* first = secret->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
        auto* again = secret->findChild<QLineEdit*>(QStringLiteral("repeatSecretLineEdit"));
        // Too short again: refused, and the dialog stays.
        QTest::keyClicks(first, QStringLiteral("1234"));
        QTest::keyClicks(again, QStringLiteral("1234"));
        secret->trySave();
        asked = secret->findChild<QLabel*>(QStringLiteral("secretErrorLabel"))->text();
        first->clear();
        again->clear();
        QTest::keyClicks(first, QStringLiteral("135790"));
        QTest::keyClicks(again, QStringLiteral("135790"));
        secret->trySave();
    });
    answer.start();
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("4711"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY2(asked.contains(QStringLiteral("6")), qPrintable(asked));
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(centre.session().actorId(), mai.id);
    QVERIFY(!service.verifyPin(QStringLiteral("4711")).ok());
    QCOMPARE(service.verifyPin(QStringLiteral("135790"))->id, mai.id);
}

QTEST_MAIN(TestPinChangeAtSignIn)
#include "TestPinChangeAtSignIn.moc"
