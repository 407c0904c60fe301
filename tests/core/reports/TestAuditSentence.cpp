// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "base/BidiText.h"
#include "centre/AuditReader.h"
#include "reports/AuditSentence.h"

#include <QLocale>
#include <QTest>

using namespace Kindred;

// The audit trail as sentences: who did what to whom, and when, with names isolated so a right-to-left name
// keeps the English around it in order; a record since gone or an unknown action still reads as a sentence.
class TestAuditSentence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia)); }
    void aMorningReadsAsSentences_data();
    void aMorningReadsAsSentences();
    void aRightToLeftNameStaysIsolated();
    void whatIsGoneOrUnknownStillReads();
    void namesNeedTheAuditPermission();

private:
    // The newest entry with `action`, as the viewer shows it to the director.
    static QString sentenceFor(AttendanceFixture& f, const QString& action);
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");

QString at(int hour, int minute)
{
    return QLocale().toString(QTime(hour, minute), QLocale::ShortFormat);
}
} // namespace

QString TestAuditSentence::sentenceFor(AttendanceFixture& f, const QString& action)
{
    f.centre.session().signIn(f.director);
    AuditReader reader(f.centre.database(), f.centre.session());
    AuditFilter filter;
    filter.action = action;
    const auto records = reader.find(filter, 0, 1);
    if (!records || records->isEmpty()) {
        return QStringLiteral("no %1 entry").arg(action);
    }
    const auto names = AuditNames::read(f.centre.database(), f.centre.session(), records.value());
    if (!names) {
        return names.errorString();
    }
    return AuditSentence::describe(records->first(), names.value(), Melbourne);
}

void TestAuditSentence::aMorningReadsAsSentences_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    const QString rosa = isolated(QStringLiteral("Rosa Staff"));
    const QString dana = isolated(QStringLiteral("Dana Staff"));
    const QString amara = isolated(QStringLiteral("Amara Okafor"));
    const QString ngozi = isolated(QStringLiteral("Ngozi Okafor"));
    QTest::newRow("check-in")
        << "attendance.checkin"
        << QStringLiteral("%1 checked in %2 at %3, brought by %4.").arg(rosa, amara, at(8, 2), ngozi);
    QTest::newRow("check-out")
        << "attendance.checkout"
        << QStringLiteral("%1 checked out %2 at %3, collected by %4.").arg(rosa, amara, at(16, 45), ngozi);
    QTest::newRow("correction")
        << "attendance.correct"
        << QStringLiteral("%1 corrected %2's check-out from %3 to %4.").arg(dana, amara, at(16, 45), at(16, 30));
    QTest::newRow("absence") << "attendance.absence"
                             << QStringLiteral("%1 marked %2 absent on %3.")
                                    .arg(rosa, isolated(QStringLiteral("Mateo Ruiz")),
                                         QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat));
    QTest::newRow("family") << "family.create"
                            << QStringLiteral("%1 added the family %2.")
                                   .arg(isolated(QStringLiteral("System")), isolated(QStringLiteral("Ruiz")));
}

void TestAuditSentence::aMorningReadsAsSentences()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 2), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY2(in.ok(), qPrintable(in.errorString()));
    QVERIFY(f.service.recordAbsence(f.mateo(), QDate(2026, 11, 23), QStringLiteral("Sick")).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 45), Melbourne));
    QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());
    f.centre.session().signIn(f.director);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    const auto corrected
        = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt,
                              QDateTime(QDate(2026, 11, 23), QTime(16, 30), Melbourne).toUTC(), QStringLiteral("Typo"));
    QVERIFY2(corrected.ok(), qPrintable(corrected.errorString()));
    QCOMPARE(sentenceFor(f, action), expected);
}

void TestAuditSentence::aRightToLeftNameStaysIsolated()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 2), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const QString layla = QStringLiteral("ليلى حداد");
    f.ruiz.children[0].firstName = QStringLiteral("ليلى");
    f.ruiz.children[0].lastName = QStringLiteral("حداد");
    f.centre.session().signIn(f.director);
    QVERIFY(f.centre.families().save(f.ruiz).ok());
    f.centre.session().signIn(f.receptionist);
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    const QString sentence = sentenceFor(f, QStringLiteral("attendance.checkin"));
    QVERIFY2(sentence.contains(QChar(0x2068) + layla + QChar(0x2069)), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral(" checked in ")), qPrintable(sentence));
}

void TestAuditSentence::whatIsGoneOrUnknownStillReads()
{
    AuditRecord checkIn;
    checkIn.actorName = QStringLiteral("Rosa Staff");
    checkIn.action = QStringLiteral("attendance.checkin");
    checkIn.entity = QStringLiteral("attendance");
    checkIn.entityId = 9;
    checkIn.atUtc = QDateTime(QDate(2026, 11, 23), QTime(8, 2), Melbourne).toUTC();
    checkIn.details
        = {{QStringLiteral("childId"), 41}, {QStringLiteral("at"), checkIn.atUtc.toString(Qt::ISODateWithMs)}};
    QCOMPARE(AuditSentence::describe(checkIn, AuditNames(), Melbourne),
             QStringLiteral("%1 checked in a child at %2.").arg(isolated(QStringLiteral("Rosa Staff")), at(8, 2)));

    AuditRecord unknown = checkIn;
    unknown.action = QStringLiteral("family.merge");
    unknown.entity = QStringLiteral("family");
    unknown.entityId = 12;
    QCOMPARE(AuditSentence::describe(unknown, AuditNames(), Melbourne),
             QStringLiteral("%1: family.merge on family 12.").arg(isolated(QStringLiteral("Rosa Staff"))));
}

void TestAuditSentence::namesNeedTheAuditPermission()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signIn(f.receptionist);
    AuditRecord record;
    record.details = {{QStringLiteral("childId"), f.amara()}};
    QVERIFY(!AuditNames::read(f.centre.database(), f.centre.session(), {record}).ok());
    f.centre.session().signIn(f.director);
    const auto names = AuditNames::read(f.centre.database(), f.centre.session(), {record});
    QVERIFY(names.ok());
    QCOMPARE(names->name(AuditNames::Child, f.amara()), QStringLiteral("Amara Okafor"));
}

QTEST_MAIN(TestAuditSentence)
#include "TestAuditSentence.moc"
