#pragma once

#include "security/Finding.h"
#include "widgets/DesktopNotifier.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class AppServices;
class SecurityOverview;

/**
 * The security overview's reminders while Keydeck runs (issue 23, docs/SECURITY-OVERVIEW.md "Reminders"): a check
 * at most once a day, run by the page's own SecurityOverview (one run serves both; a run the page started counts as
 * the day's check), and one desktop notification when it finds something new (Security::ReminderRule: not seen by
 * the previous check, not ignored or snoozed). newCount() says how many until the page is shown; the window marks
 * the sidebar's Security entry meanwhile. Made by MainWindow::startSecurityReminders(), so windows in tests check
 * nothing unless they ask.
 */
class SecurityReminders : public QObject
{
    Q_OBJECT

public:
    /**
     * The first check waits this long after start(): opening every account reads its key from the keychain and asks
     * its server, which must not compete with start-up or the first account's load (those take seconds).
     */
    static constexpr std::chrono::minutes FirstCheckDelay {2};

    SecurityReminders(AppServices* services, SecurityOverview* overview, QObject* parent = nullptr);
    ~SecurityReminders() override;

    /**
     * The first check after FirstCheckDelay (test builds: KEYDECK_SECURITY_CHECK_DELAY_MS milliseconds), then every
     * hour one if due.
     */
    void start();
    /** Checks now if a check is due and none runs; returns whether one started. */
    bool checkIfDue();

    /** Replaces the notification (tests); the default is DesktopNotifier. */
    void setNotify(DesktopNotifier::Notify notify);
    /** Replaces the clock (tests). */
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /** The overview is shown (true) or left; while it is shown its findings are seen, so none is new. */
    void setPageShown(bool shown);
    /** How many new findings the checks found since the overview was last shown. */
    int newCount() const { return m_new.size(); }
    /** Those findings, the most serious first (the one the notification named). */
    const QList<Security::Finding>& newFindings() const { return m_new; }

signals:
    void newCountChanged(int count);
    /** A check found new findings and told the desktop (@p shown: whether the desktop showed it). */
    void notified(const QString& title, const QString& message, bool shown);

private:
    void record();
    void notify(const QList<Security::Finding>& fresh);

    AppServices* m_services;
    SecurityOverview* m_overview;
    DesktopNotifier m_desktop;
    DesktopNotifier::NotifyAsync m_notify;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    QList<Security::Finding> m_new;
    bool m_pageShown = false;
};
