#include "pages/apikeys/QuickReferenceCard.h"
#include "ui_QuickReferenceCard.h"

#include "UiContext.h"
#include "clipboard/SecretClipboard.h"
#include "providers/ConsoleProvider.h"

#include <QFontDatabase>

#include <algorithm>

QuickReferenceCard::QuickReferenceCard(ConsoleProvider* provider, UiContext* context, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::QuickReferenceCard)
    , m_provider(provider)
    , m_context(context)
{
    m_ui->setupUi(this);
    // The grid sizes the label column from size hints that leave out the colon after a mnemonic label on some
    // styles (seen with Fusion offscreen); reserve the widest label's text instead.
    int labelWidth = 0;
    for (QLabel* label : {m_ui->baseUrlLabel, m_ui->authHeaderLabel, m_ui->contentTypeLabel, m_ui->curlLabel})
        labelWidth = std::max(labelWidth, label->fontMetrics().horizontalAdvance(label->text().remove(u'&')) + 8);
    m_ui->quickRefLayout->setColumnMinimumWidth(0, labelWidth);
    connect(m_ui->copyBaseUrlButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->baseUrlEdit->text(), tr("base URL")); });
    connect(m_ui->copyAuthHeaderButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->authHeaderEdit->text(), tr("auth header")); });
    connect(m_ui->copyContentTypeButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->contentTypeEdit->text(), tr("content type")); });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this,
            [this] { copyPublic(m_ui->curlEdit->toPlainText(), tr("curl example")); });
    reload();
}

QuickReferenceCard::~QuickReferenceCard() = default;

void QuickReferenceCard::reload()
{
    const QString variable = m_provider->info().apiKeyVariable;
    const QString base = m_provider->baseUrl().toString(QUrl::StripTrailingSlash);
    // The request the provider itself sends to check a key, path for path (issue 19 item 6).
    const QString url = m_provider->verifyKeyUrl().toString();
    m_ui->baseUrlEdit->setText(base);
    m_ui->authHeaderEdit->setText(QStringLiteral("Authorization: Bearer $%1").arg(variable));
    m_ui->contentTypeEdit->setText(QStringLiteral("application/json"));
    // The key comes from the environment at run time: the example never contains it (seeds: "Store API keys in
    // environment variables; never hardcode them").
    m_ui->curlEdit->setPlainText(QStringLiteral("curl -sS \\\n  -H \"Authorization: Bearer $%1\" \\\n  -H "
                                                "\"Content-Type: application/json\" \\\n  \"%2\"")
                                     .arg(variable, url));
    m_ui->curlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->curlHintLabel->setText(
        tr("Set the key first, without it reaching your shell history: read -rs %1 && export %1").arg(variable));
}

void QuickReferenceCard::copyPublic(const QString& text, const QString& what)
{
    if (!m_context || !m_context->clipboard)
        return;
    m_context->clipboard->copyPublic(text);
    emit statusMessage(tr("Copied the %1.").arg(what));
}
