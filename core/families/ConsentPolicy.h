// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QByteArray>
#include <QStringList>

namespace Kindred {

// The consents a family gives, in one place, so that every label, board, report and export asks the
// same question: a child's photo only with photo consent; an adult in the parent directory only with
// directory consent; a family's cultures and celebrations shared only with its consent.
class ConsentPolicy
{
public:
    static bool mayShowPhoto(const Child& child) { return child.photoConsent; }
    // The photo to put on a label, board or report: empty without consent.
    static QByteArray childPhoto(const Child& child) { return mayShowPhoto(child) ? child.photo : QByteArray(); }
    static bool mayAppearInDirectory(const Person& person) { return person.isGuardian && person.directoryConsent; }
    // Cultures and celebrations the family agreed to share with the centre community.
    static QStringList sharedCultures(const Family& family);
    static QStringList sharedCelebrations(const Family& family);
};

} // namespace Kindred
