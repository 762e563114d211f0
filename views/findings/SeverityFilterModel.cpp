#include "SeverityFilterModel.h"

#include "FindingsModel.h"

namespace azimuth::views {

SeverityFilterModel::SeverityFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SeverityFilterModel::setSeverityShown(model::Severity severity, bool shown)
{
    bool& flag = m_shown[static_cast<int>(severity)];
    if (flag == shown) return;
    flag = shown;
    invalidateFilter();
}

bool SeverityFilterModel::isSeverityShown(model::Severity severity) const
{
    return m_shown[static_cast<int>(severity)];
}

bool SeverityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = i.data(FindingsModel::SeverityRole).toInt();
    return severity >= 0 && severity < 3 && m_shown[severity];
}

bool SeverityFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == FindingsModel::SeverityColumn)
        return left.data(FindingsModel::SeverityRole).toInt() <
               right.data(FindingsModel::SeverityRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace azimuth::views
