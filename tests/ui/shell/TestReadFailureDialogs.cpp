// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, point 2 — a failed read is an error, never an empty answer: the drop-downs of dialogs and the
// pages built on the centre's settings. With the rooms, staff and settings pages of a real file damaged,
// each shows "Could not read the data file: …" and waits to save, rather than a short or empty list (a
// staff member saved "floating" because the rooms could not be read, a ticket's owner chosen from no one)
// or the defaults shown as the centre's own settings. The doors this closes, failing on the old code: the
// staff dialog hid its error; the tickets page's owner and family filters, the settings page, the label
// settings, the privacy page's retention and the time-zone banner read a damaged page as "nothing saved".
#include "DamagedCentre.h"
#include "admin/LabelSettingsDialog.h"
#include "admin/PrivacyPage.h"
#include "admin/SettingsPage.h"
#include "admin/StaffDialog.h"
#include "attendance/AttendanceService.h"
#include "centre/CentreService.h"
#include "desk/DropInDialog.h"
#include "families/FamilyService.h"
#include "incidents/Incident.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentService.h"
#include "shell/TimeZoneBanner.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketService.h"
#include "tickets/TicketsPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

#include <functional>
#include <memory>

using namespace Kindred;

namespace {

// Object names of what must show the error, and of what must then be disabled.
struct Expectation
{
    QString errorLabel;
    QString disabled; // empty: nothing to check
};

} // namespace

class TestReadFailureDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheErrorAndWaits_data();
    void showsTheErrorAndWaits();
    void ticketsPageFiltersSayTheirListsCouldNotBeRead();

private:
    DamagedCentre m_centre;
    std::unique_ptr<FamilyService> m_families;
    std::unique_ptr<CentreService> m_store;
    std::unique_ptr<AttendanceService> m_attendance;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<SettingsService> m_settings;
};

void TestReadFailureDialogs::initTestCase()
{
    const QString built = m_centre.build(20);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    {
        // A zone waiting for an administrator's word, so that the banner has something to say when healthy.
        SettingsService settings(m_centre.database(), m_centre.session());
        QVERIFY(settings.setValue(SettingsService::CentreTimeZoneToConfirm, QStringLiteral("Europe/Paris")).ok());
    }
    for (const QString& table :
         {QStringLiteral("rooms"), QStringLiteral("staff"), QStringLiteral("settings"), QStringLiteral("families")}) {
        const QString added = m_centre.alsoDamageLastPageOf(table);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }
    m_families = std::make_unique<FamilyService>(m_centre.database(), m_centre.session());
    m_store = std::make_unique<CentreService>(m_centre.database(), m_centre.session());
    m_attendance = std::make_unique<AttendanceService>(m_centre.database(), m_centre.session());
    m_tickets = std::make_unique<TicketService>(m_centre.database(), m_centre.session());
    m_incidents = std::make_unique<IncidentService>(m_centre.database(), m_centre.session());
    m_settings = std::make_unique<SettingsService>(m_centre.database(), m_centre.session());
    const QString damaged = m_centre.damageOpen();
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
}

void TestReadFailureDialogs::showsTheErrorAndWaits_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("staff dialog: the rooms") << QStringLiteral("staff");
    QTest::newRow("drop-in dialog: the rooms") << QStringLiteral("dropin");
    QTest::newRow("incident dialog: the staff") << QStringLiteral("incident");
    QTest::newRow("new ticket: the owners") << QStringLiteral("ticket");
    QTest::newRow("settings page") << QStringLiteral("settings");
    QTest::newRow("label settings") << QStringLiteral("labels");
    QTest::newRow("privacy page: the retention") << QStringLiteral("privacy");
    QTest::newRow("time-zone banner") << QStringLiteral("banner");
}

void TestReadFailureDialogs::showsTheErrorAndWaits()
{
    QFETCH(QString, what);
    Database& database = m_centre.database();
    Session& session = m_centre.session();
    std::unique_ptr<QWidget> widget;
    Expectation expect;
    if (what == QLatin1String("staff")) {
        StaffMember member;
        member.firstName = QStringLiteral("Ana");
        member.lastName = QStringLiteral("Silva");
        member.roomId = 1;
        widget = std::make_unique<StaffDialog>(*m_store, member);
        expect = {QStringLiteral("errorLabel"), QStringLiteral("saveButton")};
    } else if (what == QLatin1String("dropin")) {
        widget = std::make_unique<DropInDialog>(*m_families, *m_store, *m_attendance, 0);
        expect = {QStringLiteral("dropInErrorLabel"), QStringLiteral("registerButton")};
    } else if (what == QLatin1String("incident")) {
        auto dialog = std::make_unique<IncidentDialog>(*m_incidents, *m_families, *m_store);
        dialog->setIncident(Incident());
        widget = std::move(dialog);
        expect = {QStringLiteral("errorLabel"), QStringLiteral("saveButton")};
    } else if (what == QLatin1String("ticket")) {
        widget = std::make_unique<TicketCaptureDialog>(*m_tickets, *m_families, *m_store);
        expect = {QStringLiteral("readErrorLabel"), QStringLiteral("saveButton")};
    } else if (what == QLatin1String("settings")) {
        widget = std::make_unique<SettingsPage>(database, session, *m_settings);
        expect = {QStringLiteral("settingsMessageLabel"), QStringLiteral("saveSettingsButton")};
    } else if (what == QLatin1String("labels")) {
        widget = std::make_unique<LabelSettingsDialog>(database, *m_settings);
        expect = {QStringLiteral("labelSettingsErrorLabel"), QString()};
    } else if (what == QLatin1String("privacy")) {
        widget = std::make_unique<PrivacyPage>(database, session, *m_families);
        expect = {QStringLiteral("privacyStatusLabel"), QStringLiteral("retentionSpinBox")};
    } else if (what == QLatin1String("banner")) {
        widget = std::make_unique<TimeZoneBanner>(database, session, *m_settings);
        expect = {QStringLiteral("timeZoneBannerLabel"), QString()};
    }
    QVERIFY(widget);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    auto* error = widget->findChild<QLabel*>(expect.errorLabel);
    QVERIFY2(error, qPrintable(expect.errorLabel));
    QVERIFY2(error->isVisible(), "the read error is not shown");
    QVERIFY2(error->text().contains(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("damaged")), qPrintable(error->text()));
    if (!expect.disabled.isEmpty()) {
        auto* waiting = widget->findChild<QWidget*>(expect.disabled);
        QVERIFY2(waiting, qPrintable(expect.disabled));
        QVERIFY2(!waiting->isEnabled(), "saving does not wait for a list that could be read");
    }
    if (what == QLatin1String("labels")) {
        auto* buttons = widget->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
    }
}

void TestReadFailureDialogs::ticketsPageFiltersSayTheirListsCouldNotBeRead()
{
    TicketsPage page(m_centre.database(), m_centre.session(), *m_tickets, *m_families, *m_store);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const auto& [name, text] :
         {std::pair {QStringLiteral("ownerFilterComboBox"), "Staff list could not be read"},
          std::pair {QStringLiteral("familyFilterComboBox"), "Family list could not be read"}}) {
        auto* combo = page.findChild<QComboBox*>(name);
        QVERIFY2(combo, qPrintable(name));
        const int index = combo->findText(QLatin1String(text));
        QVERIFY2(index >= 0, "a list that could not be read looks complete");
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        QVERIFY(model && !model->item(index)->isEnabled());
        QVERIFY2(combo->toolTip().startsWith(QLatin1String("Could not read the data file: ")),
                 qPrintable(combo->toolTip()));
    }
    auto* error = page.findChild<QLabel*>(QStringLiteral("ticketsReadErrorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
}

QTEST_MAIN(TestReadFailureDialogs)
#include "TestReadFailureDialogs.moc"
