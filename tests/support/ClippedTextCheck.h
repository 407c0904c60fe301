// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QStringList>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

namespace Kindred {

// The texts of a screen that do not fit their widget (issue 17, points 3 and 9): a label, button, check box,
// radio button, group box title or tab whose text needs more room than the widget has, as it is laid out now.
// What elides on purpose is not counted: table cells, tabs with an elide mode, a label whose tool tip holds its
// whole text. A widget hidden, or in another window, is not on screen.
class ClippedTextCheck
{
public:
    // "QLabel "[Çhéçk íñ···]" needs 212 px, has 180" for each text of `screen` that does not fit.
    static QStringList clipped(QWidget* screen)
    {
        QStringList found;
        const QList<QWidget*> widgets = screen->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(screen) || widget->window() != screen->window() || widget->width() <= 1) {
                continue;
            }
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                check(found, label);
            } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
                const int needed = box->fontMetrics().horizontalAdvance(plain(box->title())) + 24;
                report(found, widget, box->title(), needed, box->width());
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget); tabs && tabs->elideMode() == Qt::ElideNone) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i)) {
                        const int icon = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
                        const int needed = tabs->fontMetrics().horizontalAdvance(plain(tabs->tabText(i))) + icon
                            + tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
                        report(found, widget, tabs->tabText(i), needed, tabs->tabRect(i).width());
                    }
                }
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty()) {
                // The style's own size for the text and icon (QPushButton, QToolButton, QCheckBox, QRadioButton).
                report(found, widget, button->text(), button->sizeHint().width(), button->width());
            }
        }
        return found;
    }

private:
    static QString plain(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return text;
    }

    static void report(QStringList& found, const QWidget* widget, const QString& text, int needed, int has)
    {
        if (needed > has + 1) {
            found << QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                         .arg(QLatin1String(widget->metaObject()->className()), text.left(60))
                         .arg(needed)
                         .arg(has);
        }
    }

    static void check(QStringList& found, QLabel* label)
    {
        const QString text = label->text();
        if (text.isEmpty() || !label->pixmap().isNull() || label->toolTip() == text) {
            return;
        }
        const QRect room
            = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        const bool rich
            = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (label->wordWrap() || rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            if (rich) {
                document.setHtml(text);
            } else {
                document.setPlainText(plain(text));
            }
            if (label->wordWrap()) {
                document.setTextWidth(room.width());
                report(found, label, text, int(document.size().height()), room.height());
            } else {
                report(found, label, text, int(document.idealWidth()), room.width());
            }
            return;
        }
        const QFontMetrics metrics = label->fontMetrics();
        int widest = 0;
        for (const QString& line : plain(text).split(QLatin1Char('\n'))) {
            widest = std::max(widest, metrics.horizontalAdvance(line));
        }
        report(found, label, text, widest, room.width());
    }
};

} // namespace Kindred
