#pragma once

#include <QObject>

/**
 * The desktop's light or dark preference, where Keydeck has to ask for it: on Linux the settings portal's
 * org.freedesktop.appearance color-scheme over the session D-Bus, read once and then followed live (SettingChanged);
 * on Windows and macOS Qt follows the system itself, so this reports NoPreference and never changes.
 * docs/LIBRARIES.md §9.
 */
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    /** The portal's values: 0 no preference, 1 prefer dark, 2 prefer light. */
    enum class Scheme { NoPreference = 0, Dark = 1, Light = 2 };
    Q_ENUM(Scheme)

    /** Asks the portal at once (asynchronously) and listens for its changes. */
    explicit SystemColorScheme(QObject* parent = nullptr);
    ~SystemColorScheme() override;

    /** The last value the desktop gave; NoPreference until it answers, or without a portal. */
    Scheme scheme() const { return m_scheme; }
    /** Whether this platform reports a preference through this class (Linux) rather than through Qt. */
    static bool supported();
    /** Takes a value the desktop gave (the portal's listener). */
    void setScheme(Scheme scheme);

signals:
    void schemeChanged(SystemColorScheme::Scheme scheme);
    /** The first answer came (or the portal is missing): scheme() is what the desktop says now. */
    void ready();

private:
    Scheme m_scheme = Scheme::NoPreference;
};
