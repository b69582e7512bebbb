#pragma once

#include <QString>

class QLabel;

/**
 * The labels above the SSH key list: the title, the key count chip, the team, the banner that says why a member
 * cannot change keys, and the notices (a new key's reach, keys due for rotation). The page says what is the case;
 * this says it in words.
 */
class SshKeysHeader
{
public:
    SshKeysHeader(QLabel* title, QLabel* countChip, QLabel* team, QLabel* permissionBanner, QLabel* noticeBanner);

    /** "@p total keys", or "@p shown of @p total" while a filter hides some. */
    void showCount(int total, int shown, bool filtering);
    /** The team's name (hidden when unknown) and, when @p canManage is false, why changes are turned off. */
    void showTeam(const QString& teamName, const QString& teamId, bool canManage);
    /** @p addedNotice (may be empty) and how many keys are older than SshKeysModel::StaleAfterDays. */
    void showNotice(const QString& addedNotice, int staleKeys, bool canManage);

private:
    QLabel* m_countChip;
    QLabel* m_team;
    QLabel* m_permissionBanner;
    QLabel* m_noticeBanner;
};
