#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * The readings of the real APIs that no public source settles, which the sandbox can play one at a time
 * (docs/SANDBOX.md, "Server variants"; issue 19): each variant has a name, its allowed values and a default (the
 * first value). `keydeck-sandbox --variant NAME=VALUE` and SandboxServer::setVariant() choose them.
 */
class SandboxVariants
{
public:
    struct Known
    {
        QString name;
        QStringList values; ///< the first is the default
        QString description; ///< English, for --help and docs
    };

    /** Every variant the sandbox can play. */
    static const QList<Known>& known();

    /** Sets @p name to @p value; false (and @p error an English sentence) when either is unknown. */
    bool set(const QString& name, const QString& value, QString* error = nullptr);
    /** Reads "NAME=VALUE" as set() does. */
    bool parse(const QString& assignment, QString* error = nullptr);
    /** The value of @p name: the chosen one, else its default. */
    QString value(const QString& name) const;
    bool is(const QString& name, const QString& value) const { return this->value(name) == value; }

private:
    QMap<QString, QString> m_chosen;
};
