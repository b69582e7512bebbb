#include "FindingRow.h"

#include "FindingText.h"
#include "widgets/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/** The checks whose finding is about one registered SSH key, named by the fingerprint of its text. */
bool namesRegisteredKey(const Security::Finding& finding)
{
    using Security::Check;
    switch (finding.check) {
    case Check::OldSshKey:
    case Check::UnknownSshKey:
    case Check::WeakSshKey:
    case Check::DuplicateSshKey:
    case Check::SharedSshKey:
        return !finding.accountId.isEmpty() && !finding.fingerprint.isEmpty();
    default:
        return false;
    }
}

} // namespace

FindingRow::FindingRow(const Security::Finding& finding, const QString& owner, bool hidden, QWidget* parent)
    : QFrame(parent)
    , m_finding(finding)
{
    setObjectName(QStringLiteral("findingRow"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    auto* texts = new QVBoxLayout;
    auto* ownerLabel = new QLabel(owner, this);
    ownerLabel->setObjectName(QStringLiteral("ownerLabel"));
    ownerLabel->setTextFormat(Qt::PlainText);
    QFont bold = ownerLabel->font();
    bold.setBold(true);
    ownerLabel->setFont(bold);
    auto* sentence = new WrappedLabel(FindingText::sentence(finding), this);
    sentence->setObjectName(QStringLiteral("sentenceLabel"));
    sentence->setTextFormat(Qt::PlainText);
    sentence->setWordWrap(true);
    sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(ownerLabel);
    texts->addWidget(sentence);
    layout->addLayout(texts, 1);
    if (hidden) {
        ownerLabel->setEnabled(false);
        sentence->setEnabled(false);
    }

    const QString label = FindingText::actionLabel(finding.action);
    if (!label.isEmpty()) {
        m_actionButton = new QPushButton(label, this);
        m_actionButton->setObjectName(QStringLiteral("actionButton"));
        m_actionButton->setAccessibleDescription(sentence->text());
        connect(m_actionButton, &QPushButton::clicked, this, [this] { emit actionRequested(m_finding); });
        layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    }

    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("markButton"));
    more->setText(tr("Later"));
    more->setAccessibleName(tr("Snooze or ignore"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setFocusPolicy(Qt::StrongFocus);
    auto* menu = new QMenu(more);
    if (hidden) {
        QAction* restore = menu->addAction(tr("Show Again"));
        restore->setObjectName(QStringLiteral("restoreAction"));
        connect(restore, &QAction::triggered, this, [this] { emit restoreRequested(m_finding); });
    } else {
        QAction* snooze = menu->addAction(tr("Snooze for 7 Days"));
        snooze->setObjectName(QStringLiteral("snoozeAction"));
        connect(snooze, &QAction::triggered, this, [this] { emit snoozeRequested(m_finding); });
        QAction* ignore = menu->addAction(tr("Ignore"));
        ignore->setObjectName(QStringLiteral("ignoreAction"));
        connect(ignore, &QAction::triggered, this, [this] { emit ignoreRequested(m_finding); });
    }
    if (namesRegisteredKey(finding)) {
        // A key nobody here holds may be a lost device's: it may be registered in the other accounts too.
        menu->addSeparator();
        QAction* everywhere = menu->addAction(tr("Remove Everywhere…"));
        everywhere->setObjectName(QStringLiteral("removeEverywhereAction"));
        connect(everywhere, &QAction::triggered, this, [this] { emit removeEverywhereRequested(m_finding); });
        more->setAccessibleName(tr("Snooze, ignore or remove everywhere"));
    }
    more->setMenu(menu);
    layout->addWidget(more, 0, Qt::AlignTop);
}
