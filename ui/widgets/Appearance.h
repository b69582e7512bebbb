#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QActionGroup;
class QMenu;
class SystemColorScheme;

/**
 * Light or dark (issue 22 item 5): View → Appearance offers System, Light and Dark, remembered in the settings
 * (appearance/mode). System follows the desktop: on Linux the settings portal's color-scheme, live
 * (platform/SystemColorScheme); on Windows and macOS Qt's own palette, which follows the system by itself. Dark is
 * the Fusion style with darkPalette(); light is the palette the platform gave, or Fusion's own when that was dark.
 * Nothing is touched while System has nothing to say, so the platform's theme stays as it is.
 */
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    /** Reads the mode from the settings, applies it, and asks the desktop (System). */
    explicit Appearance(QObject* parent = nullptr);
    ~Appearance() override;

    Mode mode() const { return m_mode; }
    /** Applies @p mode and remembers it. */
    void setMode(Mode mode);
    /** Whether the dark palette is what the application shows now. */
    bool isDark() const { return m_dark; }
    /** What System means now: the desktop prefers dark. */
    bool systemPrefersDark() const;

    /** Adds the Appearance submenu (objectName appearanceMenu; actions appearance{System,Light,Dark}Action). */
    QMenu* addMenu(QMenu* menu);

    /** The dark palette: text and icons at 4.5:1 or more against its backgrounds (tst_appearance). */
    static QPalette darkPalette();

signals:
    void darkChanged(bool dark);

private:
    void apply();
    void syncActions();

    SystemColorScheme* m_system;
    Mode m_mode = Mode::System;
    bool m_applied = false; ///< a palette of ours is set (else the platform's is untouched)
    bool m_dark = false;
    QPalette m_platformPalette;
    QString m_platformStyle;
    QActionGroup* m_actions = nullptr;
};
