// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "admin/PrivacyPage.h"
#include "base/Translations.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

namespace {

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), QTimeZone("Australia/Melbourne"));
}

} // namespace

class TestPrivacyPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anonymisingSaysWhatChangesAndWhatStays();
};

void TestPrivacyPage::initTestCase()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestPrivacyPage::anonymisingSaysWhatChangesAndWhatStays()
{
    MockClock clock(at(2019, 3, 1));
    TestCentre centre;
    Family family = TestCentre::sampleFamily(QStringLiteral("Okafor"));
    QVERIFY(centre.families().save(family).ok());
    QVERIFY(centre.families().archive(family.id, QStringLiteral("Moved interstate")).ok());
    clock.set(at(2026, 11, 23)); // long past the retention period

    PrivacyPage page(centre.database(), centre.session(), centre.families());
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* due = page.findChild<QTableWidget*>(QStringLiteral("dueTableWidget"));
    QCOMPARE(due->rowCount(), 1);
    auto* anonymise = page.findChild<QPushButton*>(QStringLiteral("anonymiseButton"));

    // The director reads what would happen and says no: nothing changes.
    const int boxes = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(anonymise, Qt::LeftButton);
    QCOMPARE(MessageBox::count(), boxes + 1);
    const QString question = MessageBox::lastText();
    QVERIFY2(question.contains(QStringLiteral("Anonymise the 1 family listed")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Kept as they are, for licensing: 0 attendance records")),
             qPrintable(question));
    QVERIFY2(!question.contains(QStringLiteral("(s)")) && !question.contains(QStringLiteral("(ren)")),
             qPrintable(question));
    QCOMPARE(centre.families().loadIncludingArchived(family.id)->householdName, family.householdName);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(anonymise, Qt::LeftButton);
    auto* status = page.findChild<QLabel*>(QStringLiteral("privacyStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("1 family anonymised."));
    QVERIFY(centre.families().loadIncludingArchived(family.id)->householdName != family.householdName);
    QCOMPARE(due->rowCount(), 0);
}

QTEST_MAIN(TestPrivacyPage)
#include "TestPrivacyPage.moc"
