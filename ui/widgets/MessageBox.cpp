#include "widgets/MessageBox.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QSpacerItem>

#include <memory>

namespace {
/** What a window frame takes beside the title: the window icon and three buttons, with their padding. */
constexpr int TitleFrameReserve = 160;

QList<bool> g_nextAnswers;
QString g_lastQuestion;
int g_questionsAsked = 0;
QList<MessageBox::ShownLabel> g_lastLabels;

/**
 * Makes every label of @p box plain text that opens no link. QMessageBox::setTextFormat() reaches only the main
 * label; the informative label Qt 6 creates in setInformativeText() stays AutoText with openExternalLinks on, so
 * each label is set here, after the texts (docs/SECURITY.md, "Foreign text is plain text").
 */
void makePlain(QMessageBox& box)
{
    box.setTextFormat(Qt::PlainText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto labels = box.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(label->textInteractionFlags()
                                       & ~(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard));
    }
}

std::unique_ptr<QMessageBox> build(QWidget* parent, const QString& title, const QString& text,
                                   const QString& informativeText, QMessageBox::StandardButtons buttons)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText); // before the text: AutoText would lay out markup even for a moment
    box->setText(text);
    box->setInformativeText(informativeText);
    makePlain(*box);
    // QMessageBox leaves 50 px beside its title, less than a window frame's icon and buttons take: the title was
    // cut ("Delete Environm…able", issue 18 item 21). A row as wide as the title and the frame's controls.
    if (auto* grid = qobject_cast<QGridLayout*>(box->layout())) {
        const int titleWidth = QFontMetrics(QApplication::font("QMdiSubWindowTitleBar")).horizontalAdvance(title);
        grid->addItem(new QSpacerItem(titleWidth + TitleFrameReserve, 0, QSizePolicy::Fixed, QSizePolicy::Fixed),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    return box;
}

/** Consumes a programmed answer, recording what @p box would have shown. */
bool takeAnswer(const QMessageBox& box, const QString& title, const QString& text, const QString& informativeText)
{
    g_lastQuestion = title + QLatin1Char('\n') + text + QLatin1Char('\n') + informativeText;
    g_lastLabels.clear();
    const auto labels = box.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (!label->text().isEmpty())
            g_lastLabels.append(
                {label->text(), label->textFormat(), label->openExternalLinks(), label->textInteractionFlags()});
    }
    return g_nextAnswers.takeFirst();
}
} // namespace

namespace MessageBox {

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
             const QString& informativeText)
{
    ++g_questionsAsked;
    const auto box = build(parent, title, text, informativeText, QMessageBox::NoButton);
    auto* accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    auto* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    if (!g_nextAnswers.isEmpty())
        return takeAnswer(*box, title, text, informativeText);
    box->exec();
    return box->clickedButton() == accept;
}

void warning(QWidget* parent, const QString& title, const QString& text, const QString& informativeText)
{
    ++g_questionsAsked;
    const auto box = build(parent, title, text, informativeText, QMessageBox::Ok);
    if (!g_nextAnswers.isEmpty()) {
        takeAnswer(*box, title, text, informativeText);
        return;
    }
    box->exec();
}

void setNextAnswer(bool answer)
{
    g_nextAnswers.append(answer);
}

void clearNextAnswers()
{
    g_nextAnswers.clear();
}

QString lastQuestionText()
{
    return g_lastQuestion;
}

int pendingAnswers()
{
    return int(g_nextAnswers.size());
}

int questionsAsked()
{
    return g_questionsAsked;
}

QList<ShownLabel> lastQuestionLabels()
{
    return g_lastLabels;
}

} // namespace MessageBox
