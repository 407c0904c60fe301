// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "attendance/SecurityLabel.h"
#include "base/DocumentLanguage.h"
#include "centre/SettingsService.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kindred;

class TestSecurityLabel : public QObject
{
    Q_OBJECT

private slots:
    void healthFieldsFollowTheSettings_data();
    void healthFieldsFollowTheSettings();
    void settingsRoundTrip();
    void receiptAndReprintCarryTheSameCode();
    void barcodeScansBackAt203Dpi_data();
    void barcodeScansBackAt203Dpi();
    void labelsSpeakTheAdultsLanguage_data();
    void labelsSpeakTheAdultsLanguage();
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
    QCOMPARE(receipt.codes, QStringList({in->at(0).securityCode, in->at(1).securityCode})); // each as a barcode
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

void TestSecurityLabel::barcodeScansBackAt203Dpi_data()
{
    QTest::addColumn<QSizeF>("sizeMm");
    QTest::addColumn<bool>("receipt");
    QTest::addColumn<int>("children");
    QTest::addColumn<QString>("symbology"); // as zbarimg names it
    // The default roll, common thermal and address rolls, and the extremes LabelSettings accepts (20 to 300 mm).
    // Code 128 wherever its modules can be 0.19 mm or more; a 20 mm wide roll gets a QR code instead.
    QTest::newRow("89 x 36 mm, the default") << QSizeF(89, 36) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("89 x 36 mm, a receipt") << QSizeF(89, 36) << true << 1 << QStringLiteral("CODE-128");
    QTest::newRow("62 x 29 mm") << QSizeF(62, 29) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("54 x 25 mm") << QSizeF(54, 25) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("57 x 32 mm") << QSizeF(57, 32) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("102 x 51 mm") << QSizeF(102, 51) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("50 x 50 mm") << QSizeF(50, 50) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("36 x 89 mm, upright") << QSizeF(36, 89) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("20 x 20 mm, the smallest") << QSizeF(20, 20) << false << 1 << QStringLiteral("QR-Code");
    QTest::newRow("20 x 300 mm") << QSizeF(20, 300) << false << 1 << QStringLiteral("QR-Code");
    QTest::newRow("300 x 20 mm") << QSizeF(300, 20) << false << 1 << QStringLiteral("CODE-128");
    QTest::newRow("300 x 300 mm") << QSizeF(300, 300) << true << 1 << QStringLiteral("CODE-128");
    QTest::newRow("89 x 36 mm, a receipt for two") << QSizeF(89, 36) << true << 2 << QStringLiteral("CODE-128");
    QTest::newRow("62 x 29 mm, a receipt for two") << QSizeF(62, 29) << true << 2 << QStringLiteral("CODE-128");
    QTest::newRow("50 x 50 mm, a receipt for two") << QSizeF(50, 50) << true << 2 << QStringLiteral("CODE-128");
}

void TestSecurityLabel::barcodeScansBackAt203Dpi()
{
    QFETCH(QSizeF, sizeMm);
    QFETCH(bool, receipt);
    QFETCH(int, children);
    QFETCH(QString, symbology);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        QFAIL("zbarimg is not installed: it reads the printed barcode back. Install zbar-tools "
              "(packaging/install-deps.sh does).");
    }
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn(children == 1 ? QList<qint64> {f.amara()} : QList<qint64> {f.amara(), f.chidi()},
                                f.mother());
    QVERIFY(in.ok());
    QStringList codes;
    for (const AttendanceRecord& record : in.value()) {
        codes << record.securityCode;
    }
    const SecurityLabel label = receipt ? SecurityLabel::receipt(QStringLiteral("Ngozi Okafor"), in.value())
                                        : SecurityLabel::forChild(in->first(), f.okafor.children[0], LabelSettings {});

    // A 203 dpi thermal printer's page: 8 dots a millimetre.
    constexpr int Dpi = 203;
    QImage image(qRound(sizeMm.width() / 25.4 * Dpi), qRound(sizeMm.height() / 25.4 * Dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(Dpi / 0.0254));
    image.setDotsPerMeterY(qRound(Dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        SecurityLabelPainter::paint(painter, QRectF(image.rect()), label);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("label.png"));
    QVERIFY(image.save(png));
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_LABELS")) {
        const QString name = QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QRegularExpression(QStringLiteral("[^0-9a-z]+")), QStringLiteral("-"));
        image.save(qEnvironmentVariable("KINDRED_KEEP_LABELS") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QProcess scan;
    scan.start(zbarimg, {QStringLiteral("-q"), png});
    QVERIFY2(scan.waitForFinished(30000), qPrintable(scan.errorString()));
    QStringList decoded = QString::fromUtf8(scan.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(scan.exitCode() == 0,
             qPrintable(QStringLiteral("zbarimg found no barcode (exit %1): %2")
                            .arg(scan.exitCode())
                            .arg(QString::fromUtf8(scan.readAllStandardError()))));
    for (QString& line : decoded) {
        QVERIFY2(line.startsWith(symbology + QLatin1Char(':')), qPrintable(line));
        line.remove(0, symbology.size() + 1);
    }
    decoded.sort();
    codes.sort();
    QCOMPARE(decoded, codes); // each child's code, read back once
}

void TestSecurityLabel::labelsSpeakTheAdultsLanguage_data()
{
    QTest::addColumn<QString>("recipient"); // the adult's preferred language
    QTest::addColumn<QString>("code"); // the translation used
    QTest::addColumn<bool>("fellBack");
    QTest::newRow("Vietnamese") << "vi" << "vi" << false;
    QTest::newRow("Arabic") << "ar" << "ar" << false;
    QTest::newRow("Hindi: no translation, English") << "hi" << "en" << true;
    QTest::newRow("none: the centre's (English)") << "" << "en" << false;
}

// Issue 17, point 4: the labels and the receipt are in the language of the adult at the desk, whatever the
// window speaks (English here), with the date in their locale; without a translation, English, and said so.
void TestSecurityLabel::labelsSpeakTheAdultsLanguage()
{
    QFETCH(QString, recipient);
    QFETCH(QString, code);
    QFETCH(bool, fellBack);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    const DocumentLanguage language = DocumentLanguage::forRecipient(recipient, QStringLiteral("en-AU"));
    QCOMPARE(language.code(), code);
    QCOMPARE(language.fellBack(), fellBack);
    LabelSettings settings;
    settings.printLifeThreateningAllergies = true;
    const SecurityLabel label = SecurityLabel::forChild(in->first(), f.okafor.children[0], settings, language);
    const SecurityLabel receipt = SecurityLabel::receipt(QStringLiteral("Ngozi Okafor"), in.value(), language);
    // Read from the language's own file: what a translator wrote for these texts.
    QTranslator translator;
    const bool english = code == QLatin1String("en");
    QVERIFY(translator.load(QStringLiteral(":/i18n/kindred_%1.qm").arg(code)));
    const QString allergy = english ? QStringLiteral("ALLERGY: %1 (!)")
                                    : translator.translate("SecurityLabelPainter", "ALLERGY: %1 (!)");
    QVERIFY(!allergy.isEmpty());
    QCOMPARE(label.lines.value(label.alertLines.value(0)), allergy.arg(QStringLiteral("Peanuts")));
    const QString caption = english ? QStringLiteral("Pickup code")
                                    : translator.translate("SecurityLabelPainter", "Pickup code");
    QCOMPARE(label.codeCaption, caption);
    QVERIFY(receipt.title.contains(QStringLiteral("Ngozi Okafor")));
    QCOMPARE(label.direction, code == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    QCOMPARE(label.subtitle.section(QStringLiteral(" · "), -1),
             language.locale().toString(QDate(2026, 11, 23), QLocale::ShortFormat));
    // The window's language is untouched.
    QCOMPARE(QCoreApplication::translate("SecurityLabelPainter", "Pickup code"), QStringLiteral("Pickup code"));
}

QTEST_MAIN(TestSecurityLabel)
#include "TestSecurityLabel.moc"
