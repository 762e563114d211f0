#pragma once
// Shows only the findings of the severities switched on, and sorts severity by
// badness (errors first) rather than by name.

#include "model/rules/Severity.h"

#include <QSortFilterProxyModel>

namespace azimuth::views {

class SeverityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
  public:
    explicit SeverityFilterModel(QObject* parent = nullptr);

    void setSeverityShown(model::Severity severity, bool shown);
    bool isSeverityShown(model::Severity severity) const;

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

  private:
    bool m_shown[3] = {true, true, true};
};

} // namespace azimuth::views
