#include "widgets/AppStyle.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QStringList>
#include <QStyleOption>

namespace {

/** The files QCommonStyle::standardIcon adds for the extension buttons (Qt 6.4, qcommonstyle.cpp). */
QStringList extensionIconFiles(QStyle::StandardPixmap which, Qt::LayoutDirection direction)
{
    const QString base = QStringLiteral(":/qt-project.org/styles/commonstyle/images/");
    if (which == QStyle::SP_ToolBarVerticalExtensionButton)
        return {base + QStringLiteral("toolbar-ext-v-5.png"), base + QStringLiteral("toolbar-ext-v-10.png"),
                base + QStringLiteral("toolbar-ext-v-20.png")};
    const QString stem
        = direction == Qt::RightToLeft ? QStringLiteral("toolbar-ext-h-rtl-") : QStringLiteral("toolbar-ext-h-");
    return {base + stem + QStringLiteral("8.png"), base + stem + QStringLiteral("16.png"),
            base + stem + QStringLiteral("32.png")};
}

/** The icon of @p files, each read as a PNG without asking the image plugins; null if any is missing. */
QIcon pngIcon(const QStringList& files)
{
    QIcon icon;
    for (const QString& file : files) {
        QImageReader reader(file, QByteArrayLiteral("png"));
        reader.setAutoDetectImageFormat(false); // with detection on, every plugin is loaded and asked first
        const QPixmap pixmap = QPixmap::fromImage(reader.read());
        if (pixmap.isNull())
            return {}; // another Qt version keeps them elsewhere: the style's own way then
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

void AppStyle::install()
{
    if (qobject_cast<AppStyle*>(QApplication::style()))
        return; // Application::run() again in the same process (tests)
    const QString key = QApplication::style()->name();
    if (key.isEmpty())
        return; // not from QStyleFactory: it cannot be re-created by name
    QApplication::setStyle(new AppStyle(key));
}

AppStyle::AppStyle(const QString& baseKey)
    : QProxyStyle(baseKey)
{ }

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton) {
        // Only the styles known to use QCommonStyle's files; the others (macOS, Windows Vista) draw their own.
        const QString base = baseStyle()->name();
        if (base.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
            || base.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0) {
            // QCommonStyle's rule: the option's direction, or the application's without an option.
            const Qt::LayoutDirection direction = option ? option->direction : QGuiApplication::layoutDirection();
            QIcon icon = pngIcon(extensionIconFiles(standardIcon, direction));
            if (!icon.isNull())
                return icon;
        }
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

const QStyle* AppStyle::unwrapped(const QStyle* style)
{
    while (const auto* proxy = qobject_cast<const QProxyStyle*>(style))
        style = proxy->baseStyle();
    return style;
}
