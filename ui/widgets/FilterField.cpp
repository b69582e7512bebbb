#include "widgets/FilterField.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace {

/** Esc empties the field it watches; with nothing to empty, Esc goes on to the page (Cancel Loading, a dialog). */
class EscapeClears : public QObject
{
public:
    explicit EscapeClears(QLineEdit* edit)
        : QObject(edit)
        , m_edit(edit)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_edit || m_edit->text().isEmpty()
            || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            // Before the page's Esc shortcut: this key press belongs to the field.
            event->accept();
            return true;
        }
        m_edit->clear();
        return true;
    }

private:
    QLineEdit* m_edit;
};

} // namespace

namespace FilterField {

QString clearButtonName()
{
    return QCoreApplication::translate("FilterField", "Clear the filter");
}

void setUp(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    edit->installEventFilter(new EscapeClears(edit));
    // QLineEdit's clear button is a tool button with an icon and no name: screen readers announced "button".
    for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(clearButtonName());
        button->setToolTip(clearButtonName());
    }
    for (QAction* action : edit->actions()) {
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction"))
            action->setToolTip(clearButtonName());
    }
}

NoMatchesLabel::NoMatchesLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("noMatchesLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    hide();
}

void NoMatchesLabel::showFor(const QString& filter, int total, int shown)
{
    const bool none = !filter.trimmed().isEmpty() && total > 0 && shown == 0;
    if (none)
        setText(QCoreApplication::translate("FilterField", "Nothing matches “%1”. Press Esc to clear the filter.")
                    .arg(filter.trimmed()));
    setVisible(none);
}

} // namespace FilterField
