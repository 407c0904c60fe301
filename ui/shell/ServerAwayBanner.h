// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Kindred {

class ServerWatch;

// A strip across the top of the main window while the centre server cannot be reached (ServerWatch): since when,
// that nothing typed is lost, and where the emergency roll call is. Goes away by itself when the server answers.
class ServerAwayBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ServerAwayBanner(ServerWatch& watch, QWidget* parent = nullptr);
};

} // namespace Kindred
