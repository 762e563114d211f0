#pragma once
// A combo of the instance types priced in a region, grouped by family, each with its
// vCPUs, memory and On-Demand price.

#include <QComboBox>

namespace azimuth::model {
class PriceCatalog;
}

namespace azimuth::views {

class InstanceTypeCombo : public QComboBox
{
    Q_OBJECT
  public:
    explicit InstanceTypeCombo(QWidget* parent = nullptr);
    /// Fills the list from a price catalog (the one in use) for a region and selects
    /// `current` (added if the region lacks it).
    void populate(const model::PriceCatalog& prices, const std::string& region,
                  const QString& current, double hoursPerMonth);
    /// The selected type name.
    QString typeName() const;
    void selectType(const QString& type);
};

} // namespace azimuth::views
