// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/StaffAttendance.h"
#include "centre/ReportHeader.h"
#include "centre/SettingsService.h"
#include "health/HealthRecordService.h"
#include "incidents/RollCall.h"
#include "print/ReportRenderer.h"

#include <QFile>
#include <QTest>

using namespace Kindred;

// The roll call must be exactly who is on the premises: every child checked in and not out (in the
// room of the visit) and every staff member clocked in and not out, with what an emergency needs.
class TestRollCall : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void equalsWhoIsOnThePremises_data();
    void equalsWhoIsOnThePremises();
    void carriesAllergiesNotesAndContacts();
    void printableRollCallListsEveryone();
    void printableRollCallCarriesTheLetterhead();

private:
    qint64 childByName(const QString& first) const;
    qint64 staffByName(const QString& first) const;
    qint64 roomByName(const QString& name) const;
    void apply(const QStringList& events);
    static QStringList describe(const QList<RollCallPerson>& people);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
    std::unique_ptr<StaffAttendance> m_staff;
    Room m_wombats;
    Family m_tan;
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");
}

void TestRollCall::init()
{
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2026, 3, 10), QTime(7, 30), Melbourne));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    const SystemActor system(m_f->centre.session()); // set-up as the system; the fixture signed in a receptionist
    m_wombats = Room {0, QStringLiteral("Wombats"), 36, 72, 20, 10, false};
    QVERIFY(m_f->centre.centre().saveRoom(m_wombats));
    m_tan = TestCentre::sampleFamily(QStringLiteral("Tan"));
    m_tan.adults[0].firstName = QStringLiteral("Mei");
    Child& li = m_tan.children[0];
    li.firstName = QStringLiteral("Li");
    li.roomId = m_wombats.id;
    li.allergies << Allergy {QStringLiteral("Egg"), AllergySeverity::Moderate, QStringLiteral("Hives"), {}}
                 << Allergy {QStringLiteral("Bee sting"), AllergySeverity::LifeThreatening,
                             QStringLiteral("Anaphylaxis"), QStringLiteral("EpiPen in office")};
    li.emergencyContacts.clear();
    li.emergencyContacts
        << EmergencyContact {QStringLiteral("Mei Tan"), QStringLiteral("Mother"), QStringLiteral("0412 000 001")}
        << EmergencyContact {QStringLiteral("Wen Tan"), QStringLiteral("Uncle"), QStringLiteral("0412 000 002")}
        << EmergencyContact {QStringLiteral("Ana Lopez"), QStringLiteral("Neighbour"), QStringLiteral("03 9000 0003")};
    const auto saved = m_f->centre.families().save(m_tan);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    m_staff = std::make_unique<StaffAttendance>(m_f->centre.database(), m_f->centre.session());
}

void TestRollCall::cleanup()
{
    m_staff.reset();
    m_f.reset();
    m_clock.reset();
}

qint64 TestRollCall::childByName(const QString& first) const
{
    if (first == QLatin1String("Amara")) {
        return m_f->amara();
    }
    if (first == QLatin1String("Chidi")) {
        return m_f->chidi();
    }
    if (first == QLatin1String("Mateo")) {
        return m_f->mateo();
    }
    return first == QLatin1String("Li") ? m_tan.children[0].id : 0;
}

qint64 TestRollCall::staffByName(const QString& first) const
{
    for (const StaffMember* m : {&m_f->receptionist, &m_f->director, &m_f->educator}) {
        if (m->firstName == first) {
            return m->id;
        }
    }
    return 0;
}

qint64 TestRollCall::roomByName(const QString& name) const
{
    return name == QLatin1String("Wombats") ? m_wombats.id : m_f->room.id;
}

qint64 adultFor(const AttendanceFixture& f, const Family& tan, const QString& child)
{
    if (child == QLatin1String("Mateo")) {
        return f.lucia();
    }
    return child == QLatin1String("Li") ? tan.adults[0].id : f.mother();
}

// Events, applied in order a minute apart: "in:Amara", "out:Amara", "clockin:Eli@Wombats", "clockout:Eli".
void TestRollCall::apply(const QStringList& events)
{
    for (const QString& event : events) {
        m_clock->advanceSecs(60);
        const QString verb = event.section(QLatin1Char(':'), 0, 0);
        const QString who = event.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0);
        const QString room = event.section(QLatin1Char('@'), 1);
        bool ok = false;
        QString why;
        if (verb == QLatin1String("in")) {
            const auto done = m_f->service.checkIn({childByName(who)}, adultFor(*m_f, m_tan, who));
            ok = done.ok();
            why = done.ok() ? QString() : done.errorString();
        } else if (verb == QLatin1String("out")) {
            const auto done = m_f->service.checkOut(childByName(who), adultFor(*m_f, m_tan, who));
            ok = done.ok();
            why = done.ok() ? QString() : done.errorString();
        } else if (verb == QLatin1String("clockin")) {
            const auto done = m_staff->clockIn(staffByName(who), roomByName(room));
            ok = done.ok();
            why = done.ok() ? QString() : done.errorString();
        } else if (verb == QLatin1String("clockout")) {
            const auto done = m_staff->clockOut(staffByName(who));
            ok = done.ok();
            why = done.ok() ? QString() : done.errorString();
        }
        QVERIFY2(ok, qPrintable(event + QStringLiteral(": ") + why));
    }
}

// "child Koalas Amara Okafor", "staff Wombats Eli Staff": what the roll call says, in its order.
QStringList TestRollCall::describe(const QList<RollCallPerson>& people)
{
    QStringList out;
    for (const RollCallPerson& p : people) {
        out << QStringLiteral("%1 %2 %3").arg(RollCallPerson::kindKey(p.kind), p.roomName, p.name);
    }
    return out;
}

void TestRollCall::equalsWhoIsOnThePremises_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nobody in yet") << QStringList {} << QStringList {};
    QTest::newRow("one child in, nobody clocked in")
        << QStringList {QStringLiteral("in:Amara")} << QStringList {QStringLiteral("child Koalas Amara Okafor")};
    QTest::newRow("siblings in, one collected again")
        << QStringList {QStringLiteral("in:Amara"), QStringLiteral("in:Chidi"), QStringLiteral("out:Chidi")}
        << QStringList {QStringLiteral("child Koalas Amara Okafor")};
    QTest::newRow("children in two rooms with their educators")
        << QStringList {QStringLiteral("clockin:Eli@Koalas"), QStringLiteral("clockin:Rosa@Wombats"),
                        QStringLiteral("in:Li"), QStringLiteral("in:Mateo"), QStringLiteral("in:Amara")}
        << QStringList {QStringLiteral("child Koalas Amara Okafor"), QStringLiteral("child Koalas Mateo Ruiz"),
                        QStringLiteral("child Wombats Li Tan"), QStringLiteral("staff Koalas Eli Staff"),
                        QStringLiteral("staff Wombats Rosa Staff")};
    QTest::newRow("staff member gone home is not on the roll")
        << QStringList {QStringLiteral("clockin:Eli@Koalas"), QStringLiteral("clockin:Dana@Koalas"),
                        QStringLiteral("in:Mateo"), QStringLiteral("clockout:Dana")}
        << QStringList {QStringLiteral("child Koalas Mateo Ruiz"), QStringLiteral("staff Koalas Eli Staff")};
    QTest::newRow("staff clocked out and back in to another room appears once")
        << QStringList {QStringLiteral("clockin:Eli@Koalas"), QStringLiteral("clockout:Eli"),
                        QStringLiteral("clockin:Eli@Wombats")}
        << QStringList {QStringLiteral("staff Wombats Eli Staff")};
    QTest::newRow("child collected and brought back appears once")
        << QStringList {QStringLiteral("in:Li"), QStringLiteral("out:Li"), QStringLiteral("in:Li")}
        << QStringList {QStringLiteral("child Wombats Li Tan")};
    QTest::newRow("everyone collected and every educator gone home")
        << QStringList {QStringLiteral("clockin:Eli@Koalas"),
                        QStringLiteral("in:Amara"),
                        QStringLiteral("in:Li"),
                        QStringLiteral("out:Amara"),
                        QStringLiteral("out:Li"),
                        QStringLiteral("clockout:Eli")}
        << QStringList {};
}

void TestRollCall::equalsWhoIsOnThePremises()
{
    QFETCH(QStringList, events);
    QFETCH(QStringList, expected);
    apply(events);
    const QList<RollCallPerson> people = RollCall(m_f->centre.database(), m_f->centre.session()).onPremises().value();
    QCOMPARE(describe(people), expected);
    // Cross-check against attendance and shifts themselves: the same people, nobody twice.
    QSet<qint64> children;
    QSet<qint64> staff;
    for (const RollCallPerson& p : people) {
        QVERIFY2(!(p.isChild() ? children : staff).contains(p.id), qPrintable(p.name));
        (p.isChild() ? children : staff).insert(p.id);
        QVERIFY(p.since.isValid());
        QVERIFY(p.since <= Clock::currentDateTimeUtc());
    }
    QSet<qint64> onDuty;
    const auto shifts = m_staff->onDuty();
    QVERIFY(shifts.ok());
    for (const StaffShift& shift : shifts.value()) {
        onDuty.insert(shift.staffId);
    }
    QCOMPARE(staff, onDuty);
}

void TestRollCall::carriesAllergiesNotesAndContacts()
{
    HealthRecordService health(m_f->centre.database(), m_f->centre.session());
    MedicalCondition asthma {0, m_tan.children[0].id, QStringLiteral("Asthma"), QStringLiteral("Ventolin 2 puffs")};
    {
        const SystemActor system(m_f->centre.session()); // the receptionist at the desk may not edit health records
        QVERIFY(health.saveCondition(asthma));
    }
    apply({QStringLiteral("clockin:Eli@Koalas"), QStringLiteral("in:Amara"), QStringLiteral("in:Li"),
           QStringLiteral("in:Mateo")});
    // Read by the receptionist signed in here: the roll call shows every reader what an emergency needs
    // (TestReadEnforcement reads it as each role and as the locked screen's emergency actor).
    const QList<RollCallPerson> people = RollCall(m_f->centre.database(), m_f->centre.session()).onPremises().value();
    QCOMPARE(people.size(), 4);
    const RollCallPerson& amara = people.at(0);
    QCOMPARE(amara.id, m_f->amara());
    QCOMPARE(amara.lifeThreateningAllergies, QStringList {QStringLiteral("Peanuts (Anaphylaxis; EpiPen)")});
    QVERIFY(amara.otherAllergies.isEmpty());
    QCOMPARE(amara.medicalNotes, QStringLiteral("Epilepsy: seizure plan in office"));
    QCOMPARE(amara.contacts.size(), 1);
    QCOMPARE(amara.contacts.at(0).phone, QStringLiteral("0412 345 678"));

    const RollCallPerson& mateo = people.at(1);
    QCOMPARE(mateo.id, m_f->mateo());
    QVERIFY(!mateo.hasLifeThreateningAllergy());
    QVERIFY(mateo.medicalNotes.isEmpty());

    const RollCallPerson& li = people.at(2);
    QCOMPARE(li.id, m_tan.children[0].id);
    QCOMPARE(li.roomName, QStringLiteral("Wombats"));
    QCOMPARE(li.lifeThreateningAllergies, QStringList {QStringLiteral("Bee sting (Anaphylaxis; EpiPen in office)")});
    QCOMPARE(li.otherAllergies.size(), 1);
    QVERIFY(li.otherAllergies.at(0).startsWith(QStringLiteral("Egg (")));
    QCOMPARE(li.medicalNotes, QStringLiteral("Asthma (Ventolin 2 puffs)"));
    // In calling order, with phones.
    QCOMPARE(li.contacts.size(), 3);
    QCOMPARE(li.contacts.at(0).name, QStringLiteral("Mei Tan"));
    QCOMPARE(li.contacts.at(1).name, QStringLiteral("Wen Tan"));
    QCOMPARE(li.contacts.at(2).name, QStringLiteral("Ana Lopez"));
    QCOMPARE(li.contacts.at(2).phone, QStringLiteral("03 9000 0003"));

    const RollCallPerson& eli = people.at(3);
    QCOMPARE(eli.kind, RollCallPerson::Kind::Staff);
    QCOMPARE(eli.id, m_f->educator.id);
    QCOMPARE(eli.roomName, QStringLiteral("Koalas"));
}

void TestRollCall::printableRollCallListsEveryone()
{
    apply({QStringLiteral("clockin:Eli@Koalas"), QStringLiteral("in:Amara"), QStringLiteral("in:Li")});
    RollCall rollCall(m_f->centre.database(), m_f->centre.session());
    const ReportDocument doc = rollCall.document(rollCall.onPremises().value());
    QStringList names;
    int highlighted = 0;
    for (const ReportDocument::Block& block : doc.blocks) {
        if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
            for (const QStringList& row : table->rows) {
                names << row.value(1);
            }
            highlighted += int(table->highlightedRows.size());
        }
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("Amara Okafor"), QStringLiteral("Li Tan"), QStringLiteral("Eli Staff")}));
    QCOMPARE(highlighted, 2); // both children have a life-threatening allergy
}

// The same letterhead as every other document: the centre's name and address, its logo, and the time
// it was printed in the centre's zone (in the subtitle too: an evacuation list says when it was taken).
void TestRollCall::printableRollCallCarriesTheLetterhead()
{
    {
        const SystemActor system(m_f->centre.session());
        SettingsService settings(m_f->centre.database(), m_f->centre.session());
        QVERIFY(settings.setValue(SettingsService::CentreName, QStringLiteral("Wattle Tree Early Learning")).ok());
        QVERIFY(settings.setValue(SettingsService::CentreAddress, QStringLiteral("1 Gum Road, Fitzroy")).ok());
        QImage logo(64, 64, QImage::Format_ARGB32);
        logo.fill(QColor(0x2a, 0x7a, 0x4a));
        QVERIFY(ReportHeader::setLogo(m_f->centre.database(), m_f->centre.session(), logo).ok());
    }
    apply({QStringLiteral("in:Amara")});
    RollCall rollCall(m_f->centre.database(), m_f->centre.session());
    const ReportDocument doc = rollCall.document(rollCall.onPremises().value());
    QCOMPARE(doc.centreName, QStringLiteral("Wattle Tree Early Learning"));
    QVERIFY(doc.centreDetails.contains(QStringLiteral("1 Gum Road, Fitzroy")));
    QVERIFY(!doc.logo.isNull());
    const QDateTime now = Clock::currentDateTimeUtc();
    QCOMPARE(doc.generatedAt, now);
    QCOMPARE(doc.generatedAt.timeZone(), Melbourne); // printed in the centre's time
    QVERIFY2(doc.subtitle.startsWith(ReportHeader::shownAt(now)), qPrintable(doc.subtitle));
    QVERIFY(ReportHeader::shownAt(now).contains(QStringLiteral("7:3"))); // 7:3x in Melbourne, not UTC

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll-call.pdf"));
    const auto pages = ReportRenderer::writePdf(doc, path);
    QVERIFY2(pages, qPrintable(pages.errorString()));
    if (!qEnvironmentVariableIsEmpty("KINDRED_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_KEEP_PDF") + QStringLiteral("/roll-call.pdf"));
    }
}

QTEST_MAIN(TestRollCall)
#include "TestRollCall.moc"
