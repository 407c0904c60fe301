// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"

#include "TestStore.h"
#include "base/Clock.h"
#include "centre/DataFile.h"
#include "demo/DemoCentreGenerator.h"

#include <QDebug>

namespace Kindred {

TestCentre::TestCentre()
    : m_closedSession(std::make_unique<Session>(SystemActorKind::Demo))
{
    if (TestStore::onServer()) {
        auto created = TestStore::createServerDatabase();
        if (!created) {
            qWarning() << "TestCentre: cannot make a database on the test server:" << created.errorString()
                       << created.error().detail;
            return;
        }
        m_server = TestStore::asStationRole() ? TestStore::asStation(created.value()) : created.value();
    }
    open();
}

TestCentre::~TestCentre()
{
    if (m_server) {
        m_services.reset();
        TestStore::dropServerDatabase(*m_server);
    }
}

QString TestCentre::path() const
{
    if (m_server) {
        return m_server->displayText();
    }
    return m_dir.filePath(QStringLiteral("centre.kindred"));
}

bool TestCentre::open()
{
    auto opened = m_server ? DataFile::openServer(*m_server) : DataFile::open(path());
    if (!opened) {
        qWarning() << "TestCentre: cannot open" << path() << opened.errorString();
        return false;
    }
    m_services = std::make_unique<Services>(std::move(opened).value(), std::move(m_closedSession));
    return true;
}

bool TestCentre::reopen()
{
    if (m_services) {
        m_closedSession = Services::close(std::move(m_services));
    }
    return open();
}

bool TestCentre::generateDemo(int children, quint32 seed)
{
    DemoCentreOptions options;
    options.children = children;
    options.seed = seed;
    options.photos = false;
    auto generated = DemoCentreGenerator(database()).generate(options);
    if (!generated) {
        qWarning() << "TestCentre: demo generation failed:" << generated.errorString();
    }
    return generated.ok();
}

Family TestCentre::sampleFamily(const QString& name)
{
    Family family;
    family.householdName = name;
    family.status = FamilyStatus::Enrolled;
    Person mother;
    mother.id = -1;
    mother.firstName = QStringLiteral("Ngozi");
    mother.lastName = name;
    mother.relation = QStringLiteral("Mother");
    mother.isGuardian = true;
    mother.mobilePhone = QStringLiteral("0412 345 678");
    family.adults << mother;
    Child child;
    child.firstName = QStringLiteral("Amara");
    child.lastName = name;
    child.dateOfBirth = Clock::currentDate().addYears(-3);
    child.pickups << PickupAuthorisation {-1, {}, {}, {}};
    child.emergencyContacts << EmergencyContact {QStringLiteral("Ngozi ") + name, QStringLiteral("Mother"),
                                                 QStringLiteral("0412 345 678")};
    family.children << child;
    return family;
}

} // namespace Kindred
