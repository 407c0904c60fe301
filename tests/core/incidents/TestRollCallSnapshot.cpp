// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 7: the station's last copy of the roll call, the one thing it writes locally: private (0600),
// replaced whole, deleted after 7 days, and never taken for an empty roll when it is damaged.
#include "MockClock.h"
#include "incidents/RollCallSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kindred;

namespace {

const QString Server = QStringLiteral("host=/run/kindred port=54329 dbname=kindred user=kindred");

RollCallCopy sampleCopy(const QDateTime& readAt)
{
    RollCallPerson amara;
    amara.kind = RollCallPerson::Kind::Child;
    amara.id = 7;
    amara.name = QStringLiteral("Amara Okafor");
    amara.roomId = 2;
    amara.roomName = QStringLiteral("Koalas");
    amara.since = readAt.addSecs(-3600);
    amara.lifeThreateningAllergies << QStringLiteral("Peanuts (Anaphylaxis; EpiPen)");
    amara.otherAllergies << QStringLiteral("Dust");
    amara.medicalNotes = QStringLiteral("Epilepsy: seizure plan in office");
    amara.contacts << EmergencyContact {QStringLiteral("Ngozi Okafor"), QStringLiteral("Mother"),
                                        QStringLiteral("+61 400 000 001")}
                   << EmergencyContact {QStringLiteral("Zoë Ruiz"), QStringLiteral("Neighbour"),
                                        QStringLiteral("0400 000 002")};
    RollCallPerson eli;
    eli.kind = RollCallPerson::Kind::Staff;
    eli.id = 3;
    eli.name = QStringLiteral("Eli Staff");
    eli.since = readAt.addSecs(-7200);
    eli.phone = QStringLiteral("0400 000 003");
    return {readAt, Server, {amara, eli}};
}

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 0777);
}

} // namespace

class TestRollCallSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsWhatTheRollCallShows();
    void privateFromTheFirstByte_data();
    void privateFromTheFirstByte();
    void deletedAfterSevenDays_data();
    void deletedAfterSevenDays();
    void damagedCopyIsAnErrorNotAnEmptyRoll_data();
    void damagedCopyIsAnErrorNotAnEmptyRoll();
    void damagedOldCopyIsDeletedByItsFileTime();
    void anotherServersCopyIsNotShown();
    void emptyRollIsKeptAsEmpty();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/kindred/roll-call-copy.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MockClock> m_clock;
    QDateTime m_now;
};

void TestRollCallSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 12, 7), QTime(10, 42), Qt::UTC);
    m_clock = std::make_unique<MockClock>(m_now);
}

void TestRollCallSnapshot::cleanup()
{
    m_clock.reset();
    m_dir.reset();
}

void TestRollCallSnapshot::keepsWhatTheRollCallShows()
{
    const RollCallSnapshot snapshot(path());
    const RollCallCopy written = sampleCopy(m_now.addSecs(-90));
    const auto wrote = snapshot.write(written);
    QVERIFY2(wrote.ok(), qPrintable(wrote.errorString()));

    const auto read = snapshot.read(Server);

    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(read->has_value());
    const RollCallCopy& copy = read.value().value();
    QCOMPARE(copy.readAt, written.readAt);
    QCOMPARE(copy.source, Server);
    QCOMPARE(copy.people.size(), 2);
    const RollCallPerson& amara = copy.people.at(0);
    QVERIFY(amara.isChild());
    QCOMPARE(amara.id, 7);
    QCOMPARE(amara.name, QStringLiteral("Amara Okafor"));
    QCOMPARE(amara.roomName, QStringLiteral("Koalas"));
    QCOMPARE(amara.since, written.people.at(0).since);
    QCOMPARE(amara.lifeThreateningAllergies, written.people.at(0).lifeThreateningAllergies);
    QVERIFY(amara.hasLifeThreateningAllergy());
    QCOMPARE(amara.otherAllergies, written.people.at(0).otherAllergies);
    QCOMPARE(amara.medicalNotes, written.people.at(0).medicalNotes);
    QCOMPARE(amara.contacts, written.people.at(0).contacts);
    const RollCallPerson& eli = copy.people.at(1);
    QVERIFY(!eli.isChild());
    QCOMPARE(eli.phone, QStringLiteral("0400 000 003"));

    // Overwritten whole at the next refresh.
    RollCallCopy next = sampleCopy(m_now);
    next.people.removeLast();
    QVERIFY(snapshot.write(next).ok());
    const auto again = snapshot.read(Server);
    QVERIFY(again.ok() && again->has_value());
    QCOMPARE(again.value()->people.size(), 1);
    QCOMPARE(again.value()->readAt, m_now);
}

void TestRollCallSnapshot::privateFromTheFirstByte_data()
{
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("existingMode"); // -1: no file before
    QTest::newRow("new file, usual umask") << 022 << -1;
    QTest::newRow("new file, no umask at all") << 0 << -1;
    QTest::newRow("replacing a copy others could read") << 0 << 0644;
}

void TestRollCallSnapshot::privateFromTheFirstByte()
{
    QFETCH(int, umask);
    QFETCH(int, existingMode);
    const mode_t previous = ::umask(mode_t(umask));
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    const RollCallSnapshot snapshot(path());
    if (existingMode >= 0) {
        QVERIFY(snapshot.write(sampleCopy(m_now)).ok());
        QVERIFY(::chmod(QFile::encodeName(path()).constData(), mode_t(existingMode)) == 0);
        QCOMPARE(modeOf(path()), existingMode);
    }

    QVERIFY(snapshot.write(sampleCopy(m_now)).ok());

    QCOMPARE(modeOf(path()), 0600);
    if (existingMode < 0) {
        QCOMPARE(modeOf(QFileInfo(path()).absolutePath()), 0700); // the folder Kindred made
    }
}

void TestRollCallSnapshot::deletedAfterSevenDays_data()
{
    QTest::addColumn<qint64>("ageSecs");
    QTest::addColumn<bool>("kept");
    const qint64 day = 24 * 3600;
    QTest::newRow("fresh") << qint64(60) << true;
    QTest::newRow("6 days old") << 6 * day << true;
    QTest::newRow("7 days old to the minute") << 7 * day << true;
    QTest::newRow("7 days and a minute old") << 7 * day + 60 << false;
    QTest::newRow("8 days old") << 8 * day << false;
}

void TestRollCallSnapshot::deletedAfterSevenDays()
{
    QFETCH(qint64, ageSecs);
    QFETCH(bool, kept);
    const RollCallSnapshot snapshot(path());
    QVERIFY(snapshot.write(sampleCopy(m_now.addSecs(-ageSecs))).ok());
    QVERIFY(QFile::exists(path()));

    // At start.
    const auto removed = snapshot.removeIfExpired();
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), !kept);
    QCOMPARE(QFile::exists(path()), kept);

    // When read (the window asks while the server is away): an old copy is never shown.
    QVERIFY(snapshot.write(sampleCopy(m_now.addSecs(-ageSecs))).ok() || !kept);
    const auto read = snapshot.read(Server);
    QVERIFY(read.ok());
    QCOMPARE(read->has_value(), kept);
    QCOMPARE(QFile::exists(path()), kept);
}

void TestRollCallSnapshot::damagedCopyIsAnErrorNotAnEmptyRoll_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray whole = [] {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        (void)RollCallSnapshot(path).write(sampleCopy(QDateTime::currentDateTimeUtc()));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("cut in the middle") << whole.left(whole.size() / 2);
    QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("another program's JSON") << QByteArray(R"({"people": []})");
    QTest::newRow("a person missing") << QByteArray(whole).replace("\"count\":2", "\"count\":3");
    QTest::newRow("a person without a name") << QByteArray(whole).replace("\"Amara Okafor\"", "\"\"");
    QTest::newRow("a newer format") << QByteArray(whole).replace("\"version\":1", "\"version\":2");
}

void TestRollCallSnapshot::damagedCopyIsAnErrorNotAnEmptyRoll()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const auto read = RollCallSnapshot(path()).read(Server);

    QVERIFY(!read.ok());
    QVERIFY2(read.errorString().contains(QLatin1String("cannot be read")), qPrintable(read.errorString()));
    QVERIFY(read.errorString().contains(QLatin1String("sign-in sheets")));
    QVERIFY(QFile::exists(path())); // kept for whoever looks into it, until it is 7 days old
}

void TestRollCallSnapshot::damagedOldCopyIsDeletedByItsFileTime()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("{not json") > 0);
    QVERIFY(file.flush()); // else the write at close() would set the time again
    QVERIFY(file.setFileTime(m_now.addDays(-8), QFileDevice::FileModificationTime));
    file.close();

    const auto removed = RollCallSnapshot(path()).removeIfExpired();

    QVERIFY(removed.ok());
    QVERIFY(removed.value());
    QVERIFY(!QFile::exists(path()));
}

void TestRollCallSnapshot::anotherServersCopyIsNotShown()
{
    const RollCallSnapshot snapshot(path());
    QVERIFY(snapshot.write(sampleCopy(m_now)).ok());

    const auto read = snapshot.read(QStringLiteral("host=elsewhere dbname=kindred user=kindred"));

    QVERIFY(read.ok());
    QVERIFY(!read->has_value());
    const auto none = RollCallSnapshot(m_dir->filePath(QStringLiteral("nothing.json"))).read(Server);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
}

void TestRollCallSnapshot::emptyRollIsKeptAsEmpty()
{
    // Nobody on the premises is a roll too, told apart from a damaged file by its count.
    const RollCallSnapshot snapshot(path());
    QVERIFY(snapshot.write({m_now, Server, {}}).ok());
    const auto read = snapshot.read(Server);
    QVERIFY(read.ok() && read->has_value());
    QVERIFY(read.value()->people.isEmpty());
}

QTEST_GUILESS_MAIN(TestRollCallSnapshot)
#include "TestRollCallSnapshot.moc"
