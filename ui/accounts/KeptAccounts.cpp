#include "accounts/KeptAccounts.h"

#include "accounts/OpenAccount.h"

#include <QTabWidget>
#include <QWidget>

#include <algorithm>

struct KeptAccounts::Kept
{
    // Declared first, so destroyed last: the pages hold pointers into its provider.
    std::unique_ptr<OpenAccount> opened;
    /** Parent of the pages while they are out of the tabs: never shown, and not a child of the window, so nothing
     *  looking for the shown account's pages there finds these. */
    std::unique_ptr<QWidget> holder;
    QList<QWidget*> pages;
    QStringList titles;
    QList<bool> visible;
    int current = 0;
};

KeptAccounts::KeptAccounts(int capacity)
    : m_capacity(capacity)
{ }

KeptAccounts::~KeptAccounts() = default;

void KeptAccounts::keep(std::unique_ptr<OpenAccount> opened, QTabWidget* tabs)
{
    if (!opened)
        return;
    auto kept = std::make_unique<Kept>();
    kept->holder = std::make_unique<QWidget>();
    kept->current = tabs->currentIndex();
    for (int i = 0; i < tabs->count(); ++i) {
        kept->pages.append(tabs->widget(i));
        kept->titles.append(tabs->tabText(i));
        kept->visible.append(tabs->isTabVisible(i));
    }
    while (tabs->count() > 0)
        tabs->removeTab(tabs->count() - 1);
    for (QWidget* page : std::as_const(kept->pages))
        page->setParent(kept->holder.get());
    kept->opened = std::move(opened);
    forget(kept->opened->account().id);
    m_kept.insert(m_kept.begin(), std::move(kept));
    while (int(m_kept.size()) > m_capacity)
        m_kept.pop_back();
}

std::unique_ptr<OpenAccount> KeptAccounts::restore(const QString& id, QTabWidget* tabs)
{
    const auto it = std::find_if(m_kept.begin(), m_kept.end(),
                                 [&id](const std::unique_ptr<Kept>& kept) { return kept->opened->account().id == id; });
    if (it == m_kept.end())
        return nullptr;
    std::unique_ptr<Kept> kept = std::move(*it);
    m_kept.erase(it);
    for (int i = 0; i < kept->pages.size(); ++i) {
        tabs->addTab(kept->pages.at(i), kept->titles.at(i));
        tabs->setTabVisible(i, kept->visible.at(i));
    }
    tabs->setCurrentIndex(kept->current);
    return std::move(kept->opened);
}

void KeptAccounts::forget(const QString& id)
{
    m_kept.erase(std::remove_if(m_kept.begin(), m_kept.end(),
                                [&id](const std::unique_ptr<Kept>& kept) { return kept->opened->account().id == id; }),
                 m_kept.end());
}

void KeptAccounts::clear()
{
    m_kept.clear();
}

QStringList KeptAccounts::ids() const
{
    QStringList result;
    for (const auto& kept : m_kept)
        result.append(kept->opened->account().id);
    return result;
}

QList<std::pair<const OpenAccount*, QWidget*>> KeptAccounts::pages() const
{
    QList<std::pair<const OpenAccount*, QWidget*>> result;
    for (const auto& kept : m_kept) {
        for (QWidget* page : kept->pages)
            result.append({kept->opened.get(), page});
    }
    return result;
}
