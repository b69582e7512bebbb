#include "pages/sshkeys/SshKeysSearchTexts.h"

#include "pages/sshkeys/SshKeyRowText.h"

#include <QtConcurrent>

void SshKeysSearchTexts::start(const QList<SshKey>& keys)
{
    // The list is copied (implicitly shared, read-only on both sides); the worker never touches the model.
    m_future = QtConcurrent::run([keys] {
        QList<QString> texts;
        texts.reserve(keys.size());
        for (const SshKey& key : keys)
            texts.append(SshKeyRowText::searchTextOf(key));
        return texts;
    });
    m_pending = true;
}

QList<QString> SshKeysSearchTexts::take()
{
    if (!m_pending)
        return {};
    m_pending = false;
    return m_future.result(); // waits when the worker is not done yet
}
