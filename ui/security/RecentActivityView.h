#pragma once

#include "security/AccountChecks.h"

#include <QList>
#include <QString>
#include <QWidget>

class QTreeWidget;

/**
 * The overview's Recent Activity (issue 23): the security events of the last 30 days from every account's audit
 * log, newest first, with the ones Keydeck did not make highlighted; those are also findings above it. Every text
 * is the server's or the log's and shown as plain text (tree items do not read markup; tooltips do: PlainText).
 */
class RecentActivityView : public QWidget
{
    Q_OBJECT

public:
    /** One account's events, named as the sidebar names the account. */
    struct AccountActivity
    {
        QString accountLabel;
        QList<Security::ActivityEntry> entries;
    };

    enum Column { WhenColumn, WhatColumn, AccountColumn, FromColumn, ColumnCount };

    explicit RecentActivityView(const QList<AccountActivity>& activity, QWidget* parent = nullptr);

    /** Whether there is any event to show (the page leaves the section out otherwise). */
    static bool hasAny(const QList<AccountActivity>& activity);

private:
    QTreeWidget* m_tree;
};
