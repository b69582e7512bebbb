#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

/**
 * The outcome of a secret-store operation: a kind the code can branch on and a translated sentence for
 * the user. The backend's own text (often an untranslated GLib message) only ever appears inside it.
 */
class SecretError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind { None, NotFound, Locked, AccessDenied, NoKeychain, Timeout, Other };
    Q_ENUM(Kind)

    SecretError() = default;

    /** An error of @p kind with the standard message for that kind; @p detail is the backend's text, if any. */
    static SecretError make(Kind kind, const QString& detail = {});

    /** Maps a QKeychain::Error code (passed as int to keep QtKeychain out of this header) and its text. */
    static SecretError fromKeychain(int keychainError, const QString& errorString);

    Kind kind() const { return m_kind; }
    bool isOk() const { return m_kind == Kind::None; }
    /** A whole translated sentence for the user; empty when isOk(). */
    QString message() const { return m_message; }
    /** The backend's untranslated text for logs and "details" boxes; never contains a secret. */
    QString detail() const { return m_detail; }

    /** The standard translated sentence for @p kind. */
    static QString messageFor(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
};
