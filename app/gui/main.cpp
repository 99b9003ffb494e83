// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"
#include "util/Translator.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Deliverbench"));
    QApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QApplication::setOrganizationDomain(QStringLiteral("deliverbench.org"));
    QApplication::setApplicationVersion(QStringLiteral(DELIVERBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DELIVERBENCH_APP_ID));
    QIcon fallbackIcon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallbackIcon.addFile(QStringLiteral(":/icons/app/%1x%1/" DELIVERBENCH_APP_ID ".png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(DELIVERBENCH_APP_ID), fallbackIcon));

    using namespace Deliverbench::Gui;
    Translator::install(AppSettings::instance()->language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Email deliverability workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Messages, mbox files or Maildir folders to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPaths(files);
    else
        window.openSampleCaseOnFirstStart();
    return app.exec();
}
