#include "RecentActivityView.h"

#include "FindingText.h"
#include "core/LocaleFormat.h"
#include "widgets/ListHeader.h"
#include "widgets/PlainText.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

RecentActivityView::RecentActivityView(const QList<AccountActivity>& activity, QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto* title = new QLabel(tr("Recent Activity"), this);
    title->setObjectName(QStringLiteral("recentActivityTitle"));
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* note = new QLabel(tr("Security events of the last 30 days from the accounts' audit logs. Those Keydeck "
                               "did not make are marked and listed above as findings."),
                            this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    layout->addWidget(note);

    m_tree->setObjectName(QStringLiteral("recentActivityTree"));
    m_tree->setAccessibleName(tr("Recent activity"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Account"), tr("From")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The page scrolls, not the list; a horizontal bar would also hide the last row (seen at 800×600). What the event
    // was takes the room left.
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    ListHeader::uniformRows(m_tree);

    struct Row
    {
        QString account;
        Security::ActivityEntry entry;
    };
    QList<Row> rows;
    for (const AccountActivity& account : activity) {
        for (const Security::ActivityEntry& entry : account.entries)
            rows.append({account.accountLabel, entry});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.entry.time > b.entry.time; });
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Row& row : rows) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(WhenColumn, LocaleFormat::dateTime(row.entry.time.toLocalTime(), QLocale::ShortFormat));
        // The kind in words; the route (the server's text) in the tooltip, as the column is narrow at 800×600.
        const QString what = FindingText::eventTitle(Security::AccountChecks::eventKindName(row.entry.kind));
        item->setText(WhatColumn, what);
        item->setText(AccountColumn, row.account);
        item->setText(FromColumn, row.entry.ip);
        if (row.entry.madeByKeydeck) {
            item->setToolTip(WhatColumn, PlainText::toolTip(tr("%1\nMade by Keydeck.").arg(row.entry.action)));
        } else {
            // Marked by more than colour: an icon, bold text, and words for the tooltip and a screen reader.
            item->setIcon(WhatColumn, warning);
            item->setToolTip(WhatColumn, PlainText::toolTip(tr("%1\nNot made by Keydeck.").arg(row.entry.action)));
            item->setData(WhatColumn, Qt::AccessibleTextRole, tr("%1, not made by Keydeck").arg(what));
            QFont bold = m_tree->font();
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
        }
    }
    const int height = m_tree->header()->sizeHint().height() + ListHeader::rowHeight(m_tree) * int(rows.size())
        + 2 * m_tree->frameWidth();
    m_tree->setFixedHeight(height);
    layout->addWidget(m_tree);
}

bool RecentActivityView::hasAny(const QList<AccountActivity>& activity)
{
    return std::any_of(activity.cbegin(), activity.cend(),
                       [](const AccountActivity& a) { return !a.entries.isEmpty(); });
}
