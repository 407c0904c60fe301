// SPDX-License-Identifier: GPL-3.0-or-later
// The box that says why the data file could not be opened fits the screen: the cause and the fix in a
// few lines, SQLite's own long words behind "Show details".
#include "centre/DataFile.h"
#include "demo/DemoCentreGenerator.h"
#include "shell/AppStartup.h"
#include "store/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kindred;

class TestStartupError : public QObject
{
    Q_OBJECT

private slots:
    void damageDetailIsBehindShowDetails();
};

void TestStartupError::damageDetailIsBehindShowDetails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.kindred"));
    {
        auto database = DataFile::open(path);
        QVERIFY2(database.ok(), qPrintable(database.errorString()));
        DemoCentreOptions demo;
        demo.children = 40;
        demo.photos = false;
        QVERIFY(DemoCentreGenerator(*database.value()).generate(demo).ok());
    } // closed: the WAL is checkpointed into the file
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((file.size() / 2 / 4096) * 4096));
        file.write(QByteArray(4096, char(0x5a)));
    }

    // The real box, as the receptionist sees it: looked at, then closed.
    QString shownText;
    QString shownDetails;
    QSize shownSize;
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (box && box->isVisible()) {
                shownText = box->text();
                shownDetails = box->detailedText();
                shownSize = box->sizeHint();
                if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
                    box->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS")
                                     + QStringLiteral("/startup-error.png"));
                }
                box->accept();
            }
        }
    });
    closer.start();
    AppStartup startup;
    StartupOptions options;
    options.databasePath = path;
    options.requireSignIn = false;
    QVERIFY(!startup.start(options));
    closer.stop();

    QVERIFY2(shownText.contains(QLatin1String("damaged")), qPrintable(shownText));
    QVERIFY(!shownDetails.isEmpty()); // what quick_check said
    QCOMPARE(shownDetails, MessageBox::lastDetails());
    QVERIFY2(!shownText.contains(shownDetails), qPrintable(shownText));
    QVERIFY2(shownSize.height() < 400 && shownSize.width() < 900,
             qPrintable(QStringLiteral("%1 x %2").arg(shownSize.width()).arg(shownSize.height())));
}

QTEST_MAIN(TestStartupError)
#include "TestStartupError.moc"
