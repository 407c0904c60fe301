// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kindred {

// A small list of two-text rows (a condition and its care plan, a dietary need and its notes) with
// the fields to type a row and Add / Update / Remove buttons. It only presents: what the buttons do
// is decided by whoever listens to its signals, and the rows shown are set back from core.
class HealthListEditor : public QWidget
{
    Q_OBJECT

public:
    HealthListEditor(const QString& name, const QString& firstTitle, const QString& secondTitle,
                     QWidget* parent = nullptr);

    // Rows as {first, second}; ids are carried for the listener.
    void setRows(const QList<QPair<qint64, QStringList>>& rows);
    qint64 currentId() const;
    QString firstText() const;
    QString secondText() const;
    void clearFields();
    QLineEdit* firstLineEdit() const { return m_firstLineEdit; }

signals:
    void addRequested();
    void updateRequested(qint64 id);
    void removeRequested(qint64 id);

private:
    void showCurrent();

    QTableWidget* m_tableWidget;
    QLineEdit* m_firstLineEdit;
    QLineEdit* m_secondLineEdit;
    QPushButton* m_addButton;
    QPushButton* m_updateButton;
    QPushButton* m_removeButton;
};

} // namespace Kindred
