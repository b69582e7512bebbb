#pragma once

#include <QGroupBox>

#include <memory>

class ConsoleProvider;
struct UiContext;

namespace Ui {
class QuickReferenceCard;
}

/**
 * The API Keys tab's quick reference: base URL, auth header, content type and a curl example for the account's
 * provider, each with a Copy button. The example names the key's environment variable, never the key.
 */
class QuickReferenceCard : public QGroupBox
{
    Q_OBJECT

public:
    QuickReferenceCard(ConsoleProvider* provider, UiContext* context, QWidget* parent = nullptr);
    ~QuickReferenceCard() override;

    /** Reads the base URL and the variable from the provider again. */
    void reload();

signals:
    void statusMessage(const QString& text);

private:
    void copyPublic(const QString& text, const QString& what);

    const std::unique_ptr<Ui::QuickReferenceCard> m_ui;
    ConsoleProvider* m_provider;
    UiContext* m_context;
};
