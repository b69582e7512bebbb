#include "widgets/EmptyStateWidget.h"

#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace {
constexpr int kIconSize = 64;
}

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new WrappedLabel(this))
    , m_description(new WrappedLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_icon->setAlignment(Qt::AlignCenter);
    // Error states show server messages (ApiError::userMessage()): plain text (docs/SECURITY.md, "Foreign text is
    // plain text").
    m_title->setTextFormat(Qt::PlainText);
    m_description->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A word-wrapped label added to a layout with an alignment shrinks to its narrowest width and
    // clips its text; centre it between stretches instead and bound its width.
    m_description->setMinimumWidth(280);
    m_description->setMaximumWidth(480);
    m_description->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    auto* descriptionRow = new QHBoxLayout;
    descriptionRow->addStretch(1);
    descriptionRow->addWidget(m_description, 4);
    descriptionRow->addStretch(1);
    layout->addLayout(descriptionRow);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

QString EmptyStateWidget::title() const
{
    return m_titleText;
}

void EmptyStateWidget::setTitle(const QString& title)
{
    m_titleText = title;
    updateTexts();
}

QString EmptyStateWidget::description() const
{
    return m_descriptionText;
}

void EmptyStateWidget::setDescription(const QString& description)
{
    m_descriptionText = description;
    updateTexts();
}

void EmptyStateWidget::updateTexts()
{
    m_textsStale = !isVisible();
    if (m_textsStale)
        return;
    m_title->setText(m_titleText);
    m_title->setAccessibleName(m_titleText);
    m_description->setText(m_descriptionText);
}

QString EmptyStateWidget::iconName() const
{
    return m_iconName;
}

void EmptyStateWidget::setIconName(const QString& iconName)
{
    m_iconName = iconName;
    updateIcon();
}

QString EmptyStateWidget::actionText() const
{
    return m_action->text();
}

void EmptyStateWidget::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    m_action->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

bool EmptyStateWidget::isActionEnabled() const
{
    return m_action->isEnabled();
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    // The SVG is rendered for the current device pixel ratio and palette; redo it when either changes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::showEvent(QShowEvent* event)
{
    if (m_textsStale)
        updateTexts();
    if (m_iconStale)
        updateIcon();
    QWidget::showEvent(event);
}

void EmptyStateWidget::updateIcon()
{
    m_icon->setVisible(!m_iconName.isEmpty());
    if (m_iconName.isEmpty()) {
        m_icon->clear();
        m_iconStale = false;
        return;
    }
    // Rendering an SVG takes a few milliseconds: only for an empty state on screen. The main window holds three, of
    // which start-up shows one (docs/PERFORMANCE.md).
    m_iconStale = !isVisible();
    if (!m_iconStale)
        m_icon->setPixmap(renderSvg(m_iconName, QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

QPixmap EmptyStateWidget::renderSvg(const QString& fileName, const QSize& size, qreal devicePixelRatio)
{
    // QSvgRenderer itself rather than QIcon: QIcon would first look up, load and ask Qt's SVG icon-engine plugin,
    // before the first paint of the main window (docs/PERFORMANCE.md, start-up). The drawing is the engine's
    // (QSvgIconEngine::pixmap, Qt 6.4): the picture scaled to fit, on transparent pixels.
    QSvgRenderer renderer(fileName);
    if (!renderer.isValid())
        return {};
    QSize actualSize = renderer.defaultSize();
    actualSize.scale(size * devicePixelRatio, Qt::KeepAspectRatio);
    if (actualSize.isEmpty())
        return {};
    QImage image(actualSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}
