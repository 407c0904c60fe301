// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ReportRenderer.h"

#include <QFile>
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

QTEST_MAIN(TestReportRenderer)
#include "TestReportRenderer.moc"
