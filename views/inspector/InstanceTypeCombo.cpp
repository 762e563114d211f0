#include "InstanceTypeCombo.h"

#include "model/cost/PriceCatalog.h"
#include "views/analysis/Money.h"

#include <QStandardItemModel>
#include <map>

namespace azimuth::views {

namespace {
constexpr int TypeRole = Qt::UserRole + 1;
} // namespace

InstanceTypeCombo::InstanceTypeCombo(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
}

void InstanceTypeCombo::populate(const model::PriceCatalog& prices, const std::string& region,
                                 const QString& current, double hours)
{
    const QSignalBlocker block(this);
    clear();
    auto* model = new QStandardItemModel(this);
    std::map<std::string, std::vector<std::string>> byFamily;
    for (const auto& t : prices.instanceTypes(region)) {
        const auto* info = prices.instanceTypeInfo(t);
        byFamily[info ? info->family : std::string("other")].push_back(t);
    }
    bool found = false;
    for (const auto& [family, types] : byFamily) {
        auto* head = new QStandardItem(QString::fromStdString(family).toUpper());
        head->setFlags(Qt::NoItemFlags);
        QFont f = head->font();
        f.setBold(true);
        head->setFont(f);
        model->appendRow(head);
        for (const auto& t : types) {
            QString text = QString::fromStdString(t);
            if (const auto* info = prices.instanceTypeInfo(t))
                text +=
                    QStringLiteral("  ·  %1 vCPU · %2 GiB").arg(info->vcpu).arg(info->memoryGiB);
            if (auto od = prices.onDemand(region, t))
                text += QStringLiteral("  ·  %1/h · %2/mo")
                            .arg(formatMoney(od->rate), formatMoney(od->rate * hours));
            auto* item = new QStandardItem(text);
            item->setData(QString::fromStdString(t), TypeRole);
            model->appendRow(item);
            found = found || QString::fromStdString(t) == current;
        }
    }
    if (!found && !current.isEmpty()) {
        auto* item = new QStandardItem(
            current + tr("  ·  not priced in %1").arg(QString::fromStdString(region)));
        item->setData(current, TypeRole);
        model->appendRow(item);
    }
    setModel(model);
    selectType(current);
}

QString InstanceTypeCombo::typeName() const
{
    return currentData(TypeRole).toString();
}

void InstanceTypeCombo::selectType(const QString& type)
{
    const QSignalBlocker block(this);
    const int i = findData(type, TypeRole);
    if (i >= 0) setCurrentIndex(i);
}

} // namespace azimuth::views
