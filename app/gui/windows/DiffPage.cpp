// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/DiffPage.h"

#include "message/Mailbox.h"
#include "models/CaseInputsModel.h"
#include "models/DiffHeaderModel.h"
#include "util/AsyncTask.h"
#include "util/FileDialog.h"
#include "util/ResolverFactory.h"
#include "util/WorkerLoop.h"
#include "widgets/SeverityIcons.h"

#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableWidget>
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

constexpr int kVerdictDeadlineMs = 60000;
constexpr int kMaxPartRows = 20000;

QByteArray sha256Hex(const MessageDocumentPtr& document)
{
    return QCryptographicHash::hash(document->message.bytes(), QCryptographicHash::Sha256).toHex();
}

QColor verdictColor(Report::VerdictChange change)
{
    switch (change) {
    case Report::VerdictChange::Flipped: return tint(Severity::Warning);
    case Report::VerdictChange::OnlyInA: return tint(Severity::Error);
    case Report::VerdictChange::OnlyInB: return tint(Severity::Pass);
    case Report::VerdictChange::Same:
    case Report::VerdictChange::NotChecked: break;
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

    // Part contents side by side: the part selected in the MIME tree, A left, B right.
    auto* partPage = new QWidget(tabs);
    auto* partLayout = new QVBoxLayout(partPage);
    partLayout->setContentsMargins(0, 0, 0, 0);
    m_partLabel = new QLabel(tr("Select a part in the MIME tree to compare its decoded contents."), partPage);
    m_partLabel->setObjectName(QStringLiteral("diffPartLabel"));
    m_partLabel->setWordWrap(true);
    partLayout->addWidget(m_partLabel);
    auto* partSplitter = new QSplitter(Qt::Horizontal, partPage);
    m_partLeft = new QPlainTextEdit(partSplitter);
    m_partLeft->setObjectName(QStringLiteral("diffPartLeft"));
    m_partRight = new QPlainTextEdit(partSplitter);
    m_partRight->setObjectName(QStringLiteral("diffPartRight"));
    for (QPlainTextEdit* pane : {m_partLeft, m_partRight}) {
        pane->setReadOnly(true);
        pane->setLineWrapMode(QPlainTextEdit::NoWrap);
        pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    // Synchronized scrolling: the rows are aligned, so equal scroll positions show the same rows.
    connect(m_partLeft->verticalScrollBar(), &QScrollBar::valueChanged, m_partRight->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_partRight->verticalScrollBar(), &QScrollBar::valueChanged, m_partLeft->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_partLeft->horizontalScrollBar(), &QScrollBar::valueChanged, m_partRight->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_partRight->horizontalScrollBar(), &QScrollBar::valueChanged, m_partLeft->horizontalScrollBar(),
            &QScrollBar::setValue);
    partLayout->addWidget(partSplitter, 1);
    tabs->addTab(partPage, tr("&Part Contents"));

    // Authentication verdicts of A and B.
    auto* verdictPage = new QWidget(tabs);
    auto* verdictLayout = new QVBoxLayout(verdictPage);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    auto* verdictBar = new QHBoxLayout;
    m_verdictState = new QLabel(verdictPage);
    m_verdictState->setObjectName(QStringLiteral("diffVerdictState"));
    m_verdictState->setWordWrap(true);
    m_offline = new QCheckBox(tr("&Offline (no DNS)"), verdictPage);
    m_offline->setObjectName(QStringLiteral("diffOfflineCheck"));
    m_offline->setToolTip(tr("Do not look up keys and records: verdicts are reported as not checked."));
    auto* checkButton = new QPushButton(tr("Check &Verdicts"), verdictPage);
    checkButton->setObjectName(QStringLiteral("diffCheckVerdictsButton"));
    auto* cancelButton = new QPushButton(tr("Cancel"), verdictPage);
    cancelButton->setObjectName(QStringLiteral("diffCancelVerdictsButton"));
    verdictBar->addWidget(m_verdictState, 1);
    verdictBar->addWidget(m_offline);
    verdictBar->addWidget(checkButton);
    verdictBar->addWidget(cancelButton);
    verdictLayout->addLayout(verdictBar);
    m_verdictTable = new QTableWidget(0, 5, verdictPage);
    m_verdictTable->setObjectName(QStringLiteral("diffVerdictTable"));
    m_verdictTable->setHorizontalHeaderLabels({tr("Verdict"), tr("A"), tr("B"), tr("Change"), tr("Why")});
    m_verdictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_verdictTable->verticalHeader()->setVisible(false);
    m_verdictTable->horizontalHeader()->setStretchLastSection(true);
    m_verdictTable->setWordWrap(true);
    verdictLayout->addWidget(m_verdictTable, 1);
    tabs->addTab(verdictPage, tr("&Verdicts"));

    m_checkVerdictsAction = new QAction(tr("Check Verdicts Again"), this);
    m_checkVerdictsAction->setObjectName(QStringLiteral("actionDiffCheckVerdicts"));
    m_checkVerdictsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_checkVerdictsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelVerdictsAction = new QAction(tr("Cancel Verdict Check"), this);
    m_cancelVerdictsAction->setObjectName(QStringLiteral("actionDiffCancelVerdicts"));
    m_cancelVerdictsAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelVerdictsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelVerdictsAction->setEnabled(false);
    addAction(m_checkVerdictsAction);
    addAction(m_cancelVerdictsAction);
    connect(checkButton, &QPushButton::clicked, m_checkVerdictsAction, &QAction::trigger);
    connect(cancelButton, &QPushButton::clicked, m_cancelVerdictsAction, &QAction::trigger);
    connect(m_cancelVerdictsAction, &QAction::enabledChanged, cancelButton, &QPushButton::setEnabled);
    cancelButton->setEnabled(false);
    connect(m_checkVerdictsAction, &QAction::triggered, this, &DiffPage::checkVerdicts);
    connect(m_cancelVerdictsAction, &QAction::triggered, this, &DiffPage::cancelVerdicts);
    connect(m_offline, &QCheckBox::toggled, this, [this] {
        if (m_left && m_right)
            checkVerdicts();
    });

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

    connect(m_mimeTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr)
            showPart(item->text(0));
    });
    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, &DiffPage::onChoiceChanged);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &DiffPage::onChoiceChanged);
    addAction(m_swapAction);
}

DiffPage::~DiffPage()
{
    cancelVerdicts();
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
    cancelVerdicts();
    AsyncTask::runThenCallback(
        this, [a, b] { return Report::diffMessages(a->message, b->message); },
        [this, generation](const Report::MessageDiff& diff) {
            if (generation != m_generation)
                return;
            m_busy = false;
            showDiff(diff);
            if (m_storedAuth) {
                const Report::AuthDiff stored = *m_storedAuth;
                m_storedAuth.reset();
                showVerdicts(stored);
            } else {
                m_ranAt = QDateTime::currentDateTimeUtc();
                checkVerdicts();
            }
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

void DiffPage::showDiff(const Report::MessageDiff& diff)
{
    m_diff = diff;
    m_headerModel->setDiff(diff.headers, diff.dkim, !diff.dkim.signatures.isEmpty());
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

    m_authDiff = Report::AuthDiff();
    m_verdictTable->setRowCount(0);
    m_partRows.clear();
    m_partLeft->clear();
    m_partRight->clear();
    m_partLabel->setText(tr("Select a part in the MIME tree to compare its decoded contents."));
    updateFindings();
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
    if (m_diff.dkim.signatures.isEmpty()) {
        m_dkimNotes->addItem(tr("A has no DKIM-Signature: no change can break one."));
        return;
    }
    for (const Report::DkimImpactSignature& signature : m_diff.dkim.signatures) {
        auto* item = new QListWidgetItem(signature.summary(), m_dkimNotes);
        item->setIcon(severityIcon(signature.survives() ? Severity::Pass : Severity::Error));
        item->setData(Qt::UserRole, signature.survives());
    }
}

void DiffPage::updateFindings()
{
    m_findings = m_left && m_right ? Report::diffFindings(m_diff, m_authDiff, m_left->title, m_right->title) : Findings();
    emit findingsChanged();
}

void DiffPage::setOffline(bool offline)
{
    m_offline->setChecked(offline);
}

void DiffPage::cancelVerdicts()
{
    ++m_verdictGeneration;
    if (m_verdictLoop) {
        m_verdictLoop->stop(); // the worker leaves its event loop now, even while the application exits
        m_verdictLoop.reset();
    }
    if (auto* watcher = dynamic_cast<QFutureWatcherBase*>(m_verdictWatcher))
        watcher->cancel(); // its callback is suppressed
    if (m_verdictWatcher != nullptr) {
        m_verdictWatcher = nullptr;
        m_verdictState->setText(tr("Verdict check cancelled."));
    }
    m_cancelVerdictsAction->setEnabled(false);
}

void DiffPage::checkVerdicts()
{
    cancelVerdicts();
    const MessageDocumentPtr a = m_left;
    const MessageDocumentPtr b = m_right;
    if (!a || !b)
        return;
    if (m_offline->isChecked()) {
        showVerdicts(Report::notCheckedAuthDiff(a->message, b->message, tr("offline mode (no DNS lookups)")));
        return;
    }
    const int generation = ++m_verdictGeneration;
    const Report::DkimImpact impact = m_diff.dkim;
    m_verdictState->setText(tr("Checking the verdicts of A and B (DNS)… Esc cancels."));
    m_verdictTable->setRowCount(0);
    using Output = std::shared_ptr<Report::AuthDiff>;
    auto worker = std::make_shared<WorkerLoop>();
    m_verdictLoop = worker;
    auto* watcher = AsyncTask::runWithPromise<Output>(
        this,
        [a, b, impact, worker](QPromise<Output>& promise) -> void {
            // Everything here lives on the worker thread: the resolver's sockets, the runs' timers, the loop.
            std::unique_ptr<Dns::Resolver> resolver = ResolverFactory::createUnique();
            if (!resolver || !resolver->isValid()) {
                promise.addResult(std::make_shared<Report::AuthDiff>(Report::notCheckedAuthDiff(
                    a->message, b->message,
                    tr("no DNS resolver is available (%1)").arg(resolver ? resolver->errorString() : QString()))));
                return;
            }
            auto context = std::make_unique<QObject>();
            Output out;
            Report::runAuthDiff(
                a->message, b->message, *resolver, {}, context.get(),
                [&out, &worker](const Report::AuthDiff& diff) {
                    out = std::make_shared<Report::AuthDiff>(diff);
                    worker->wake();
                },
                impact);
            const WorkerLoop::Outcome outcome = out ? WorkerLoop::Outcome::Woken : worker->wait(kVerdictDeadlineMs);
            context.reset(); // a run still going is cancelled with its context
            resolver->cancelAll();
            if (outcome == WorkerLoop::Outcome::Stopped)
                return;
            if (!out) {
                out = std::make_shared<Report::AuthDiff>(Report::notCheckedAuthDiff(
                    a->message, b->message, tr("the DNS lookups did not finish within %1 s").arg(kVerdictDeadlineMs / 1000)));
            }
            promise.addResult(out);
        },
        [this, generation](const Output& result) {
            if (generation != m_verdictGeneration || !result)
                return;
            m_verdictWatcher = nullptr;
            m_cancelVerdictsAction->setEnabled(false);
            m_ranAt = QDateTime::currentDateTimeUtc();
            showVerdicts(*result);
            if (!m_restoring)
                emit modified();
        });
    m_verdictWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_verdictWatcher == watcher) {
            m_verdictWatcher = nullptr;
            m_cancelVerdictsAction->setEnabled(false);
        }
    });
    m_cancelVerdictsAction->setEnabled(true);
}

void DiffPage::showVerdicts(const Report::AuthDiff& auth)
{
    m_authDiff = auth;
    m_verdictTable->setRowCount(int(auth.verdicts.size()));
    for (int row = 0; row < auth.verdicts.size(); ++row) {
        const Report::VerdictDiff& verdict = auth.verdicts.at(row);
        const QString a = verdict.resultA.isEmpty() ? QStringLiteral("—")
                          : verdict.resultA == QStringLiteral("notchecked") ? tr("not checked")
                                                                            : verdict.resultA;
        const QString b = verdict.resultB.isEmpty() ? QStringLiteral("—")
                          : verdict.resultB == QStringLiteral("notchecked") ? tr("not checked")
                                                                            : verdict.resultB;
        const QStringList columns{verdict.label, a, b, Report::verdictChangeLabel(verdict.change), verdict.reason};
        const QColor color = verdictColor(verdict.change);
        for (int column = 0; column < columns.size(); ++column) {
            auto* item = new QTableWidgetItem(columns.at(column));
            item->setData(Qt::UserRole, int(verdict.change));
            if (column == 1)
                item->setToolTip(verdict.detailA);
            else if (column == 2)
                item->setToolTip(verdict.detailB);
            else if (column == 4)
                item->setToolTip(verdict.reason);
            if (color.isValid())
                item->setBackground(color);
            m_verdictTable->setItem(row, column, item);
        }
    }
    m_verdictTable->resizeColumnsToContents();
    if (!auth.checked)
        m_verdictState->setText(tr("Verdicts not checked: %1").arg(auth.notCheckedReason));
    else if (auth.changeCount() == 0)
        m_verdictState->setText(tr("The authentication verdicts of A and B are the same."));
    else
        m_verdictState->setText(tr("%n authentication verdict(s) differ between A and B.", nullptr, auth.changeCount()));
    updateFindings();
    emit verdictsReady();
}

void DiffPage::showPart(const QString& path)
{
    const MessageDocumentPtr a = m_left;
    const MessageDocumentPtr b = m_right;
    if (!a || !b)
        return;
    const int generation = ++m_partGeneration;
    m_partLabel->setText(tr("Loading part %1…").arg(path));
    struct PartOutcome
    {
        QList<Report::SideBySideRow> rows;
        QString note;
    };
    AsyncTask::runThenCallback(
        this,
        [a, b, path] {
            PartOutcome outcome;
            const std::optional<QStringList> left = Report::partTextLines(a->message, path);
            const std::optional<QStringList> right = Report::partTextLines(b->message, path);
            if (!left && !right) {
                outcome.note = tr("Part %1 is not a text part in A or B: compare it by size and SHA-256 in the MIME tree.")
                                   .arg(path);
                return outcome;
            }
            bool truncated = false;
            outcome.rows = Report::sideBySide(left.value_or(QStringList()), right.value_or(QStringList()),
                                              kMaxPartRows, &truncated);
            int changed = 0;
            for (const Report::SideBySideRow& row : std::as_const(outcome.rows))
                changed += row.kind != DiffKind::Same ? 1 : 0;
            outcome.note = !left    ? tr("Part %1 exists only in B.").arg(path)
                           : !right ? tr("Part %1 exists only in A.").arg(path)
                                    : tr("Part %1, decoded: %n line(s) differ.", nullptr, changed).arg(path);
            if (truncated)
                outcome.note += u' ' + tr("(only the first %1 lines are shown)").arg(kMaxPartRows);
            return outcome;
        },
        [this, generation, path](const PartOutcome& outcome) {
            if (generation != m_partGeneration)
                return;
            fillPartView(path, outcome.rows, outcome.note);
        });
}

void DiffPage::fillPartView(const QString& path, const QList<Report::SideBySideRow>& rows, const QString& note)
{
    Q_UNUSED(path);
    m_partRows = rows;
    m_partLabel->setText(note);
    QStringList left;
    QStringList right;
    left.reserve(rows.size());
    right.reserve(rows.size());
    for (const Report::SideBySideRow& row : rows) {
        left << row.left;
        right << row.right;
    }
    m_partLeft->setPlainText(left.join(u'\n'));
    m_partRight->setPlainText(right.join(u'\n'));
    // Changed lines highlighted: removed/changed in A, added/changed in B, filler rows greyed.
    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    const QColor filler = QColor(128, 128, 128, 40);
    for (int i = 0; i < rows.size(); ++i) {
        const Report::SideBySideRow& row = rows.at(i);
        if (row.kind == DiffKind::Same)
            continue;
        auto mark = [i, &row](QPlainTextEdit* pane, bool present, const QColor& color) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(pane->document()->findBlockByNumber(i));
            selection.format.setBackground(present ? color : QColor(128, 128, 128, 40));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            Q_UNUSED(row);
            return selection;
        };
        leftMarks << mark(m_partLeft, row.hasLeft,
                          row.kind == DiffKind::Changed ? tint(Severity::Warning) : tint(Severity::Error));
        rightMarks << mark(m_partRight, row.hasRight,
                           row.kind == DiffKind::Changed ? tint(Severity::Warning) : tint(Severity::Pass));
    }
    Q_UNUSED(filler);
    m_partLeft->setExtraSelections(leftMarks);
    m_partRight->setExtraSelections(rightMarks);
    emit partShown();
}

void DiffPage::saveToCase(Report::Case& theCase) const
{
    if (!m_left || !m_right || m_busy)
        return;
    // The two messages by reference: the case's name for those bytes (added when not an input yet).
    // (Case::addMessage deduplicates by SHA-256 and returns the name the case already has.)
    auto nameOf = [&theCase](const MessageDocumentPtr& document) {
        return theCase.addMessage(document->caseLabel(), document->message.bytes().toByteArray());
    };
    const QString nameA = nameOf(m_left);
    const QString nameB = nameOf(m_right);
    Report::CaseCheck check = Report::diffCaseCheck(nameA, m_left->message.bytes().toByteArray(), nameB,
                                                    m_right->message.bytes().toByteArray(), m_diff, m_authDiff, m_findings);
    if (m_ranAt.isValid())
        check.ranAt = m_ranAt;
    theCase.checks.removeIf([](const Report::CaseCheck& c) { return c.kind == QStringLiteral("diff"); });
    theCase.addCheck(check);
}

void DiffPage::restoreFromCase(const Report::Case& theCase)
{
    findInputsModel();
    cancelVerdicts();
    const Report::CaseCheck* check = nullptr;
    for (const Report::CaseCheck& c : theCase.checks) {
        if (c.kind == QStringLiteral("diff"))
            check = &c;
    }
    if (check == nullptr)
        return;
    const QJsonObject result = check->result;
    const QByteArray hashA = result.value(QStringLiteral("a")).toObject().value(QStringLiteral("sha256")).toString().toLatin1();
    const QByteArray hashB = result.value(QStringLiteral("b")).toObject().value(QStringLiteral("sha256")).toString().toLatin1();
    rebuildChoices();
    MessageDocumentPtr a;
    MessageDocumentPtr b;
    for (const MessageDocumentPtr& document : std::as_const(m_choices)) {
        const QByteArray hash = sha256Hex(document);
        if (!a && hash == hashA)
            a = document;
        if (!b && hash == hashB)
            b = document;
    }
    if (!a || !b) {
        m_summary->setText(tr("The case's diff (%1) refers to a message that is not in the case.").arg(check->input));
        return;
    }
    m_storedAuth = Report::AuthDiff::fromJson(result.value(QStringLiteral("auth")).toObject());
    m_ranAt = check->ranAt;
    m_restoring = true;
    m_left.reset();
    m_right.reset();
    compare(a, b);
    m_restoring = false;
}

} // namespace Deliverbench::Gui
