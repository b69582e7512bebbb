#include "dialogs/help/AboutDialog.h"

#include "core/AppInfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // users copy the versions into bug reports
    label->setText(text);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Keydeck"));
    auto* layout = new QVBoxLayout(this);

    QLabel* heading
        = plainLabel(QStringLiteral("aboutHeading"), tr("%1 %2").arg(AppInfo::name(), AppInfo::version()), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(plainLabel(QStringLiteral("aboutDescription"),
                                 tr("SSH keys, API keys and profile of your GPU cloud accounts, with every secret "
                                    "kept in your system keychain."),
                                 this));
    layout->addWidget(plainLabel(QStringLiteral("aboutLicence"), tr("Licence: %1").arg(AppInfo::licence()), this));

    QStringList versions;
    for (const AppInfo::Component& component : AppInfo::components())
        versions.append(tr("%1 %2").arg(component.name, component.version));
    layout->addWidget(plainLabel(QStringLiteral("aboutVersions"), versions.join(QLatin1Char('\n')), this));

    auto* links = new QLabel(this);
    links->setObjectName(QStringLiteral("aboutLinks"));
    links->setTextFormat(Qt::RichText);
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString homepage = AppInfo::homepage();
    links->setText(
        tr("Website: %1")
            .toHtmlEscaped()
            .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(homepage.toHtmlEscaped(), homepage.toHtmlEscaped())));
    layout->addWidget(links);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
