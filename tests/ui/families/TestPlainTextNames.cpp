// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 14: names are always shown as plain text. Before this change a family registered as
// "<b>Bold</b>" showed in bold at the desk (QLabel's automatic format took the name for HTML), and a
// name could carry a link or an image into the desk's labels.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "desk/ChildCard.h"
#include "desk/FrontDeskPage.h"
#include "families/CustodyRules.h"

#include <QLabel>
#include <QTest>
#include <QTextDocument>

using namespace Kindred;

class TestPlainTextNames : public QObject
{
    Q_OBJECT

private slots:
    void deskShowsTagsInNamesAsTyped();
};

void TestPlainTextNames::deskShowsTagsInNamesAsTyped()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const QString household = QStringLiteral("<b>Bold</b>");
    const QString father = QStringLiteral("<a href=\"x\">Emeka</a>");
    {
        SystemActor system(f.centre.session());
        f.okafor.householdName = household;
        f.okafor.adults[1].firstName = father; // named in Amara's "do not release" alert
        f.okafor.children[0].allergies[0].allergen = QStringLiteral("<i>Peanuts</i>");
        // Renaming the father named in the restriction is a custody change: it needs a note.
        const CustodyNote note {QStringLiteral("Name typed as written on the court order"), {}};
        const auto saved = f.centre.families().save(f.okafor, note);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    }
    FrontDeskPage desk(f.centre.services());
    desk.resize(1000, 700);
    desk.show();
    QVERIFY(desk.openFamily(f.okafor.id));

    int shown = 0;
    for (const QLabel* label : desk.findChildren<QLabel*>()) {
        const QString text = label->text();
        if (!text.contains(QLatin1Char('<'))) {
            continue;
        }
        const bool plain = label->textFormat() == Qt::PlainText
            || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text));
        QVERIFY2(plain, qPrintable(label->objectName() + QStringLiteral(": ") + text));
        ++shown;
    }
    QVERIFY2(shown >= 3, "the family's title, the allergy badge and the restriction alert show the tags");
    auto* title = desk.findChild<QLabel*>(QStringLiteral("frontDeskFamilyLabel"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(household), qPrintable(title->text()));
}

QTEST_MAIN(TestPlainTextNames)
#include "TestPlainTextNames.moc"
