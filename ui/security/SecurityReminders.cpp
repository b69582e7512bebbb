#include "SecurityReminders.h"

#include "AppServices.h"
#include "FindingText.h"
#include "SecurityOverview.h"
#include "core/TestOverrides.h"
#include "security/ReminderRule.h"

#include <QPointer>

#include <algorithm>

SecurityReminders::SecurityReminders(AppServices* services, SecurityOverview* overview, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_overview(overview)
{
    m_now = [] { return QDateTime::currentDateTimeUtc(); };
    m_notify = [this](const QString& title, const QString& message, std::function<void(bool)> shown) {
        m_desktop.notify(title, message, std::move(shown));
    };
    // Whoever started the run (the timer, the page's first look, Check Again), it is the day's check.
    connect(m_overview, &SecurityOverview::finished, this, &SecurityReminders::record);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        checkIfDue();
        // Keydeck may run for days: look every hour whether the next day has come.
        m_timer.start(std::chrono::hours(1));
    });
}

SecurityReminders::~SecurityReminders() = default;

void SecurityReminders::start()
{
    std::chrono::milliseconds delay = FirstCheckDelay;
    bool ok = false;
    const int overridden = TestOverrides::value("KEYDECK_SECURITY_CHECK_DELAY_MS").toInt(&ok);
    if (ok && overridden >= 0)
        delay = std::chrono::milliseconds(overridden);
    m_timer.start(delay);
}

bool SecurityReminders::checkIfDue()
{
    if (m_overview->isRunning() || !Security::ReminderRule(m_services->accounts()).isDue(m_now()))
        return false;
    m_overview->start();
    return true;
}

void SecurityReminders::setNotify(DesktopNotifier::Notify notify)
{
    m_notify = DesktopNotifier::answeringAtOnce(std::move(notify));
}

void SecurityReminders::setPageShown(bool shown)
{
    m_pageShown = shown;
    if (shown && !m_new.isEmpty()) {
        m_new.clear();
        emit newCountChanged(0);
    }
}

void SecurityReminders::record()
{
    QList<Security::ReminderRule::Checked> checked;
    for (const SecurityOverview::AccountResult& result : m_overview->accounts())
        checked.append({result.account.id, result.findings, result.error.isEmpty()});
    checked.append({QString(), m_overview->localFindings(), true});
    QList<Security::Finding> fresh = Security::ReminderRule(m_services->accounts()).record(checked, m_now());
    // The most serious first: the notification names the first one.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Security::Finding& a, const Security::Finding& b) {
        return int(a.severity) < int(b.severity);
    });
    // The page on screen shows them: nothing to remind of.
    if (fresh.isEmpty() || m_pageShown)
        return;
    m_new.append(fresh);
    emit newCountChanged(int(m_new.size()));
    notify(fresh);
}

void SecurityReminders::notify(const QList<Security::Finding>& fresh)
{
    const Security::Finding& first = fresh.first();
    QString label;
    for (const SecurityOverview::AccountResult& result : m_overview->accounts()) {
        if (result.account.id == first.accountId)
            label = result.account.label;
    }
    const int count = int(fresh.size());
    const QString title = tr("Keydeck found %n new security finding(s)", nullptr, count);
    // The page's words (FindingText), so the notification says what the overview will show.
    const QString what = tr("%1: %2", "notification: whose finding, then why it matters")
                             .arg(FindingText::owner(first, label), FindingText::sentence(first));
    const QString message
        = count == 1 ? what : tr("%1\nAnd %n more in the Security overview.", nullptr, count - 1).arg(what);
    m_notify(title, message, [self = QPointer<SecurityReminders>(this), title, message](bool shown) {
        if (self)
            emit self->notified(title, message, shown);
    });
}
