// SPDX-License-Identifier: GPL-3.0-or-later
// The floor plan holds: every #include in core/ and ui/ points down the table in core/layers.txt
// (or inside its own folder), core never includes ui, and no two classes include each other,
// directly or round a loop, and only store/ talks to SQLite itself (<sqlite3.h>): the rest of core goes
// through QSqlQuery and store's classes. Each finding names the pair, so the message says what to untie.
#include "TestConfig.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

// The layer table: per area ("core", "ui"), the line of each folder, bottom line 0.
struct LayerTable
{
    QHash<QString, QHash<QString, int>> lines;
    QString error;

    static LayerTable read(const QString& path)
    {
        LayerTable table;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            table.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return table;
        }
        QString area;
        int line = 0;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
                area = text.mid(1, text.size() - 2);
                line = 0;
                continue;
            }
            if (area.isEmpty()) {
                table.error = QStringLiteral("%1: a layer line before any [area]: %2").arg(path, text);
                return table;
            }
            for (const QString& folder : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                table.lines[area].insert(folder, line);
            }
            ++line;
        }
        if (file.error() != QFileDevice::NoError) {
            table.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        }
        return table;
    }
};

// One class: its header and its source, named by area and path without the suffix
// ("core/attendance/AttendanceService").
struct Unit
{
    QString area;
    QString folder; // "." for a file at the top of its area
};

// Reads every #include "…" of the .h and .cpp files under <root>/core and <root>/ui and checks them.
class IncludeCheck
{
public:
    IncludeCheck(QString root, LayerTable table)
        : m_root(std::move(root))
        , m_table(std::move(table))
    { }

    QStringList findings(const QString& area)
    {
        scan();
        QStringList found = m_problems.value(area);
        found += loops(area);
        return found;
    }

    int filesRead() const { return m_filesRead; }

private:
    void scan()
    {
        if (m_scanned) {
            return;
        }
        m_scanned = true;
        static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
        static const QRegularExpression sqliteApi(QStringLiteral(R"re(^\s*#\s*include\s+[<"]sqlite3\.h[>"])re"));
        for (const QString& area : {QStringLiteral("core"), QStringLiteral("ui")}) {
            const QString base = m_root + QLatin1Char('/') + area;
            QDirIterator it(base, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(base.size() + 1);
                const QString name = area + QLatin1Char('/') + relative.section(QLatin1Char('.'), 0, 0);
                const QString folder = relative.contains(QLatin1Char('/')) ? relative.section(QLatin1Char('/'), 0, 0)
                                                                           : QStringLiteral(".");
                m_units.insert(name, Unit {area, folder});
                m_edges[name]; // a unit with no includes still has a place in the graph
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                    m_problems[area] << QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
                    continue;
                }
                ++m_filesRead;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (const QString& line : lines) {
                    const auto match = include.match(line);
                    if (match.hasMatch() && !sqliteApi.match(line).hasMatch()) {
                        check(area, folder, name, relative, match.captured(1), path);
                    }
                    if (sqliteApi.match(line).hasMatch()
                        && !(area == QLatin1String("core") && folder == QLatin1String("store"))) {
                        m_problems[area] << QStringLiteral(
                                                "%1/%2 includes <sqlite3.h>: only core/store/ talks to SQLite itself")
                                                .arg(area, relative);
                    }
                }
            }
        }
    }

    void check(const QString& area, const QString& folder, const QString& name, const QString& relative,
               const QString& included, const QString& path)
    {
        // A header of the project is named by its folder ("attendance/AttendanceService.h"); only the files at
        // the top of an area (core/Services.h) are named bare.
        if (!included.contains(QLatin1Char('/')) && folder != QLatin1String(".")
            && QFile::exists(QFileInfo(path).absolutePath() + QLatin1Char('/') + included)) {
            m_problems[area]
                << QStringLiteral("%1/%2 includes \"%3\" without its folder").arg(area, relative, included);
            return;
        }
        QString targetArea;
        for (const QString& candidate : {QStringLiteral("core"), QStringLiteral("ui")}) {
            if (QFile::exists(m_root + QLatin1Char('/') + candidate + QLatin1Char('/') + included)) {
                targetArea = candidate;
                break;
            }
        }
        if (targetArea.isEmpty()) {
            return; // Qt, the system, or a generated header
        }
        const QString target = targetArea + QLatin1Char('/') + included.section(QLatin1Char('.'), 0, 0);
        const QString targetFolder
            = included.contains(QLatin1Char('/')) ? included.section(QLatin1Char('/'), 0, 0) : QStringLiteral(".");
        if (target != name) {
            m_edges[name].insert(target);
        }
        if (area == QLatin1String("core") && targetArea == QLatin1String("ui")) {
            m_problems[area] << QStringLiteral("%1 includes %2: core never includes ui").arg(name, target);
            return;
        }
        if (targetArea != area || targetFolder == folder) {
            return; // ui may use any of core; a folder may use itself
        }
        const auto& lines = m_table.lines.value(area);
        if (!lines.contains(folder) || !lines.contains(targetFolder)) {
            const QString missing = lines.contains(folder) ? targetFolder : folder;
            m_problems[area] << QStringLiteral("%1/%2 is not in the layer table (core/layers.txt)").arg(area, missing);
            return;
        }
        if (lines.value(targetFolder) >= lines.value(folder)) {
            const bool beside = lines.value(targetFolder) == lines.value(folder);
            m_problems[area] << QStringLiteral("%1 includes %2: %3/ is %4 %5/")
                                    .arg(name, target, targetFolder,
                                         beside ? QStringLiteral("beside") : QStringLiteral("above"), folder);
        }
    }

    // Loops between classes of one area: strongly connected groups of more than one class (Tarjan).
    QStringList loops(const QString& area) const
    {
        QHash<QString, int> index;
        QHash<QString, int> low;
        QSet<QString> onStack;
        QStringList stack;
        QStringList found;
        int next = 0;
        std::function<void(const QString&)> visit = [&](const QString& unit) {
            index.insert(unit, next);
            low.insert(unit, next);
            ++next;
            stack << unit;
            onStack.insert(unit);
            QStringList targets(m_edges.value(unit).cbegin(), m_edges.value(unit).cend());
            std::sort(targets.begin(), targets.end());
            for (const QString& target : targets) {
                if (!index.contains(target)) {
                    visit(target);
                    low[unit] = std::min(low.value(unit), low.value(target));
                } else if (onStack.contains(target)) {
                    low[unit] = std::min(low.value(unit), index.value(target));
                }
            }
            if (low.value(unit) != index.value(unit)) {
                return;
            }
            QStringList group;
            QString member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                group << member;
            } while (member != unit);
            if (group.size() > 1 && m_units.value(unit).area == area) {
                std::sort(group.begin(), group.end());
                found << describeLoop(group);
            }
        };
        QStringList names = m_units.keys();
        std::sort(names.begin(), names.end());
        for (const QString& name : names) {
            if (!index.contains(name)) {
                visit(name);
            }
        }
        return found;
    }

    // Names every two members that include each other; a loop with no such pair is named whole.
    QStringList describeLoop(const QStringList& group) const
    {
        QStringList pairs;
        for (const QString& a : group) {
            for (const QString& b : group) {
                if (a < b && m_edges.value(a).contains(b) && m_edges.value(b).contains(a)) {
                    pairs << QStringLiteral("%1 and %2 include each other").arg(a, b);
                }
            }
        }
        if (pairs.isEmpty()) {
            pairs << QStringLiteral("these include each other round a loop: %1").arg(group.join(QStringLiteral(", ")));
        }
        return pairs;
    }

    QString m_root;
    LayerTable m_table;
    bool m_scanned = false;
    int m_filesRead = 0;
    QHash<QString, Unit> m_units;
    QHash<QString, QSet<QString>> m_edges;
    QHash<QString, QStringList> m_problems;
};

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(text), text.size());
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void theTableIsReadable();
    void theSourcesKeepTheFloorPlan_data();
    void theSourcesKeepTheFloorPlan();
    void theCheckFindsWhatItShould_data();
    void theCheckFindsWhatItShould();
};

void TestLayers::theTableIsReadable()
{
    const auto table = LayerTable::read(QStringLiteral(KINDRED_SOURCE_DIR "/core/layers.txt"));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    // DESIGN.md's order: base at the bottom, the store below the centre, the reports above the domains.
    const auto& core = table.lines.value(QStringLiteral("core"));
    QCOMPARE(core.value(QStringLiteral("base"), -1), 0);
    QVERIFY(core.value(QStringLiteral("store")) < core.value(QStringLiteral("centre")));
    QVERIFY(core.value(QStringLiteral("families")) < core.value(QStringLiteral("attendance")));
    QVERIFY(core.value(QStringLiteral("attendance")) < core.value(QStringLiteral("billing")));
    QVERIFY(core.value(QStringLiteral("families")) < core.value(QStringLiteral("enrolment")));
    QVERIFY(core.value(QStringLiteral("incidents")) < core.value(QStringLiteral("events")));
    QVERIFY(core.value(QStringLiteral("attendance")) < core.value(QStringLiteral("kiosk")));
    QVERIFY(core.value(QStringLiteral("billing")) < core.value(QStringLiteral("reports")));
    QVERIFY(table.lines.value(QStringLiteral("ui")).value(QStringLiteral("widgets"), -1) == 0);
}

void TestLayers::theSourcesKeepTheFloorPlan_data()
{
    QTest::addColumn<QString>("area");
    QTest::newRow("core") << QStringLiteral("core");
    QTest::newRow("ui") << QStringLiteral("ui");
}

void TestLayers::theSourcesKeepTheFloorPlan()
{
    QFETCH(QString, area);
    const auto table = LayerTable::read(QStringLiteral(KINDRED_SOURCE_DIR "/core/layers.txt"));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    IncludeCheck check(QStringLiteral(KINDRED_SOURCE_DIR), table);
    const QStringList findings = check.findings(area);
    QVERIFY2(check.filesRead() > 300, "the sources were not found"); // an empty tree proves nothing
    // Each on a line of its own (a long failure message is cut short), then the first in the failure.
    for (const QString& finding : findings) {
        qWarning().noquote() << finding;
    }
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("%1 (and %2 more, listed above)")
                            .arg(findings.value(0))
                            .arg(std::max(qsizetype(0), findings.size() - 1))));
}

// A small made-up tree with one fault of each kind: the check names each pair, and passes a clean tree.
void TestLayers::theCheckFindsWhatItShould_data()
{
    QTest::addColumn<QByteArray>("fromFile");
    QTest::addColumn<QByteArray>("includes");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("expected");

    QTest::newRow("down is fine") << QByteArray("core/families/Family.cpp") << QByteArray("base/Result.h")
                                  << QStringLiteral("core") << QString();
    QTest::newRow("own folder is fine") << QByteArray("core/families/Family.cpp") << QByteArray("families/Other.h")
                                        << QStringLiteral("core") << QString();
    QTest::newRow("ui uses core") << QByteArray("ui/desk/Page.cpp") << QByteArray("families/Family.h")
                                  << QStringLiteral("ui") << QString();
    QTest::newRow("upward") << QByteArray("core/base/Result.cpp") << QByteArray("families/Family.h")
                            << QStringLiteral("core")
                            << QStringLiteral(
                                   "core/base/Result includes core/families/Family: families/ is above base/");
    QTest::newRow("beside") << QByteArray("core/families/Family.cpp") << QByteArray("tickets/Ticket.h")
                            << QStringLiteral("core")
                            << QStringLiteral(
                                   "core/families/Family includes core/tickets/Ticket: tickets/ is beside families/");
    QTest::newRow("core uses ui") << QByteArray("core/families/Family.cpp") << QByteArray("desk/Page.h")
                                  << QStringLiteral("core")
                                  << QStringLiteral(
                                         "core/families/Family includes ui/desk/Page: core never includes ui");
    QTest::newRow("unqualified") << QByteArray("core/families/Family.cpp") << QByteArray("Other.h")
                                 << QStringLiteral("core")
                                 << QStringLiteral("core/families/Family.cpp includes \"Other.h\" without its folder");
    QTest::newRow("a loop") << QByteArray("core/families/Other.cpp") << QByteArray("families/Family.h")
                            << QStringLiteral("core")
                            << QStringLiteral("core/families/Family and core/families/Other include each other");
    QTest::newRow("the top uses a domain")
        << QByteArray("core/Services.cpp") << QByteArray("families/Family.h") << QStringLiteral("core") << QString();
    QTest::newRow("a domain uses the top")
        << QByteArray("core/base/Result.cpp") << QByteArray("Services.h") << QStringLiteral("core")
        << QStringLiteral("core/base/Result includes core/Services: ./ is above base/");
    QTest::newRow("store talks to SQLite")
        << QByteArray("core/store/Store.cpp") << QByteArray("<sqlite3.h>") << QStringLiteral("core") << QString();
    QTest::newRow("SQLite outside store")
        << QByteArray("core/families/Family.cpp") << QByteArray("<sqlite3.h>") << QStringLiteral("core")
        << QStringLiteral("core/families/Family.cpp includes <sqlite3.h>: only core/store/ talks to SQLite itself");
    QTest::newRow("SQLite in the ui") << QByteArray("ui/desk/Page.cpp") << QByteArray("<sqlite3.h>")
                                      << QStringLiteral("ui")
                                      << QStringLiteral("ui/desk/Page.cpp includes <sqlite3.h>: only core/store/ talks "
                                                        "to SQLite itself");
    QTest::newRow("unknown folder") << QByteArray("core/families/Family.cpp") << QByteArray("attic/Old.h")
                                    << QStringLiteral("core")
                                    << QStringLiteral("core/attic is not in the layer table (core/layers.txt)");
}

void TestLayers::theCheckFindsWhatItShould()
{
    QFETCH(QByteArray, fromFile);
    QFETCH(QByteArray, includes);
    QFETCH(QString, area);
    QFETCH(QString, expected);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dir = root.path();
    write(dir + QStringLiteral("/core/layers.txt"), "[core]\nbase store\nfamilies tickets\n.\n[ui]\ndesk\n");
    for (const char* file :
         {"core/base/Result.h", "core/base/Result.cpp", "core/families/Family.h", "core/families/Other.h",
          "core/tickets/Ticket.h", "core/attic/Old.h", "core/Services.h", "ui/desk/Page.h"}) {
        write(dir + QLatin1Char('/') + QLatin1String(file), "#pragma once\n");
    }
    write(dir + QStringLiteral("/core/families/Family.cpp"),
          "#include \"families/Family.h\"\n#include \"families/Other.h\"\n");
    const QByteArray spec = includes.startsWith('<') ? includes : '"' + includes + '"';
    write(dir + QLatin1Char('/') + QString::fromLatin1(fromFile), "#include <QString>\n#include " + spec + "\n");

    const auto table = LayerTable::read(dir + QStringLiteral("/core/layers.txt"));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    IncludeCheck check(dir, table);
    const QStringList findings = check.findings(area);
    if (expected.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(findings, QStringList {expected});
    }
}

QTEST_MAIN(TestLayers)
#include "TestLayers.moc"
