// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/PickupRulesEditor.h"

#include "base/FieldLimits.h"
#include "widgets/AccessibleNames.h"
#include "widgets/CellProblemMarks.h"
#include "widgets/EmptyListNote.h"
#include "widgets/FieldPath.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

// A date edit showing this value means "no date": the permission is open at that end.
const QDate NoDate(2000, 1, 1);

enum PickupColumn { PersonColumn, FromColumn, UntilColumn };
enum RestrictionColumn { RestrictedPersonColumn, ReasonColumn, CourtOrderColumn };
// Each column's field in core's paths (FamilyValidation).
const TableFields PickupFields {"pickups", {"personId", "validFrom", "validUntil"}};
const TableFields RestrictionFields {"restrictions", {"personId", "reason", "courtOrderRef"}};

// An authorisation's note, not edited here, goes back as it came so that a save does not change it.
constexpr int NoteRole = Qt::UserRole + 1;

void setUpTable(QTableWidget* table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
}

} // namespace

PickupRulesEditor::PickupRulesEditor(QWidget* parent)
    : QWidget(parent)
    , m_pickupsTableWidget(new QTableWidget(0, 3, this))
    , m_restrictionsTableWidget(new QTableWidget(0, 3, this))
    , m_addRestrictionButton(new QPushButton(tr("Add \"do &not release\""), this))
    , m_removeRestrictionButton(new QPushButton(tr("Remove restriction"), this))
    , m_restrictionsHiddenLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    m_readOnlyLabel->setObjectName(QStringLiteral("custodyReadOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_readOnlyLabel->hide();
    m_restrictionsHiddenLabel->setObjectName(QStringLiteral("restrictionsHiddenLabel"));
    m_restrictionsHiddenLabel->setTextFormat(Qt::PlainText);
    m_restrictionsHiddenLabel->setWordWrap(true);
    m_restrictionsHiddenLabel->hide();
    m_pickupsTableWidget->setObjectName(QStringLiteral("pickupsTableWidget"));
    m_pickupsTableWidget->setAccessibleName(tr("Who may collect"));
    new EmptyListNote(
        m_pickupsTableWidget,
        tr("No adults in this family yet. Add them on the Adults tab, then tick who may collect the child."));
    m_restrictionsTableWidget->setObjectName(QStringLiteral("restrictionsTableWidget"));
    m_restrictionsTableWidget->setAccessibleName(tr("Who may not collect"));
    new EmptyListNote(m_restrictionsTableWidget, tr("Nobody is on the do-not-release list."));
    m_addRestrictionButton->setObjectName(QStringLiteral("addRestrictionButton"));
    m_removeRestrictionButton->setObjectName(QStringLiteral("removeRestrictionButton"));
    m_pickupsTableWidget->setHorizontalHeaderLabels({tr("May collect"), tr("From"), tr("Until")});
    m_restrictionsTableWidget->setHorizontalHeaderLabels({tr("Do not release to"), tr("Reason"), tr("Court order")});
    setUpTable(m_pickupsTableWidget);
    setUpTable(m_restrictionsTableWidget);
    m_pickupsTableWidget->setColumnWidth(PersonColumn, 260);
    m_pickupsTableWidget->setColumnWidth(FromColumn, 130);
    m_restrictionsTableWidget->setColumnWidth(RestrictedPersonColumn, 220);
    m_restrictionsTableWidget->setColumnWidth(ReasonColumn, 240);
    m_addRestrictionButton->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert)));
    m_pickupMarks = new CellProblemMarks(
        m_pickupsTableWidget, [this](int row) { return m_pickupsTableWidget->item(row, PersonColumn)->text(); });
    m_restrictionMarks = new CellProblemMarks(m_restrictionsTableWidget, [this](int row) {
        const auto* person
            = qobject_cast<QComboBox*>(m_restrictionsTableWidget->cellWidget(row, RestrictedPersonColumn));
        const QString name = person->currentIndex() >= 0 ? person->currentText() : QString();
        return name.isEmpty() ? tr("Restriction %1").arg(row + 1) : name;
    });
    for (CellProblemMarks* marks : {m_pickupMarks, m_restrictionMarks}) {
        connect(marks, &CellProblemMarks::marksChanged, this, &PickupRulesEditor::problemsChanged);
    }

    auto* pickupsLabel = new QLabel(tr("Au&thorised to collect (tick; dates are optional):"), this);
    pickupsLabel->setBuddy(m_pickupsTableWidget);
    auto* restrictionsLabel = new QLabel(
        QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
            .arg(Palette::css(Palette::Alert), tr("Do not release to (court orders and other restrictions):")),
        this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addRestrictionButton);
    buttons->addWidget(m_removeRestrictionButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(pickupsLabel);
    layout->addWidget(m_pickupsTableWidget, 3);
    layout->addWidget(m_pickupMarks->label());
    layout->addWidget(restrictionsLabel);
    layout->addWidget(m_restrictionsTableWidget, 2);
    layout->addWidget(m_restrictionMarks->label());
    layout->addWidget(m_restrictionsHiddenLabel);
    layout->addLayout(buttons);

    connect(m_addRestrictionButton, &QPushButton::clicked, this, [this] {
        addRestriction(PickupRestriction {m_adults.isEmpty() ? 0 : m_adults.constLast().id, {}, {}});
        focusField(QStringLiteral("restrictions"), m_restrictionsTableWidget->rowCount() - 1,
                   QStringLiteral("personId"));
    });
    connect(m_removeRestrictionButton, &QPushButton::clicked, this, [this] {
        if (m_restrictionsTableWidget->currentRow() >= 0) {
            m_restrictionsTableWidget->removeRow(m_restrictionsTableWidget->currentRow());
            AccessibleNames::nameCellEditors(m_restrictionsTableWidget);
            m_restrictionMarks->prune();
        }
    });
}

void PickupRulesEditor::setRestrictionsHidden(const QString& note)
{
    // Core blanked the restrictions for this role and keeps the ones on file when the family is saved.
    m_restrictionsHidden = !note.isEmpty();
    m_restrictionsHiddenLabel->setText(note);
    m_restrictionsHiddenLabel->setVisible(!note.isEmpty());
    m_restrictionsTableWidget->setVisible(note.isEmpty());
    applyReadOnly();
}

void PickupRulesEditor::setReadOnlyNote(const QString& note)
{
    m_readOnly = !note.isEmpty();
    m_readOnlyLabel->setText(note);
    m_readOnlyLabel->setVisible(m_readOnly);
    applyReadOnly();
}

void PickupRulesEditor::applyReadOnly()
{
    const bool editable = !m_readOnly;
    m_addRestrictionButton->setVisible(editable && !m_restrictionsHidden);
    m_removeRestrictionButton->setVisible(editable && !m_restrictionsHidden);
    for (int row = 0; row < m_pickupsTableWidget->rowCount(); ++row) {
        if (QTableWidgetItem* item = m_pickupsTableWidget->item(row, PersonColumn)) {
            item->setFlags(editable ? item->flags() | Qt::ItemIsUserCheckable
                                    : item->flags() & ~Qt::ItemIsUserCheckable);
        }
        for (int column : {FromColumn, UntilColumn}) {
            if (QWidget* widget = m_pickupsTableWidget->cellWidget(row, column)) {
                widget->setEnabled(editable);
            }
        }
    }
    for (int row = 0; row < m_restrictionsTableWidget->rowCount(); ++row) {
        for (int column : {RestrictedPersonColumn, ReasonColumn, CourtOrderColumn}) {
            if (QWidget* widget = m_restrictionsTableWidget->cellWidget(row, column)) {
                widget->setEnabled(editable);
            }
        }
    }
}

void PickupRulesEditor::setAdults(const QList<Person>& adults)
{
    const QList<PickupAuthorisation> keptPickups = pickups();
    const QList<PickupRestriction> keptRestrictions = restrictions();
    m_adults = adults;
    setRules(keptPickups, keptRestrictions);
}

void PickupRulesEditor::setRules(const QList<PickupAuthorisation>& pickups,
                                 const QList<PickupRestriction>& restrictions)
{
    m_pickupMarks->clear();
    m_pickupsTableWidget->setRowCount(0);
    for (const Person& person : std::as_const(m_adults)) {
        const int row = m_pickupsTableWidget->rowCount();
        m_pickupsTableWidget->insertRow(row);
        const auto found = std::find_if(pickups.cbegin(), pickups.cend(),
                                        [&person](const PickupAuthorisation& p) { return p.personId == person.id; });
        QString name = person.fullName().trimmed();
        if (name.isEmpty()) {
            name = tr("(new adult)");
        }
        auto* item
            = new QTableWidgetItem(person.relation.isEmpty() ? name : name + QStringLiteral(" — ") + person.relation);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(found != pickups.cend() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, person.id);
        item->setData(NoteRole, found != pickups.cend() ? found->note : QString()); // kept, not shown
        m_pickupsTableWidget->setItem(row, PersonColumn, item);
        m_pickupsTableWidget->setCellWidget(
            row, FromColumn, dateEdit(found != pickups.cend() ? found->validFrom : QDate(), "pickupFromDateEdit"));
        m_pickupsTableWidget->setCellWidget(
            row, UntilColumn, dateEdit(found != pickups.cend() ? found->validUntil : QDate(), "pickupUntilDateEdit"));
        AccessibleNames::nameCellEditors(m_pickupsTableWidget);
    }
    m_restrictionMarks->clear();
    m_restrictionsTableWidget->setRowCount(0);
    for (const PickupRestriction& restriction : restrictions) {
        addRestriction(restriction);
    }
    applyReadOnly();
}

QList<PickupAuthorisation> PickupRulesEditor::pickups() const
{
    QList<PickupAuthorisation> result;
    for (int row = 0; row < m_pickupsTableWidget->rowCount(); ++row) {
        const QTableWidgetItem* item = m_pickupsTableWidget->item(row, PersonColumn);
        if (item->checkState() == Qt::Checked) {
            result << PickupAuthorisation {
                item->data(Qt::UserRole).toLongLong(), dateOf(m_pickupsTableWidget->cellWidget(row, FromColumn)),
                dateOf(m_pickupsTableWidget->cellWidget(row, UntilColumn)), item->data(NoteRole).toString()};
        }
    }
    return result;
}

QList<PickupRestriction> PickupRulesEditor::restrictions() const
{
    QList<PickupRestriction> result;
    for (int row = 0; row < m_restrictionsTableWidget->rowCount(); ++row) {
        const auto* person
            = qobject_cast<QComboBox*>(m_restrictionsTableWidget->cellWidget(row, RestrictedPersonColumn));
        const auto* reason = qobject_cast<QLineEdit*>(m_restrictionsTableWidget->cellWidget(row, ReasonColumn));
        const auto* order = qobject_cast<QLineEdit*>(m_restrictionsTableWidget->cellWidget(row, CourtOrderColumn));
        result << PickupRestriction {person->currentData().toLongLong(), reason->text().trimmed(),
                                     order->text().trimmed()};
    }
    return result;
}

bool PickupRulesEditor::focusField(const QString& list, int index, const QString& field)
{
    QWidget* target = nullptr;
    if (list == QLatin1String("pickups")) {
        int seen = -1;
        for (int row = 0; row < m_pickupsTableWidget->rowCount() && !target; ++row) {
            if (m_pickupsTableWidget->item(row, PersonColumn)->checkState() == Qt::Checked && ++seen == index) {
                m_pickupsTableWidget->setCurrentCell(row, PersonColumn);
                target = field == QLatin1String("validUntil") ? m_pickupsTableWidget->cellWidget(row, UntilColumn)
                    : field == QLatin1String("validFrom")     ? m_pickupsTableWidget->cellWidget(row, FromColumn)
                                                              : m_pickupsTableWidget;
            }
        }
    } else if (list == QLatin1String("restrictions") && index >= 0 && index < m_restrictionsTableWidget->rowCount()) {
        const int column = field == QLatin1String("reason") ? ReasonColumn
            : field == QLatin1String("courtOrderRef")       ? CourtOrderColumn
                                                            : RestrictedPersonColumn;
        m_restrictionsTableWidget->setCurrentCell(index, column);
        target = m_restrictionsTableWidget->cellWidget(index, column);
    }
    if (!target) {
        return false;
    }
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->selectAll();
    } else if (auto* date = qobject_cast<QDateEdit*>(target)) {
        date->selectAll(); // a wrong date is typed over
    }
    return true;
}

int PickupRulesEditor::pickupRow(int index) const
{
    int seen = -1;
    for (int row = 0; row < m_pickupsTableWidget->rowCount(); ++row) {
        if (m_pickupsTableWidget->item(row, PersonColumn)->checkState() == Qt::Checked && ++seen == index) {
            return row;
        }
    }
    return -1;
}

bool PickupRulesEditor::showsField(const QString& field)
{
    return PickupFields.holds(field) || RestrictionFields.holds(field);
}

FieldProblems PickupRulesEditor::showProblems(const FieldProblems& problems)
{
    m_pickupMarks->clear();
    m_restrictionMarks->clear();
    FieldProblems elsewhere;
    for (const FieldProblem& problem : problems.list()) {
        const FieldPath path = FieldPath::head(problem.field);
        const bool ours = showsField(problem.field);
        bool shown = false;
        if (ours && path.name == QLatin1String("pickups")) {
            const int row = pickupRow(path.index);
            shown = row >= 0 && m_pickupMarks->mark(row, PickupFields.columnOf(path.rest), problem.message);
        } else if (ours && path.index < m_restrictionsTableWidget->rowCount() && !m_restrictionsHidden) {
            shown = m_restrictionMarks->mark(path.index, RestrictionFields.columnOf(path.rest), problem.message);
        }
        if (!shown) {
            elsewhere.add(problem.field, problem.message);
        }
    }
    return elsewhere;
}

FieldProblems PickupRulesEditor::problems() const
{
    FieldProblems result;
    for (const CellProblemMarks::Mark& mark : m_pickupMarks->marks()) {
        // A pickup is named by its place among the ticked adults; an unticked one is no pickup any more.
        if (m_pickupsTableWidget->item(mark.row, PersonColumn)->checkState() != Qt::Checked) {
            continue;
        }
        int index = 0;
        for (int row = 0; row < mark.row; ++row) {
            index += m_pickupsTableWidget->item(row, PersonColumn)->checkState() == Qt::Checked ? 1 : 0;
        }
        result.add(
            QStringLiteral("pickups[%1].%2").arg(index).arg(QLatin1String(PickupFields.columns.value(mark.column))),
            mark.message);
    }
    result.add(m_restrictionMarks->problems(RestrictionFields));
    return result;
}

void PickupRulesEditor::addRestriction(const PickupRestriction& restriction)
{
    const int row = m_restrictionsTableWidget->rowCount();
    m_restrictionsTableWidget->insertRow(row);
    auto* person = new QComboBox;
    person->setObjectName(QStringLiteral("restrictedPersonComboBox"));
    for (const Person& adult : std::as_const(m_adults)) {
        person->addItem(adult.fullName().trimmed().isEmpty() ? tr("(new adult)") : adult.fullName(), adult.id);
    }
    person->setCurrentIndex(person->findData(restriction.personId));
    auto* reason = new QLineEdit(restriction.reason);
    reason->setObjectName(QStringLiteral("restrictionReasonLineEdit"));
    reason->setPlaceholderText(tr("why, e.g. family court order"));
    reason->setMaxLength(FieldLimits::Notes);
    auto* order = new QLineEdit(restriction.courtOrderRef);
    order->setObjectName(QStringLiteral("courtOrderLineEdit"));
    order->setMaxLength(FieldLimits::ShortText);
    const QString red = Palette::boldTextStyle(Palette::Alert);
    for (QWidget* widget : std::initializer_list<QWidget*> {person, reason, order}) {
        widget->setStyleSheet(red);
    }
    m_restrictionsTableWidget->setCellWidget(row, RestrictedPersonColumn, person);
    m_restrictionsTableWidget->setCellWidget(row, ReasonColumn, reason);
    m_restrictionsTableWidget->setCellWidget(row, CourtOrderColumn, order);
    AccessibleNames::nameCellEditors(m_restrictionsTableWidget);
    applyReadOnly();
}

QDateEdit* PickupRulesEditor::dateEdit(QDate date, const char* name) const
{
    auto* edit = new QDateEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(tr("open"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateEditFormat());
    edit->setDate(date.isValid() ? date : NoDate);
    return edit;
}

QDate PickupRulesEditor::dateOf(const QWidget* edit)
{
    const QDate date = qobject_cast<const QDateEdit*>(edit)->date();
    return date == NoDate ? QDate() : date;
}

} // namespace Kindred
