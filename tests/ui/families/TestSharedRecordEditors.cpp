// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 4 ("No lost updates") in the staff and room editors: when another desk changed the
// record while the dialog was open, Save is refused, the dialog stays open with what was typed, the bar
// names the fields the other desk changed (before this change it said only "was changed"), and Reload,
// once confirmed, shows the record as it is on file.
#include "TestCentre.h"
#include "admin/RoomDialog.h"
#include "admin/StaffDialog.h"
#include "centre/DataFile.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Kindred;

namespace {

template<typename T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qFatal("no child %s", name);
    }
    return found;
}

// Another front desk: its own connection to the same file.
struct OtherDesk
{
    explicit OtherDesk(const QString& path)
    {
        auto opened = DataFile::open(path);
        if (opened) {
            database = std::move(opened).value();
            centre = std::make_unique<CentreService>(*database, session);
        }
    }

    Session session {SystemActorKind::Demo};
    std::unique_ptr<Database> database;
    std::unique_ptr<CentreService> centre;
};

} // namespace

class TestSharedRecordEditors : public QObject
{
    Q_OBJECT

private slots:
    void staffDialogNamesWhatChanged();
    void roomDialogNamesWhatChanged();
};

void TestSharedRecordEditors::staffDialogNamesWhatChanged()
{
    TestCentre centre;
    StaffMember ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Silva");
    ana.role = StaffRole::Staff;
    ana.phone = QStringLiteral("03 9555 0199");
    QVERIFY(centre.centre().saveStaff(ana).ok());
    auto loaded = centre.centre().staffMember(ana.id);
    QVERIFY(loaded.ok());

    StaffDialog dialog(centre.centre(), loaded.value());
    dialog.show();
    auto* email = child<QLineEdit>(&dialog, "staffEmailLineEdit");
    QTest::keyClicks(email, QStringLiteral("ana@centre.example.org"));

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    auto there = other.centre->staffMember(ana.id);
    QVERIFY(there.ok());
    StaffMember changed = there.value();
    changed.phone = QStringLiteral("03 9555 0123");
    QVERIFY(other.centre->saveStaff(changed).ok());

    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QWidget>(&dialog, "conflictBar")->isVisible());
    const QString text = child<QLabel>(&dialog, "conflictLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("Ana Silva's phone was changed at another desk")), qPrintable(text));
    QCOMPARE(email->text(), QStringLiteral("ana@centre.example.org")); // what was typed is kept

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "reloadButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "staffPhoneLineEdit")->text(), QStringLiteral("03 9555 0123"));
    QTest::keyClicks(email, QStringLiteral("ana@centre.example.org"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible()); // saved from the reloaded copy
    auto now = centre.centre().staffMember(ana.id);
    QVERIFY(now.ok());
    QCOMPARE(now->phone, QStringLiteral("03 9555 0123"));
    QCOMPARE(now->email, QStringLiteral("ana@centre.example.org"));
}

void TestSharedRecordEditors::roomDialogNamesWhatChanged()
{
    TestCentre centre;
    Room koalas {0, QStringLiteral("Koalas"), 24, 36, 20, 5, false};
    QVERIFY(centre.centre().saveRoom(koalas).ok());
    auto loaded = centre.centre().room(koalas.id);
    QVERIFY(loaded.ok());

    RoomDialog dialog(centre.centre(), loaded.value());
    dialog.show();
    auto* capacity = child<QSpinBox>(&dialog, "capacitySpinBox");
    capacity->setValue(22);

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    auto there = other.centre->room(koalas.id);
    QVERIFY(there.ok());
    Room changed = there.value();
    changed.childrenPerStaff = 4;
    QVERIFY(other.centre->saveRoom(changed).ok());

    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString text = child<QLabel>(&dialog, "conflictLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("The Koalas room's ratio was changed at another desk")), qPrintable(text));
    QCOMPARE(capacity->value(), 22); // what was typed is kept

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "reloadButton"), Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(&dialog, "childrenPerStaffSpinBox")->value(), 4);
    QCOMPARE(capacity->value(), 20);
}

QTEST_MAIN(TestSharedRecordEditors)
#include "TestSharedRecordEditors.moc"
