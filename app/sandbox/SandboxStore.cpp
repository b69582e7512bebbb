#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

// Append only: a shipped migration never changes, a new one gets the next version.
const QList<Migration>& migrations()
{
    static const QList<Migration> list = {
        {1,
         "initial schema",
         {
             QStringLiteral("CREATE TABLE vast_users (id INTEGER PRIMARY KEY, username TEXT NOT NULL, email TEXT NOT "
                            "NULL, fullname TEXT NOT NULL DEFAULT '', tfa_enabled INTEGER NOT NULL DEFAULT 0, profile "
                            "TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE vast_api_keys (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                            "vast_users(id), name TEXT, key_hash TEXT NOT NULL UNIQUE, permissions TEXT, key_params "
                            "TEXT, is_main INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, deleted_at TEXT)"),
             QStringLiteral("CREATE TABLE vast_sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                            "vast_users(id), key_hash TEXT NOT NULL UNIQUE, device TEXT NOT NULL, ip TEXT NOT NULL, "
                            "created_at TEXT NOT NULL, expires_at TEXT NOT NULL, deleted_at TEXT)"),
             QStringLiteral("CREATE TABLE vast_ssh_keys (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                            "vast_users(id), public_key TEXT NOT NULL, created_at TEXT NOT NULL, deleted_at TEXT)"),
             QStringLiteral("CREATE TABLE vast_secrets (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                            "vast_users(id), name TEXT NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL, "
                            "UNIQUE(user_id, name))"),
             QStringLiteral("CREATE TABLE spheron_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT "
                            "NULL)"),
             QStringLiteral("CREATE TABLE spheron_teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, balance REAL NOT "
                            "NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE spheron_members (user_id INTEGER NOT NULL REFERENCES spheron_users(id), "
                 "team_id TEXT NOT NULL REFERENCES spheron_teams(id), role TEXT NOT NULL, is_current INTEGER "
                 "NOT NULL DEFAULT 0, PRIMARY KEY(user_id, team_id))"),
             QStringLiteral("CREATE TABLE spheron_api_keys (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES spheron_users(id), name TEXT NOT NULL, key_hash TEXT NOT NULL UNIQUE, "
                            "created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT)"),
             QStringLiteral("CREATE TABLE spheron_ssh_keys (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES "
                            "spheron_teams(id), user_id INTEGER NOT NULL REFERENCES spheron_users(id), name TEXT NOT "
                            "NULL, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL, created_at TEXT NOT NULL)"),
         }},
        {2,
         "indexes for per-user and per-team listings",
         {
             QStringLiteral("CREATE INDEX idx_vast_ssh_keys_user ON vast_ssh_keys(user_id, deleted_at)"),
             QStringLiteral("CREATE INDEX idx_vast_api_keys_user ON vast_api_keys(user_id, deleted_at)"),
             QStringLiteral("CREATE INDEX idx_spheron_ssh_keys_team ON spheron_ssh_keys(team_id)"),
         }},
        {3,
         "two-factor methods, backup codes, challenges and grants (issue 20)",
         {
             // Times are Unix seconds here, as the CLI reads them (docs/api/vast-endpoints.md §3.7).
             QStringLiteral("CREATE TABLE vast_tfa_methods (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES vast_users(id), method TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', "
                            "phone_number TEXT, is_primary INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, "
                            "last_used INTEGER, fail_count INTEGER NOT NULL DEFAULT 0, locked_until INTEGER)"),
             QStringLiteral("CREATE TABLE vast_tfa_backup_codes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES vast_users(id), code_hash TEXT NOT NULL, used_at INTEGER)"),
             QStringLiteral("CREATE TABLE vast_tfa_challenges (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES vast_users(id), secret_hash TEXT NOT NULL UNIQUE, purpose TEXT NOT NULL, "
                            "method_id INTEGER, phone_number TEXT, expires_at INTEGER NOT NULL, used_at INTEGER)"),
             QStringLiteral("CREATE TABLE vast_tfa_grants (user_id INTEGER PRIMARY KEY REFERENCES vast_users(id), "
                            "expires_at INTEGER NOT NULL)"),
         }},
        {4,
         "the audit log (issue 23)",
         {
             // created_at in Unix seconds; api_key_id null for a call made with a session key.
             QStringLiteral("CREATE TABLE vast_audit_logs (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES vast_users(id), api_key_id INTEGER, method TEXT NOT NULL, api_route TEXT NOT "
                            "NULL, args TEXT NOT NULL DEFAULT '{}', ip_address TEXT NOT NULL, user_agent TEXT NOT NULL "
                            "DEFAULT '', created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX idx_vast_audit_logs_user ON vast_audit_logs(user_id, created_at)"),
         }},
    };
    return list;
}

void bindAll(QSqlQuery& query, const QVariantList& binds)
{
    for (const QVariant& value : binds)
        query.addBindValue(value);
}

} // namespace

SandboxStore::SandboxStore()
    // The address too: a process may hold two copies of this code, the demo's module and a test's own sandbox,
    // each with its own counter, and Qt's connection names are process-wide (a duplicate replaces the other).
    : m_connectionName(
        QStringLiteral("keydeck-sandbox-%1-%2").arg(++s_connectionCounter).arg(reinterpret_cast<quintptr>(this), 0, 16))
{ }

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SandboxStore::restrictToOwner(const QString& path, QString* error)
{
    // The file holds what was typed into the sandbox (environment variable values, keys): owner-only, whatever the
    // umask in force (docs/SECURITY.md, "Demo data"). Created here with mode 0600 before SQLite opens it, and an older
    // file is narrowed: SQLite gives its -journal, -wal and -shm files the database file's mode.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
            if (error)
                *error = QStringLiteral("Cannot create the sandbox database: %1").arg(file.errorString());
            return false;
        }
        file.close();
    }
    if (!file.setPermissions(ownerOnly)) {
        if (error)
            *error = QStringLiteral("Cannot make the sandbox database private: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool SandboxStore::open(const QString& path, QString* error)
{
    // A unique connection name per store: several servers can live in one process, and ":memory:" gives each
    // connection its own database, so two in-memory sandboxes never share state by accident.
    if (!path.isEmpty() && !restrictToOwner(path, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("Cannot open the sandbox database: %1").arg(db.lastError().text());
        return false;
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!path.isEmpty())
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    return migrate(error);
}

bool SandboxStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int SandboxStore::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int SandboxStore::schemaVersion() const
{
    if (!isOpen())
        return 0;
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

bool SandboxStore::migrate(QString* error)
{
    m_appliedMigrations = 0;
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                             "description TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        if (error)
            *error = QStringLiteral("Cannot create the schema_migrations table.");
        return false;
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("The sandbox database has schema version %1, newer than this build (%2).")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        transaction();
        for (const QString& statement : migration.statements) {
            if (!exec(statement)) {
                QSqlDatabase::database(m_connectionName, false).rollback();
                if (error)
                    *error = QStringLiteral("Schema migration %1 failed.").arg(migration.version);
                return false;
            }
        }
        exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
             {migration.version, QString::fromLatin1(migration.description),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        commit();
        ++m_appliedMigrations;
        qCInfo(lcSandbox) << "applied schema migration" << migration.version << migration.description;
    }
    return true;
}

bool SandboxStore::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "cannot prepare" << sql << query.lastError().text();
        return false;
    }
    bindAll(query, binds);
    if (!query.exec()) {
        // Never the bound values: they can hold key hashes and env var values.
        qCWarning(lcSandbox) << "statement failed:" << sql << query.lastError().text();
        return false;
    }
    m_changedRows = query.numRowsAffected();
    return true;
}

qint64 SandboxStore::insert(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        return -1;
    bindAll(query, binds);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "insert failed:" << sql << query.lastError().text();
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

QList<QVariantMap> SandboxStore::select(const QString& sql, const QVariantList& binds) const
{
    QList<QVariantMap> rows;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "cannot prepare" << sql << query.lastError().text();
        return rows;
    }
    bindAll(query, binds);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "query failed:" << sql << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return rows;
}

QVariantMap SandboxStore::selectOne(const QString& sql, const QVariantList& binds) const
{
    const QList<QVariantMap> rows = select(sql, binds);
    return rows.isEmpty() ? QVariantMap() : rows.constFirst();
}

QVariant SandboxStore::scalar(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        return {};
    bindAll(query, binds);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

bool SandboxStore::transaction()
{
    return QSqlDatabase::database(m_connectionName, false).transaction();
}

bool SandboxStore::commit()
{
    return QSqlDatabase::database(m_connectionName, false).commit();
}
