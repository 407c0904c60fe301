// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CellProblemMarks.h"

#include "base/BidiText.h"
#include "widgets/FieldPath.h"
#include "widgets/Palette.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTableWidget>

#include <functional>

namespace Kindred {
namespace {

const char* const PlainToolTip = "kindredPlainToolTip";
const char* const PlainDescription = "kindredPlainDescription";

// Frames the marked cells above the table's viewport, over their widgets, without taking a click or a key. It
// is the table's child, not the viewport's, so that scrolling (which moves the viewport's children) leaves it.
class MarkOverlay : public QWidget
{
public:
    MarkOverlay(QWidget* parent, std::function<QList<QRect>()> frames)
        : QWidget(parent)
        , m_frames(std::move(frames))
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setPen(QPen(Palette::color(Palette::Alert), 2));
        painter.setBrush(Qt::NoBrush);
        for (const QRect& frame : m_frames()) {
            painter.drawRect(QRectF(frame).adjusted(1, 1, -1, -1));
        }
    }

private:
    std::function<QList<QRect>()> m_frames;
};

// The cell widget and what inside it takes the keyboard: what a tooltip or a screen reader speaks for.
QList<QWidget*> spokenWidgets(QWidget* cell)
{
    QList<QWidget*> widgets {cell};
    for (QWidget* inner : cell->findChildren<QWidget*>()) {
        if (inner->focusPolicy() != Qt::NoFocus) {
            widgets << inner;
        }
    }
    return widgets;
}

void describe(QWidget* cell, const QString& message)
{
    for (QWidget* widget : spokenWidgets(cell)) {
        if (!widget->property(PlainToolTip).isValid()) {
            widget->setProperty(PlainToolTip, widget->toolTip());
            widget->setProperty(PlainDescription, widget->accessibleDescription());
        }
        const QString plain = widget->property(PlainToolTip).toString();
        widget->setToolTip(plain.isEmpty() ? message : message + QLatin1Char('\n') + plain);
        widget->setAccessibleDescription(message);
    }
}

void undescribe(QWidget* cell)
{
    for (QWidget* widget : spokenWidgets(cell)) {
        if (widget->property(PlainToolTip).isValid()) {
            widget->setToolTip(widget->property(PlainToolTip).toString());
            widget->setAccessibleDescription(widget->property(PlainDescription).toString());
            widget->setProperty(PlainToolTip, QVariant());
            widget->setProperty(PlainDescription, QVariant());
        }
    }
}

QVariant itemState(const QTableWidgetItem* item)
{
    return QVariantList {item->data(Qt::DisplayRole), item->data(Qt::CheckStateRole)};
}

} // namespace

CellProblemMarks::CellProblemMarks(QTableWidget* table, RowName rowName)
    : QObject(table)
    , m_table(table)
    , m_rowName(std::move(rowName))
    , m_viewport(table->viewport())
    , m_label(new QLabel(table->parentWidget()))
    , m_overlay(new MarkOverlay(table, [this] { return frames(); }))
{
    setObjectName(table->objectName() + QStringLiteral("Marks"));
    m_label->setObjectName(table->objectName() + QStringLiteral("ProblemLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    // Never squeezed below its lines by the table above it (which takes the spare height).
    m_label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_label->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_label->hide();
    m_overlay->setGeometry(table->viewport()->geometry());
    m_overlay->show();
    table->viewport()->installEventFilter(this);
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_applying) {
            return;
        }
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry& entry = m_entries.at(i);
            if (!entry.widget && entry.index == m_table->indexFromItem(item) && itemState(item) != entry.itemState) {
                unmark(i);
                update();
                emit marksChanged();
                return;
            }
        }
    });
}

CellProblemMarks::~CellProblemMarks() = default;

bool CellProblemMarks::mark(int row, int column, const QString& message)
{
    if (row < 0 || row >= m_table->rowCount() || column < 0 || column >= m_table->columnCount()) {
        return false;
    }
    Entry entry;
    entry.message = message;
    if (QWidget* cell = m_table->cellWidget(row, column)) {
        entry.widget = cell;
        entry.identity = cell;
        describe(cell, message);
        cell->installEventFilter(this); // moved by a scroll or a resized column: frame it again
        auto* watcher = new QObject(this);
        entry.watcher = watcher;
        const auto edited = [this, cell] {
            if (!m_table->isVisible()) {
                return; // a person edits what they see; a table hidden or being taken down is not edited
            }
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries.at(i).identity == cell) {
                    unmark(i);
                    update();
                    emit marksChanged();
                    return;
                }
            }
        };
        for (QWidget* widget : spokenWidgets(cell)) {
            if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
                connect(edit, &QLineEdit::textEdited, watcher, edited);
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                connect(combo, &QComboBox::currentIndexChanged, watcher, edited);
            } else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(widget)) {
                connect(dateTime, &QDateTimeEdit::dateTimeChanged, watcher, edited);
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                connect(button, &QAbstractButton::toggled, watcher, edited);
            }
        }
    } else {
        QTableWidgetItem* item = m_table->item(row, column);
        if (!item) {
            return false;
        }
        m_applying = true;
        item->setToolTip(message);
        item->setData(Qt::AccessibleDescriptionRole, message);
        m_applying = false;
        entry.index = m_table->indexFromItem(item);
        entry.itemState = itemState(item);
    }
    m_entries << entry;
    update();
    return true;
}

void CellProblemMarks::clear()
{
    while (!m_entries.isEmpty()) {
        unmark(int(m_entries.size()) - 1);
    }
    update();
}

bool CellProblemMarks::locate(const Entry& entry, int* row, int* column) const
{
    if (entry.widget) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                if (m_table->cellWidget(r, c) == entry.widget) {
                    *row = r;
                    *column = c;
                    return true;
                }
            }
        }
        return false;
    }
    if (!entry.identity && entry.index.isValid()) {
        *row = entry.index.row();
        *column = entry.index.column();
        return true;
    }
    return false;
}

void CellProblemMarks::unmark(int i)
{
    const Entry entry = m_entries.takeAt(i);
    delete entry.watcher;
    if (entry.widget) {
        undescribe(entry.widget);
    } else if (entry.index.isValid() && !entry.identity) {
        if (QTableWidgetItem* item = m_table->item(entry.index.row(), entry.index.column())) {
            m_applying = true;
            item->setToolTip(QString());
            item->setData(Qt::AccessibleDescriptionRole, QVariant());
            m_applying = false;
        }
    }
}

void CellProblemMarks::prune()
{
    bool changed = false;
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        int row = -1;
        int column = -1;
        if (!locate(m_entries.at(i), &row, &column)) {
            unmark(i);
            changed = true;
        }
    }
    if (changed) {
        update();
        emit marksChanged();
    }
}

QList<CellProblemMarks::Mark> CellProblemMarks::marks() const
{
    QList<Mark> result;
    for (const Entry& entry : m_entries) {
        int row = -1;
        int column = -1;
        if (locate(entry, &row, &column)) {
            result << Mark {row, column, entry.message};
        }
    }
    return result;
}

QString CellProblemMarks::message(int row, int column) const
{
    for (const Mark& mark : marks()) {
        if (mark.row == row && mark.column == column) {
            return mark.message;
        }
    }
    return {};
}

void CellProblemMarks::update()
{
    QStringList lines;
    for (const Entry& entry : std::as_const(m_entries)) {
        int row = -1;
        int column = -1;
        if (!locate(entry, &row, &column)) {
            continue;
        }
        const QTableWidgetItem* heading = m_table->horizontalHeaderItem(column);
        //: A problem in a table, under the table: the row's name, the column's heading, what to do.
        lines << tr("%1, %2: %3").arg(isolated(m_rowName(row)), heading ? heading->text() : QString(), entry.message);
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_label->setVisible(!lines.isEmpty());
    if (m_overlay) {
        m_overlay->raise();
        m_overlay->update();
    }
}

QList<QRect> CellProblemMarks::frames() const
{
    QList<QRect> result;
    for (const Entry& entry : m_entries) {
        int row = -1;
        int column = -1;
        if (!locate(entry, &row, &column)) {
            continue;
        }
        // The overlay lies exactly over the viewport: a cell's place there is its place in the viewport.
        result << (entry.widget ? entry.widget->geometry() : m_table->visualRect(entry.index));
    }
    return result;
}

bool CellProblemMarks::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_overlay) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
        if (watched == m_viewport) {
            m_overlay->setGeometry(m_viewport->geometry());
        }
        m_overlay->update();
        break;
    case QEvent::Show:
    case QEvent::Hide:
        m_overlay->update();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

int TableFields::columnOf(const QString& field) const
{
    for (int column = 0; column < columns.size(); ++column) {
        if (field == QLatin1String(columns[column])) {
            return column;
        }
    }
    return -1;
}

bool TableFields::holds(const QString& path) const
{
    const FieldPath head = FieldPath::head(path);
    return head.name == QLatin1String(list) && head.index >= 0 && columnOf(head.rest) >= 0;
}

FieldProblems CellProblemMarks::show(const FieldProblems& problems, const TableFields& fields)
{
    clear();
    FieldProblems elsewhere;
    for (const FieldProblem& problem : problems.list()) {
        const FieldPath path = FieldPath::head(problem.field);
        if (!fields.holds(problem.field) || path.index >= m_table->rowCount()
            || !mark(path.index, fields.columnOf(path.rest), problem.message)) {
            elsewhere.add(problem.field, problem.message);
        }
    }
    return elsewhere;
}

FieldProblems CellProblemMarks::problems(const TableFields& fields) const
{
    FieldProblems result;
    for (const Mark& mark : marks()) {
        result.add(QStringLiteral("%1[%2].%3")
                       .arg(QLatin1String(fields.list))
                       .arg(mark.row)
                       .arg(QLatin1String(fields.columns.value(mark.column))),
                   mark.message);
    }
    return result;
}

} // namespace Kindred
