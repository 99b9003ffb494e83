// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/CaseExport.h"
#include "settings/AppSettings.h"
#include "util/ResolverFactory.h"
#include "util/Translator.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>

#include <cstring>

namespace {

bool hasArgument(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], "--report=", 9) == 0)
            return true;
    }
    return false;
}

/**
 * @short `deliverbench --report CASE.dbcase --to OUT.pdf [--redact]`: the report without a window.
 * PDF needs Qt Gui (QTextDocument, QPdfWriter), which deliverbench-cli must not link; the CLI runs
 * this mode of the GUI binary instead. No display is needed: without one the offscreen platform is used.
 */
int runHeadlessReport(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Deliverbench"));
    QGuiApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DELIVERBENCH_VERSION));
    return Deliverbench::Gui::CaseExport::runHeadless(QGuiApplication::arguments());
}

} // namespace

int main(int argc, char* argv[])
{
    if (hasArgument(argc, argv, "--report"))
        return runHeadlessReport(argc, argv);

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
    // The DNS every check uses (Settings > DNS); a broken zone file is reported, the rest applies.
    if (const auto dns = ResolverFactory::applySettings(); !dns)
        qWarning("%s", qPrintable(dns.error().message));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Email deliverability workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Messages, mbox files or Maildir folders to open."),
                                 QStringLiteral("[files...]"));
    // The report mode is run before this parser (runHeadlessReport); its options are listed for --help.
    parser.addOptions(CaseExport::headlessOptions());
    parser.process(app);

    MainWindow window;
    window.show();
    // A recovery file newer than its case means the last session crashed: offer it first.
    window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPaths(files);
    else
        window.openSampleCaseOnFirstStart();
    return app.exec();
}
