#include "SecurityOverview.h"

#include "AppServices.h"
#include "accounts/OpenAccount.h"
#include "net/ApiError.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "security/LocalChecks.h"
#include "security/SecurityScan.h"
#include "ssh/LocalKeys.h"

#include <QPointer>

SecurityOverview::SecurityOverview(AppServices* services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_scan(new Security::SecurityScan(this))
{
    connect(m_scan, &Security::SecurityScan::accountScanned, this,
            [this](const Security::AccountSnapshot& snapshot, const QList<Security::Finding>& findings) {
                for (AccountResult& result : m_accounts) {
                    if (result.account.id != snapshot.account.id)
                        continue;
                    result.findings = findings;
                    result.activity
                        = Security::AccountChecks::recentActivity(snapshot, QDateTime::currentDateTimeUtc());
                    if (!snapshot.errors.isEmpty())
                        result.error = snapshot.errors.first().userMessage();
                    else if (snapshot.failed)
                        result.error = tr("Some of its lists could not be read.");
                }
            });
    connect(m_scan, &Security::SecurityScan::finished, this, [this](const QList<Security::Finding>& shared) {
        for (const Security::Finding& finding : shared) {
            for (AccountResult& result : m_accounts) {
                if (result.account.id == finding.accountId)
                    result.findings.append(finding);
            }
        }
        m_running = false;
        m_hasResults = true;
        emit finished();
    });
}

SecurityOverview::~SecurityOverview()
{
    // The scan's requests go through the opened accounts' providers: stop it before they go.
    m_scan->cancel();
}

void SecurityOverview::setAccountPreparer(Preparer preparer)
{
    m_preparer = std::move(preparer);
}

void SecurityOverview::start()
{
    m_scan->cancel();
    const int generation = ++m_generation;
    m_opened.clear();
    m_ready.clear();
    m_accounts.clear();
    for (const Account& account : m_services->accounts()->accounts())
        m_accounts.append({account, {}, {}, {}});
    recheckLocal();
    m_running = true;
    emit started();
    openNext(generation, 0);
}

void SecurityOverview::recheckLocal()
{
    m_local = Security::LocalChecks().run();
}

QList<Security::AccountTarget> SecurityOverview::targets() const
{
    QList<Security::AccountTarget> targets;
    if (m_running)
        return targets;
    for (const auto& opened : m_opened) {
        if (m_ready.contains(opened->account().id) && opened->provider())
            targets.append({opened->account(), opened->provider()});
    }
    return targets;
}

QStringList SecurityOverview::notOpened() const
{
    QStringList labels;
    if (m_running)
        return labels;
    for (const AccountResult& result : m_accounts) {
        if (!m_ready.contains(result.account.id))
            labels << result.account.label;
    }
    return labels;
}

void SecurityOverview::openNext(int generation, int index)
{
    if (generation != m_generation)
        return;
    if (index >= m_accounts.size()) {
        scanOpened(generation);
        return;
    }
    const QString id = m_accounts.at(index).account.id;
    auto open = [this, generation, index, id](const QString& error) {
        if (generation != m_generation)
            return;
        const std::optional<Account> account = m_services->accounts()->find(id);
        if (!error.isEmpty() || !account) {
            m_accounts[index].error = error;
            openNext(generation, index + 1);
            return;
        }
        // The preparer may have changed the account (the demo's new port): use it as it is now.
        m_accounts[index].account = *account;
        auto opened = std::make_unique<OpenAccount>(m_services, *account);
        OpenAccount* raw = opened.get();
        m_opened.push_back(std::move(opened));
        connect(raw, &OpenAccount::ready, this, [this, generation, index, id] {
            if (generation != m_generation)
                return;
            m_ready.append(id);
            openNext(generation, index + 1);
        });
        connect(raw, &OpenAccount::failed, this, [this, generation, index](const QString& message, bool) {
            if (generation != m_generation)
                return;
            m_accounts[index].error = message;
            openNext(generation, index + 1);
        });
        raw->open(OpenAccount::Use::Background);
    };
    if (m_preparer)
        m_preparer(id, [guard = QPointer<SecurityOverview>(this), open](const QString& error) {
            if (guard)
                open(error);
        });
    else
        open({});
}

void SecurityOverview::scanOpened(int generation)
{
    QList<Security::SecurityScan::Target> targets;
    for (const auto& opened : m_opened) {
        const bool failed = std::any_of(m_accounts.cbegin(), m_accounts.cend(), [&](const AccountResult& r) {
            return r.account.id == opened->account().id && !r.error.isEmpty();
        });
        if (!failed)
            targets.append(
                {opened->account(), opened->provider(), m_services->accounts()->ownKeyId(opened->account().id)});
    }
    if (targets.isEmpty()) {
        if (generation == m_generation) {
            m_running = false;
            m_hasResults = true;
            emit finished();
        }
        return;
    }
    m_scan->start(targets, LocalKeys::scan());
}
