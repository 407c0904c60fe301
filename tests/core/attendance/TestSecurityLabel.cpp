// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "attendance/SecurityLabel.h"
#include "centre/SettingsService.h"

#include <QFile>
#include <QTest>

using namespace Kindred;

class TestSecurityLabel : public QObject
{
    Q_OBJECT

private slots:
    void healthFieldsFollowTheSettings_data();
    void healthFieldsFollowTheSettings();
    void settingsRoundTrip();
    void receiptAndReprintCarryTheSameCode();
};

void TestSecurityLabel::healthFieldsFollowTheSettings_data()
{
    QTest::addColumn<bool>("lifeThreatening");
    QTest::addColumn<bool>("medical");
    QTest::newRow("defaults: allergy printed, condition on screen only") << true << false;
    QTest::newRow("nothing printed") << false << false;
    QTest::newRow("condition printed too") << true << true;
}

void TestSecurityLabel::healthFieldsFollowTheSettings()
{
    QFETCH(bool, lifeThreatening);
    QFETCH(bool, medical);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    LabelSettings settings;
    settings.printLifeThreateningAllergies = lifeThreatening;
    settings.printMedicalNotes = medical;
    const SecurityLabel label = SecurityLabel::forChild(in->first(), f.okafor.children[0], settings);
    QCOMPARE(label.code, in->first().securityCode);
    QCOMPARE(label.title, QStringLiteral("Amara Okafor"));
    const QString text = label.lines.join(QLatin1Char('\n'));
    QCOMPARE(text.contains(QStringLiteral("Peanuts")), lifeThreatening);
    QCOMPARE(label.alert, lifeThreatening);
    QCOMPARE(text.contains(QStringLiteral("Epilepsy")), medical);
}

void TestSecurityLabel::settingsRoundTrip()
{
    TestCentre centre;
    SettingsService store(centre.database(), centre.session());
    const LabelSettings defaults = LabelSettings::load(centre.database()).value();
    QVERIFY(defaults.printLifeThreateningAllergies);
    QVERIFY(!defaults.printMedicalNotes);
    LabelSettings changed;
    changed.sizeMm = QSizeF(62, 29);
    changed.printLifeThreateningAllergies = false;
    changed.printOtherAllergies = true;
    QVERIFY(changed.save(store).ok());
    const LabelSettings loaded = LabelSettings::load(centre.database()).value();
    QCOMPARE(loaded.sizeMm, QSizeF(62, 29));
    QVERIFY(!loaded.printLifeThreateningAllergies);
    QVERIFY(loaded.printOtherAllergies);
}

void TestSecurityLabel::receiptAndReprintCarryTheSameCode()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY(in.ok());
    const SecurityLabel receipt = SecurityLabel::receipt(QStringLiteral("Ngozi Okafor"), in.value());
    QCOMPARE(receipt.lines.size(), 2);
    QVERIFY(receipt.lines[0].contains(in->at(0).securityCode));
    QVERIFY(receipt.lines[1].contains(in->at(1).securityCode));

    // A lost label: found again by child, reprinted with the same code.
    clock.advanceSecs(3600);
    auto again = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara());
    QVERIFY(again.ok());
    const SecurityLabel reprint = SecurityLabel::forChild(again.value(), f.okafor.children[0], LabelSettings {});
    QCOMPARE(reprint.code, in->at(0).securityCode);

    const QString path = f.centre.dirPath() + QStringLiteral("/labels.pdf");
    auto written = SecurityLabelPainter::writePdf({reprint, receipt}, QSizeF(89, 36), path);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 2);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/labels.pdf"));
    }
}

QTEST_MAIN(TestSecurityLabel)
#include "TestSecurityLabel.moc"
