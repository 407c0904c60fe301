// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/LabelSettings.h"
#include "attendance/RoomBoard.h"
#include "attendance/SecurityLabel.h"
#include "families/Avatar.h"
#include "families/ChildPhotos.h"
#include "families/ConsentPolicy.h"
#include "families/ParentDirectory.h"
#include "incidents/RollCall.h"
#include "print/ReportRenderer.h"
#include "reports/BirthdayReport.h"
#include "reports/ReportCatalogue.h"

#include <QTest>

using namespace Kindred;

// A family's consents decide what leaves the front desk's own screen: a child's photo on a label, the
// room board, the roll call and a printed report only with photo consent; a guardian in the parent
// directory only with directory consent; cultures and celebrations only when the family shares them.
class TestConsentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void photoFollowsConsent_data();
    void photoFollowsConsent();
    void directoryFollowsConsent_data();
    void directoryFollowsConsent();
};

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

QByteArray photoOf(const QList<ReportDocument::Block>& blocks, const QString& caption)
{
    for (const ReportDocument::Block& block : blocks) {
        if (const auto* photos = std::get_if<ReportDocument::Photos>(&block)) {
            for (const ReportDocument::Photo& photo : photos->photos) {
                if (photo.caption == caption) {
                    return photo.image.isNull() ? QByteArray() : QByteArrayLiteral("image");
                }
            }
        }
    }
    return {};
}

} // namespace

void TestConsentPolicy::photoFollowsConsent_data()
{
    QTest::addColumn<bool>("consentBefore");
    QTest::addColumn<bool>("consentNow");
    QTest::addColumn<bool>("hasPhoto");
    QTest::addColumn<bool>("photoShown");
    QTest::newRow("photo consent given") << true << true << true << true;
    QTest::newRow("photo consent never given") << false << false << true << false;
    QTest::newRow("photo consent withdrawn") << true << false << true << false;
    QTest::newRow("photo consent given later") << false << true << true << true;
    QTest::newRow("consent given, no photo on file") << true << true << false << false;
}

void TestConsentPolicy::photoFollowsConsent()
{
    QFETCH(bool, consentBefore);
    QFETCH(bool, consentNow);
    QFETCH(bool, hasPhoto);
    QFETCH(bool, photoShown);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        f.okafor.children[0].photo
            = hasPhoto ? renderAvatarPng(AvatarStyle {Qt::yellow, QColor(0x8d, 0x55, 0x24), Qt::black}) : QByteArray();
        f.okafor.children[0].photoConsent = consentBefore;
        QVERIFY(f.centre.families().save(f.okafor).ok());
        // The family changes its mind; the photo stays on file. (save() replaced the children: index again.)
        f.okafor.children[0].photoConsent = consentNow;
        QVERIFY(f.centre.families().save(f.okafor).ok());
    }
    auto checkedIn = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY2(checkedIn.ok(), qPrintable(checkedIn.errorString()));

    // The front desk still reads the photo, to recognise the child; consent decides everything else.
    const Family loaded = f.centre.families().load(f.okafor.id).value();
    const auto loadedAmara = std::find_if(loaded.children.cbegin(), loaded.children.cend(),
                                          [&f](const Child& c) { return c.id == f.amara(); });
    QVERIFY(loadedAmara != loaded.children.cend());
    const Child& amara = *loadedAmara;
    QCOMPARE(amara.photo.isEmpty(), !hasPhoto);
    QCOMPARE(ConsentPolicy::mayShowPhoto(amara), consentNow);
    QCOMPARE(ChildPhotos(f.centre.database(), f.centre.session()).shareable({f.amara()})->contains(f.amara()),
             photoShown);

    const SecurityLabel label = SecurityLabel::forChild(checkedIn->first(), amara, LabelSettings {});
    QCOMPARE(!label.photo.isEmpty(), photoShown);
    // A label with a photo still paints (and one without is unchanged).
    // KINDRED_SCREENSHOTS keeps the PDFs to look at; otherwise they go with the temporary folder.
    const QString keep = qEnvironmentVariable("KINDRED_SCREENSHOTS");
    const QString outDir = keep.isEmpty() ? f.centre.dirPath() : keep;
    const QString row = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString labelPdf = outDir + QStringLiteral("/label-%1.pdf").arg(row);
    QCOMPARE(SecurityLabelPainter::writePdf({label}, QSizeF(89, 36), labelPdf).value(), 1);

    const RoomBoardEntry entry = RoomBoard(f.centre.database(), f.centre.session()).room(f.room.id).value();
    QCOMPARE(entry.children.size(), 1);
    QCOMPARE(!entry.children.first().photo.isEmpty(), photoShown);

    bool found = false;
    const auto people = RollCall(f.centre.database(), f.centre.session()).onPremises();
    QVERIFY(people.ok());
    for (const RollCallPerson& person : people.value()) {
        if (person.isChild() && person.id == f.amara()) {
            found = true;
            QCOMPARE(!person.photo.isEmpty(), photoShown);
        }
    }
    QVERIFY(found);

    // The birthday report for her birthday month: her photo on the page only with consent.
    const QDate birthday = BirthdayReport::birthdayIn(amara.dateOfBirth, 2026);
    ReportRequest request {QStringLiteral("birthdays"), QDate(birthday.year(), birthday.month(), 1),
                           QDate(birthday.year(), birthday.month(), 1).addMonths(1).addDays(-1), -1};
    auto built = ReportCatalogue::build(f.centre.database(), request);
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    QCOMPARE(!photoOf(built->document.blocks, QStringLiteral("Amara Okafor")).isEmpty(), photoShown);
    const QString reportPdf = outDir + QStringLiteral("/birthdays-%1.pdf").arg(row);
    auto pages = ReportRenderer::writePdf(built->document, reportPdf, QPageSize::A4);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(pages.value(), 1);
}

void TestConsentPolicy::directoryFollowsConsent_data()
{
    QTest::addColumn<bool>("guardian");
    QTest::addColumn<bool>("directoryConsent");
    QTest::addColumn<bool>("shareCultures");
    QTest::addColumn<bool>("listed");
    QTest::newRow("guardian who agreed, family shares its cultures") << true << true << true << true;
    QTest::newRow("guardian who agreed, family keeps its cultures") << true << true << false << true;
    QTest::newRow("guardian who did not agree") << true << false << true << false;
    QTest::newRow("agreed, but not a guardian") << false << true << true << false;
}

void TestConsentPolicy::directoryFollowsConsent()
{
    QFETCH(bool, guardian);
    QFETCH(bool, directoryConsent);
    QFETCH(bool, shareCultures);
    QFETCH(bool, listed);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Melbourne));
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    family.adults[0].directoryConsent = true; // the mother is always listed
    Person uncle = family.adults[0];
    uncle.id = -2;
    uncle.firstName = QStringLiteral("Obi");
    uncle.relation = QStringLiteral("Uncle");
    uncle.isGuardian = guardian;
    uncle.directoryConsent = directoryConsent;
    family.adults << uncle;
    family.cultures = QStringList {QStringLiteral("Igbo")};
    family.celebrations = QStringList {QStringLiteral("New Yam Festival")};
    family.shareCultures = shareCultures;
    QVERIFY(centre.families().save(family));
    QCOMPARE(ConsentPolicy::mayAppearInDirectory(family.adults[1]), listed);
    QCOMPARE(ConsentPolicy::sharedCultures(family).isEmpty(), !shareCultures);
    QCOMPARE(ConsentPolicy::sharedCelebrations(family).isEmpty(), !shareCultures);

    const auto entries = ParentDirectory(centre.database(), centre.session()).entries();
    QVERIFY2(entries.ok(), qPrintable(entries.errorString()));
    QStringList names;
    for (const DirectoryEntry& entry : entries.value()) {
        names << entry.name;
        QCOMPARE(entry.cultures, ConsentPolicy::sharedCultures(family));
        QCOMPARE(entry.celebrations, ConsentPolicy::sharedCelebrations(family));
    }
    QCOMPARE(names.contains(QStringLiteral("Obi Okafor")), listed);
    QVERIFY(names.contains(QStringLiteral("Ngozi Okafor")));
    // Printed the same way: the directory's PDF names only the listed people, cultures only when shared.
    const ReportDocument doc
        = ParentDirectory::toReport(entries.value(), QStringLiteral("Centre"), Clock::currentDateTimeUtc());
    bool mentionsCulture = false;
    for (const ReportDocument::Block& block : doc.blocks) {
        if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
            for (const QStringList& row : table->rows) {
                mentionsCulture = mentionsCulture || row.join(QLatin1Char(' ')).contains(QStringLiteral("Igbo"));
            }
        }
    }
    QCOMPARE(mentionsCulture, shareCultures);
}

QTEST_MAIN(TestConsentPolicy)
#include "TestConsentPolicy.moc"
