#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

/** Helpers shared by the benchmark programs (not ctest tests: they measure, they do not pass or fail). */
namespace Bench {

/** Median of @p samples (0 when empty). */
double median(QList<double> samples);

/** Milliseconds on the monotonic clock (comparable across processes on the same machine). */
double monotonicMs();

/** Peak resident set size of this process in MB (getrusage). */
double peakRssMb();

/**
 * Spins a local event loop until @p done returns true or @p timeoutMs passes. Unlike QTest::qWaitFor it never
 * sleeps between iterations (Qt 6.4 sleeps 10 ms), which would show up as a stall in the latency probe.
 */
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000);

/** One result line: printed as tab-separated fields that scripts/bench turns into the table. */
struct Row
{
    QString figure;
    double value = 0;
    /** Negative when the figure has no baseline. */
    double baseline = -1;
    QString unit = QStringLiteral("ms");
    /** The target as written in the table, e.g. "≤ 1.5×" or "≤ 50 ms"; empty when none. */
    QString target;
    /** Whether the target is met; ignored when target is empty. */
    bool ok = true;
};

/** Prints @p row as "ROW\tfigure\tvalue\tbaseline\tratio\ttarget\tverdict" on stdout. */
void print(const Row& row);

/** Appended to every figure printed from now on (" over HTTPS" for bench_keydeck --https). */
void setFigureSuffix(const QString& suffix);

/** A row whose target is a ratio to the baseline (value / baseline ≤ @p maxRatio). */
Row ratioRow(const QString& figure, double value, double baseline, double maxRatio, const QString& unit = "ms");

/** A row whose target is an absolute limit (value ≤ @p limit). */
Row limitRow(const QString& figure, double value, double limit, const QString& unit = "ms");

/** A row with a baseline but no target (for information). */
Row infoRow(const QString& figure, double value, double baseline = -1, const QString& unit = "ms");

/**
 * Event-loop latency probe: a 1 ms precise timer on the calling (GUI) thread; the longest gap between two
 * of its timeouts is the longest time the thread could not answer input or paint.
 */
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject* parent = nullptr);
    void start();
    /** Stops and returns the longest gap in ms since start(). */
    double stop();
    /** The longest gap over 2 ms since start() that began at or after @p monotonicMs (see monotonicMs()). */
    double longestGapStartingAfter(double monotonicMs) const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    double m_startMs = 0;
    QList<std::pair<double, double>> m_gaps; ///< (end on the monotonic clock, length), in ms
};

/** The keydeck-sandbox tool in its own process (so its work is on neither our GUI thread nor our RSS). */
class SandboxProcess
{
public:
    ~SandboxProcess();
    /** Starts it with the demo accounts plus @p extraKeys generated SSH keys per account; @p more options. */
    bool start(const QString& program, int extraKeys, QString* error, const QStringList& more = {});
    /** Every sandbox started from now on serves HTTPS with these PEM files (keydeck-sandbox --tls-cert/--tls-key). */
    static void useTls(const QString& certPath, const QString& keyPath);
    QUrl baseUrl() const { return m_baseUrl; }
    QString vastApiKey() const { return m_vastApiKey; }
    QString spheronApiKey() const { return m_spheronApiKey; }
    /** The header and token of its admin routes (/_sandbox/faults), as its connection line printed them. */
    QByteArray adminHeader() const { return m_adminHeader; }
    QByteArray adminToken() const { return m_adminToken; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_vastApiKey;
    QString m_spheronApiKey;
    QByteArray m_adminHeader;
    QByteArray m_adminToken;
};

} // namespace Bench
