// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// The first step of a field path from Error::field, such as "children[0].restrictions[1].reason":
// name "children", index 0, rest "restrictions[1].reason". Index is -1 when the step has none.
struct FieldPath
{
    QString name;
    int index = -1;
    QString rest;

    static FieldPath head(const QString& path);
};

} // namespace Kindred
