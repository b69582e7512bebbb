#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

/**
 * The sandbox's state: one private Qt SQL (SQLite) connection to a file or to its own in-memory database,
 * with versioned schema migrations recorded in `schema_migrations`.
 */
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    /** Opens @p path (empty = a private in-memory database) and migrates it to the latest schema. */
    bool open(const QString& path, QString* error);
    bool isOpen() const;

    /** Creates @p path with mode 0600, or narrows an existing file to 0600 (open() does this first). */
    static bool restrictToOwner(const QString& path, QString* error);

    /** The schema version recorded in the database (0 before open). */
    int schemaVersion() const;
    static int latestSchemaVersion();
    /** How many migrations the last open() applied (0 when the file was already up to date). */
    int appliedMigrations() const { return m_appliedMigrations; }

    /** Runs a statement with positional bindings; false (logged without values) on failure. */
    bool exec(const QString& sql, const QVariantList& binds = {});
    /** Runs an INSERT and returns its row id, or -1. */
    qint64 insert(const QString& sql, const QVariantList& binds = {});
    /** Runs a SELECT and returns every row as column → value. */
    QList<QVariantMap> select(const QString& sql, const QVariantList& binds = {}) const;
    /** The first row of a SELECT, or an empty map. */
    QVariantMap selectOne(const QString& sql, const QVariantList& binds = {}) const;
    /** The first column of the first row, or an invalid QVariant. */
    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const;
    /** Number of rows the last exec() changed. */
    int changedRows() const { return m_changedRows; }

    bool transaction();
    bool commit();

private:
    bool migrate(QString* error);

    QString m_connectionName;
    int m_appliedMigrations = 0;
    int m_changedRows = 0;
};
