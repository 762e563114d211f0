#pragma once
// The findings as a table: severity, rule, components, message, hint.

#include "views/analysis/FindingsSnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace azimuth::views {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
  public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        ComponentsColumn,
        MessageColumn,
        HintColumn,
        ColumnCount
    };
    /// Extra roles: the finding's component ids (QStringList), rule id, severity (int).
    enum Role
    {
        ComponentIdsRole = Qt::UserRole + 1,
        RuleIdRole,
        SeverityRole
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const FindingsSnapshot> snapshot);
    const FindingsSnapshot& snapshot() const { return *m_snapshot; }
    /// The finding at a row of this model.
    const model::Finding& finding(int row) const { return m_snapshot->findings.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::shared_ptr<const FindingsSnapshot> m_snapshot;
};

} // namespace azimuth::views
