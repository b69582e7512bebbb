#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;
class QPushButton;

/**
 * The centred "nothing here yet" panel every list shows when it is empty, loading or failed:
 * an icon, a heading, a sentence and an optional action button.
 */
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(QString description READ description WRITE setDescription)
    Q_PROPERTY(QString iconName READ iconName WRITE setIconName)
    Q_PROPERTY(QString actionText READ actionText WRITE setActionText)

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    QString title() const;
    void setTitle(const QString& title);
    QString description() const;
    void setDescription(const QString& description);
    /** A resource path such as ":/icons/ssh-key.svg". */
    QString iconName() const;
    void setIconName(const QString& iconName);
    /** The action button's text; the button is hidden while this is empty. */
    QString actionText() const;
    void setActionText(const QString& text);
    /** Turns the action button off (e.g. Retry while a server asks to wait) or back on. */
    void setActionEnabled(bool enabled);
    bool isActionEnabled() const;

    /** The SVG @p fileName drawn as QIcon would draw it at @p size, without Qt's SVG icon engine. */
    static QPixmap renderSvg(const QString& fileName, const QSize& size, qreal devicePixelRatio);

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    QPushButton* m_action;
    void updateTexts();

    QString m_iconName;
    bool m_iconStale = true; // rendered on show: a hidden tab's empty state never pays for its SVG
    // The labels get their texts on show too: layouts measure the wrapped texts of hidden tabs' empty states as
    // well (QStackedLayout sizes itself to every page), and shaping them was a tenth of start-up before the first
    // paint (docs/PERFORMANCE.md).
    QString m_titleText;
    QString m_descriptionText;
    bool m_textsStale = false;
};
