// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/WorkspacePage.h"

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Deliverbench::Gui {

class HeaderTableModel;
class MimeTreeModel;
class PartViewer;
class RawSourceView;
class ReceivedTimelineModel;

/** @short The Message tab: raw source, MIME tree + part viewer, headers, Received timeline. */
class MessagePage : public WorkspacePage
{
    Q_OBJECT
public:
    enum SubPage { RawPage, StructurePage, HeadersPage, TimelinePage };

    explicit MessagePage(QWidget* parent = nullptr);

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    bool showEvidence(const Finding& finding) override;

    void showSubPage(SubPage page);
    MessageDocumentPtr document() const { return m_document; }
    RawSourceView* rawView() const { return m_raw; }
    QTreeView* mimeTreeView() const { return m_tree; }
    MimeTreeModel* mimeTreeModel() const { return m_treeModel; }
    PartViewer* partViewer() const { return m_partViewer; }
    QTableView* headerView() const { return m_headers; }
    HeaderTableModel* headerModel() const { return m_headerModel; }
    QTableView* timelineView() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    /** @short Selects the part with that path in the tree (and shows it). */
    bool selectPart(const QString& path);

private:
    void onCurrentPartChanged();

    MessageDocumentPtr m_document;
    QTabWidget* m_tabs;
    QLabel* m_rawNotice;
    RawSourceView* m_raw;
    QSplitter* m_structureSplitter;
    QTreeView* m_tree;
    MimeTreeModel* m_treeModel;
    PartViewer* m_partViewer;
    QTableView* m_headers;
    HeaderTableModel* m_headerModel;
    QLabel* m_headersScope;
    QTableView* m_timeline;
    ReceivedTimelineModel* m_timelineModel;
};

} // namespace Deliverbench::Gui
