// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "centre/SettingsService.h"
#include "print/ReportRenderer.h"
#include "reports/TicketHistoryReport.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QTest>

using namespace Kindred;

class TestTicketHistoryReport : public QObject
{
    Q_OBJECT

private slots:
    void sharedNotesAndOutcomeOnly();
    void unknownFamilyRefused();
};

namespace {
QString allText(const ReportDocument& doc)
{
    QStringList parts {doc.title, doc.subtitle};
    for (const auto& block : doc.blocks) {
        if (const auto* p = std::get_if<ReportDocument::Paragraph>(&block)) {
            parts << p->text;
        } else if (const auto* h = std::get_if<ReportDocument::Heading>(&block)) {
            parts << h->text;
        } else if (const auto* kv = std::get_if<ReportDocument::KeyValues>(&block)) {
            for (const auto& pair : kv->pairs) {
                parts << pair.first + QStringLiteral(": ") + pair.second;
            }
        } else if (const auto* t = std::get_if<ReportDocument::Table>(&block)) {
            for (const QStringList& row : t->rows) {
                parts << row.join(QStringLiteral(" | "));
            }
        }
    }
    return parts.join(QLatin1Char('\n'));
}
} // namespace

void TestTicketHistoryReport::sharedNotesAndOutcomeOnly()
{
    MockClock clock(TicketTestData::melbourne(2026, 3, 2, 9));
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    QVERIFY(settings.setValue(SettingsService::CentreName, QStringLiteral("Wattle Tree Early Learning")).ok());
    QVERIFY(settings.setValue(SettingsService::CentreAddress, QStringLiteral("1 Gum Road, Fitzroy VIC 3065")).ok());
    const qint64 staff = TicketTestData::addStaff(centre, QStringLiteral("Priya"), QStringLiteral("Shah"));
    centre.session().signIn(centre.centre().staffMember(staff).value());
    const Family family = TicketTestData::addFamily(centre, QStringLiteral("Okafor"));
    TicketService service(centre.database(), centre.session());

    TicketDraft draft;
    draft.familyId = family.id;
    draft.raisedByPersonId = family.adults.first().id;
    draft.childIds << family.children.first().id;
    draft.channel = TicketChannel::Phone;
    draft.subject = QStringLiteral("Lunch served cold");
    draft.parentWords = QStringLiteral("Amara said her pasta was cold three days running.");
    const qint64 id = service.capture(draft).value();
    clock.advanceSecs(1200);
    QVERIFY(service.acknowledge(id).ok());
    QVERIFY(service.addNote(id, QStringLiteral("Cook on leave; relief cook unaware of the warmer"), false).ok());
    clock.advanceSecs(3600);
    QVERIFY(service.addNote(id, QStringLiteral("We are checking lunch temperatures every day this week."), true).ok());
    clock.advanceSecs(86400);
    QVERIFY(service.resolve(id, QStringLiteral("Food warmer back in use; temperatures logged daily")).ok());
    QVERIFY(service.close(id, {TicketFollowUp {true, 5, QStringLiteral("Warm every day now")}, {}}).ok());
    TicketDraft second = draft;
    second.kind = TicketKind::Compliment;
    second.category = TicketCategory::Staff;
    second.subject = QStringLiteral("Thank you to the Possums room");
    second.parentWords.clear();
    QVERIFY(service.capture(second).ok());

    auto doc = TicketHistoryReport::build(centre.database(), centre.session(), family.id);
    QVERIFY2(doc.ok(), qPrintable(doc.errorString()));
    QCOMPARE(doc->centreName, QStringLiteral("Wattle Tree Early Learning"));
    QVERIFY(doc->title.contains(QStringLiteral("Okafor")));
    const QString text = allText(doc.value());
    QVERIFY(text.contains(QStringLiteral("Lunch served cold")));
    QVERIFY(text.contains(QStringLiteral("pasta was cold")));
    QVERIFY(text.contains(QStringLiteral("checking lunch temperatures")));
    QVERIFY(text.contains(QStringLiteral("Food warmer back in use")));
    QVERIFY(text.contains(QStringLiteral("Warm every day now")));
    QVERIFY(text.contains(QStringLiteral("Thank you to the Possums room")));
    QVERIFY2(!text.contains(QStringLiteral("relief cook")), "an internal note was printed");
    QVERIFY(!text.contains(QStringLiteral("Reassigned")));

    const QString dir
        = qEnvironmentVariableIsSet("KINDRED_KEEP_PDF") ? qEnvironmentVariable("KINDRED_KEEP_PDF") : centre.dirPath();
    const QString path = dir + QStringLiteral("/ticket-history.pdf");
    const auto pages = ReportRenderer::writePdf(doc.value(), path);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QVERIFY(pages.value() >= 1);
    QVERIFY(QFile(path).size() > 1000);
}

void TestTicketHistoryReport::unknownFamilyRefused()
{
    TestCentre centre;
    QVERIFY(!TicketHistoryReport::build(centre.database(), centre.session(), 4242).ok());
}

QTEST_MAIN(TestTicketHistoryReport)
#include "TestTicketHistoryReport.moc"
