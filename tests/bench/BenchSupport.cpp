#include "BenchSupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace Bench {

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

namespace {

QString number(double value)
{
    return QString::number(value, 'f', value >= 100 ? 0 : 1);
}

} // namespace

namespace {
QString g_figureSuffix;
QStringList g_tlsArguments;
} // namespace

void setFigureSuffix(const QString& suffix)
{
    g_figureSuffix = suffix;
}

void SandboxProcess::useTls(const QString& certPath, const QString& keyPath)
{
    g_tlsArguments = {QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath};
}

void print(const Row& row)
{
    const bool hasBaseline = row.baseline >= 0;
    const QString value = number(row.value) + QLatin1Char(' ') + row.unit;
    const QString baseline = hasBaseline ? number(row.baseline) + QLatin1Char(' ') + row.unit : QStringLiteral("–");
    const QString ratio = hasBaseline && row.baseline > 0
        ? QString::number(row.value / row.baseline, 'f', 2) + QStringLiteral("×")
        : QStringLiteral("–");
    const QString target = row.target.isEmpty() ? QStringLiteral("–") : row.target;
    const QString verdict = row.target.isEmpty() ? QStringLiteral("info")
                                                 : (row.ok ? QStringLiteral("ok") : QStringLiteral("over target"));
    const QString line
        = QStringList {QStringLiteral("ROW"), row.figure + g_figureSuffix, value, baseline, ratio, target, verdict}
              .join(QLatin1Char('\t'));
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

Row ratioRow(const QString& figure, double value, double baseline, double maxRatio, const QString& unit)
{
    Row row {figure,
             value,
             baseline,
             unit,
             QStringLiteral("≤ %1×").arg(maxRatio),
             baseline > 0 && value <= maxRatio * baseline};
    return row;
}

Row limitRow(const QString& figure, double value, double limit, const QString& unit)
{
    return Row {figure, value, -1, unit, QStringLiteral("≤ %1 %2").arg(limit).arg(unit), value <= limit};
}

Row infoRow(const QString& figure, double value, double baseline, const QString& unit)
{
    return Row {figure, value, baseline, unit, {}, true};
}

StallProbe::StallProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
        if (now - m_lastNs > 2'000'000)
            m_gaps.append({m_startMs + double(now) / 1e6, double(now - m_lastNs) / 1e6});
        m_lastNs = now;
    });
}

double StallProbe::longestGapStartingAfter(double monotonicMs) const
{
    double longest = 0;
    for (const auto& [end, length] : m_gaps) {
        if (end - length >= monotonicMs)
            longest = std::max(longest, length);
    }
    return longest;
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_gaps.clear();
    m_startMs = monotonicMs();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

double StallProbe::stop()
{
    // The gap up to now counts too: the operation may have blocked right until its end.
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
    m_timer.stop();
    return double(m_maxGapNs) / 1e6;
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QString& program, int extraKeys, QString* error, const QStringList& more)
{
    QStringList args {QStringLiteral("--seed-demo"), QStringLiteral("--json")};
    args << g_tlsArguments;
    if (extraKeys > 0)
        args << QStringLiteral("--seed-ssh-keys") << QString::number(extraKeys);
    args << more;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("keydeck-sandbox did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_process.canReadLine()) {
        if (clock.elapsed() > 120000 || !m_process.waitForReadyRead(1000)) {
            if (m_process.state() == QProcess::NotRunning || clock.elapsed() > 120000) {
                *error = QStringLiteral("keydeck-sandbox printed no connection line: %1")
                             .arg(QString::fromUtf8(m_process.readAllStandardError()));
                return false;
            }
        }
    }
    const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
    const QJsonObject vast = line.value(QStringLiteral("vast")).toObject();
    m_baseUrl = QUrl(vast.value(QStringLiteral("baseUrl")).toString());
    m_vastApiKey = vast.value(QStringLiteral("apiKey")).toString();
    m_spheronApiKey = line.value(QStringLiteral("spheron")).toObject().value(QStringLiteral("apiKey")).toString();
    const QJsonObject admin = line.value(QStringLiteral("admin")).toObject();
    m_adminHeader = admin.value(QStringLiteral("header")).toString().toLatin1();
    m_adminToken = admin.value(QStringLiteral("token")).toString().toLatin1();
    if (!m_baseUrl.isValid() || m_vastApiKey.isEmpty()) {
        *error = QStringLiteral("keydeck-sandbox printed an unexpected connection line.");
        return false;
    }
    return true;
}

} // namespace Bench
