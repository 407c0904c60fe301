// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// One centre of a chain (issue 16, point 8); a single centre is one site. Its rooms, its children's
// enrolments, and the attendance, shifts, tickets and incidents recorded there belong to it (schema 19).
struct Site
{
    static constexpr qint64 First = 1; // every record written before schema 19 belongs to it

    qint64 id = 0;
    QString name;
    bool archived = false;
};

} // namespace Kindred
