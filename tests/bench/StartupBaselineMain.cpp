// bench_startup_baseline: the smallest comparable Qt Widgets program (a main window with a table, a few rows and
// a status bar), built with the same flags as Keydeck; prints the monotonic time of its first paint and exits.

#include "BenchSupport.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

#include <cstdio>
#include <cstdlib>

namespace {

class PaintProbe : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && qobject_cast<QMainWindow*>(static_cast<QWidget*>(watched)->window())) {
            std::printf("PAINT %.3f\n", Bench::monotonicMs());
            std::fflush(stdout);
            std::_Exit(0);
        }
        return false;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    PaintProbe probe;
    app.installEventFilter(&probe);

    QMainWindow window;
    auto* model = new QStandardItemModel(5, 4, &window);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Fingerprint"), QStringLiteral("Added"), QStringLiteral("Type")});
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 4; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("cell %1/%2").arg(row).arg(column)));
    }
    auto* table = new QTableView(&window);
    table->setModel(model);
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1000, 700);
    window.show();
    return QApplication::exec();
}
