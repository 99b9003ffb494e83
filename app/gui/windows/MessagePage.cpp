// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/MessagePage.h"

#include "models/HeaderTableModel.h"
#include "models/MimeTreeModel.h"
#include "models/Roles.h"
#include "models/ReceivedTimelineModel.h"
#include "widgets/PartViewer.h"
#include "widgets/RawSourceView.h"
#include "util/Widgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

MessagePage::MessagePage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("messagePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    // Raw source
    auto* rawPage = new QWidget(m_tabs);
    auto* rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->setSpacing(0);
    m_rawNotice = new QLabel(rawPage);
    m_rawNotice->setObjectName(QStringLiteral("rawNoticeLabel"));
    m_rawNotice->setAutoFillBackground(true);
    m_rawNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_rawNotice->setForegroundRole(QPalette::ToolTipText);
    m_rawNotice->setContentsMargins(6, 3, 6, 3);
    m_rawNotice->setVisible(false);
    rawLayout->addWidget(m_rawNotice);
    m_raw = new RawSourceView(rawPage);
    rawLayout->addWidget(m_raw, 1);
    m_tabs->addTab(rawPage, tr("&Raw Source"));

    // Structure: MIME tree + part viewer
    m_structureSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_structureSplitter->setObjectName(QStringLiteral("structureSplitter"));
    m_tree = new QTreeView(m_structureSplitter);
    m_tree->setObjectName(QStringLiteral("mimeTreeView"));
    m_treeModel = new MimeTreeModel(this);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_partViewer = new PartViewer(m_structureSplitter);
    m_structureSplitter->addWidget(m_tree);
    m_structureSplitter->addWidget(m_partViewer);
    m_structureSplitter->setStretchFactor(0, 1);
    m_structureSplitter->setStretchFactor(1, 3);
    m_tabs->addTab(m_structureSplitter, tr("&MIME Structure"));

    // Headers
    auto* headersPage = new QWidget(m_tabs);
    auto* headersLayout = new QVBoxLayout(headersPage);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->setSpacing(2);
    m_headersScope = new QLabel(headersPage);
    m_headersScope->setObjectName(QStringLiteral("headersScopeLabel"));
    m_headersScope->setContentsMargins(6, 2, 6, 2);
    headersLayout->addWidget(m_headersScope);
    m_headers = makeTable(headersPage, QStringLiteral("headerTableView"));
    m_headerModel = new HeaderTableModel(this);
    m_headers->setModel(m_headerModel);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderTableModel::LineColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderTableModel::NameColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderTableModel::ValueColumn, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderTableModel::RawColumn, QHeaderView::Interactive);
    m_headers->horizontalHeader()->resizeSection(HeaderTableModel::RawColumn, 260);
    headersLayout->addWidget(m_headers, 1);
    m_tabs->addTab(headersPage, tr("&Headers"));

    // Received timeline
    m_timeline = makeTable(m_tabs, QStringLiteral("receivedTimelineView"));
    m_timelineModel = new ReceivedTimelineModel(this);
    m_timeline->setModel(m_timelineModel);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_timeline, tr("Received &Timeline"));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MessagePage::onCurrentPartChanged);
    connect(m_partViewer, &PartViewer::statusMessage, this, &WorkspacePage::statusMessage);
    connect(m_headers, &QTableView::activated, this, [this](const QModelIndex& index) {
        m_raw->highlightRange(index.data(OffsetRole).toLongLong(), index.data(LengthRole).toLongLong());
    });
}

QString MessagePage::title() const
{
    return tr("Message");
}

void MessagePage::setDocument(MessageDocumentPtr document)
{
    m_document = std::move(document);
    m_treeModel->setDocument(m_document);
    m_headerModel->setDocument(m_document);
    m_timelineModel->setDocument(m_document);
    m_partViewer->setPart(m_document, nullptr);
    if (!m_document || !m_document->message.root) {
        m_raw->clearSource();
        m_rawNotice->setVisible(false);
        m_headersScope->setText(QString());
        return;
    }
    const Mail::Message& message = m_document->message;
    m_raw->setSource(message.bytes(), message.offset);
    if (m_raw->isTruncated()) {
        m_rawNotice->setText(tr("Showing the first %1 of %2. Findings beyond that point cannot be highlighted here.")
                                 .arg(QLocale().formattedDataSize(m_raw->shownBytes()),
                                      QLocale().formattedDataSize(message.length)));
    }
    m_rawNotice->setVisible(m_raw->isTruncated());
    m_headersScope->setText(tr("Headers of the message"));
    m_tree->expandAll();
    m_tree->resizeColumnToContents(MimeTreeModel::TypeColumn);
    m_timeline->resizeColumnsToContents();
    // Show the first leaf that has something to read.
    const QList<const Mail::MimePart*> leaves = message.leafParts();
    const Mail::MimePart* first = leaves.isEmpty() ? message.root.get() : leaves.constFirst();
    for (const Mail::MimePart* leaf : leaves) {
        if (leaf->contentType.is("text", "html")) {
            first = leaf;
            break;
        }
    }
    m_tree->setCurrentIndex(m_treeModel->indexForPart(first));
}

void MessagePage::onCurrentPartChanged()
{
    const Mail::MimePart* part = m_treeModel->part(m_tree->currentIndex());
    m_partViewer->setPart(m_document, part);
    if (!m_document)
        return;
    const Mail::MimePart* root = m_document->message.root.get();
    const Mail::MimePart* headersOf = part && !part->headers.fields.isEmpty() ? part : root;
    m_headerModel->setDocument(m_document, headersOf);
    m_headersScope->setText(headersOf == root ? tr("Headers of the message")
                                              : tr("Headers of part %1").arg(headersOf->path));
}

bool MessagePage::selectPart(const QString& path)
{
    const QModelIndex index = m_treeModel->indexForPath(path);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MessagePage::showSubPage(SubPage page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool MessagePage::showEvidence(const Finding& finding)
{
    if (!m_document)
        return false;
    if (!finding.partPath.isEmpty())
        selectPart(finding.partPath);
    if (finding.offset < 0)
        return false;
    if (!m_raw->highlightRange(finding.offset, finding.length)) {
        emit statusMessage(tr("The evidence of this finding is beyond the part of the message shown."));
        return false;
    }
    showSubPage(RawPage);
    return true;
}

} // namespace Deliverbench::Gui
