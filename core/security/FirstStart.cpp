// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/FirstStart.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "base/TextFolding.h"
#include "centre/CentreService.h"
#include "centre/CentreValidation.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "security/PinIndex.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kindred {
namespace {

const auto AnyAccountSql = QStringLiteral(R"(
    SELECT 1 FROM staff_credentials c JOIN staff s ON s.id = c.staff_id WHERE s.archived_at IS NULL LIMIT 1)");
const auto InsertStaffSql = QStringLiteral(R"(
    INSERT INTO staff (first_name, last_name, role, email, phone, language)
    VALUES (:first, :last, :role, :email, :phone, :language) RETURNING id)");
const auto InsertAccountSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, password_hash, pin_hash, updated_at) VALUES (:id, :password, :pin, :now))");
// Active administrators: by their own role or by a custom role that is the built-in administrator's.
const auto AdministratorsSql = QStringLiteral(R"(
    SELECT s.id FROM staff s LEFT JOIN staff_credentials c ON c.staff_id = s.id
    WHERE s.archived_at IS NULL AND coalesce(c.custom_role, s.role) = :role ORDER BY s.id)");
const auto ResetPasswordSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, password_hash, updated_at) VALUES (:id, :hash, :now)
    ON CONFLICT (staff_id) DO UPDATE SET password_hash = excluded.password_hash, failed_attempts = 0,
        locked_until = NULL, updated_at = excluded.updated_at)");

const QJsonObject InitActor {{QStringLiteral("systemActor"), QStringLiteral("init")}};

// Words of the centre's name a password must not contain: the whole name, and each word of four
// letters or more ("Sunshine Kids Centre": "sunshine", "centre").
QStringList forbiddenCentreWords(const QString& centreName)
{
    QStringList words;
    const QString folded = foldForSearch(centreName).simplified();
    if (!folded.isEmpty()) {
        words << folded;
        words << QString(folded).remove(QLatin1Char(' '));
    }
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    for (const QString& word : folded.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 4) {
            words << word;
        }
    }
    return words;
}

QStringList forbiddenPersonWords(const StaffMember& person)
{
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    for (const QString& name : {person.firstName, person.lastName}) {
        for (const QString& word : foldForSearch(name).split(separators, Qt::SkipEmptyParts)) {
            if (word.size() >= 3) {
                words << word;
            }
        }
    }
    return words;
}

QSet<QString> knownCurrencies()
{
    static const QSet<QString> codes = [] {
        QSet<QString> all;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3) {
                all.insert(code);
            }
        }
        return all;
    }();
    return codes;
}

QString currencyOfCountry(const QString& country)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    return locales.isEmpty() ? QString() : locales.first().currencySymbol(QLocale::CurrencyIsoCode);
}

Result<bool> anyAccount(const QSqlDatabase& db)
{
    StoreQuery query(db);
    if (auto run = execRead(query, AnyAccountSql); !run) {
        return run.error();
    }
    const bool found = query.next();
    if (auto complete = readComplete(query); !complete) {
        return complete.error();
    }
    return found;
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

Result<void> FirstStart::validateAdministratorPassword(const QString& password, const QString& centreName,
                                                       const StaffMember& person)
{
    const QString field = QStringLiteral("password");
    if (password.size() < MinAdministratorPasswordLength) {
        return fieldError(field,
                          tr("The administrator's password has at least %1 characters; a short sentence is "
                             "easy to remember.")
                              .arg(MinAdministratorPasswordLength));
    }
    if (password.trimmed().isEmpty()) {
        return fieldError(field, tr("A password cannot be only spaces."));
    }
    const QString folded = foldForSearch(password);
    const QString squeezed = QString(folded).remove(QLatin1Char(' '));
    for (const QString& word : forbiddenCentreWords(centreName)) {
        if (folded.contains(word) || squeezed.contains(word)) {
            return fieldError(field,
                              tr("The password must not contain the centre's name: it is the first thing "
                                 "someone would try."));
        }
    }
    for (const QString& word : forbiddenPersonWords(person)) {
        if (folded.contains(word) || squeezed.contains(word)) {
            return fieldError(field,
                              tr("The password must not contain your own name: it is the first thing "
                                 "someone would try."));
        }
    }
    return {};
}

bool FirstStart::isCountryCode(const QString& code, QString* normalised)
{
    const QString upper = code.trimmed().toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    if (!pattern.match(upper).hasMatch() || QLocale::codeToTerritory(upper) == QLocale::AnyTerritory) {
        return false;
    }
    if (normalised) {
        *normalised = upper;
    }
    return true;
}

bool FirstStart::isCurrencyCode(const QString& code, QString* normalised)
{
    const QString upper = code.trimmed().toUpper();
    if (!knownCurrencies().contains(upper)) {
        return false;
    }
    if (normalised) {
        *normalised = upper;
    }
    return true;
}

bool FirstStart::isLanguageTag(const QString& tag, QString* normalised)
{
    // language[-Script][-REGION], as BCP 47 writes it ("en", "pt-BR", "zh-Hant-TW"); "pt_BR" is accepted.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$"));
    const auto match = pattern.match(tag.trimmed());
    if (!match.hasMatch()) {
        return false;
    }
    const QString language = match.captured(1).toLower();
    if (QLocale::codeToLanguage(language) == QLocale::AnyLanguage) {
        return false;
    }
    QString script = match.captured(2).toLower();
    if (!script.isEmpty()) {
        script[0] = script.at(0).toUpper();
        if (QLocale::codeToScript(script) == QLocale::AnyScript) {
            return false;
        }
    }
    const QString region = match.captured(3).toUpper();
    if (!region.isEmpty() && region.at(0).isLetter() && QLocale::codeToTerritory(region) == QLocale::AnyTerritory) {
        return false;
    }
    if (normalised) {
        QStringList parts {language};
        if (!script.isEmpty()) {
            parts << script;
        }
        if (!region.isEmpty()) {
            parts << region;
        }
        *normalised = parts.join(QLatin1Char('-'));
    }
    return true;
}

Result<FirstStartSetup> FirstStart::validate(FirstStartSetup setup)
{
    setup.centreName = setup.centreName.simplified();
    if (setup.centreName.isEmpty()) {
        return fieldError(QStringLiteral("centreName"), tr("Give the centre's name, as parents know it."));
    }
    if (!setup.country.trimmed().isEmpty() && !isCountryCode(setup.country, &setup.country)) {
        return fieldError(QStringLiteral("country"),
                          tr("%1 is not a country code; use two letters such as AU, FR or CA.").arg(setup.country));
    }
    setup.timeZone = setup.timeZone.trimmed();
    if (setup.timeZone.isEmpty() || !QTimeZone(setup.timeZone.toUtf8()).isValid()) {
        return fieldError(QStringLiteral("timeZone"),
                          tr("Choose the centre's time zone (such as Australia/Melbourne): the days on its sheets "
                             "are that zone's."));
    }
    if (setup.currency.trimmed().isEmpty()) {
        setup.currency = setup.country.isEmpty() ? QLocale().currencySymbol(QLocale::CurrencyIsoCode)
                                                 : currencyOfCountry(setup.country);
    }
    // None given and none known for the country or this computer (the C locale): left unset, and the
    // computer's locale shows money until an administrator sets it under Settings.
    if (!setup.currency.isEmpty() && !isCurrencyCode(setup.currency, &setup.currency)) {
        return fieldError(
            QStringLiteral("currency"),
            tr("%1 is not a currency code; use three letters such as AUD, EUR or CAD.").arg(setup.currency));
    }
    if (setup.language.trimmed().isEmpty()) {
        setup.language = QLocale().bcp47Name();
    }
    if (!isLanguageTag(setup.language, &setup.language)) {
        return fieldError(QStringLiteral("language"),
                          tr("%1 is not a language code; use one such as en, fr-CA or pt-BR.").arg(setup.language));
    }
    for (int i = 0; i < setup.rooms.size(); ++i) {
        if (auto valid = CentreValidation::validate(setup.rooms.at(i)); !valid) {
            Error error = valid.error();
            error.field = QStringLiteral("rooms[%1].%2").arg(i).arg(error.field);
            return error;
        }
    }
    StaffMember& admin = setup.administrator;
    admin.firstName = admin.firstName.simplified();
    admin.lastName = admin.lastName.simplified();
    admin.role = StaffRole::Administrator;
    if (admin.firstName.isEmpty()) {
        return fieldError(QStringLiteral("firstName"), tr("Give the administrator's first name."));
    }
    if (admin.lastName.isEmpty()) {
        return fieldError(QStringLiteral("lastName"), tr("Give the administrator's last name."));
    }
    if (auto valid = validateAdministratorPassword(setup.password, setup.centreName, admin); !valid) {
        return valid.error();
    }
    return setup;
}

Result<StaffMember> FirstStart::setUp(Database& database, const FirstStartSetup& given, const HashLimits& limits)
{
    auto checked = validate(given);
    if (!checked) {
        return checked.error();
    }
    const FirstStartSetup& setup = checked.value();
    const auto accounts = anyAccount(database.connection());
    if (!accounts) {
        return accounts.error();
    }
    if (accounts.value()) {
        return Error {tr("This data file already has its accounts; nothing was changed.")};
    }
    Session init(SystemActorKind::Init);
    SettingsService settings(database, init);
    QList<QPair<QString, QString>> values {{SettingsService::CentreName, setup.centreName},
                                           {SettingsService::CentreTimeZone, setup.timeZone},
                                           {SettingsService::Language, setup.language}};
    if (!setup.currency.isEmpty()) {
        values.append({SettingsService::Currency, setup.currency});
    }
    if (!setup.country.isEmpty()) {
        values.append({SettingsService::Country, setup.country});
    }
    if (auto saved = settings.setValues(values); !saved) {
        return saved.error();
    }
    // The first site was made by schema 19 before the centre had a name: it takes the centre's.
    SiteService sites(database, init);
    const auto first = sites.site(Site::First);
    if (!first) {
        return first.error();
    }
    if (first->name != setup.centreName.simplified()) {
        Site named = first.value();
        named.name = setup.centreName;
        if (auto saved = sites.saveSite(named); !saved) {
            return saved.error();
        }
    }
    CentreService centre(database, init);
    for (Room room : setup.rooms) {
        room.id = 0;
        if (auto saved = centre.saveRoom(room); !saved) {
            return saved.error();
        }
    }
    return createFirstAdministrator(database, nullptr, setup.administrator, setup.password, {}, limits);
}

Result<StaffMember> FirstStart::createFirstAdministrator(Database& database, Session* session, StaffMember member,
                                                         const QString& password, const QString& pin,
                                                         const HashLimits& limits)
{
    member.id = 0;
    member.role = StaffRole::Administrator;
    member.archived = false;
    if (auto valid = CentreValidation::validate(member); !valid) {
        return valid.error();
    }
    const auto centreName = SettingsService::read(database, SettingsService::CentreName);
    if (!centreName) {
        return centreName.error();
    }
    if (auto valid = validateAdministratorPassword(password, centreName.value(), member); !valid) {
        return valid.error();
    }
    if (!pin.isEmpty()) {
        if (auto valid = StaffCredentials::validatePin(pin); !valid) {
            return valid.error();
        }
    }
    // The slow hashes first, outside the transaction, so that the write lock is held only briefly.
    auto passwordHash = StaffCredentials::hash(password, limits);
    if (!passwordHash) {
        return passwordHash.error();
    }
    QString pinHash;
    if (!pin.isEmpty()) {
        auto hashed = StaffCredentials::hash(pin, limits);
        if (!hashed) {
            return hashed.error();
        }
        pinHash = hashed.value();
    }

    const QSqlDatabase db = database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Checked under the write lock: another desk's first administrator, committed a moment ago, is seen
    // here, and none can be committed until this transaction ends.
    const auto existing = anyAccount(db);
    if (!existing) {
        return existing.error(); // a failed read is never "no accounts"
    }
    if (existing.value()) {
        return Error {tr("Kindred already has an administrator. Sign in, then add accounts from Staff.")};
    }
    StoreQuery insert(db);
    insert.prepare(InsertStaffSql);
    insert.bindValue(QStringLiteral(":first"), sqlTrimmed(member.firstName));
    insert.bindValue(QStringLiteral(":last"), sqlTrimmed(member.lastName));
    insert.bindValue(QStringLiteral(":role"), staffRoleKey(StaffRole::Administrator));
    insert.bindValue(QStringLiteral(":email"), sqlTrimmed(member.email));
    insert.bindValue(QStringLiteral(":phone"), sqlTrimmed(member.phone));
    insert.bindValue(QStringLiteral(":language"), sqlText(member.language));
    auto newId = execInsertReturningId(insert);
    if (!newId) {
        return newId.error();
    }
    member.id = newId.value();
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    StoreQuery account(db);
    account.prepare(InsertAccountSql);
    account.bindValue(QStringLiteral(":id"), member.id);
    account.bindValue(QStringLiteral(":password"), passwordHash.value());
    account.bindValue(QStringLiteral(":pin"), pinHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : pinHash);
    account.bindValue(QStringLiteral(":now"), now);
    if (auto done = execQuery(account); !done) {
        return done.error();
    }
    if (!pin.isEmpty()) {
        PinIndex index(db);
        auto digest = index.digest(pin);
        if (!digest) {
            return digest.error();
        }
        if (auto assigned = index.assignDigest(member.id, digest.value()); !assigned) {
            return assigned.error();
        }
    }
    for (const QString& entity : {QStringLiteral("staff"), QStringLiteral("account")}) {
        if (auto sealed = RecordDigest::seal(db, entity, member.id); !sealed) {
            return sealed.error();
        }
    }
    QJsonObject created = InitActor;
    created.insert(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("firstName"), member.firstName.trimmed()},
                                {QStringLiteral("lastName"), member.lastName.trimmed()},
                                {QStringLiteral("role"), staffRoleKey(StaffRole::Administrator)}});
    for (const AuditEntry& entry :
         {AuditEntry {0, QStringLiteral("staff.create"), QStringLiteral("staff"), member.id, created, {}},
          AuditEntry {0, QStringLiteral("account.create"), QStringLiteral("staff"), member.id, InitActor, {}}}) {
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (session) {
        session->signIn(member);
    }
    return member;
}

Result<StaffMember> FirstStart::resetAdministrator(Database& database, const QString& password,
                                                   const HashLimits& limits)
{
    const QSqlDatabase db = database.connection();
    QList<qint64> ids;
    {
        StoreQuery query(db);
        query.prepare(AdministratorsSql);
        query.bindValue(QStringLiteral(":role"), staffRoleKey(StaffRole::Administrator));
        if (auto run = execQuery(query); !run) {
            return run.error();
        }
        while (query.next()) {
            ids << query.value(0).toLongLong();
        }
        if (auto complete = readComplete(query); !complete) {
            return complete.error();
        }
    }
    if (ids.isEmpty()) {
        return Error {tr("This centre has no administrator to reset.")};
    }
    if (ids.size() > 1) {
        return Error {tr("This centre has more than one administrator; another of them can set a new password "
                         "from Accounts, so nothing was changed.")};
    }
    Session init(SystemActorKind::Init);
    auto member = CentreService(database, init).staffMember(ids.first());
    if (!member) {
        return member.error();
    }
    const auto centreName = SettingsService::read(database, SettingsService::CentreName);
    if (!centreName) {
        return centreName.error();
    }
    if (auto valid = validateAdministratorPassword(password, centreName.value(), member.value()); !valid) {
        return valid.error();
    }
    auto hashed = StaffCredentials::hash(password, limits);
    if (!hashed) {
        return hashed.error();
    }
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    StoreQuery update(db);
    update.prepare(ResetPasswordSql);
    update.bindValue(QStringLiteral(":id"), member->id);
    update.bindValue(QStringLiteral(":hash"), hashed.value());
    update.bindValue(QStringLiteral(":now"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = execQuery(update); !done) {
        return done.error();
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("account"), member->id); !sealed) {
        return sealed.error();
    }
    QJsonObject details = InitActor;
    details.insert(QStringLiteral("changed"), QStringLiteral("password"));
    details.insert(QStringLiteral("by"), QStringLiteral("the owner of the data file"));
    const AuditEntry entry {0,
                            QStringLiteral("account.reset_admin"),
                            QStringLiteral("staff"),
                            member->id,
                            details,
                            tr("The last administrator's password was forgotten.")};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return member.value();
}

Result<void> FirstStart::requireFileOwner(const QString& path, uid_t euid)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return Error {tr("There is no data file at %1.").arg(QDir::toNativeSeparators(path))};
    }
    if (info.st_uid != euid) {
        return Error {tr("Only the owner of %1 on this computer may reset its administrator; run this as that "
                         "user.")
                          .arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

Result<StaffMember> FirstStart::createFile(const QString& path, const FirstStartSetup& setup, const HashLimits& limits)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    // Checked before anything is written, so that bad input never leaves a half-made file.
    if (auto valid = validate(setup); !valid) {
        return valid.error();
    }
    if (target.exists() && (!target.isFile() || target.size() > 0)) {
        return Error {
            tr("%1 already exists; a new centre is only set up in a new file, so nothing was changed.").arg(shown)};
    }
    if (!target.absoluteDir().exists()) {
        return Error {tr("There is no folder %1.").arg(QDir::toNativeSeparators(target.absolutePath()))};
    }
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Result<StaffMember> made = Error {};
    {
        OpenOptions create;
        create.createIfMissing = true;
        auto database = DataFile::open(partial, create);
        if (!database) {
            removeWithCompanions(partial);
            return Error {tr("Cannot create %1: %2").arg(shown, database.errorString())};
        }
        made = setUp(*database.value(), setup, limits);
        // Closing the last connection folds the WAL into the file: what is renamed is complete.
    }
    if (!made) {
        removeWithCompanions(partial);
        return made;
    }
    // A file that appeared meanwhile is not replaced (rename would); an empty one may be.
    const QFileInfo now(target.absoluteFilePath());
    if (now.exists() && (!now.isFile() || now.size() > 0)) {
        removeWithCompanions(partial);
        return Error {tr("%1 appeared while the centre was being set up; it was left as it is.").arg(shown)};
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        removeWithCompanions(partial);
        return Error {tr("Could not put the new data file in place as %1.").arg(shown)};
    }
    syncFolder(target.absolutePath());
    return made;
}

} // namespace Kindred
