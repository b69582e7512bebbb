#include "platform/SystemColorScheme.h"

// Windows and macOS: Qt's own palette follows the system's light or dark setting; nothing to ask here.
bool SystemColorScheme::supported()
{
    return false;
}

SystemColorScheme::SystemColorScheme(QObject* parent)
    : QObject(parent)
{
    QMetaObject::invokeMethod(this, &SystemColorScheme::ready, Qt::QueuedConnection);
}

SystemColorScheme::~SystemColorScheme() = default;

void SystemColorScheme::setScheme(Scheme scheme)
{
    m_scheme = scheme;
}
