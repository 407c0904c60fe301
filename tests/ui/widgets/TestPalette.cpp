// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 1 — "a palette with status colours … that also passes contrast": WCAG 2.1 AA in every scheme, the
// high-contrast one of issue 17, point 8 included.
// Text 4.5:1 on what it is written on; a status colour is written as text on a page or a list (4.5:1) and filled
// behind OnStatus text in a chip (4.5:1 for its words, 3:1 against the page around it); icons 3:1.
#include "TestConfig.h"
#include "widgets/Icons.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

#include <tuple>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::ColorScheme)
Q_DECLARE_METATYPE(Kindred::Palette::Role)

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void contrastOfKnownPairs_data();
    void contrastOfKnownPairs();
    void meetsAA_data();
    void meetsAA();
    void statusColoursAreDistinct_data();
    void statusColoursAreDistinct();
    void iconsTakeTheSchemeColour_data();
    void iconsTakeTheSchemeColour();
    void styleSheetsFollowTheScheme_data();
    void styleSheetsFollowTheScheme();
    void everyScreenTakesItsColoursFromThePalette();
};

void TestPalette::contrastOfKnownPairs_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
    // WebAIM's checker: #767676 on white is the lightest grey that passes 4.5:1.
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
}

void TestPalette::contrastOfKnownPairs()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(Palette::contrast(a, b) - ratio) < 0.01, qPrintable(QString::number(Palette::contrast(a, b))));
    QCOMPARE(Palette::contrast(a, b), Palette::contrast(b, a));
}

void TestPalette::meetsAA_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::addColumn<Palette::Role>("foreground");
    QTest::addColumn<Palette::Role>("background");
    QTest::addColumn<double>("minimum");
    const QList<Palette::Role> status {Palette::Here,   Palette::Expected,    Palette::Late,    Palette::Absent,
                                       Palette::Alert,  Palette::Overdue,     Palette::Success, Palette::Warning,
                                       Palette::Danger, Palette::Information, Palette::Neutral};
    const char* statusNames[] = {"here",    "expected", "late",   "absent",      "alert",  "overdue",
                                 "success", "warning",  "danger", "information", "neutral"};
    for (const auto& [scheme, schemeName] :
         {std::pair {ColorScheme::Light, "light"}, std::pair {ColorScheme::Dark, "dark"},
          std::pair {ColorScheme::HighContrast, "high contrast"}}) {
        const auto row = [&](const QString& name, Palette::Role fg, Palette::Role bg, double minimum) {
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(schemeName), name)))
                << scheme << fg << bg << minimum;
        };
        row(QStringLiteral("text on window"), Palette::Text, Palette::Window, 4.5);
        row(QStringLiteral("text on base"), Palette::Text, Palette::Base, 4.5);
        row(QStringLiteral("muted text on window"), Palette::MutedText, Palette::Window, 4.5);
        row(QStringLiteral("muted text on base"), Palette::MutedText, Palette::Base, 4.5);
        row(QStringLiteral("selected text on accent"), Palette::OnAccent, Palette::Accent, 4.5);
        row(QStringLiteral("icon (text colour) on window"), Palette::Text, Palette::Window, 3.0);
        row(QStringLiteral("accent (logo, links) on window"), Palette::Accent, Palette::Window, 4.5);
        row(QStringLiteral("banner text on banner"), Palette::OnWarningBanner, Palette::WarningBanner, 4.5);
        for (int i = 0; i < status.size(); ++i) {
            const QString name = QLatin1String(statusNames[i]);
            row(name + QStringLiteral(" as text on window"), status[i], Palette::Window, 4.5);
            row(name + QStringLiteral(" as text on base"), status[i], Palette::Base, 4.5);
            row(name + QStringLiteral(" chip words"), Palette::OnStatus, status[i], 4.5);
            row(name + QStringLiteral(" chip against window"), status[i], Palette::Window, 3.0);
        }
    }
}

void TestPalette::meetsAA()
{
    QFETCH(ColorScheme, scheme);
    QFETCH(Palette::Role, foreground);
    QFETCH(Palette::Role, background);
    QFETCH(double, minimum);
    const QColor fg = Palette::color(foreground, scheme);
    const QColor bg = Palette::color(background, scheme);
    QVERIFY(fg.isValid() && bg.isValid());
    const double ratio = Palette::contrast(fg, bg);
    QVERIFY2(
        ratio >= minimum,
        qPrintable(
            QStringLiteral("%1 on %2: %3:1, needs %4:1").arg(fg.name(), bg.name()).arg(ratio, 0, 'f', 2).arg(minimum)));
}

void TestPalette::statusColoursAreDistinct_data()
{
    QTest::addColumn<ColorScheme>("scheme");
    QTest::newRow("light") << ColorScheme::Light;
    QTest::newRow("dark") << ColorScheme::Dark;
    QTest::newRow("high contrast") << ColorScheme::HighContrast;
}

void TestPalette::statusColoursAreDistinct()
{
    // Here, expected, late, absent, alert and overdue mean different things: no two look the same.
    QFETCH(ColorScheme, scheme);
    const QList<Palette::Role> states {Palette::Here,   Palette::Expected, Palette::Late,
                                       Palette::Absent, Palette::Alert,    Palette::Overdue};
    QSet<QRgb> seen;
    for (const Palette::Role role : states) {
        seen.insert(Palette::color(role, scheme).rgb());
    }
    QCOMPARE(seen.size(), states.size());
    // And the two schemes differ where it matters: the page is light in one, dark in the other.
    QVERIFY(Palette::color(Palette::Window, ColorScheme::Light).lightness() > 200);
    QVERIFY(Palette::color(Palette::Window, ColorScheme::Dark).lightness() < 60);
    // High contrast is what it says: text at 7:1 (WCAG AAA) and more on every page, the selection too.
    if (scheme == ColorScheme::HighContrast) {
        for (const Palette::Role page : {Palette::Window, Palette::Base}) {
            QVERIFY(Palette::contrast(Palette::color(Palette::Text, scheme), Palette::color(page, scheme)) >= 15.0);
            QVERIFY(Palette::contrast(Palette::color(Palette::MutedText, scheme), Palette::color(page, scheme)) >= 7.0);
            for (const Palette::Role role : states) {
                QVERIFY(Palette::contrast(Palette::color(role, scheme), Palette::color(page, scheme)) >= 7.0);
            }
        }
        QVERIFY(Palette::contrast(Palette::color(Palette::OnAccent, scheme), Palette::color(Palette::Accent, scheme))
                >= 7.0);
    }
}

void TestPalette::iconsTakeTheSchemeColour_data()
{
    statusColoursAreDistinct_data();
}

void TestPalette::iconsTakeTheSchemeColour()
{
    // The same QIcon, painted after a change of scheme, is drawn in the new text colour.
    QFETCH(ColorScheme, scheme);
    const QIcon icon = Icons::icon(Icons::CheckIn);
    Palette::setScheme(scheme);
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    QVERIFY(!image.isNull());
    const QColor expected = Palette::color(Palette::Text, scheme);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255) {
                ++painted;
                QCOMPARE(pixel.rgb(), expected.rgb());
            }
        }
    }
    QVERIFY2(painted > 40, "the SVG was read from the resources and drawn");
    Palette::setScheme(ColorScheme::Light);
}

void TestPalette::styleSheetsFollowTheScheme_data()
{
    // A status line or a chip styled in one scheme, when the scheme changes (Theme::apply), between any two schemes.
    QTest::addColumn<ColorScheme>("from");
    QTest::addColumn<ColorScheme>("to");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const auto css = [](Palette::Role role, ColorScheme scheme) { return Palette::color(role, scheme).name(); };
    for (const auto& [from, to, names] :
         {std::tuple {ColorScheme::Light, ColorScheme::Dark, "light to dark"},
          std::tuple {ColorScheme::Light, ColorScheme::HighContrast, "light to high contrast"},
          std::tuple {ColorScheme::Dark, ColorScheme::HighContrast, "dark to high contrast"}}) {
        const auto row
            = [&, from = from, to = to, names = names](const char* what, const QString& before, const QString& after) {
                  QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(what), QLatin1String(names))))
                      << from << to << before << after;
              };
        row("late status line", QStringLiteral("color: %1; font-weight: bold;").arg(css(Palette::Late, from)),
            QStringLiteral("color: %1; font-weight: bold;").arg(css(Palette::Late, to)));
        row("alert chip: fill and words",
            QStringLiteral("QLabel { background: %1; color: %2; }")
                .arg(css(Palette::Alert, from), css(Palette::OnStatus, from)),
            QStringLiteral("QLabel { background: %1; color: %2; }")
                .arg(css(Palette::Alert, to), css(Palette::OnStatus, to)));
        row("a colour not of the palette stays", QStringLiteral("color: #123456;"), QStringLiteral("color: #123456;"));
        row("no colour", QStringLiteral("font-weight: bold;"), QStringLiteral("font-weight: bold;"));
    }
}

void TestPalette::styleSheetsFollowTheScheme()
{
    QFETCH(ColorScheme, from);
    QFETCH(ColorScheme, to);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QCOMPARE(Palette::translateStyleSheet(before, from, to), after);
    QCOMPARE(Palette::translateStyleSheet(after, to, from), before);
    QCOMPARE(Palette::translateStyleSheet(before, from, from), before);
}

// One palette applied everywhere: no screen writes a colour of its own ("#b00020", QColor(0xb0, 0x00, 0x20)),
// which would stay the light scheme's in the dark one and escape the contrast check above. Drawn pictures (the
// initials disc, the demo's avatars) are the exception, named here.
void TestPalette::everyScreenTakesItsColoursFromThePalette()
{
    const QStringList pictures {QStringLiteral("widgets/Palette.cpp"), QStringLiteral("desk/TodayPanel.cpp")};
    static const QRegularExpression Literal(QStringLiteral(R"((#[0-9a-fA-F]{6}\b|QColor\(\s*0x|QColor\(\s*\d))"));
    QStringList offenders;
    QDirIterator files(QStringLiteral(KINDRED_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                       QDir::Files, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QDir(QStringLiteral(KINDRED_SOURCE_DIR "/ui")).relativeFilePath(path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++read;
        if (pictures.contains(relative)) {
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int n = 0; n < lines.size(); ++n) {
            if (Literal.match(lines.at(n)).hasMatch()) {
                offenders << QStringLiteral("%1:%2: %3").arg(relative).arg(n + 1).arg(lines.at(n).trimmed());
            }
        }
    }
    QVERIFY(read > 100); // the ui tree was found and read
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPalette)
#include "TestPalette.moc"
