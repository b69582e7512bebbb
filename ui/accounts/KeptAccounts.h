#pragma once

#include <QList>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class OpenAccount;
class QTabWidget;
class QWidget;

/**
 * Accounts opened earlier in this run, kept with their pages while another account is shown (issue 24 item 3), so
 * that switching back shows the last data at once instead of building and loading the pages anew. At most
 * capacity() are kept; keeping one more forgets the least recently shown.
 */
class KeptAccounts
{
public:
    explicit KeptAccounts(int capacity);
    ~KeptAccounts();
    KeptAccounts(const KeptAccounts&) = delete;
    KeptAccounts& operator=(const KeptAccounts&) = delete;

    int capacity() const { return m_capacity; }

    /** Takes every page out of @p tabs (titles, hidden tabs and the current one remembered) and keeps it with @p
     * opened. */
    void keep(std::unique_ptr<OpenAccount> opened, QTabWidget* tabs);
    /** Puts account @p id's pages back into the empty @p tabs and hands the account back; null when it is not kept. */
    std::unique_ptr<OpenAccount> restore(const QString& id, QTabWidget* tabs);
    /** Deletes account @p id's pages, then the account (a removed account). */
    void forget(const QString& id);
    void clear();

    /** The kept accounts' ids, the most recently shown first. */
    QStringList ids() const;
    /** Every kept page with its account, e.g. to ask for unsaved edits before quitting. */
    QList<std::pair<const OpenAccount*, QWidget*>> pages() const;

private:
    struct Kept;
    int m_capacity;
    std::vector<std::unique_ptr<Kept>> m_kept; ///< the most recently shown first
};
