#include "SecurityPage.h"
#include "ui_SecurityPage.h"

#include "AddEverywhereDialog.h"
#include "AddPassphraseDialog.h"
#include "AppServices.h"
#include "FindingGroups.h"
#include "FindingRow.h"
#include "FindingText.h"
#include "ImportAndRemoveDialog.h"
#include "RecentActivityView.h"
#include "RemoveEverywhereDialog.h"
#include "providers/ConsoleProvider.h"
#include "secrets/AccountsRegistry.h"
#include "security/LocalActions.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBox.h"
#include "widgets/StatefulView.h"

#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>
#include <array>
#include <optional>

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
    m_ui->showHiddenButton->setText(tr("Ignored and S&noozed (%n)", nullptr, 0));
    m_ui->showHiddenButton->setEnabled(false);
    // The two buttons wrap onto a second line rather than cut their text in a narrow window (issue 18 item 21).
    FlowLayout::replace(m_ui->everywhereLayout);

    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &SecurityPage::checkAgain);
    // F5 as on every page; Check Again is off while a check runs, and so is F5.
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->checkAgainButton->isEnabled())
            checkAgain();
    });
    connect(m_ui->stateView, &StatefulView::retryRequested, this, &SecurityPage::checkAgain);
    connect(m_ui->showHiddenButton, &QPushButton::toggled, this, [this] { render(); });
    connect(m_ui->removeEverywhereButton, &QPushButton::clicked, this, [this] { removeEverywhere(); });
    connect(m_ui->addEverywhereButton, &QPushButton::clicked, this, &SecurityPage::addEverywhere);
    updateEverywhereButtons();
    auto showChecking = [this] {
        m_ui->stateView->showLoading(tr("Checking your accounts and this computer…"));
        m_ui->summaryLabel->setText(tr("Checking…"));
        m_ui->checkAgainButton->setEnabled(false);
        updateEverywhereButtons();
        m_pending.clear(); // the last result's rows still to come: a new one replaces them
        setBusy(true);
    };
    connect(m_overview, &SecurityOverview::started, this, showChecking);
    connect(m_overview, &SecurityOverview::finished, this, [this] {
        m_ui->checkAgainButton->setEnabled(true);
        updateEverywhereButtons();
        render(Fill::InSteps); // busy until its last row is added (addRows)
    });
    m_rowTimer.setSingleShot(true);
    m_rowTimer.setInterval(0);
    connect(&m_rowTimer, &QTimer::timeout, this, [this] { addRows(LaterRows); });
    // A shared overview may have checked already (the daily check) or be checking now.
    if (m_overview->isRunning()) {
        m_checked = true;
        showChecking();
    } else if (m_overview->hasResults()) {
        m_checked = true;
        render(Fill::InSteps);
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
    return m_overview->isRunning() || !m_pending.isEmpty();
}

QString SecurityPage::summary() const
{
    return m_ui->summaryLabel->text();
}

void SecurityPage::render(Fill fill)
{
    // Rebuilt whole: a re-check may change any finding. Only the first rows of each group become widgets (issue 24
    // item 5): thousands of keys give thousands of findings, and a row costs a few widgets.
    m_pending.clear();
    m_rowTimer.stop();
    while (m_ui->findingsLayout->count() > 1) {
        QLayoutItem* item = m_ui->findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int insertAt = 0;
    auto addWidget = [&](QWidget* widget) { m_ui->findingsLayout->insertWidget(insertAt++, widget); };
    QList<FindingGroups::Source> sources;
    // The marks are read once per account; an account without any (the usual case) needs no per-finding look-up.
    QHash<QString, QHash<QString, AccountsRegistry::FindingMark>> marks;
    for (const SecurityOverview::AccountResult& result : m_overview->accounts()) {
        if (!result.error.isEmpty()) {
            auto* label = new QLabel(tr("“%1” could not be checked: %2").arg(result.account.label, result.error));
            label->setObjectName(QStringLiteral("notCheckedLabel"));
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            addWidget(label);
        }
        sources.append({result.account.label, &result.findings});
        marks.insert(result.account.id, m_services->accounts()->findingMarks(result.account.id));
    }
    sources.append({QString(), &m_overview->localFindings()});
    marks.insert(QString(), m_services->accounts()->findingMarks(QString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto isHidden = [&](const Security::Finding& finding) {
        const auto own = marks.constFind(finding.accountId);
        if (own == marks.cend() || own->isEmpty())
            return false;
        return own->value(AccountsRegistry::findingMarkKey(finding.identity())).hides(now);
    };
    const bool showHidden = m_ui->showHiddenButton->isChecked();
    const FindingGroups::Listing listing = FindingGroups::group(sources, isHidden, showHidden);

    static const std::array<QString, 3> headingNames {QStringLiteral("highHeading"), QStringLiteral("mediumHeading"),
                                                      QStringLiteral("infoHeading")};
    std::optional<Security::Severity> heading;
    for (const FindingGroups::Group& group : listing.groups) {
        if (heading != group.severity) {
            heading = group.severity;
            const Security::Severity severity = group.severity;
            m_pending.append([severity]() -> QWidget* {
                auto* label = new QLabel(FindingText::severityHeading(severity));
                label->setObjectName(headingNames.at(std::size_t(severity)));
                label->setTextFormat(Qt::PlainText);
                QFont font = label->font();
                font.setBold(true);
                label->setFont(font);
                return label;
            });
        }
        const auto shared = std::make_shared<FindingGroups::Group>(group);
        const qsizetype first = std::min<qsizetype>(FirstRowsPerGroup, group.findings.size());
        for (qsizetype i = 0; i < first; ++i)
            m_pending.append([this, shared, i]() -> QWidget* { return makeRow(*shared, i); });
        if (first < group.findings.size())
            m_pending.append([this, shared, first]() -> QWidget* { return makeShowMoreButton(shared, first); });
    }
    // Recent Activity after the findings (the account's audit log, Keydeck's own events too).
    QList<RecentActivityView::AccountActivity> activity;
    for (const SecurityOverview::AccountResult& result : m_overview->accounts())
        activity.append({result.account.label, result.activity});
    if (RecentActivityView::hasAny(activity))
        m_pending.append([activity]() -> QWidget* { return new RecentActivityView(activity); });
    const bool anything = insertAt > 0 || !m_pending.isEmpty();
    // After a check, the first rows come now and the rest a few per event-loop turn: laying out and painting a row's
    // wrapped, selectable text costs about a millisecond, and a check must not hold the window (issue 24 item 5). After
    // the user's own change (Snooze, Fix, the hidden ones shown) every row comes at once, so that the page shows the
    // outcome of the click.
    addRows(fill == Fill::InSteps ? FirstRows : int(m_pending.size()));

    m_ui->showHiddenButton->setText(tr("Ignored and S&noozed (%n)", nullptr, listing.hidden));
    m_ui->showHiddenButton->setEnabled(listing.hidden > 0 || showHidden);

    // One sentence per case: translators get whole sentences, with the accounts' plural inside.
    const int visibleCount = listing.visible;
    QString text;
    if (visibleCount == 0)
        text = tr("No findings: everything Keydeck checks looks right.");
    else if (listing.accounts == 0)
        text = tr("%n finding(s) on this computer.", nullptr, visibleCount);
    else if (!listing.local)
        text = tr("%n finding(s) in %1.", nullptr, visibleCount).arg(tr("%n account(s)", nullptr, listing.accounts));
    else
        text = tr("%n finding(s) in %1 and on this computer.", nullptr, visibleCount)
                   .arg(tr("%n account(s)", nullptr, listing.accounts));
    m_ui->summaryLabel->setText(text);

    if (!anything)
        m_ui->stateView->showEmpty(tr("No findings"),
                                   tr("Your accounts and this computer pass every check Keydeck makes."));
    else
        m_ui->stateView->showContent();
}

void SecurityPage::addRows(int count)
{
    // The pending widgets go after the ones shown (and the rows Show More added), before the closing stretch.
    for (int i = 0; i < count && !m_pending.isEmpty(); ++i) {
        QWidget* widget = m_pending.takeFirst()();
        m_ui->findingsLayout->insertWidget(m_ui->findingsLayout->count() - 1, widget);
        widget->show(); // now, not on the next turn as a layout would: the rows are in place once added
    }
    if (m_ui->findingsWidget->isVisible())
        m_ui->findingsLayout->activate();
    if (!m_pending.isEmpty())
        m_rowTimer.start();
    else if (!m_overview->isRunning())
        setBusy(false);
}

void SecurityPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

FindingRow* SecurityPage::makeRow(const FindingGroups::Group& group, qsizetype index)
{
    const Security::Finding& finding = group.findings.at(index);
    auto* row = new FindingRow(finding, ownerOf(finding, group.accountLabel), group.hidden.at(index));
    connect(row, &FindingRow::actionRequested, this, &SecurityPage::runAction);
    connect(row, &FindingRow::removeEverywhereRequested, this,
            [this](const Security::Finding& f) { removeEverywhere(f.fingerprint); });
    connect(row, &FindingRow::snoozeRequested, this, [this](const Security::Finding& f) { mark(f, false, false); });
    connect(row, &FindingRow::ignoreRequested, this, [this](const Security::Finding& f) { mark(f, true, false); });
    connect(row, &FindingRow::restoreRequested, this, [this](const Security::Finding& f) { mark(f, false, true); });
    return row;
}

QPushButton* SecurityPage::makeShowMoreButton(const std::shared_ptr<FindingGroups::Group>& group, qsizetype shown)
{
    auto* button = new QPushButton;
    button->setObjectName(QStringLiteral("showMoreButton"));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // a button under the rows, not a bar
    auto label = [button, group](qsizetype from) {
        const auto left = int(group->findings.size() - from);
        button->setText(tr("Show %n More", nullptr, std::min(left, MoreRowsPerClick)));
        button->setToolTip(tr("%n more finding(s) of this kind", nullptr, left));
    };
    label(shown);
    connect(button, &QPushButton::clicked, this, [this, button, group, label, shown]() mutable {
        // The next rows go above the button; it goes once the group is complete.
        const qsizetype end = std::min<qsizetype>(shown + MoreRowsPerClick, group->findings.size());
        int at = m_ui->findingsLayout->indexOf(button);
        FindingRow* firstAdded = nullptr;
        for (; shown < end; ++shown) {
            FindingRow* row = makeRow(*group, shown);
            m_ui->findingsLayout->insertWidget(at++, row);
            row->show();
            if (!firstAdded)
                firstAdded = row;
        }
        if (shown < group->findings.size()) {
            label(shown);
            return;
        }
        // The group is complete: the button goes, and the keyboard continues at the first row it added.
        if (button->hasFocus() && firstAdded) {
            QWidget* next = firstAdded->actionButton();
            if (!next)
                next = firstAdded->findChild<QWidget*>(QStringLiteral("markButton"));
            if (next)
                next->setFocus();
        }
        button->deleteLater();
    });
    return button;
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
    // An imported key is a new account: the overview checks it too once the dialog is closed (it was listed only
    // after Check Again).
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->plaintextImport()->imported())
            checkAgain();
    });
    dialog->open();
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
