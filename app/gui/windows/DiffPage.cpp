// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/DiffPage.h"

#include "message/Mailbox.h"
#include "models/CaseInputsModel.h"
#include "models/DiffHeaderModel.h"
#include "util/AsyncTask.h"
#include "util/FileDialog.h"
#include "widgets/SeverityIcons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Deliverbench::Gui {

using Report::DiffKind;

namespace {

struct DiffOutcome
{
    Report::MessageDiff diff;
    DiffDkimImpact impact;
};

QColor tint(Severity severity)
{
    QColor color = severityColor(severity);
    color.setAlpha(60);
    return color;
}

QColor kindColor(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added: return tint(Severity::Pass);
    case DiffKind::Removed: return tint(Severity::Error);
    case DiffKind::Changed: return tint(Severity::Warning);
    case DiffKind::Same: break;
    }
    return {};
}

/** Numeric order of IMAP section paths: "(root)" first, then 1, 1.1, 1.2, 2 … */
bool pathLess(const QString& a, const QString& b)
{
    if (a == b)
        return false;
    if (a == QStringLiteral("(root)"))
        return true;
    if (b == QStringLiteral("(root)"))
        return false;
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < std::min(pa.size(), pb.size()); ++i) {
        const int x = pa.at(i).toInt();
        const int y = pb.at(i).toInt();
        if (x != y)
            return x < y;
    }
    return pa.size() < pb.size();
}

QString sizeText(qint64 size)
{
    return size < 0 ? QString() : QLocale().toString(size);
}

} // namespace

DiffPage::DiffPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("diffPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    auto* leftLabel = new QLabel(tr("&A:"), this);
    m_leftCombo = new QComboBox(this);
    m_leftCombo->setObjectName(QStringLiteral("diffLeftCombo"));
    m_leftCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_leftCombo->setMinimumContentsLength(24);
    leftLabel->setBuddy(m_leftCombo);
    auto* rightLabel = new QLabel(tr("&B:"), this);
    m_rightCombo = new QComboBox(this);
    m_rightCombo->setObjectName(QStringLiteral("diffRightCombo"));
    m_rightCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rightCombo->setMinimumContentsLength(24);
    rightLabel->setBuddy(m_rightCombo);
    auto* swap = new QPushButton(tr("S&wap"), this);
    swap->setObjectName(QStringLiteral("diffSwapButton"));
    m_swapAction = new QAction(tr("Swap A and B"), this);
    m_swapAction->setObjectName(QStringLiteral("actionDiffSwap"));
    connect(swap, &QPushButton::clicked, m_swapAction, &QAction::trigger);
    connect(m_swapAction, &QAction::triggered, this, [this] {
        const MessageDocumentPtr a = choice(m_leftCombo);
        const MessageDocumentPtr b = choice(m_rightCombo);
        m_rebuilding = true;
        selectChoice(m_leftCombo, b);
        selectChoice(m_rightCombo, a);
        m_rebuilding = false;
        onChoiceChanged();
    });
    m_compareFileAction = new QAction(tr("&Compare with File…"), this);
    m_compareFileAction->setObjectName(QStringLiteral("actionDiffCompareFile"));
    m_compareFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareFileAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_compareFileAction, &QAction::triggered, this, [this] {
        for (QWidget* w = parentWidget(); w != nullptr; w = w->parentWidget()) {
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                tabs->setCurrentWidget(this);
                break;
            }
        }
        const QStringList paths = FileDialog::instance()->getOpenFileNames(
            this, tr("Compare with Message"), tr("Messages (*.eml *.msg *.txt *.mbox);;All files (*)"));
        if (!paths.isEmpty())
            compareWithFile(paths.constFirst());
    });
    auto* compareButton = new QPushButton(tr("Compare with…"), this);
    compareButton->setObjectName(QStringLiteral("diffCompareFileButton"));
    compareButton->setToolTip(m_compareFileAction->shortcut().toString(QKeySequence::NativeText));
    connect(compareButton, &QPushButton::clicked, m_compareFileAction, &QAction::trigger);
    bar->addWidget(leftLabel);
    bar->addWidget(m_leftCombo, 1);
    bar->addWidget(swap);
    bar->addWidget(rightLabel);
    bar->addWidget(m_rightCombo, 1);
    bar->addWidget(compareButton);
    layout->addLayout(bar);

    m_summary = new QLabel(tr("Open two messages to compare them."), this);
    m_summary->setObjectName(QStringLiteral("diffSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("diffSplitter"));
    auto* tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("diffTabs"));
    tabs->setDocumentMode(true);

    auto* headersPage = new QWidget(tabs);
    auto* headersLayout = new QVBoxLayout(headersPage);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    m_showUnchanged = new QCheckBox(tr("Show &unchanged fields"), headersPage);
    m_showUnchanged->setObjectName(QStringLiteral("diffShowUnchanged"));
    headersLayout->addWidget(m_showUnchanged);
    m_headerModel = new DiffHeaderModel(this);
    m_headerView = new QTableView(headersPage);
    m_headerView->setObjectName(QStringLiteral("diffHeaderView"));
    m_headerView->setModel(m_headerModel);
    m_headerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerView->setWordWrap(false);
    m_headerView->verticalHeader()->setVisible(false);
    m_headerView->horizontalHeader()->setHighlightSections(false);
    m_headerView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_headerView->horizontalHeader()->resizeSection(DiffHeaderModel::FieldColumn, 160);
    m_headerView->horizontalHeader()->resizeSection(DiffHeaderModel::ChangeColumn, 80);
    m_headerView->horizontalHeader()->resizeSection(DiffHeaderModel::OldColumn, 300);
    m_headerView->horizontalHeader()->resizeSection(DiffHeaderModel::NewColumn, 300);
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    headersLayout->addWidget(m_headerView, 1);
    connect(m_showUnchanged, &QCheckBox::toggled, m_headerModel, &DiffHeaderModel::setShowUnchanged);
    tabs->addTab(headersPage, tr("&Headers"));

    m_mimeTree = new QTreeWidget(tabs);
    m_mimeTree->setObjectName(QStringLiteral("diffMimeTree"));
    m_mimeTree->setHeaderLabels({tr("Part"), tr("Change"), tr("Type in A"), tr("Type in B"), tr("Bytes in A"),
                                 tr("Bytes in B"), tr("SHA-256 A → B")});
    m_mimeTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mimeTree->setAlternatingRowColors(false);
    tabs->addTab(m_mimeTree, tr("&MIME Tree"));

    m_bodyView = new QTextEdit(tabs);
    m_bodyView->setObjectName(QStringLiteral("diffBodyView"));
    m_bodyView->setReadOnly(true);
    m_bodyView->setLineWrapMode(QTextEdit::NoWrap);
    m_bodyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tabs->addTab(m_bodyView, tr("&Text Parts"));

    auto* dkimBox = new QWidget(splitter);
    auto* dkimLayout = new QVBoxLayout(dkimBox);
    dkimLayout->setContentsMargins(0, 0, 0, 0);
    auto* dkimLabel = new QLabel(tr("What the changes mean for DKIM"), dkimBox);
    QFont bold = dkimLabel->font();
    bold.setBold(true);
    dkimLabel->setFont(bold);
    dkimLayout->addWidget(dkimLabel);
    m_dkimNotes = new QListWidget(dkimBox);
    m_dkimNotes->setObjectName(QStringLiteral("diffDkimNotes"));
    m_dkimNotes->setWordWrap(true);
    dkimLabel->setBuddy(m_dkimNotes);
    dkimLayout->addWidget(m_dkimNotes, 1);
    splitter->addWidget(tabs);
    splitter->addWidget(dkimBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, &DiffPage::onChoiceChanged);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &DiffPage::onChoiceChanged);
    addAction(m_swapAction);
}

QString DiffPage::title() const
{
    return tr("Diff");
}

void DiffPage::findInputsModel()
{
    QWidget* top = window();
    if (top != this && !top->actions().contains(m_compareFileAction))
        top->addAction(m_compareFileAction);
    else if (top == this && !actions().contains(m_compareFileAction))
        addAction(m_compareFileAction);
    if (m_inputs)
        return;
    // The main window owns the case's inputs model (MainWindow::caseModel()).
    if (auto* model = top->findChild<CaseInputsModel*>(QString(), Qt::FindDirectChildrenOnly))
        setInputsModel(model);
}

void DiffPage::setInputsModel(CaseInputsModel* model)
{
    if (m_inputs == model)
        return;
    if (m_inputs)
        disconnect(m_inputs, nullptr, this, nullptr);
    m_inputs = model;
    if (model != nullptr) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &DiffPage::rebuildChoices);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DiffPage::rebuildChoices);
        connect(model, &QAbstractItemModel::modelReset, this, &DiffPage::rebuildChoices);
        connect(model, &QAbstractItemModel::dataChanged, this, &DiffPage::rebuildChoices);
    }
    rebuildChoices();
}

void DiffPage::setDocument(MessageDocumentPtr document)
{
    findInputsModel();
    if (!document)
        return;
    rebuildChoices();
    m_rebuilding = true;
    selectChoice(m_leftCombo, document);
    if (!choice(m_rightCombo) || choice(m_rightCombo) == document) {
        for (const MessageDocumentPtr& other : std::as_const(m_choices)) {
            if (other != document) {
                selectChoice(m_rightCombo, other);
                break;
            }
        }
    }
    m_rebuilding = false;
    onChoiceChanged();
}

void DiffPage::rebuildChoices()
{
    const MessageDocumentPtr left = choice(m_leftCombo) ? choice(m_leftCombo) : m_left;
    const MessageDocumentPtr right = choice(m_rightCombo) ? choice(m_rightCombo) : m_right;
    QList<MessageDocumentPtr> documents;
    QStringList labels;
    if (m_inputs) {
        for (int row = 0; row < m_inputs->rowCount(); ++row) {
            documents << m_inputs->document(row);
            labels << m_inputs->index(row).data(Qt::DisplayRole).toString().section(u'\n', 0, 0);
        }
    }
    for (const MessageDocumentPtr& document : std::as_const(m_external)) {
        if (!documents.contains(document)) {
            documents << document;
            labels << tr("File: %1").arg(document->sourceLabel.isEmpty() ? QFileInfo(document->origin).fileName()
                                                                         : document->sourceLabel);
        }
    }
    // Keep a document being compared that is not among the inputs (closed meanwhile, or given directly).
    for (const MessageDocumentPtr& kept : {m_left, m_right}) {
        if (kept && !documents.contains(kept)) {
            documents << kept;
            labels << kept->title;
        }
    }
    m_rebuilding = true;
    m_choices = documents;
    for (QComboBox* combo : {m_leftCombo, m_rightCombo}) {
        combo->clear();
        for (int i = 0; i < labels.size(); ++i)
            combo->addItem(labels.at(i), i);
    }
    selectChoice(m_leftCombo, left);
    selectChoice(m_rightCombo, right);
    m_rebuilding = false;
}

MessageDocumentPtr DiffPage::choice(const QComboBox* combo) const
{
    const int index = combo->currentIndex();
    return index >= 0 && index < m_choices.size() ? m_choices.at(index) : nullptr;
}

void DiffPage::selectChoice(QComboBox* combo, const MessageDocumentPtr& document)
{
    const qsizetype index = document ? m_choices.indexOf(document) : -1;
    combo->setCurrentIndex(int(index));
}

void DiffPage::onChoiceChanged()
{
    if (m_rebuilding)
        return;
    const MessageDocumentPtr a = choice(m_leftCombo);
    const MessageDocumentPtr b = choice(m_rightCombo);
    if (a && b && (a != m_left || b != m_right))
        compare(a, b);
}

void DiffPage::compare(MessageDocumentPtr a, MessageDocumentPtr b)
{
    if (!a || !b || !a->message.root || !b->message.root)
        return;
    m_left = a;
    m_right = b;
    if (choice(m_leftCombo) != a || choice(m_rightCombo) != b) {
        rebuildChoices();
        m_rebuilding = true;
        selectChoice(m_leftCombo, a);
        selectChoice(m_rightCombo, b);
        m_rebuilding = false;
    }
    const int generation = ++m_generation;
    m_busy = true;
    m_summary->setText(tr("Comparing…"));
    AsyncTask::runThenCallback(
        this,
        [a, b] {
            DiffOutcome outcome;
            outcome.diff = Report::diffMessages(a->message, b->message);
            outcome.impact = DiffDkimImpact::analyze(a->message, b->message);
            return outcome;
        },
        [this, generation](const DiffOutcome& outcome) {
            if (generation != m_generation)
                return;
            m_busy = false;
            showDiff(outcome.diff, outcome.impact);
        });
}

void DiffPage::compareWithFile(const QString& path)
{
    const MessageDocumentPtr a = choice(m_leftCombo) ? choice(m_leftCombo) : m_left;
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_busy = true;
    AsyncTask::runThenCallback(
        this,
        [path]() -> std::shared_ptr<MessageDocument> {
            auto reader = Mail::MailboxReader::open(path);
            if (!reader)
                return nullptr;
            std::optional<Mail::Message> message = reader->next();
            if (!message)
                return nullptr;
            auto document = MessageDocument::build(std::move(*message), path);
            if (document->sourceLabel.isEmpty())
                document->sourceLabel = QFileInfo(path).fileName();
            return document;
        },
        [this, a, path](const std::shared_ptr<MessageDocument>& document) {
            m_busy = false;
            if (!document) {
                m_summary->setText(tr("%1 holds no readable message.").arg(QFileInfo(path).fileName()));
                emit statusMessage(m_summary->text());
                return;
            }
            m_external << document;
            rebuildChoices();
            if (a)
                compare(a, document);
            else
                selectChoice(m_rightCombo, document);
        });
}

void DiffPage::showDiff(const Report::MessageDiff& diff, const DiffDkimImpact& impact)
{
    m_diff = diff;
    m_impact = impact;
    m_headerModel->setDiff(diff.headers, impact, !impact.signatures.isEmpty());
    fillMimeTree();
    fillBody();
    fillDkim();

    int headerChanges = 0;
    for (const Report::HeaderDiff& header : diff.headers)
        headerChanges += header.kind != DiffKind::Same ? 1 : 0;
    int partChanges = 0;
    for (const Report::PartDiff& part : diff.parts)
        partChanges += part.kind != DiffKind::Same ? 1 : 0;
    if (diff.identical) {
        m_summary->setText(tr("The two messages are byte for byte identical."));
    } else {
        m_summary->setText(tr("%1 ↔ %2: %3 header field(s), %4 MIME part(s) and %5 finding(s) differ.")
                               .arg(m_left->title, m_right->title)
                               .arg(headerChanges)
                               .arg(partChanges)
                               .arg(diff.findings.size()));
    }

    m_findings.clear();
    for (const Report::FindingDiff& change : diff.findings) {
        Finding finding;
        finding.code = change.code;
        if (change.kind == DiffKind::Added) {
            finding.severity = change.severity;
            finding.title = tr("Only in B: %1").arg(change.title);
            finding.detail = tr("B (%1) has this finding, A (%2) does not.").arg(m_right->title, m_left->title);
        } else {
            finding.severity = Severity::Info;
            finding.title = tr("Only in A: %1").arg(change.title);
            finding.detail = tr("A (%1) has this finding (%2), B (%3) does not.")
                                 .arg(m_left->title, severityName(change.severity), m_right->title);
        }
        m_findings << finding;
    }
    emit findingsChanged();
    emit diffReady();
}

void DiffPage::fillMimeTree()
{
    m_mimeTree->clear();
    QList<const Report::PartDiff*> parts;
    for (const Report::PartDiff& part : m_diff.parts)
        parts << &part;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Report::PartDiff* a, const Report::PartDiff* b) { return pathLess(a->path, b->path); });
    QHash<QString, QTreeWidgetItem*> items;
    for (const Report::PartDiff* part : std::as_const(parts)) {
        QTreeWidgetItem* parent = nullptr;
        const qsizetype dot = part->path.lastIndexOf(u'.');
        if (dot > 0)
            parent = items.value(part->path.left(dot));
        if (parent == nullptr && part->path != QStringLiteral("(root)"))
            parent = items.value(QStringLiteral("(root)"));
        const QStringList columns{part->path,
                                  DiffHeaderModel::kindLabel(part->kind),
                                  part->oldType,
                                  part->newType,
                                  sizeText(part->oldSize),
                                  sizeText(part->newSize),
                                  part->kind == DiffKind::Changed && part->oldSha256 != part->newSha256
                                      ? QStringLiteral("%1 → %2").arg(QString::fromLatin1(part->oldSha256.left(12)),
                                                                      QString::fromLatin1(part->newSha256.left(12)))
                                      : QString::fromLatin1(part->oldSha256.isEmpty() ? part->newSha256.left(12)
                                                                                       : part->oldSha256.left(12))};
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_mimeTree, columns);
        item->setData(0, Qt::UserRole, int(part->kind));
        const QColor color = kindColor(part->kind);
        if (color.isValid()) {
            for (int column = 0; column < columns.size(); ++column)
                item->setBackground(column, color);
        }
        items.insert(part->path, item);
    }
    m_mimeTree->expandAll();
}

void DiffPage::fillBody()
{
    m_bodyView->clear();
    QTextCursor cursor(m_bodyView->document());
    QTextBlockFormat plain;
    QTextCharFormat normal;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    bool first = true;
    int shown = 0;
    for (const Report::PartDiff& part : m_diff.parts) {
        if (part.lineDiff.isEmpty())
            continue;
        ++shown;
        if (!first)
            cursor.insertBlock(plain, normal);
        first = false;
        cursor.setBlockFormat(plain);
        cursor.insertText(tr("Part %1 (%2): %3 → %4 bytes").arg(part.path, part.newType, sizeText(part.oldSize),
                                                                 sizeText(part.newSize)),
                          heading);
        for (const QString& line : part.lineDiff) {
            QTextBlockFormat format;
            if (line.startsWith(u'+'))
                format.setBackground(tint(Severity::Pass));
            else if (line.startsWith(u'-'))
                format.setBackground(tint(Severity::Error));
            cursor.insertBlock(format, normal);
            cursor.insertText(line, normal);
        }
        if (part.lineDiffTruncated) {
            cursor.insertBlock(plain, normal);
            cursor.insertText(tr("… (line diff truncated)"), normal);
        }
    }
    if (shown == 0)
        cursor.insertText(m_diff.identical ? tr("The messages are identical.")
                                           : tr("No text part differs line by line."),
                          normal);
    m_bodyView->moveCursor(QTextCursor::Start);
}

void DiffPage::fillDkim()
{
    m_dkimNotes->clear();
    if (m_impact.signatures.isEmpty()) {
        m_dkimNotes->addItem(tr("A has no DKIM-Signature: no change can break one."));
        return;
    }
    for (const DiffDkimSignature& signature : m_impact.signatures) {
        auto* item = new QListWidgetItem(signature.summary(), m_dkimNotes);
        item->setIcon(severityIcon(signature.survives() ? Severity::Pass : Severity::Error));
        item->setData(Qt::UserRole, signature.survives());
    }
}

} // namespace Deliverbench::Gui
