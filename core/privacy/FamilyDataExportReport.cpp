// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/FamilyDataExportReport.h"

#include "base/Clock.h"
#include "base/LanguageNames.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace Kindred {
namespace {

QString yesNo(bool value)
{
    return value ? FamilyDataExportReport::tr("Yes") : FamilyDataExportReport::tr("No");
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// Instants are stored as UTC ISO text; printed in the centre's time zone, short enough to fit a cell.
QString printable(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() >= 20 && text.endsWith(QLatin1Char('Z')) && text.at(10) == QLatin1Char('T')) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid()) {
            return QLocale().toString(at.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
        }
    }
    return text;
}

// The columns worth printing: ids pointing elsewhere are left to the JSON file; at most six.
QList<int> printableColumns(const QStringList& columns)
{
    QList<int> picked;
    for (int i = 0; i < columns.size() && picked.size() < 6; ++i) {
        if (i == 0 || !columns.at(i).endsWith(QLatin1String("_id"))) {
            picked << i;
        }
    }
    return picked;
}

} // namespace

ReportDocument FamilyDataExportReport::build(const FamilyDataContents& contents, const QString& centreName,
                                             const QDateTime& exportedAt)
{
    const Family& family = contents.family;
    ReportDocument doc;
    doc.centreName = centreName;
    doc.title = tr("Everything held about the %1 family").arg(family.householdName);
    doc.subtitle = tr("Exported %1").arg(QLocale().toString(exportedAt, QLocale::ShortFormat));
    doc.generatedAt = exportedAt;

    const QString status = contents.archivedAt.isValid()
        ? tr("%1; left the centre on %2")
              .arg(familyStatusName(family.status), shortDate(contents.archivedAt.toTimeZone(Clock::timeZone()).date()))
        : familyStatusName(family.status);
    doc.addHeading(tr("Household"));
    doc.addKeyValues({{tr("Name"), family.householdName},
                      {tr("Address"),
                       QStringList {family.addressLine1, family.addressLine2, family.city, family.postcode}
                           .filter(QRegularExpression(QStringLiteral("\\S")))
                           .join(QStringLiteral(", "))},
                      {tr("Status"), status},
                      {tr("Card code"), family.cardCode},
                      {tr("Languages"), family.languages.join(QStringLiteral(", "))},
                      {tr("Cultures"), family.cultures.join(QStringLiteral(", "))},
                      {tr("Celebrations"), family.celebrations.join(QStringLiteral(", "))},
                      {tr("Share cultures with the centre"), yesNo(family.shareCultures)},
                      {tr("Notes"), family.notes}});

    doc.addHeading(tr("Adults"));
    ReportDocument::Table adults;
    adults.columns = {{tr("Name"), 2},    {tr("Relation"), 1.2}, {tr("Guardian"), 1.1},           {tr("Phones"), 2},
                      {tr("Email"), 2.2}, {tr("Language"), 1.3}, {tr("In parent directory"), 1.1}};
    for (const Person& p : family.adults) {
        adults.rows << QStringList {p.fullName(),
                                    p.relation,
                                    yesNo(p.isGuardian),
                                    QStringList {p.mobilePhone, p.homePhone, p.workPhone}
                                        .filter(QRegularExpression(QStringLiteral("\\S")))
                                        .join(QStringLiteral(", ")),
                                    p.email,
                                    LanguageNames::display(p.preferredLanguage),
                                    yesNo(p.directoryConsent)};
    }
    doc.addTable(adults);

    for (const Child& c : family.children) {
        doc.addHeading(c.fullName());
        doc.addKeyValues({{tr("Preferred name"), c.preferredName},
                          {tr("Date of birth"), shortDate(c.dateOfBirth)},
                          {tr("Medical notes"), c.medicalNotes},
                          {tr("Photo consent"), yesNo(c.photoConsent)}});
        ReportDocument::Table details;
        details.columns = {{tr("Kind"), 1}, {tr("What"), 2}, {tr("Details"), 3}};
        for (const Allergy& a : c.allergies) {
            details.rows << QStringList {
                tr("Allergy"), a.allergen + QStringLiteral(" (") + allergySeverityName(a.severity) + QLatin1Char(')'),
                a.reaction + QStringLiteral(" — ") + a.actionPlan};
        }
        for (const EmergencyContact& e : c.emergencyContacts) {
            details.rows << QStringList {tr("Emergency contact"), e.name, e.relation + QStringLiteral(", ") + e.phone};
        }
        for (const PickupAuthorisation& p : c.pickups) {
            const Person* person = family.person(p.personId);
            details.rows << QStringList {tr("May collect"), person ? person->fullName() : QString(),
                                         QStringList {shortDate(p.validFrom), shortDate(p.validUntil), p.note}
                                             .filter(QRegularExpression(QStringLiteral("\\S")))
                                             .join(QStringLiteral(" – "))};
        }
        for (const PickupRestriction& r : c.restrictions) {
            const Person* person = family.person(r.personId);
            details.rows << QStringList {tr("Do not release to"), person ? person->fullName() : QString(),
                                         r.reason + QStringLiteral(" ") + r.courtOrderRef};
        }
        if (!details.rows.isEmpty()) {
            doc.addTable(details);
        }
    }

    for (const FamilyRecordSet& set : contents.records) {
        doc.addHeading(tr("Records: %1 — %2").arg(set.table).arg(set.rows.size()));
        if (set.rows.isEmpty()) {
            continue;
        }
        const QList<int> columns = printableColumns(set.columns);
        ReportDocument::Table table;
        for (int c : columns) {
            table.columns << ReportDocument::Column {
                QString(set.columns.at(c)).replace(QLatin1Char('_'), QLatin1Char(' ')), c == 0 ? 0.5 : 1.0,
                Qt::AlignLeft};
        }
        for (const QVariantList& row : set.rows) {
            QStringList cells;
            for (int c : columns) {
                cells << printable(row.at(c));
            }
            table.rows << cells;
        }
        doc.addTable(table);
    }

    doc.addHeading(tr("History of changes"));
    ReportDocument::Table history;
    history.columns = {{tr("When"), 1.6}, {tr("Who"), 1.4}, {tr("What"), 1.4}, {tr("Reason"), 2}};
    for (const QVariantList& row : contents.history) {
        history.rows << QStringList {printable(row.at(0)), row.at(1).toString(), row.at(2).toString(),
                                     row.at(6).toString()};
    }
    doc.addTable(history);
    doc.addParagraph(tr("The machine-readable export (JSON) holds the same records with every column, the "
                        "photos and the old and new values of each change."));
    return doc;
}

} // namespace Kindred
