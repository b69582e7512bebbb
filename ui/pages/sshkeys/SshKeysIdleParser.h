#pragma once

#include <QObject>

#include <functional>

class QTimer;

/**
 * Parses every row of SshKeysModel in idle-time slices, so that the first filter keystroke or sort finds them
 * parsed (docs/PERFORMANCE.md). A row left unparsed is parsed on first use anyway; this only moves the work to
 * where the user does not wait for it.
 */
class SshKeysIdleParser : public QObject
{
    Q_OBJECT

public:
    /**
     * @p rowCount gives the model's current number of rows, @p parseRow parses one row (cheap when it already is);
     * both are read on every slice, as the rows may change between two slices.
     */
    SshKeysIdleParser(std::function<qsizetype()> rowCount, std::function<void(qsizetype)> parseRow,
                      QObject* parent = nullptr);

    /** Starts over from the first row, a little later so that the new list shows first. */
    void restart();

signals:
    /** Emitted when the parse has reached the last row. */
    void finished();

private:
    void parseSlice();

    std::function<qsizetype()> m_rowCount;
    std::function<void(qsizetype)> m_parseRow;
    QTimer* m_timer;
    qsizetype m_cursor = 0; // rows before it were parsed by the running parse
};
