// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentDialog.h"

#include "base/Clock.h"
#include "base/FieldLimits.h"
#include "centre/CentreService.h"
#include "families/FamilyService.h"
#include "incidents/IncidentRules.h"
#include "incidents/IncidentService.h"
#include "widgets/AccessibleNames.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace Kindred {
namespace {

constexpr int IdRole = Qt::UserRole;

QStringList splitList(const QString& text)
{
    QStringList result;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            result << part.trimmed();
        }
    }
    return result;
}

QList<qint64> checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids << list->item(i)->data(IdRole).toLongLong();
        }
    }
    return ids;
}

} // namespace

IncidentDialog::IncidentDialog(IncidentService& incidents, FamilyService& families, CentreService& centre,
                               QWidget* parent)
    : QDialog(parent)
    , m_incidents(incidents)
    , m_families(families)
    , m_centre(centre)
    , m_kindComboBox(new QComboBox(this))
    , m_childSearchLineEdit(new QLineEdit(this))
    , m_childrenListWidget(new QListWidget(this))
    , m_occurredDateTimeEdit(new QDateTimeEdit(this))
    , m_locationLineEdit(new QLineEdit(this))
    , m_descriptionTextEdit(new QPlainTextEdit(this))
    , m_actionTextEdit(new QPlainTextEdit(this))
    , m_bodyAreaLineEdit(new QLineEdit(this))
    , m_staffListWidget(new QListWidget(this))
    , m_witnessesLineEdit(new QLineEdit(this))
    , m_parentNameLineEdit(new QLineEdit(this))
    , m_parentToldCheckBox(new QCheckBox(tr("Told at"), this))
    , m_parentAtDateTimeEdit(new QDateTimeEdit(this))
    , m_parentHowComboBox(new QComboBox(this))
    , m_followUpCheckBox(new QCheckBox(tr("Follow-up needed"), this))
    , m_followUpLineEdit(new QLineEdit(this))
    , m_reportableCheckBox(new QCheckBox(tr("Reportable to the licensing authority"), this))
    , m_errorLabel(new QLabel(this))
    , m_problems(new FieldProblemLabels(this))
    , m_conflictBar(new ConflictBar(this))
    , m_saveButton(nullptr)
{
    setWindowTitle(tr("Log an incident"));
    setObjectName(QStringLiteral("incidentDialog"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_childSearchLineEdit->setObjectName(QStringLiteral("childSearchLineEdit"));
    m_childrenListWidget->setObjectName(QStringLiteral("childrenListWidget"));
    m_childrenListWidget->setAccessibleName(tr("Children involved"));
    m_occurredDateTimeEdit->setObjectName(QStringLiteral("occurredDateTimeEdit"));
    m_locationLineEdit->setObjectName(QStringLiteral("locationLineEdit"));
    m_descriptionTextEdit->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_actionTextEdit->setObjectName(QStringLiteral("actionTextEdit"));
    m_bodyAreaLineEdit->setObjectName(QStringLiteral("bodyAreaLineEdit"));
    m_staffListWidget->setObjectName(QStringLiteral("staffListWidget"));
    m_staffListWidget->setAccessibleName(tr("Staff who witnessed it"));
    m_witnessesLineEdit->setObjectName(QStringLiteral("witnessesLineEdit"));
    m_parentNameLineEdit->setObjectName(QStringLiteral("parentNameLineEdit"));
    m_parentToldCheckBox->setObjectName(QStringLiteral("parentToldCheckBox"));
    m_parentAtDateTimeEdit->setObjectName(QStringLiteral("parentAtDateTimeEdit"));
    m_parentHowComboBox->setObjectName(QStringLiteral("parentHowComboBox"));
    m_followUpCheckBox->setObjectName(QStringLiteral("followUpCheckBox"));
    m_followUpLineEdit->setObjectName(QStringLiteral("followUpLineEdit"));
    m_reportableCheckBox->setObjectName(QStringLiteral("reportableCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);

    for (IncidentKind kind : allIncidentKinds()) {
        m_kindComboBox->addItem(incidentKindName(kind), int(kind));
    }
    m_childSearchLineEdit->setPlaceholderText(tr("Add a child: type a name and press Enter"));
    m_childrenListWidget->setMaximumHeight(90);
    m_staffListWidget->setMaximumHeight(90);
    for (QDateTimeEdit* edit : {m_occurredDateTimeEdit, m_parentAtDateTimeEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("%1 HH:mm").arg(dateEditFormat()));
    }
    m_descriptionTextEdit->setTabChangesFocus(true);
    m_actionTextEdit->setTabChangesFocus(true);
    m_descriptionTextEdit->setFixedHeight(80);
    m_actionTextEdit->setFixedHeight(60);
    m_bodyAreaLineEdit->setPlaceholderText(tr("e.g. left knee"));
    m_witnessesLineEdit->setPlaceholderText(tr("Names, separated by ;"));
    m_parentHowComboBox->setEditable(true);
    m_parentHowComboBox->addItems({tr("Phone"), tr("In person"), tr("Text message"), tr("Email")});
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    // A staff list that cannot be read is not "no staff": the error shows and saving waits.
    const auto staff = m_centre.staff();
    if (!staff) {
        m_readError = staff.errorString();
    }
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        auto* item = new QListWidgetItem(member.fullName(), m_staffListWidget);
        item->setData(IdRole, member.id);
        item->setCheckState(Qt::Unchecked);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kindComboBox);
    auto* childBox = new QVBoxLayout;
    childBox->addWidget(m_childrenListWidget);
    childBox->addWidget(m_childSearchLineEdit);
    form->addRow(tr("Children"), childBox);
    form->addRow(tr("&When"), m_occurredDateTimeEdit);
    form->addRow(tr("W&here"), m_locationLineEdit);
    form->addRow(tr("What ha&ppened"), m_descriptionTextEdit);
    form->addRow(tr("First &aid or action"), m_actionTextEdit);
    form->addRow(tr("&Body area"), m_bodyAreaLineEdit);
    form->addRow(tr("&Staff involved"), m_staffListWidget);
    form->addRow(tr("Wi&tnesses"), m_witnessesLineEdit);
    auto* told = new QHBoxLayout;
    told->addWidget(m_parentNameLineEdit, 2);
    told->addWidget(m_parentToldCheckBox);
    told->addWidget(m_parentAtDateTimeEdit, 1);
    told->addWidget(m_parentHowComboBox, 1);
    m_parentNameLineEdit->setPlaceholderText(tr("Which parent or guardian"));
    form->addRow(tr("Parent notified"), told);
    auto* followUp = new QHBoxLayout;
    followUp->addWidget(m_followUpCheckBox);
    followUp->addWidget(m_followUpLineEdit, 1);
    form->addRow(QString(), followUp);
    form->addRow(QString(), m_reportableCheckBox);
    // The fields sharing a row with another have no label of their own beside them.
    m_childSearchLineEdit->setAccessibleName(tr("Add a child"));
    m_parentNameLineEdit->setAccessibleName(tr("Parent or guardian notified"));
    m_parentAtDateTimeEdit->setAccessibleName(tr("When the parent was notified"));
    AccessibleNames::nameField(m_parentHowComboBox, tr("How the parent was notified"));
    m_followUpLineEdit->setAccessibleName(tr("Follow-up to do"));

    m_locationLineEdit->setMaxLength(FieldLimits::ShortText);
    m_bodyAreaLineEdit->setMaxLength(FieldLimits::ShortText);
    m_witnessesLineEdit->setMaxLength(FieldLimits::Notes);
    m_parentNameLineEdit->setMaxLength(FieldLimits::PersonName);
    m_followUpLineEdit->setMaxLength(FieldLimits::IncidentText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("Save and submit"));
    m_saveButton->setToolTip(tr("Ctrl+Return"));
    m_saveButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &IncidentDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_conflictBar);
    // Reload: the incident as it is on file now, replacing what was typed (the bar asked first).
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, [this] {
        if (auto current = m_incidents.load(m_incident.id)) {
            m_errorLabel->hide();
            m_problems->clear();
            setIncident(current.value());
        } else {
            showError(current.error());
        }
    });
    layout->addWidget(buttons);
    const std::pair<const char*, QWidget*> fields[] = {
        {"childIds", m_childSearchLineEdit},
        {"occurredAt", m_occurredDateTimeEdit},
        {"location", m_locationLineEdit},
        {"description", m_descriptionTextEdit},
        {"actionTaken", m_actionTextEdit},
        {"bodyArea", m_bodyAreaLineEdit},
        {"staffIds", m_staffListWidget},
        {"witnesses", m_witnessesLineEdit},
        {"parentNotifiedName", m_parentNameLineEdit},
        {"parentNotifiedAt", m_parentToldCheckBox},
        {"followUp", m_followUpLineEdit},
    };
    for (const auto& [field, widget] : fields) {
        m_problems->bind(QLatin1String(field), widget);
    }

    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &IncidentDialog::updateInjuryFields);
    connect(m_childSearchLineEdit, &QLineEdit::returnPressed, this, &IncidentDialog::searchChildren);
    connect(m_followUpCheckBox, &QCheckBox::toggled, m_followUpLineEdit, &QWidget::setEnabled);
    connect(m_parentToldCheckBox, &QCheckBox::toggled, m_parentAtDateTimeEdit, &QWidget::setEnabled);
    Incident blank;
    blank.occurredAt = Clock::currentDateTimeUtc();
    setIncident(blank);
    resize(640, 720);
}

void IncidentDialog::addChild(qint64 childId, const QString& name, bool checked)
{
    for (int i = 0; i < m_childrenListWidget->count(); ++i) {
        if (m_childrenListWidget->item(i)->data(IdRole).toLongLong() == childId) {
            m_childrenListWidget->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto* item = new QListWidgetItem(name, m_childrenListWidget);
    item->setData(IdRole, childId);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void IncidentDialog::searchChildren()
{
    const QString text = m_childSearchLineEdit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const QString folded = text.toCaseFolded();
    const auto found = m_families.search(text, 5);
    for (const FamilySummary& summary : found ? found.value() : QList<FamilySummary> {}) {
        const auto family = m_families.load(summary.id);
        if (!family) {
            continue;
        }
        for (const Child& child : family->children) {
            // Tick the children whose name was typed; offer their brothers and sisters unticked.
            const bool match = child.fullName().toCaseFolded().contains(folded)
                || child.displayName().toCaseFolded().contains(folded);
            addChild(child.id, child.displayName(), match);
        }
    }
    m_childSearchLineEdit->clear();
}

void IncidentDialog::startForChildren(const QList<qint64>& childIds)
{
    Incident incident;
    incident.occurredAt = Clock::currentDateTimeUtc();
    incident.childIds = childIds;
    setIncident(incident);
    m_descriptionTextEdit->setFocus();
}

void IncidentDialog::setIncident(const Incident& incident)
{
    m_incident = incident;
    setWindowTitle(incident.id ? tr("Incident no. %1").arg(incident.id) : tr("Log an incident"));
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(incident.kind)));
    m_childrenListWidget->clear();
    const auto names = m_incidents.childNames(incident.childIds);
    if (!names) {
        m_readError = names.errorString();
    }
    for (qint64 childId : incident.childIds) {
        addChild(childId,
                 names ? names->value(childId, tr("Child no. %1").arg(childId)) : tr("Child no. %1").arg(childId),
                 true);
    }
    const QDateTime local = (incident.occurredAt.isValid() ? incident.occurredAt : Clock::currentDateTimeUtc())
                                .toTimeZone(Clock::timeZone());
    m_occurredDateTimeEdit->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
    m_locationLineEdit->setText(incident.location);
    m_descriptionTextEdit->setPlainText(incident.description);
    m_actionTextEdit->setPlainText(incident.actionTaken);
    m_bodyAreaLineEdit->setText(incident.bodyArea);
    for (int i = 0; i < m_staffListWidget->count(); ++i) {
        QListWidgetItem* item = m_staffListWidget->item(i);
        item->setCheckState(incident.staffIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_witnessesLineEdit->setText(incident.witnesses.join(QStringLiteral("; ")));
    m_parentNameLineEdit->setText(incident.parentNotification.notifiedName);
    m_parentToldCheckBox->setChecked(incident.parentNotification.at.isValid());
    m_parentAtDateTimeEdit->setEnabled(incident.parentNotification.at.isValid());
    const QDateTime toldAt
        = (incident.parentNotification.at.isValid() ? incident.parentNotification.at : Clock::currentDateTimeUtc())
              .toTimeZone(Clock::timeZone());
    m_parentAtDateTimeEdit->setDateTime(QDateTime(toldAt.date(), toldAt.time()));
    if (!incident.parentNotification.how.isEmpty()) {
        m_parentHowComboBox->setCurrentText(incident.parentNotification.how);
    }
    m_followUpCheckBox->setChecked(incident.followUpNeeded);
    m_followUpLineEdit->setEnabled(incident.followUpNeeded);
    m_followUpLineEdit->setText(incident.followUp);
    m_reportableCheckBox->setChecked(incident.reportable);
    const bool editable = !incident.isSignedOff();
    m_saveButton->setEnabled(editable && m_readError.isEmpty());
    m_saveButton->setText(incident.status == IncidentStatus::Draft ? tr("Save and submit") : tr("Save"));
    if (!m_readError.isEmpty()) {
        showError(Error {m_readError});
    } else if (!editable) {
        showError(Error {tr("Signed off: change it with “Amend…” on the incidents page.")});
    }
    updateInjuryFields();
}

void IncidentDialog::updateInjuryFields()
{
    const bool injury = IncidentKind(m_kindComboBox->currentData().toInt()) == IncidentKind::Injury;
    m_bodyAreaLineEdit->setEnabled(injury);
}

Incident IncidentDialog::incident() const
{
    Incident incident = m_incident;
    incident.kind = IncidentKind(m_kindComboBox->currentData().toInt());
    incident.childIds = checkedIds(m_childrenListWidget);
    incident.occurredAt
        = QDateTime(m_occurredDateTimeEdit->date(), m_occurredDateTimeEdit->time(), Clock::timeZone()).toUTC();
    incident.location = m_locationLineEdit->text();
    incident.description = m_descriptionTextEdit->toPlainText();
    incident.actionTaken = m_actionTextEdit->toPlainText();
    incident.bodyArea = incident.kind == IncidentKind::Injury ? m_bodyAreaLineEdit->text() : QString();
    incident.staffIds = checkedIds(m_staffListWidget);
    incident.witnesses = splitList(m_witnessesLineEdit->text());
    incident.parentNotification.notifiedName = m_parentNameLineEdit->text();
    incident.parentNotification.at = m_parentToldCheckBox->isChecked()
        ? QDateTime(m_parentAtDateTimeEdit->date(), m_parentAtDateTimeEdit->time(), Clock::timeZone()).toUTC()
        : QDateTime();
    incident.parentNotification.how = m_parentHowComboBox->currentText();
    incident.followUpNeeded = m_followUpCheckBox->isChecked();
    incident.followUp = m_followUpLineEdit->text();
    incident.reportable = m_reportableCheckBox->isChecked();
    return incident;
}

void IncidentDialog::save()
{
    if (!m_readError.isEmpty()) { // what was typed stays; nothing is saved over what could not be read
        showError(Error {m_readError});
        return;
    }
    Incident incident = this->incident();
    // Every problem at once, each under its field; nothing is sent to be saved until there is none.
    if (const FieldProblems problems = IncidentRules::problems(incident, Clock::currentDateTimeUtc());
        !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const auto saved
        = incident.status == IncidentStatus::Draft ? m_incidents.saveAndSubmit(incident) : m_incidents.save(incident);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_incident = incident;
    accept();
}

void IncidentDialog::showError(const Error& error)
{
    if (m_conflictBar->showIfConflict(error)) { // changed at another desk: what was typed stays
        m_errorLabel->hide();
        m_problems->clear();
        return;
    }
    FieldProblems problems;
    problems.add(error.field, error.message);
    showProblems(problems);
}

void IncidentDialog::showProblems(const FieldProblems& problems)
{
    const FieldProblems elsewhere = m_problems->show(problems, m_errorLabel);
    if (elsewhere.size() == problems.size() && !elsewhere.isEmpty()) {
        m_saveButton->setFocus(Qt::OtherFocusReason); // nothing to type in: the next step is to save again
    }
}

} // namespace Kindred
