// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

struct DemoCentreOptions
{
    int children = 60;
    quint32 seed = 20261123;
    // Drawn avatars for every person; off by default above a few thousand children, where they
    // would only make the file big.
    bool photos = true;
    QString centreName = QStringLiteral("Kindred Community Early Learning");
    // The centre's IANA time zone ("Europe/Paris"); empty: this computer's. Every demo file has one, so
    // that its days and hours do not depend on who reads it.
    QString timeZone;
    // Staff accounts with documented PINs (director 1111, receptionist 2222, educators 3301–3308) and an
    // administrator "Alex Admin" with the password "kindred-admin-demo"; the other sites' educators
    // continue from 3309.
    bool accounts = true;
    // Sites of a chain (issue 16, point 8). Above 1: site 1 keeps the centre's name and the others are named
    // after suburbs ("Kindred Northside"); each site has the same five rooms, eight educators of its own and
    // its share of the families, and about 2% of the families have children at two sites. With accounts, staff
    // work at one site or two with a role at each (DemoSiteRoles). With 1 the centre is the one site it always
    // was, and a seed builds the same file as before sites existed.
    int sites = 1;
};

struct DemoCentreSummary
{
    int sites = 1;
    int rooms = 0;
    int staff = 0;
    int families = 0;
    int children = 0;
    int adults = 0;
};

// Builds a believable multicultural centre in an empty data file: five rooms by age, ten staff (and
// for each further site its own five rooms and eight educators), families of one to four children
// with guardians, grandparents and nannies as authorised pickups, a few "do not release" court
// orders, allergies (some life-threatening), emergency contacts, bookings for the enrolled children
// (DemoBookings), and drawn avatars. The same seed always builds the same centre; the same code
// scales to 100,000 children for benchmarks (written in large transactions, one audit entry for the
// lot).
class DemoCentreGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoCentreGenerator)

public:
    explicit DemoCentreGenerator(Database& database);

    Result<DemoCentreSummary> generate(const DemoCentreOptions& options);

private:
    Database& m_database;
};

} // namespace Kindred
