#include "FindingsModel.h"

#include "views/analysis/SeverityStyle.h"

namespace azimuth::views {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent), m_snapshot(std::make_shared<FindingsSnapshot>())
{
}

void FindingsModel::setSnapshot(std::shared_ptr<const FindingsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<FindingsSnapshot>();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot->findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const model::Finding& f = finding(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return QString::fromLatin1(model::severityName(f.severity).data());
        case RuleColumn:
            return QString::fromStdString(f.rule);
        case ComponentsColumn:
            return m_snapshot->componentNames(f);
        case MessageColumn:
            return QString::fromStdString(f.message);
        case HintColumn:
            return QString::fromStdString(f.hint);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == HintColumn)
            return QString::fromStdString(index.column() == MessageColumn ? f.message : f.hint);
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) return severityIcon(f.severity);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) return severityColor(f.severity);
        break;
    case ComponentIdsRole: {
        QStringList ids;
        for (const model::ComponentId& id : f.components)
            ids << QString::fromStdString(id.value);
        return ids;
    }
    case RuleIdRole:
        return QString::fromStdString(f.rule);
    case SeverityRole:
        return static_cast<int>(f.severity);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ComponentsColumn:
        return tr("Components");
    case MessageColumn:
        return tr("Message");
    case HintColumn:
        return tr("Hint");
    }
    return {};
}

} // namespace azimuth::views
