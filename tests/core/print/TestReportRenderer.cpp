// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ReportRenderer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

ReportDocument longReport(int rows)
{
    ReportDocument document;
    document.centreName = QStringLiteral("Kindred Community Early Learning");
    document.centreDetails = QStringLiteral("12 Wattle Street, Riverside · 03 9555 0123");
    document.title = QStringLiteral("Allergy list");
    document.subtitle = QStringLiteral("All rooms");
    document.addParagraph(QStringLiteral("Life-threatening allergies are marked in red."), true);
    ReportDocument::Table table;
    table.columns = {{QStringLiteral("Child"), 2, Qt::AlignLeft},
                     {QStringLiteral("Room"), 1, Qt::AlignLeft},
                     {QStringLiteral("Notes"), 4, Qt::AlignLeft}};
    for (int i = 0; i < rows; ++i) {
        table.rows << QStringList {QStringLiteral("Child %1").arg(i), QStringLiteral("Koalas"),
                                   QStringLiteral("A long note that has to wrap onto a second line rather than be "
                                                  "clipped at the edge of its column, number %1")
                                       .arg(i)};
    }
    table.highlightedRows = {0, 3};
    document.addTable(table);
    document.addSignatures({QStringLiteral("Director")});
    return document;
}

int pdfPageCount(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray pdf = file.readAll();
    int count = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at, 12) != "/Type /Pages") {
            ++count;
        }
    }
    return count;
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void writesPdf_data();
    void writesPdf();
    void refusesUnwritablePath();
    void columnsFitTheirLongestWord_data();
    void columnsFitTheirLongestWord();
    void aRoomNameIsNeverBrokenInThePdf();
};

void TestReportRenderer::writesPdf_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("severalPages");
    QTest::newRow("one page, A4") << 5 << int(QPageSize::A4) << false;
    QTest::newRow("many pages, A4") << 120 << int(QPageSize::A4) << true;
    QTest::newRow("many pages, US Letter") << 120 << int(QPageSize::Letter) << true;
}

void TestReportRenderer::writesPdf()
{
    QFETCH(int, rows);
    QFETCH(int, pageSize);
    QFETCH(bool, severalPages);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    auto pages = ReportRenderer::writePdf(longReport(rows), path, QPageSize::PageSizeId(pageSize));
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(pages.value() > 1, severalPages);
    QCOMPARE(pdfPageCount(path), pages.value());
}

void TestReportRenderer::refusesUnwritablePath()
{
    auto pages = ReportRenderer::writePdf(longReport(1), QStringLiteral("/nonexistent-dir/report.pdf"));
    QVERIFY(!pages.ok());
    QVERIFY(pages.errorString().contains(QLatin1String("cannot write")));
}

void TestReportRenderer::columnsFitTheirLongestWord_data()
{
    QTest::addColumn<QList<qreal>>("stretch");
    QTest::addColumn<QList<qreal>>("longestWord");
    QTest::addColumn<QList<qreal>>("expected");
    QTest::newRow("every word fits its share")
        << QList<qreal> {1, 1} << QList<qreal> {20, 30} << QList<qreal> {100, 100};
    QTest::newRow("a narrow room column widens, the notes give")
        << QList<qreal> {1, 3} << QList<qreal> {80, 40} << QList<qreal> {80, 120};
    QTest::newRow("two give in proportion to their room")
        << QList<qreal> {1, 1, 2} << QList<qreal> {70, 10, 10} << QList<qreal> {70, 43.85, 86.15};
    QTest::newRow("cannot all fit: the shares stand")
        << QList<qreal> {1, 1} << QList<qreal> {150, 150} << QList<qreal> {100, 100};
}

void TestReportRenderer::columnsFitTheirLongestWord()
{
    QFETCH(QList<qreal>, stretch);
    QFETCH(QList<qreal>, longestWord);
    QFETCH(QList<qreal>, expected);
    const QList<qreal> widths = ReportRenderer::fitColumns(stretch, longestWord, 200);
    QCOMPARE(widths.size(), expected.size());
    qreal sum = 0;
    for (int i = 0; i < widths.size(); ++i) {
        QVERIFY2(qAbs(widths.at(i) - expected.at(i)) < 0.01,
                 qPrintable(QStringLiteral("column %1: %2, expected %3").arg(i).arg(widths.at(i)).arg(expected.at(i))));
        sum += widths.at(i);
    }
    QVERIFY(qAbs(sum - 200) < 0.01); // the table keeps the page's width
}

// A long room name in a narrow column (the ratio report's shape): the PDF's text keeps it whole on one line.
void TestReportRenderer::aRoomNameIsNeverBrokenInThePdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QFAIL("pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
    }
    ReportDocument document;
    document.title = QStringLiteral("Ratios");
    ReportDocument::Table table;
    table.columns = {{QStringLiteral("Room"), 0.6, Qt::AlignLeft},
                     {QStringLiteral("Children"), 1, Qt::AlignLeft},
                     {QStringLiteral("Notes"), 6, Qt::AlignLeft}};
    table.rows << QStringList {QStringLiteral("Kookaburras"), QStringLiteral("12"),
                               QStringLiteral("In ratio all day.")};
    document.addTable(table);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ratios.pdf"));
    QVERIFY(ReportRenderer::writePdf(document, path).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Kookaburras")), qPrintable(out));
}

QTEST_MAIN(TestReportRenderer)
#include "TestReportRenderer.moc"
