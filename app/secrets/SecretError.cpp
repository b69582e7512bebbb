#include "secrets/SecretError.h"

#include <qt6keychain/keychain.h>

SecretError SecretError::make(Kind kind, const QString& detail)
{
    SecretError error;
    error.m_kind = kind;
    error.m_detail = detail;
    error.m_message = messageFor(kind);
    if (kind == Kind::Other && !detail.isEmpty())
        error.m_message = tr("The system keychain reported an error: %1").arg(detail);
    return error;
}

SecretError SecretError::fromKeychain(int keychainError, const QString& errorString)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return make(Kind::NotFound, errorString);
    case QKeychain::AccessDeniedByUser:
        return make(Kind::AccessDenied, errorString);
    case QKeychain::AccessDenied:
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // QtKeychain 0.13.2's libsecret backend maps exactly one GError to AccessDenied:
        // SECRET_ERROR_IS_LOCKED (docs/LIBRARIES.md §2.2), so on Linux this means "locked".
        return make(Kind::Locked, errorString);
#else
        return make(errorString.contains(QLatin1String("lock"), Qt::CaseInsensitive) ? Kind::Locked
                                                                                     : Kind::AccessDenied,
                    errorString);
#endif
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return make(Kind::NoKeychain, errorString);
    case QKeychain::OtherError:
        // libsecret turns every D-Bus failure into OtherError (docs/LIBRARIES.md §2.2): no session bus
        // ("Cannot autolaunch D-Bus…") or no Secret Service on it means there is no keychain to talk to.
        if (errorString.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || errorString.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || errorString.contains(QLatin1String("org.freedesktop.secrets")))
            return make(Kind::NoKeychain, errorString);
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return make(Kind::Other, errorString);
}

QString SecretError::messageFor(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("No key is stored in the system keychain for this account.");
    case Kind::Locked:
        return tr("The system keychain is locked. Unlock it (for example by logging in again) and try again.");
    case Kind::AccessDenied:
        return tr("Keydeck was denied access to the system keychain.");
    case Kind::NoKeychain:
        return tr("No system keychain is available, so Keydeck cannot store keys permanently on this computer.");
    case Kind::Timeout:
        return tr("The system keychain did not answer in time. It may be waiting for you to unlock it; try again.");
    case Kind::Other:
        return tr("The system keychain reported an error.");
    }
    return {};
}
