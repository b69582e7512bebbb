#include "pages/sshkeys/SshKeysIdleParser.h"

#include <QElapsedTimer>
#include <QTimer>

#include <utility>

namespace {

/**
 * How long one slice of the idle-time parse may hold the GUI thread (ms). A parse costs a few microseconds per key
 * (libssh import and re-export), so 10,000 keys take some 15 slices, with input and paints in between.
 */
constexpr qint64 ParseSliceMs = 3;
/** The idle-time parse starts this long after a list arrives (ms), so it does not delay showing it. */
constexpr int ParseDelayMs = 100;

} // namespace

SshKeysIdleParser::SshKeysIdleParser(std::function<qsizetype()> rowCount, std::function<void(qsizetype)> parseRow,
                                     QObject* parent)
    : QObject(parent)
    , m_rowCount(std::move(rowCount))
    , m_parseRow(std::move(parseRow))
    , m_timer(new QTimer(this))
{
    // Parsing in idle time on the GUI thread, not on a worker: results made on another thread live in that
    // thread's malloc arena, which kept some 10 MB more resident with 10,000 keys (docs/PERFORMANCE.md).
    connect(m_timer, &QTimer::timeout, this, &SshKeysIdleParser::parseSlice);
}

void SshKeysIdleParser::restart()
{
    m_cursor = 0;
    if (m_rowCount() > 0)
        m_timer->start(ParseDelayMs);
}

void SshKeysIdleParser::parseSlice()
{
    m_timer->setInterval(0); // the next slices as soon as the event loop is idle
    QElapsedTimer slice;
    slice.start();
    while (m_cursor < m_rowCount()) {
        m_parseRow(m_cursor++);
        if ((m_cursor & 63) == 0 && slice.elapsed() >= ParseSliceMs)
            return; // the rest in the next slice
    }
    m_timer->stop();
    emit finished();
}
