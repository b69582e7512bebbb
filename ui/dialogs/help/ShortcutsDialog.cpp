#include "dialogs/help/ShortcutsDialog.h"

#include "dialogs/help/ShortcutSheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Keys"), tr("Where"), tr("Does")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Item texts are never rich text, so tab names (which a page might take from a server one day) stay literal.
    for (const ShortcutEntry& entry : ShortcutSheet::collect(window))
        m_list->addTopLevelItem(new QTreeWidgetItem(QStringList {entry.keys, entry.where, entry.does}));
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 420);
}
