// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Kindred {

class Services;
struct RoomBoardEntry;

// The who's-here board for a wall display: full screen, large type, one card per room with the children's count,
// the staff clocked in and the ratio in one plain sentence, read again whenever attendance or a staff clock changes
// and every half minute. It shows counts and staff names only, never a child's name or photo: a wall is seen by
// visitors. It reads what the signed-in person may read; while the desk is locked it says so instead of showing
// figures that would go stale. Esc closes it; F11 leaves or returns to full screen.
class WallBoardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WallBoardWindow(Services& services, QWidget* parent = nullptr);

    void refresh();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* roomCard(const RoomBoardEntry& entry) const;
    void clearCards();

    Services& m_services;
    QLabel* m_titleLabel;
    QLabel* m_totalLabel;
    QLabel* m_updatedLabel;
    QLabel* m_messageLabel;
    QWidget* m_cards;
    QGridLayout* m_cardsLayout;
};

} // namespace Kindred
