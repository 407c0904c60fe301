// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/BookingsEditor.h"

#include "base/Clock.h"
#include "widgets/AccessibleNames.h"
#include "widgets/CellProblemMarks.h"
#include "widgets/EmptyListNote.h"
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {
namespace {

enum Column { DaysColumn, ArrivalColumn, DepartureColumn, FromColumn, UntilColumn, ColumnCount };
// Each column's field in core's paths (FamilyValidation).
const TableFields Fields {"bookings", {"weekdays", "arrival", "departure", "startsOn", "endsOn"}};

// The locale's short time format to the minute (some locales' short format has seconds).
QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return format;
}

QList<QCheckBox*> dayBoxes(const QTableWidget* table, int row)
{
    return table->cellWidget(row, DaysColumn)->findChildren<QCheckBox*>(QString(), Qt::FindDirectChildrenOnly);
}

QTimeEdit* timeEdit(const QTableWidget* table, int row, int column)
{
    return qobject_cast<QTimeEdit*>(table->cellWidget(row, column));
}

QDateEdit* dateEdit(const QTableWidget* table, int row, int column)
{
    return table->cellWidget(row, column)->findChild<QDateEdit*>();
}

QCheckBox* untilCheckBox(const QTableWidget* table, int row)
{
    return table->cellWidget(row, UntilColumn)->findChild<QCheckBox*>();
}

} // namespace

BookingsEditor::BookingsEditor(QWidget* parent)
    : QWidget(parent)
    , m_tableWidget(new QTableWidget(0, ColumnCount, this))
    , m_emptyLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add &period"), this))
    , m_removeButton(new QPushButton(tr("Remove period"), this))
{
    m_tableWidget->setObjectName(QStringLiteral("bookingsTableWidget"));
    m_tableWidget->setAccessibleName(tr("Bookings"));
    new EmptyListNote(m_tableWidget,
                      tr("No regular days booked, so the desk does not expect this child. Add the days and times the "
                         "family booked."));
    m_emptyLabel->setObjectName(QStringLiteral("bookingsEmptyLabel"));
    m_addButton->setObjectName(QStringLiteral("addBookingButton"));
    m_removeButton->setObjectName(QStringLiteral("removeBookingButton"));
    m_tableWidget->setHorizontalHeaderLabels(
        {tr("Days"), tr("Arrives"), tr("Leaves"), tr("First day"), tr("Last day")});
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableWidget->verticalHeader()->setDefaultSectionSize(34);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->setColumnWidth(DaysColumn, 7 * 48);
    m_tableWidget->setColumnWidth(ArrivalColumn, 76);
    m_tableWidget->setColumnWidth(DepartureColumn, 76);
    m_tableWidget->setColumnWidth(FromColumn, 112);
    m_tableWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_tableWidget->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the grid
    m_tableWidget->setTabKeyNavigation(false);
    m_marks = new CellProblemMarks(m_tableWidget, [](int row) { return tr("Period %1").arg(row + 1); });
    connect(m_marks, &CellProblemMarks::marksChanged, this, &BookingsEditor::problemsChanged);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No bookings: the desk does not expect this child on any day. Add a period with the "
                             "days the child comes and the usual times."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* hint = new QLabel(tr("The days the child comes and the usual times. A change of days from a date is a new "
                               "period: end the old one the day before."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_tableWidget, 1);
    layout->addWidget(m_marks->label());
    layout->addWidget(m_emptyLabel);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        ChildBooking booking;
        booking.weekdays = ChildBooking::WeekDays;
        booking.arrival = QTime(8, 0);
        booking.departure = QTime(17, 0);
        booking.startsOn = Clock::currentDate();
        const auto current = bookings();
        if (!current.isEmpty() && current.last().endsOn.isValid()) {
            booking.startsOn = current.last().endsOn.addDays(1); // the next period follows the last
        }
        addRow(booking);
        focusField(m_tableWidget->rowCount() - 1, QStringLiteral("weekdays"));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row
            = m_lastRow >= 0 && m_lastRow < m_tableWidget->rowCount() ? m_lastRow : m_tableWidget->rowCount() - 1;
        if (row >= 0) {
            m_tableWidget->removeRow(row);
            AccessibleNames::nameCellEditors(m_tableWidget);
            m_marks->prune();
            m_lastRow = -1;
            m_emptyLabel->setVisible(m_tableWidget->rowCount() == 0);
            if (row > 0 || m_tableWidget->rowCount() > 0) {
                focusField(std::min(row, m_tableWidget->rowCount() - 1), QStringLiteral("weekdays"));
            } else {
                m_addButton->setFocus(Qt::OtherFocusReason);
            }
        }
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (const int row = rowOf(now); row >= 0) {
            m_lastRow = row;
        }
    });
}

int BookingsEditor::rowOf(const QWidget* widget) const
{
    if (!widget || !m_tableWidget->isAncestorOf(widget)) {
        return -1;
    }
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QWidget* cell = m_tableWidget->cellWidget(row, column);
            if (cell && (cell == widget || cell->isAncestorOf(widget))) {
                return row;
            }
        }
    }
    return -1;
}

void BookingsEditor::setBookings(const QList<ChildBooking>& bookings)
{
    m_marks->clear();
    m_tableWidget->setRowCount(0);
    m_lastRow = -1;
    for (const ChildBooking& booking : bookings) {
        addRow(booking);
    }
    m_emptyLabel->setVisible(bookings.isEmpty());
}

QList<ChildBooking> BookingsEditor::bookings() const
{
    QList<ChildBooking> result;
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        ChildBooking booking;
        const auto boxes = dayBoxes(m_tableWidget, row);
        for (int day = 0; day < boxes.size(); ++day) {
            if (boxes.at(day)->isChecked()) {
                booking.weekdays |= quint8(1u << day);
            }
        }
        booking.arrival = timeEdit(m_tableWidget, row, ArrivalColumn)->time();
        booking.departure = timeEdit(m_tableWidget, row, DepartureColumn)->time();
        booking.startsOn = dateEdit(m_tableWidget, row, FromColumn)->date();
        if (untilCheckBox(m_tableWidget, row)->isChecked()) {
            booking.endsOn = dateEdit(m_tableWidget, row, UntilColumn)->date();
        }
        result << booking;
    }
    return result;
}

bool BookingsEditor::focusField(int row, const QString& field)
{
    if (row < 0 || row >= m_tableWidget->rowCount()) {
        return false;
    }
    QWidget* target = dayBoxes(m_tableWidget, row).value(0);
    if (field == QLatin1String("arrival")) {
        target = timeEdit(m_tableWidget, row, ArrivalColumn);
    } else if (field == QLatin1String("departure")) {
        target = timeEdit(m_tableWidget, row, DepartureColumn);
    } else if (field == QLatin1String("startsOn")) {
        target = dateEdit(m_tableWidget, row, FromColumn);
    } else if (field == QLatin1String("endsOn")) {
        QDateEdit* until = dateEdit(m_tableWidget, row, UntilColumn);
        target = until->isEnabled() ? static_cast<QWidget*>(until) : untilCheckBox(m_tableWidget, row);
    }
    m_tableWidget->scrollTo(m_tableWidget->model()->index(row, 0));
    target->setFocus(Qt::OtherFocusReason);
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(target)) {
        spin->selectAll(); // a wrong time is typed over
    }
    m_lastRow = row;
    return true;
}

bool BookingsEditor::showsField(const QString& field)
{
    return Fields.holds(field);
}

FieldProblems BookingsEditor::showProblems(const FieldProblems& problems)
{
    return m_marks->show(problems, Fields);
}

FieldProblems BookingsEditor::problems() const
{
    return m_marks->problems(Fields);
}

void BookingsEditor::addRow(const ChildBooking& booking)
{
    const int row = m_tableWidget->rowCount();
    m_tableWidget->insertRow(row);
    m_emptyLabel->hide();

    auto* days = new QWidget;
    days->setObjectName(QStringLiteral("bookingDaysWidget"));
    auto* daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(4, 0, 0, 0);
    daysLayout->setSpacing(0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), days);
        box->setObjectName(QStringLiteral("bookingDay%1CheckBox").arg(day));
        box->setToolTip(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(booking.isBookedDay(day));
        daysLayout->addWidget(box);
    }
    m_tableWidget->setCellWidget(row, DaysColumn, days);

    const auto addTime = [this, row](int column, QTime time, const char* name) {
        auto* edit = new QTimeEdit(time.isValid() ? time : QTime(8, 0));
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(timeFormat());
        m_tableWidget->setCellWidget(row, column, edit);
    };
    addTime(ArrivalColumn, booking.arrival, "bookingArrivalTimeEdit");
    addTime(DepartureColumn, booking.departure, "bookingDepartureTimeEdit");

    const auto dateCell = [](QDate date, const char* name) {
        auto* edit = new QDateEdit(date.isValid() ? date : Clock::currentDate());
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(dateEditFormat());
        edit->setCalendarPopup(true);
        return edit;
    };
    auto* from = new QWidget;
    auto* fromLayout = new QHBoxLayout(from);
    fromLayout->setContentsMargins(0, 0, 0, 0);
    fromLayout->addWidget(dateCell(booking.startsOn, "bookingFromDateEdit"));
    m_tableWidget->setCellWidget(row, FromColumn, from);

    auto* until = new QWidget;
    auto* untilLayout = new QHBoxLayout(until);
    untilLayout->setContentsMargins(4, 0, 0, 0);
    auto* ends = new QCheckBox(until); // the column's heading says what it is
    ends->setAccessibleName(tr("The period has a last day"));
    ends->setObjectName(QStringLiteral("bookingEndsCheckBox"));
    ends->setToolTip(tr("Tick to give the period's last day; unticked, it goes on until further notice."));
    ends->setChecked(booking.endsOn.isValid());
    QDateEdit* untilDate = dateCell(booking.endsOn.isValid() ? booking.endsOn : Clock::currentDate().addMonths(6),
                                    "bookingUntilDateEdit");
    untilDate->setEnabled(ends->isChecked());
    connect(ends, &QCheckBox::toggled, untilDate, &QWidget::setEnabled);
    untilLayout->addWidget(ends);
    untilLayout->addWidget(untilDate, 1);
    m_tableWidget->setCellWidget(row, UntilColumn, until);
    AccessibleNames::nameCellEditors(m_tableWidget);
}

} // namespace Kindred
