#include "pages/sshkeys/SshKeysHeader.h"

#include "pages/sshkeys/SshKeyUi.h"
#include "pages/sshkeys/SshKeysModel.h"
#include "widgets/ListHeader.h"

#include <QCoreApplication>
#include <QLabel>

// The strings keep the SshKeysPage translation context: they were the page's, and the catalogs translate them there.
SshKeysHeader::SshKeysHeader(QLabel* title, QLabel* countChip, QLabel* team, QLabel* permissionBanner,
                             QLabel* noticeBanner)
    : m_countChip(countChip)
    , m_team(team)
    , m_permissionBanner(permissionBanner)
    , m_noticeBanner(noticeBanner)
{
    ListHeader::styleTitle(title);
    ListHeader::styleCountChip(countChip);
}

void SshKeysHeader::showCount(int total, int shown, bool filtering)
{
    if (filtering && shown != total)
        m_countChip->setText(QCoreApplication::translate("SshKeysPage", "%1 of %n key(s)", nullptr, total).arg(shown));
    else
        m_countChip->setText(QCoreApplication::translate("SshKeysPage", "%n key(s)", nullptr, total));
}

void SshKeysHeader::showTeam(const QString& teamName, const QString& teamId, bool canManage)
{
    m_team->setText(teamName.isEmpty() ? QString()
                                       : QCoreApplication::translate("SshKeysPage", "Team: %1").arg(teamName));
    m_team->setVisible(!teamName.isEmpty());
    if (canManage) {
        SshKeyUi::showMessage(m_permissionBanner, {}, SshKeyUi::Tone::Neutral);
        return;
    }
    SshKeyUi::showMessage(
        m_permissionBanner,
        QCoreApplication::translate("SshKeysPage",
                                    "You are a member of “%1”. Only team owners and admins can add or delete SSH "
                                    "keys, so those actions are turned off.")
            .arg(teamName.isEmpty() ? teamId : teamName),
        SshKeyUi::Tone::Warning);
}

void SshKeysHeader::showNotice(const QString& addedNotice, int staleKeys, bool canManage)
{
    QStringList lines;
    if (!addedNotice.isEmpty())
        lines << addedNotice;
    if (staleKeys > 0 && canManage)
        lines << QCoreApplication::translate(
                     "SshKeysPage",
                     "%n key(s) are older than %1 days. Select one and choose Rotate to replace it with a new "
                     "key.",
                     nullptr, staleKeys)
                     .arg(SshKeysModel::StaleAfterDays);
    else if (staleKeys > 0)
        lines << QCoreApplication::translate(
                     "SshKeysPage", "%n key(s) are older than %1 days. Ask a team owner or admin to rotate them.",
                     nullptr, staleKeys)
                     .arg(SshKeysModel::StaleAfterDays);
    SshKeyUi::showMessage(m_noticeBanner, lines.join(QLatin1Char('\n')),
                          staleKeys > 0 ? SshKeyUi::Tone::Warning : SshKeyUi::Tone::Neutral);
}
