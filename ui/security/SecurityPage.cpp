#include "SecurityPage.h"
#include "ui_SecurityPage.h"

#include "AddEverywhereDialog.h"
#include "AddPassphraseDialog.h"
#include "AppServices.h"
#include "FindingRow.h"
#include "FindingText.h"
#include "RecentActivityView.h"
#include "RemoveEverywhereDialog.h"
#include "ImportAndRemoveDialog.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "security/LocalActions.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QLabel>
#include <QSet>
#include <QShortcut>

#include <array>

namespace {

/** The account's name as the sidebar shows it, with the Spheron AI team the finding was seen in. */
QString ownerOf(const Security::Finding& finding, const QString& accountLabel)
{
    return FindingText::owner(finding, accountLabel);
}

/** The tab where a server-side finding's action is done; an audit event goes by its kind. */
SecurityPage::Destination destinationOf(const Security::Finding& finding)
{
    using Security::Action;
    using Destination = SecurityPage::Destination;
    switch (finding.action) {
    case Action::RotateApiKey:
        return Destination::ApiKeys;
    case Action::ReviewSessions:
        return Destination::Sessions;
    case Action::SetUpTwoFactor:
        return Destination::Profile;
    default:
        break;
    }
    if (finding.check == Security::Check::RecentActivity) {
        // The kinds of AccountChecks::eventKind (docs/SECURITY-OVERVIEW.md, "Security kinds of audit entries").
        if (finding.detail == QLatin1String("ssh-key"))
            return Destination::SshKeys;
        if (finding.detail == QLatin1String("api-key"))
            return Destination::ApiKeys;
        if (finding.detail == QLatin1String("session") || finding.detail == QLatin1String("sign-in"))
            return Destination::Sessions;
        return Destination::Profile;
    }
    return Destination::SshKeys;
}

} // namespace

SecurityPage::SecurityPage(AppServices* services, QWidget* parent, SecurityOverview* overview)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SecurityPage>())
    , m_services(services)
    , m_overview(overview ? overview : new SecurityOverview(services, this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->stateView->setContentWidget(m_ui->findingsScroll);
    m_ui->findingsLayout->addStretch(1);
    // The two buttons wrap onto a second line rather than cut their text in a narrow window (issue 18 item 21).
    FlowLayout::replace(m_ui->everywhereLayout);
    m_ui->showHiddenButton->setText(tr("Ignored and S&noozed (%n)", nullptr, 0));
    m_ui->showHiddenButton->setEnabled(false);

    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &SecurityPage::checkAgain);
    // F5 as on every page; Check Again is off while a check runs, and so is F5.
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->checkAgainButton->isEnabled())
            checkAgain();
    });
    connect(m_ui->stateView, &StatefulView::retryRequested, this, &SecurityPage::checkAgain);
    connect(m_ui->showHiddenButton, &QPushButton::toggled, this, &SecurityPage::render);
    connect(m_ui->removeEverywhereButton, &QPushButton::clicked, this, [this] { removeEverywhere(); });
    connect(m_ui->addEverywhereButton, &QPushButton::clicked, this, &SecurityPage::addEverywhere);
    updateEverywhereButtons();
    auto showChecking = [this] {
        m_ui->stateView->showLoading(tr("Checking your accounts and this computer…"));
        m_ui->summaryLabel->setText(tr("Checking…"));
        m_ui->checkAgainButton->setEnabled(false);
        updateEverywhereButtons();
        emit busyChanged(true);
    };
    connect(m_overview, &SecurityOverview::started, this, showChecking);
    connect(m_overview, &SecurityOverview::finished, this, [this] {
        m_ui->checkAgainButton->setEnabled(true);
        updateEverywhereButtons();
        render();
        emit busyChanged(false);
    });
    // A shared overview may have checked already (the daily check) or be checking now.
    if (m_overview->isRunning()) {
        m_checked = true;
        showChecking();
    } else if (m_overview->hasResults()) {
        m_checked = true;
        render();
    }
}

SecurityPage::~SecurityPage() = default;

void SecurityPage::setAccountPreparer(SecurityOverview::Preparer preparer)
{
    m_overview->setAccountPreparer(std::move(preparer));
}

void SecurityPage::checkAgain()
{
    // The dialog's work goes through the providers a new check would close: check once it is closed.
    if (m_everywhereDialog) {
        m_checkWhenClosed = true;
        return;
    }
    m_checked = true;
    m_overview->start();
}

void SecurityPage::checkIfNeverChecked()
{
    if (!m_checked && !m_overview->isRunning() && !m_overview->hasResults())
        checkAgain();
}

bool SecurityPage::isChecking() const
{
    return m_overview->isRunning();
}

QString SecurityPage::summary() const
{
    return m_ui->summaryLabel->text();
}

bool SecurityPage::isHidden(const Security::Finding& finding) const
{
    return m_services->accounts()
        ->findingMark(finding.accountId, finding.identity())
        .hides(QDateTime::currentDateTimeUtc());
}

void SecurityPage::render()
{
    // Rebuilt whole: a few dozen rows at most, and a re-check may change any of them.
    while (m_ui->findingsLayout->count() > 1) {
        QLayoutItem* item = m_ui->findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    struct Shown
    {
        Security::Finding finding;
        QString owner;
        bool hidden = false;
    };
    QList<Shown> all;
    int insertAt = 0;
    auto addWidget = [&](QWidget* widget) { m_ui->findingsLayout->insertWidget(insertAt++, widget); };
    for (const SecurityOverview::AccountResult& result : m_overview->accounts()) {
        if (!result.error.isEmpty()) {
            auto* label = new QLabel(tr("“%1” could not be checked: %2").arg(result.account.label, result.error));
            label->setObjectName(QStringLiteral("notCheckedLabel"));
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            addWidget(label);
        }
        for (const Security::Finding& finding : result.findings)
            all.append({finding, ownerOf(finding, result.account.label), isHidden(finding)});
    }
    for (const Security::Finding& finding : m_overview->localFindings())
        all.append({finding, ownerOf(finding, {}), isHidden(finding)});

    const bool showHidden = m_ui->showHiddenButton->isChecked();
    int hiddenCount = 0;
    int visibleCount = 0;
    QSet<QString> accounts;
    bool local = false;
    for (const Shown& shown : all) {
        if (shown.hidden) {
            ++hiddenCount;
            continue;
        }
        ++visibleCount;
        if (shown.finding.accountId.isEmpty())
            local = true;
        else
            accounts.insert(shown.finding.accountId);
    }

    static constexpr std::array severities {Security::Severity::High, Security::Severity::Medium,
                                            Security::Severity::Info};
    static const std::array<QString, 3> headingNames {QStringLiteral("highHeading"), QStringLiteral("mediumHeading"),
                                                      QStringLiteral("infoHeading")};
    for (std::size_t s = 0; s < severities.size(); ++s) {
        QList<const Shown*> rows;
        for (const Shown& shown : all) {
            if (shown.finding.severity == severities.at(s) && (showHidden || !shown.hidden))
                rows.append(&shown);
        }
        if (rows.isEmpty())
            continue;
        auto* heading = new QLabel(FindingText::severityHeading(severities.at(s)));
        heading->setObjectName(headingNames.at(s));
        heading->setTextFormat(Qt::PlainText);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        addWidget(heading);
        for (const Shown* shown : rows) {
            auto* row = new FindingRow(shown->finding, shown->owner, shown->hidden, true);
            connect(row, &FindingRow::actionRequested, this, &SecurityPage::runAction);
            connect(row, &FindingRow::removeEverywhereRequested, this,
                    [this](const Security::Finding& f) { removeEverywhere(f.fingerprint); });
            connect(row, &FindingRow::snoozeRequested, this,
                    [this](const Security::Finding& f) { mark(f, false, false); });
            connect(row, &FindingRow::ignoreRequested, this,
                    [this](const Security::Finding& f) { mark(f, true, false); });
            connect(row, &FindingRow::restoreRequested, this,
                    [this](const Security::Finding& f) { mark(f, false, true); });
            addWidget(row);
        }
    }

    QList<RecentActivityView::AccountActivity> activity;
    for (const SecurityOverview::AccountResult& result : m_overview->accounts())
        activity.append({result.account.label, result.activity});
    if (RecentActivityView::hasAny(activity))
        addWidget(new RecentActivityView(activity));

    m_ui->showHiddenButton->setText(tr("Ignored and S&noozed (%n)", nullptr, hiddenCount));
    m_ui->showHiddenButton->setEnabled(hiddenCount > 0 || showHidden);

    // One sentence per case: translators get whole sentences, with the accounts' plural inside.
    QString text;
    if (visibleCount == 0)
        text = tr("No findings: everything Keydeck checks looks right.");
    else if (accounts.isEmpty())
        text = tr("%n finding(s) on this computer.", nullptr, visibleCount);
    else if (!local)
        text
            = tr("%n finding(s) in %1.", nullptr, visibleCount).arg(tr("%n account(s)", nullptr, int(accounts.size())));
    else
        text = tr("%n finding(s) in %1 and on this computer.", nullptr, visibleCount)
                   .arg(tr("%n account(s)", nullptr, int(accounts.size())));
    m_ui->summaryLabel->setText(text);

    if (insertAt == 0)
        m_ui->stateView->showEmpty(tr("No findings"),
                                   tr("Your accounts and this computer pass every check Keydeck makes."));
    else
        m_ui->stateView->showContent();
}

void SecurityPage::runAction(const Security::Finding& finding)
{
    switch (finding.action) {
    case Security::Action::None:
        return;
    case Security::Action::ImportAndRemove:
        importAndRemove(finding);
        return;
    case Security::Action::AddPassphrase:
        addPassphrase(finding);
        return;
    case Security::Action::FixMode:
        fixMode(finding);
        return;
    default:
        emit openAccountPage(finding.accountId, destinationOf(finding), finding.teamId);
        return;
    }
}

void SecurityPage::fixMode(const Security::Finding& finding)
{
    const QString change = finding.check == Security::Check::PublicKeyMode
        ? tr("Only you will be able to change it; others can still read it, as a public key allows.")
        : tr("Only you will be able to read and change it.");
    if (!MessageBox::confirm(this, tr("Fix Permissions"), tr("Change the permissions of %1?").arg(finding.subject),
                             tr("&Fix"), change))
        return;
    const Security::LocalActions::Result result = Security::LocalActions::fixMode(finding);
    if (!result.ok)
        MessageBox::warning(this, tr("Fix Permissions"),
                            tr("The permissions of %1 could not be changed.").arg(finding.subject), result.error);
    m_overview->recheckLocal();
    render();
}

void SecurityPage::addPassphrase(const Security::Finding& finding)
{
    auto* dialog = new AddPassphraseDialog(finding.subjectId, this);
    dialog->setObjectName(QStringLiteral("addPassphraseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPassphraseDialog::passphraseAdded, this, [this] {
        m_overview->recheckLocal();
        render();
    });
    dialog->open();
}

void SecurityPage::setProviderFactory(Security::PlaintextImport::ProviderFactory factory)
{
    m_providerFactory = std::move(factory);
}

void SecurityPage::importAndRemove(const Security::Finding& finding)
{
    Security::PlaintextImport::ProviderFactory factory = m_providerFactory;
    if (!factory) {
        factory = [services = m_services](const Account& account, const QString& key) {
            std::unique_ptr<ConsoleProvider> provider = services->createProvider(account);
            provider->setCredentials({key, {}});
            return provider;
        };
    }
    auto* dialog = new ImportAndRemoveDialog(finding, m_services, std::move(factory), this);
    dialog->setObjectName(QStringLiteral("importAndRemoveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportAndRemoveDialog::removed, this, [this] {
        m_overview->recheckLocal();
        render();
    });
    dialog->open();
}

void SecurityPage::mark(const Security::Finding& finding, bool ignore, bool restore)
{
    AccountsRegistry::FindingMark mark;
    if (!restore) {
        mark.ignored = ignore;
        if (!ignore)
            mark.snoozedUntil = QDateTime::currentDateTimeUtc().addDays(SnoozeDays);
    }
    m_services->accounts()->setFindingMark(finding.accountId, finding.identity(), mark);
    render();
}

void SecurityPage::updateEverywhereButtons()
{
    const bool ready = !m_overview->isRunning() && !m_overview->targets().isEmpty();
    m_ui->removeEverywhereButton->setEnabled(ready);
    m_ui->addEverywhereButton->setEnabled(ready);
}

QDialog* SecurityPage::removeEverywhere(const QString& fingerprint)
{
    const QList<Security::AccountTarget> targets = m_overview->targets();
    if (targets.isEmpty() || m_everywhereDialog)
        return nullptr;
    auto* dialog = new RemoveEverywhereDialog(targets, this);
    dialog->setObjectName(QStringLiteral("removeEverywhereDialog"));
    dialog->setNotIncluded(m_overview->notOpened());
    openEverywhereDialog(dialog, [dialog] { return dialog->removedSomething(); });
    if (!fingerprint.isEmpty())
        dialog->searchFingerprint(fingerprint);
    return dialog;
}

QDialog* SecurityPage::addEverywhere()
{
    const QList<Security::AccountTarget> targets = m_overview->targets();
    if (targets.isEmpty() || m_everywhereDialog)
        return nullptr;
    auto* dialog = new AddEverywhereDialog(targets, this);
    dialog->setObjectName(QStringLiteral("addEverywhereDialog"));
    dialog->setNotIncluded(m_overview->notOpened());
    openEverywhereDialog(dialog, [dialog] { return dialog->addedSomething(); });
    return dialog;
}

void SecurityPage::openEverywhereDialog(QDialog* dialog, std::function<bool()> changedSomething)
{
    m_everywhereDialog = dialog;
    m_checkWhenClosed = false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, changedSomething = std::move(changedSomething)] {
        // What the overview shows was read before the keys changed.
        const bool check = m_checkWhenClosed || changedSomething();
        m_everywhereDialog = nullptr;
        m_checkWhenClosed = false;
        if (check)
            checkAgain();
    });
    dialog->open();
}
