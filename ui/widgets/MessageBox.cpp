#include "widgets/MessageBox.h"

#include <QList>
#include <QPushButton>

namespace {
QList<bool> g_nextAnswers;
QString g_lastQuestion;
int g_questionsAsked = 0;
} // namespace

namespace MessageBox {

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
             const QString& informativeText)
{
    ++g_questionsAsked;
    if (!g_nextAnswers.isEmpty()) {
        g_lastQuestion = title + QLatin1Char('\n') + text + QLatin1Char('\n') + informativeText;
        return g_nextAnswers.takeFirst();
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informativeText);
    auto* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    auto* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void warning(QWidget* parent, const QString& title, const QString& text, const QString& informativeText)
{
    ++g_questionsAsked;
    if (!g_nextAnswers.isEmpty()) {
        g_lastQuestion = title + QLatin1Char('\n') + text + QLatin1Char('\n') + informativeText;
        g_nextAnswers.takeFirst();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(informativeText);
    box.exec();
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

} // namespace MessageBox
