#pragma once

#include "providers/Dto.h"

#include <QFuture>
#include <QList>
#include <QString>

/**
 * The filter's search texts (SshKeyRowText::searchTextOf) of a whole new list, made on a worker while the table is
 * shown: some 2 µs a key, which would otherwise delay showing 10,000 keys by 20 ms (issue 24 items 4;
 * docs/PERFORMANCE.md). Only the worker's own copy of the keys is read there; the texts are handed over on the GUI
 * thread, when the first filter needs them or when they are ready, whichever comes first.
 */
class SshKeysSearchTexts
{
public:
    /** Lists at least this long get their texts on a worker; shorter ones are quicker made in place. */
    static constexpr qsizetype AsyncFrom = 1000;

    /** Starts making the texts of @p keys; an earlier start's texts will never be handed over. */
    void start(const QList<SshKey>& keys);
    /** True between start() and take(). */
    bool pending() const { return m_pending; }
    /** True when pending and the worker is done (take() will not wait). */
    bool ready() const { return m_pending && m_future.isFinished(); }
    /** The texts of the last start(), in the keys' order, waiting for the worker if need be; once. */
    QList<QString> take();
    /** Forgets the last start() without waiting: its texts are no row's any more. */
    void discard() { m_pending = false; }

private:
    QFuture<QList<QString>> m_future;
    bool m_pending = false;
};
