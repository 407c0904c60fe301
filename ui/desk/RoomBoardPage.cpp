// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/RoomBoardPage.h"

#include "Services.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "desk/CorrectionDialog.h"
#include "desk/WallBoardWindow.h"
#include "print/ReportRenderer.h"
#include "reports/SignInSheet.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/LabelledField.h"
#include "widgets/LiveRefresh.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Kindred {

RoomBoardPage::RoomBoardPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_database(services.database())
    , m_centre(services.centre())
    , m_session(services.session())
    , m_staff(services.staffAttendance())
    , m_corrections(services.corrections())
    , m_tableWidget(new QTableWidget(0, ColumnCount, this))
    , m_totalLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_staffComboBox(new QComboBox(this))
    , m_roomComboBox(new QComboBox(this))
    , m_childrenListWidget(new QListWidget(this))
    , m_notCheckedOutListWidget(new QListWidget(this))
    , m_sheetDateEdit(new QDateEdit(Clock::currentDate(), this))
    , m_sheetRoomComboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("roomBoardPage"));
    m_tableWidget->setObjectName(QStringLiteral("roomBoardTableWidget"));
    m_tableWidget->setAccessibleName(tr("Rooms"));
    m_totalLabel->setObjectName(QStringLiteral("presentTotalLabel"));
    m_totalLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setObjectName(QStringLiteral("boardReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_staffComboBox->setObjectName(QStringLiteral("clockStaffComboBox"));
    m_roomComboBox->setObjectName(QStringLiteral("clockRoomComboBox"));
    m_notCheckedOutListWidget->setObjectName(QStringLiteral("notCheckedOutListWidget"));
    m_notCheckedOutListWidget->setAccessibleName(tr("Not checked out"));
    m_childrenListWidget->setObjectName(QStringLiteral("boardChildrenListWidget"));
    m_childrenListWidget->setAccessibleName(tr("Children here"));
    m_childrenListWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_childrenListWidget->setUniformItemSizes(true);
    m_childrenListWidget->setIconSize(QSize(32, 32)); // the photos the families agreed to share
    m_sheetDateEdit->setObjectName(QStringLiteral("sheetDateEdit"));
    m_sheetRoomComboBox->setObjectName(QStringLiteral("sheetRoomComboBox"));

    m_tableWidget->setHorizontalHeaderLabels({tr("Room"), tr("Children here"), tr("Capacity"), tr("Staff clocked in"),
                                              tr("Ratio"), tr("Still here after closing")});
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(RatioColumn, QHeaderView::Interactive);
    m_tableWidget->setColumnWidth(RatioColumn, 330);
    m_tableWidget->setWordWrap(true);
    m_sheetDateEdit->setCalendarPopup(true);
    m_sheetDateEdit->setDisplayFormat(dateEditFormat());
    m_sheetRoomComboBox->addItem(tr("All rooms"), qint64(-1));
    // A read that fails here fails for the board too, which refresh() shows in place of the rooms.
    const auto rooms = m_centre.rooms();
    for (const Room& room : rooms ? rooms.value() : QList<Room> {}) {
        m_roomComboBox->addItem(room.name, room.id);
        m_sheetRoomComboBox->addItem(room.name, room.id);
    }
    const auto staff = m_centre.staff();
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_staffComboBox->addItem(member.fullName(), member.id);
    }

    auto* clockIn = new QPushButton(tr("Clock in"), this);
    auto* clockOut = new QPushButton(tr("Clock out"), this);
    auto* correct = new QPushButton(tr("Correct or void…"), this);
    auto* preview = new QPushButton(tr("Sign-in sheet…"), this);
    auto* pdf = new QPushButton(tr("Save sheet as PDF…"), this);
    clockIn->setObjectName(QStringLiteral("clockInButton"));
    clockOut->setObjectName(QStringLiteral("clockOutButton"));
    correct->setObjectName(QStringLiteral("correctTimeButton"));
    preview->setObjectName(QStringLiteral("sheetPreviewButton"));
    pdf->setObjectName(QStringLiteral("sheetPdfButton"));

    auto* incident = new QPushButton(tr("Log incident… (Ctrl+I)"), this);
    incident->setObjectName(QStringLiteral("boardLogIncidentButton"));
    m_childrenBox = new QGroupBox(tr("Children here (⚠ red: life-threatening allergy)"), this);
    auto* childrenLayout = new QVBoxLayout(m_childrenBox);
    childrenLayout->addWidget(m_childrenListWidget);
    childrenLayout->addWidget(incident, 0, Qt::AlignRight);

    auto* staffBox = new QGroupBox(tr("Staff clock"), this);
    auto* staffLayout = new QHBoxLayout(staffBox);
    staffLayout->addWidget(new LabelledField(tr("Staff member:"), m_staffComboBox, staffBox), 1);
    staffLayout->addWidget(new LabelledField(tr("Room:"), m_roomComboBox, staffBox), 1);
    staffLayout->addWidget(clockIn);
    staffLayout->addWidget(clockOut);

    auto* openBox = new QGroupBox(tr("Not checked out (end of day), then today's check-outs"), this);
    auto* openLayout = new QVBoxLayout(openBox);
    openLayout->addWidget(m_notCheckedOutListWidget);
    openLayout->addWidget(correct, 0, Qt::AlignRight);

    auto* sheetBox = new QGroupBox(tr("Daily sign-in/out sheet"), this);
    auto* sheetLayout = new QHBoxLayout(sheetBox);
    m_sheetDateEdit->setAccessibleName(tr("Day of the sheet"));
    sheetLayout->addWidget(m_sheetDateEdit);
    sheetLayout->addWidget(new LabelledField(tr("Room:"), m_sheetRoomComboBox, sheetBox), 1);
    sheetLayout->addWidget(preview);
    sheetLayout->addWidget(pdf);

    auto* layout = new QVBoxLayout(this);
    QFont total = m_totalLabel->font();
    total.setPointSizeF(total.pointSizeF() * 1.3);
    total.setBold(true);
    m_totalLabel->setFont(total);
    auto* wall = new QPushButton(KeyMap::withKey(tr("Wall display"), KeyMap::WallDisplay), this);
    wall->setObjectName(QStringLiteral("wallDisplayButton"));
    wall->setToolTip(tr("Shows the rooms full screen, in large type, for a screen on the wall: counts, staff and "
                        "ratios, no children's names."));
    auto* top = new QHBoxLayout;
    top->addWidget(m_totalLabel, 1);
    top->addWidget(wall);
    layout->addLayout(top);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_tableWidget, 2);
    layout->addWidget(m_childrenBox, 2);
    layout->addWidget(staffBox);
    layout->addWidget(openBox, 1);
    layout->addWidget(sheetBox);

    connect(incident, &QPushButton::clicked, this, &RoomBoardPage::logIncidentForSelected);
    auto* incidentShortcut = new QShortcut(KeyMap::sequence(KeyMap::LogIncidentForChosen), this);
    incidentShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(incidentShortcut, &QShortcut::activated, this, &RoomBoardPage::logIncidentForSelected);
    connect(wall, &QPushButton::clicked, this, &RoomBoardPage::showWallDisplay);
    auto* wallShortcut = new QShortcut(KeyMap::sequence(KeyMap::WallDisplay), this);
    wallShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(wallShortcut, &QShortcut::activated, this, &RoomBoardPage::showWallDisplay);
    connect(clockIn, &QPushButton::clicked, this, &RoomBoardPage::clockIn);
    connect(clockOut, &QPushButton::clicked, this, &RoomBoardPage::clockOut);
    connect(correct, &QPushButton::clicked, this, &RoomBoardPage::correctSelected);
    connect(preview, &QPushButton::clicked, this, &RoomBoardPage::previewSheet);
    connect(pdf, &QPushButton::clicked, this, &RoomBoardPage::saveSheetPdf);
    PermissionGate::bind(m_session, incident, {Permission::LogIncidents});
    PermissionGate::bind(m_session, incidentShortcut, {Permission::LogIncidents});
    PermissionGate::bind(m_session, staffBox, {Permission::CheckInOut});
    PermissionGate::bind(m_session, correct, {Permission::CorrectAttendance});
    // The sheet needs what it needs through Reports (core refuses otherwise).
    PermissionGate::bind(m_session, preview, {Permission::ViewReports});
    PermissionGate::bind(m_session, pdf, {Permission::ViewReports});
    connect(&services.attendance(), &AttendanceService::attendanceChanged, this, &RoomBoardPage::refresh);
    connect(&m_staff, &StaffAttendance::staffAttendanceChanged, this, &RoomBoardPage::refresh);
    connect(&m_corrections, &AttendanceCorrections::attendanceCorrected, this, &RoomBoardPage::refresh);
    // Read again for whoever signs in: the board was read while the screen was locked (nobody may read).
    connect(&m_session, &Session::actorChanged, this, &RoomBoardPage::refresh);
    // What other stations commit: children and staff in and out, a room's name, an allergy on the board.
    new LiveRefresh(services.changes(),
                    ChangeFeed::Topic::Attendance | ChangeFeed::Topic::Families | ChangeFeed::Topic::Health
                        | ChangeFeed::Topic::Centre,
                    this, [this] { refresh(); });
    auto* timer = new QTimer(this); // late flags appear when closing time passes
    timer->start(60 * 1000);
    connect(timer, &QTimer::timeout, this, &RoomBoardPage::refresh);
    refresh();
}

void RoomBoardPage::showWallDisplay()
{
    if (!m_wallBoard) {
        m_wallBoard = new WallBoardWindow(m_services, this);
    }
    // On a second screen when there is one: the desk's own screen stays the desk.
    QScreen* own = screen();
    for (QScreen* candidate : QGuiApplication::screens()) {
        if (candidate != own) {
            m_wallBoard->setScreen(candidate);
            m_wallBoard->move(candidate->geometry().topLeft());
            break;
        }
    }
    m_wallBoard->showFullScreen();
    m_wallBoard->raise();
    m_wallBoard->activateWindow();
}

void RoomBoardPage::refresh()
{
    const auto read = RoomBoard(m_database, m_session).rooms();
    if (!read) {
        showReadError(read.errorString());
    } else {
        showReadError({});
    }
    const QList<RoomBoardEntry> entries = read ? read.value() : QList<RoomBoardEntry> {};
    const QLocale locale;
    const QColor alert = Palette::color(Palette::Alert);
    m_tableWidget->setRowCount(int(entries.size()));
    int present = 0;
    int late = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const RoomBoardEntry& e = entries.at(row);
        present += e.presentCount();
        late += e.lateCount;
        QStringList staffNames;
        for (const StaffShift& s : e.staff) {
            staffNames << s.staffName;
        }
        const QString ratio = e.ratio.description(e.room.ratioText());
        // Never colour alone: a room over its capacity says so in words, and every red cell carries the alert sign.
        const QString present = e.isOverCapacity() ? tr("%1 — over capacity").arg(locale.toString(e.presentCount()))
                                                   : locale.toString(e.presentCount());
        const QStringList cells {e.room.name,
                                 present,
                                 e.room.capacity > 0 ? locale.toString(e.room.capacity) : QString(),
                                 staffNames.join(QStringLiteral(", ")), // none: the ratio column says so
                                 ratio,
                                 e.lateCount > 0 ? tr("%1 late").arg(locale.toString(e.lateCount)) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            const bool red = (column == RatioColumn && e.ratio.isOutOfRatio())
                || (column == PresentColumn && e.isOverCapacity()) || (column == LateColumn && e.lateCount > 0);
            if (red) {
                item->setIcon(Icons::icon(Icons::Alert, Palette::Alert));
                item->setForeground(alert);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setData(Qt::UserRole, e.room.id);
            m_tableWidget->setItem(row, column, item);
        }
    }
    m_totalLabel->setText(late > 0 ? tr("%n children here now", nullptr, present)
                                  + tr(" · %n still here after closing", nullptr, late)
                                   : tr("%n children here now", nullptr, present));
    refreshChildren(entries);

    m_notCheckedOutListWidget->clear();
    const auto notCheckedOut = m_corrections.notCheckedOut(Clock::currentDate());
    if (!notCheckedOut) {
        auto* item = new QListWidgetItem(notCheckedOut.errorString(), m_notCheckedOutListWidget);
        item->setForeground(Palette::color(Palette::Alert));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const AttendanceRecord& r : notCheckedOut.value()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 — in at %3")
                .arg(r.childName, r.roomName, SignInSheet::localTime(r.checkedInAt, Clock::currentDate())),
            m_notCheckedOutListWidget);
        item->setData(Qt::UserRole, r.id);
    }
    // Today's check-outs, so that a mistaken one can be voided (which reopens the stay).
    const auto checkedOut = m_corrections.checkedOutOn(Clock::currentDate());
    if (!checkedOut) {
        auto* item = new QListWidgetItem(checkedOut.errorString(), m_notCheckedOutListWidget);
        item->setForeground(Palette::color(Palette::Alert));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const AttendanceRecord& r : checkedOut.value()) {
        auto* item = new QListWidgetItem(tr("%1 — %2 — out at %3 with %4")
                                             .arg(r.childName, r.roomName,
                                                  SignInSheet::localTime(r.checkedOutAt, Clock::currentDate()),
                                                  r.collectedByName),
                                         m_notCheckedOutListWidget);
        item->setData(Qt::UserRole, r.id);
        item->setForeground(Palette::color(Palette::Absent));
    }
}

void RoomBoardPage::showReadError(const QString& message)
{
    m_readErrorLabel->setText(message);
    m_readErrorLabel->setVisible(!message.isEmpty());
    m_totalLabel->setVisible(message.isEmpty());
    m_tableWidget->setVisible(message.isEmpty());
    m_childrenBox->setVisible(message.isEmpty());
}

void RoomBoardPage::refreshChildren(const QList<RoomBoardEntry>& entries)
{
    QSet<qint64> selected;
    for (const QListWidgetItem* item : m_childrenListWidget->selectedItems()) {
        selected.insert(item->data(Qt::UserRole).toLongLong());
    }
    m_childrenListWidget->clear();
    const QColor alert = Palette::color(Palette::Alert);
    QPixmap noPhoto(m_childrenListWidget->iconSize());
    noPhoto.fill(Qt::transparent);
    for (const RoomBoardEntry& e : entries) {
        for (const BoardChild& c : e.children) {
            QString text
                = tr("%1 — %2 — since %3 · code %4")
                      .arg(c.stay.childName, e.room.name,
                           SignInSheet::localTime(c.stay.checkedInAt, Clock::currentDate()), c.stay.securityCode);
            if (!c.lifeThreateningAllergens.isEmpty()) {
                text = tr("⚠ %1 — LIFE-THREATENING: %2")
                           .arg(text, c.lifeThreateningAllergens.join(QStringLiteral(", ")));
            }
            auto* item = new QListWidgetItem(text, m_childrenListWidget);
            item->setData(Qt::UserRole, c.stay.childId);
            QPixmap photo; // only with the family's photo consent: core leaves the others out
            if (!c.photo.isEmpty() && photo.loadFromData(c.photo)) {
                item->setIcon(QIcon(photo));
            } else {
                item->setData(Qt::DecorationRole, noPhoto); // rows of one height, names in one column
            }
            if (!c.lifeThreateningAllergens.isEmpty() || c.stillHereAfterClosing) {
                item->setForeground(alert);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setSelected(selected.contains(c.stay.childId));
        }
    }
}

void RoomBoardPage::logIncidentForSelected()
{
    QList<qint64> ids;
    for (const QListWidgetItem* item : m_childrenListWidget->selectedItems()) {
        ids << item->data(Qt::UserRole).toLongLong();
    }
    if (ids.isEmpty()) {
        MessageBox::information(this, tr("Log incident"),
                                tr("Choose the children involved in the \"Children here\" list first."));
        return;
    }
    emit logIncidentRequested(ids);
}

void RoomBoardPage::clockIn()
{
    auto done
        = m_staff.clockIn(m_staffComboBox->currentData().toLongLong(), m_roomComboBox->currentData().toLongLong());
    if (!done) {
        MessageBox::warning(this, tr("Clock in"), done.errorString());
    }
}

void RoomBoardPage::clockOut()
{
    auto done = m_staff.clockOut(m_staffComboBox->currentData().toLongLong());
    if (!done) {
        MessageBox::warning(this, tr("Clock out"), done.errorString());
    }
}

void RoomBoardPage::correctSelected()
{
    const QListWidgetItem* item = m_notCheckedOutListWidget->currentItem();
    if (!item) {
        MessageBox::information(this, tr("Correct a time"), tr("Choose a child in the list first."));
        return;
    }
    auto* dialog = new CorrectionDialog(m_corrections, item->data(Qt::UserRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RoomBoardPage::previewSheet()
{
    const auto built = SignInSheet::build(m_database, m_session, m_sheetDateEdit->date(),
                                          m_sheetRoomComboBox->currentData().toLongLong());
    if (!built) {
        MessageBox::critical(this, tr("Sign-in sheet"), built.errorString());
        return;
    }
    const ReportDocument& doc = built.value();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportRenderer::defaultPageSize()));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(doc.title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(doc, p); });
    preview.exec();
}

void RoomBoardPage::saveSheetPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the sign-in sheet"),
        QStringLiteral("sign-in-%1.pdf").arg(m_sheetDateEdit->date().toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto built = SignInSheet::build(m_database, m_session, m_sheetDateEdit->date(),
                                          m_sheetRoomComboBox->currentData().toLongLong());
    if (!built) {
        MessageBox::critical(this, tr("Save the sign-in sheet"), built.errorString());
        return;
    }
    if (auto written = ReportRenderer::writePdf(built.value(), path, ReportRenderer::defaultPageSize()); !written) {
        MessageBox::critical(this, tr("Save the sign-in sheet"), written.errorString());
    }
}

} // namespace Kindred
