// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace Kindred {

// The Alt+letter keys a screen offers, and which of them two controls share. A screen is a window as the
// person sees it: every widget visible in it (a hidden tab's or page's widgets take no Alt key), its
// buttons, the labels that lead to a field, checkable group boxes, tabs and the menu bar.
class MnemonicCheck
{
public:
    // The letter after a single '&' ("&&" is a literal ampersand), lower case; none when there is none.
    static QChar mnemonicOf(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&')) {
                continue;
            }
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // "Alt+S: "&Save", "&Subject"" for every letter two visible controls of `screen` share.
    static QStringList duplicates(QWidget* screen)
    {
        QMap<QChar, QStringList> owners;
        auto add = [&owners](const QString& text) {
            if (const QChar key = mnemonicOf(text); !key.isNull()) {
                owners[key] << text;
            }
        };
        if (auto* window = qobject_cast<QMainWindow*>(screen); window && window->menuWidget()) {
            if (auto* bar = qobject_cast<QMenuBar*>(window->menuWidget())) {
                for (const QAction* action : bar->actions()) {
                    if (action->isVisible()) {
                        add(action->text());
                    }
                }
            }
        }
        const QList<QWidget*> widgets = screen->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(screen) || widget->window() != screen->window()) {
                continue;
            }
            if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                add(button->text());
            } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
                add(label->text());
            } else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable()) {
                add(box->title());
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i)) {
                        add(tabs->tabText(i));
                    }
                }
            }
        }
        QStringList found;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1) {
                QStringList quoted;
                for (const QString& text : it.value()) {
                    quoted << QLatin1Char('"') + text + QLatin1Char('"');
                }
                found << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), quoted.join(QStringLiteral(", ")));
            }
        }
        return found;
    }
};

} // namespace Kindred
