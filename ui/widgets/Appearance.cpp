#include "widgets/Appearance.h"

#include "platform/SystemColorScheme.h"
#include "widgets/AppStyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace {

const QString kModeKey = QStringLiteral("appearance/mode");

QString modeName(Appearance::Mode mode)
{
    switch (mode) {
    case Appearance::Mode::Light:
        return QStringLiteral("light");
    case Appearance::Mode::Dark:
        return QStringLiteral("dark");
    case Appearance::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode modeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return Appearance::Mode::Light;
    if (name == QLatin1String("dark"))
        return Appearance::Mode::Dark;
    return Appearance::Mode::System;
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/** Dark needs a style that draws with the palette: Fusion (the Windows and macOS styles draw their own colours). */
void useStyle(const QString& key)
{
    if (AppStyle::unwrapped(QApplication::style())->name().compare(key, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(new AppStyle(key));
}

} // namespace

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_system(new SystemColorScheme(this))
    , m_mode(modeFromName(QSettings().value(kModeKey).toString()))
    , m_platformPalette(QApplication::palette())
    , m_platformStyle(AppStyle::unwrapped(QApplication::style())->name())
{
    connect(m_system, &SystemColorScheme::schemeChanged, this, &Appearance::apply);
    apply();
}

Appearance::~Appearance() = default;

bool Appearance::systemPrefersDark() const
{
    return m_system->scheme() == SystemColorScheme::Scheme::Dark;
}

void Appearance::setMode(Mode mode)
{
    QSettings().setValue(kModeKey, modeName(mode));
    m_mode = mode;
    syncActions();
    apply();
}

void Appearance::apply()
{
    const bool dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemPrefersDark());
    // System with no dark preference: leave the platform's palette alone until a palette of ours was set.
    if (m_applied ? dark == m_dark : (!dark && m_mode == Mode::System))
        return;
    if (dark) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (isDarkPalette(m_platformPalette)) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        if (!m_platformStyle.isEmpty())
            useStyle(m_platformStyle);
        QApplication::setPalette(m_platformPalette);
    }
    m_applied = true;
    if (dark != m_dark) {
        m_dark = dark;
        emit darkChanged(dark);
    }
}

QMenu* Appearance::addMenu(QMenu* menu)
{
    QMenu* sub = menu->addMenu(tr("&Appearance"));
    sub->setObjectName(QStringLiteral("appearanceMenu"));
    m_actions = new QActionGroup(sub);
    m_actions->setExclusive(true);
    const struct
    {
        Mode mode;
        QString text;
        QString name;
    } entries[] = {
        {Mode::System, tr("&System"), QStringLiteral("appearanceSystemAction")},
        {Mode::Light, tr("&Light"), QStringLiteral("appearanceLightAction")},
        {Mode::Dark, tr("&Dark"), QStringLiteral("appearanceDarkAction")},
    };
    for (const auto& entry : entries) {
        QAction* action = sub->addAction(entry.text);
        action->setObjectName(entry.name);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(entry.mode));
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = entry.mode] { setMode(mode); });
    }
    m_actions->actions().at(0)->setStatusTip(tr("Follow the desktop's light or dark setting."));
    syncActions();
    return sub;
}

void Appearance::syncActions()
{
    if (!m_actions)
        return;
    for (QAction* action : m_actions->actions())
        action->setChecked(action->data().value<Mode>() == m_mode);
}

QPalette Appearance::darkPalette()
{
    // Greys from one ramp; text #e6e6e6 on the bases is about 13:1, disabled text #8a8a8a 4.6:1 on Window.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor button(0x33, 0x36, 0x3a);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x8a, 0x8a, 0x8a);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0f, 0x10, 0x11));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4c));
    return p;
}
