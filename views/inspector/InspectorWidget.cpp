#include "InspectorWidget.h"

#include "InstanceTypeCombo.h"
#include "model/catalog/DesignQueries.h"
#include "model/cost/PriceCatalog.h"
#include "model/layout/AutoLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace azimuth::views {

using model::Json;
using model::PropType;

InspectorWidget::InspectorWidget(ModelSignals& modelSignals, QWidget* parent)
    : QWidget(parent), m_signals(modelSignals), m_heading(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addStretch(1);
    connect(&modelSignals, &ModelSignals::componentChanged, this, [this](const QString& id) {
        if (id.toStdString() == m_id.value) reload();
    });
    connect(&modelSignals, &ModelSignals::componentRemoved, this, [this](const QString& id) {
        if (id.toStdString() == m_id.value) showComponent({});
    });
    // Zones come and go with the region's children.
    connect(&modelSignals, &ModelSignals::componentAdded, this, [this] {
        if (!m_id.empty()) rebuild();
    });
    connect(&modelSignals, &ModelSignals::connectionChanged, this, [this](const QString& id) {
        if (id.toStdString() == m_connection.value) reload();
    });
    connect(&modelSignals, &ModelSignals::connectionRemoved, this, [this](const QString& id) {
        if (id.toStdString() == m_connection.value) showConnection({});
    });
    connect(&modelSignals, &ModelSignals::designReset, this, [this] { showComponent({}); });
    showComponent({});
}

QWidget* InspectorWidget::editor(const QString& property) const
{
    if (property == QLatin1String("name")) return m_name;
    auto it = m_editors.find(property);
    return it == m_editors.end() ? nullptr : it->second;
}

void InspectorWidget::setPriceCatalog(std::function<const model::PriceCatalog&()> prices)
{
    m_prices = std::move(prices);
    reload();
}

const model::PriceCatalog& InspectorWidget::prices() const
{
    return m_prices ? m_prices() : model::PriceCatalog::builtin();
}

void InspectorWidget::showComponent(const model::ComponentId& id)
{
    m_id = id;
    m_connection = {};
    rebuild();
}

void InspectorWidget::showConnection(const model::ConnectionId& id)
{
    m_id = {};
    m_connection = id;
    rebuild();
}

bool InspectorWidget::focusFirstField()
{
    QWidget* first = !m_connection.empty() ? editor(QStringLiteral("label")) : m_name;
    if (!first) return false;
    first->setFocus(Qt::TabFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(first)) edit->selectAll();
    return true;
}

void InspectorWidget::commitTraffic(const std::string& key, const QString& text)
{
    if (!m_gateway) return;
    const model::Connection* c = m_signals.controller().design().connection(m_connection);
    if (!c) return;
    Json props = c->props;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (!props.find(key)) return;
        props.erase(key);
    } else {
        bool ok = false;
        double gb = QLocale().toDouble(t, &ok);
        if (!ok) gb = QLocale::c().toDouble(t, &ok);
        const Json value = ok ? Json(gb) : Json(t.toStdString());
        if (const Json* now = props.find(key); now && *now == value) return;
        props.set(key, value);
    }
    refused(m_gateway->setConnectionProps(m_connection, std::move(props)));
}

void InspectorWidget::commit(const std::string& name, Json value)
{
    if (!m_gateway || m_id.empty()) return;
    const model::Component* c = m_signals.controller().design().component(m_id);
    if (!c) return;
    if (m_signals.controller().catalog().prop(*c, name) == value) return;
    refused(m_gateway->setProperty(m_id, name, std::move(value)));
}

void InspectorWidget::refused(const model::EditResult& result)
{
    if (result) return;
    emit editRefused(QString::fromStdString(result.reason()));
    reload();
}

void InspectorWidget::rebuild()
{
    if (m_form) m_form->deleteLater();
    m_editors.clear();
    m_name = nullptr;
    const auto& design = m_signals.controller().design();
    if (const model::Connection* conn = design.connection(m_connection)) {
        buildConnection(*conn);
        return;
    }
    const model::Component* c = design.component(m_id);
    if (!c) {
        m_heading->setText(tr("Select a component to see its properties."));
        return;
    }
    const auto& catalog = m_signals.controller().catalog();
    const model::KindSpec* spec = catalog.find(c->kind);
    m_heading->setText(spec ? QString::fromStdString(spec->label)
                            : QString::fromStdString(c->kind));

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* idLabel = new QLabel(QString::fromStdString(c->id.value), m_form);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), idLabel);
    m_name = new QLineEdit(m_form);
    m_name->setPlaceholderText(QString::fromStdString(c->id.value));
    form->addRow(tr("Name"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const model::Component* cur = m_signals.controller().design().component(m_id);
        if (!cur || !m_gateway) return;
        const std::string text = m_name->text().toStdString();
        if (text == cur->name.value_or("")) return;
        refused(m_gateway->rename(m_id, text));
    });
    if (spec)
        for (const auto& p : spec->props) {
            QWidget* w = makeEditor(p);
            m_editors[QString::fromStdString(p.name)] = w;
            // A screen reader names the field after its label (lists have no buddy).
            w->setAccessibleName(QString::fromStdString(p.label));
            form->addRow(QString::fromStdString(p.label), w);
        }
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_form);
    reload();
}

void InspectorWidget::buildConnection(const model::Connection& c)
{
    const auto& design = m_signals.controller().design();
    const auto nameOf = [&](const model::ComponentId& id) {
        const model::Component* e = design.component(id);
        return QString::fromStdString(e ? e->displayName() : id.value);
    };
    m_heading->setText(tr("Connection"));
    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* idLabel = new QLabel(QString::fromStdString(c.id.value), m_form);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id"), idLabel);
    form->addRow(tr("From"), new QLabel(nameOf(c.from), m_form));
    form->addRow(tr("To"), new QLabel(nameOf(c.to), m_form));
    auto* label = new QLineEdit(m_form);
    label->setPlaceholderText(tr("e.g. HTTPS"));
    label->setToolTip(tr("Drawn on the arrow"));
    connect(label, &QLineEdit::editingFinished, this, [this, label] {
        const model::Connection* cur = m_signals.controller().design().connection(m_connection);
        if (!cur || !m_gateway) return;
        const std::string text = label->text().trimmed().toStdString();
        std::optional<std::string> wanted;
        if (!text.empty()) wanted = text;
        if (wanted == cur->label) return;
        refused(m_gateway->setConnectionLabel(m_connection, wanted));
    });
    m_editors[QStringLiteral("label")] = label;
    form->addRow(tr("Label"), label);
    // The default follows the catalog (a queue or topic at either end makes it async), so
    // it is offered as its own choice that says which it is now.
    auto* mode = new QComboBox(m_form);
    model::Connection unwritten = c;
    unwritten.mode.reset();
    const bool asyncByDefault = model::isAsync(design, m_signals.controller().catalog(), unwritten);
    mode->addItem(asyncByDefault ? tr("Default (async)") : tr("Default (sync)"), QString());
    mode->addItem(tr("Sync (request/response)"), QStringLiteral("sync"));
    mode->addItem(tr("Async (message)"), QStringLiteral("async"));
    mode->setToolTip(tr("Async connections are drawn dashed"));
    connect(mode, &QComboBox::activated, this, [this, mode](int) {
        if (!m_gateway) return;
        const QString v = mode->currentData().toString();
        std::optional<std::string> wanted;
        if (!v.isEmpty()) wanted = v.toStdString();
        refused(m_gateway->setConnectionMode(m_connection, wanted));
    });
    m_editors[QStringLiteral("mode")] = mode;
    form->addRow(tr("Mode"), mode);
    // Text fields, not spin boxes: what the user types reaches the controller, which says
    // why a figure is refused.
    const auto traffic = [&](const char* key, const QString& label, const QString& tip) {
        auto* edit = new QLineEdit(m_form);
        edit->setPlaceholderText(QStringLiteral("0"));
        edit->setToolTip(tip);
        const std::string k = key;
        connect(edit, &QLineEdit::editingFinished, this,
                [this, k, edit] { commitTraffic(k, edit->text()); });
        m_editors[QString::fromLatin1(key)] = edit;
        form->addRow(label, edit);
    };
    traffic("gbPerMonth", tr("GB a month sent"),
            tr("GB a month from %1 to %2").arg(nameOf(c.from), nameOf(c.to)));
    traffic("gbPerMonthReturn", tr("GB a month back"),
            tr("GB a month from %1 back to %2").arg(nameOf(c.to), nameOf(c.from)));
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_form);
    reloadConnection();
}

void InspectorWidget::reloadConnection()
{
    const model::Connection* c = m_signals.controller().design().connection(m_connection);
    if (!c) return;
    if (auto* label = qobject_cast<QLineEdit*>(editor(QStringLiteral("label")))) {
        const QSignalBlocker b(label);
        label->setText(QString::fromStdString(c->label.value_or("")));
    }
    if (auto* mode = qobject_cast<QComboBox*>(editor(QStringLiteral("mode")))) {
        const QSignalBlocker b(mode);
        mode->setCurrentIndex(
            std::max(0, mode->findData(QString::fromStdString(c->mode.value_or("")))));
    }
    for (const char* key : {"gbPerMonth", "gbPerMonthReturn"}) {
        auto* edit = qobject_cast<QLineEdit*>(editor(QString::fromLatin1(key)));
        if (!edit) continue;
        const QSignalBlocker b(edit);
        const Json* v = c->props.find(key);
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        edit->setText(v && v->isNumber() ? locale.toString(v->asNumber(), 'g', 12) : QString());
    }
}

QWidget* InspectorWidget::makeEditor(const model::PropertySpec& p)
{
    const std::string name = p.name;
    switch (p.type) {
    case PropType::Bool: {
        auto* box = new QCheckBox(m_form);
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) { commit(name, Json(on)); });
        return box;
    }
    case PropType::Enum: {
        auto* combo = new QComboBox(m_form);
        for (const auto& v : p.values)
            combo->addItem(QString::fromStdString(v), QString::fromStdString(v));
        connect(combo, &QComboBox::activated, this, [this, name, combo](int) {
            commit(name, Json(combo->currentData().toString().toStdString()));
        });
        return combo;
    }
    case PropType::Int: {
        auto* spin = new QSpinBox(m_form);
        spin->setRange(p.min ? static_cast<int>(*p.min) : 0,
                       p.max ? static_cast<int>(*p.max) : std::numeric_limits<int>::max());
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, name](int v) { commit(name, Json(v)); });
        return spin;
    }
    case PropType::Number: {
        auto* spin = new QDoubleSpinBox(m_form);
        spin->setDecimals(2);
        spin->setRange(p.min.value_or(0), p.max.value_or(1e15));
        spin->setKeyboardTracking(false);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, name](double v) { commit(name, Json(v)); });
        return spin;
    }
    case PropType::Zones:
    case PropType::Subnets: {
        auto* list = new QListWidget(m_form);
        list->setMaximumHeight(96);
        connect(
            list, &QListWidget::itemChanged, this, [this, name, list](QListWidgetItem* changed) {
                const model::Component* c = m_signals.controller().design().component(m_id);
                if (!c) return;
                // Keep the order already given (the first zone is RDS's primary), append new ones.
                std::vector<std::string> zones = m_signals.controller().catalog().idList(*c, name);
                const std::string id = changed->data(Qt::UserRole).toString().toStdString();
                auto at = std::find(zones.begin(), zones.end(), id);
                if (changed->checkState() == Qt::Checked && at == zones.end()) zones.push_back(id);
                if (changed->checkState() != Qt::Checked && at != zones.end()) zones.erase(at);
                Json::Array arr;
                for (auto& z : zones)
                    arr.emplace_back(z);
                commit(name, Json(std::move(arr)));
                (void)list;
            });
        return list;
    }
    case PropType::String:
        if (p.lookup == "instanceType") {
            auto* combo = new InstanceTypeCombo(m_form);
            connect(combo, &QComboBox::activated, this, [this, name, combo](int) {
                if (!combo->typeName().isEmpty())
                    commit(name, Json(combo->typeName().toStdString()));
            });
            return combo;
        }
        if (p.lookup == "region") {
            // Picked from the regions the price catalog knows; typing stays possible, and
            // an unknown code is the region.unknown finding's to explain.
            auto* combo = new QComboBox(m_form);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            for (const auto& code : prices().regionCodes()) {
                const model::RegionPrices* r = prices().region(code);
                const QString c = QString::fromStdString(code);
                combo->addItem(r && !r->name.empty() ? QStringLiteral("%1 — %2").arg(
                                                           c, QString::fromStdString(r->name))
                                                     : c,
                               c);
            }
            auto commitCode = [this, name, combo](const QString& code) {
                const std::string now = code.trimmed().toStdString();
                const model::Component* c = m_signals.controller().design().component(m_id);
                if (!c || now.empty() ||
                    m_signals.controller().catalog().string(*c, name).value_or("") == now)
                    return;
                commit(name, Json(now));
                (void)combo;
            };
            connect(combo, &QComboBox::activated, this, [combo, commitCode](int index) {
                commitCode(combo->itemData(index).toString());
            });
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [combo, commitCode] {
                // The text of a listed entry reads "code — name": commit its code.
                const int at = combo->findText(combo->currentText());
                commitCode(at >= 0 ? combo->itemData(at).toString() : combo->currentText());
            });
            return combo;
        }
        {
            auto* edit = new QLineEdit(m_form);
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, name, edit] { commit(name, Json(edit->text().toStdString())); });
            return edit;
        }
    }
    return new QWidget(m_form);
}

void InspectorWidget::reload()
{
    if (!m_connection.empty()) return reloadConnection();
    const auto& controller = m_signals.controller();
    const model::Component* c = controller.design().component(m_id);
    if (!c || !m_name) return;
    const auto& catalog = controller.catalog();
    {
        const QSignalBlocker b(m_name);
        m_name->setText(QString::fromStdString(c->name.value_or("")));
    }
    const model::KindSpec* spec = catalog.find(c->kind);
    if (!spec) return;
    for (const auto& p : spec->props) {
        QWidget* w = editor(QString::fromStdString(p.name));
        if (!w) continue;
        const QSignalBlocker b(w);
        const Json& v = catalog.prop(*c, p.name);
        switch (p.type) {
        case PropType::Bool:
            static_cast<QCheckBox*>(w)->setChecked(v.isBool() && v.asBool());
            break;
        case PropType::Enum: {
            auto* combo = static_cast<QComboBox*>(w);
            const QString s = v.isString() ? QString::fromStdString(v.asString()) : QString();
            if (combo->findData(s) < 0 && !s.isEmpty()) combo->addItem(s, s);
            combo->setCurrentIndex(combo->findData(s));
            break;
        }
        case PropType::Int:
            static_cast<QSpinBox*>(w)->setValue(
                v.isNumber() ? static_cast<int>(std::lround(v.asNumber())) : 0);
            break;
        case PropType::Number:
            static_cast<QDoubleSpinBox*>(w)->setValue(v.isNumber() ? v.asNumber() : 0);
            break;
        case PropType::Zones:
        case PropType::Subnets: {
            auto* list = static_cast<QListWidget*>(w);
            list->clear();
            const auto chosen = catalog.idList(*c, p.name);
            const model::Component* region = model::regionOf(controller.design(), catalog, *c);
            if (!region) break;
            // The region's zones (or subnets), inside its VPCs too, in file order.
            const bool subnets = p.type == PropType::Subnets;
            std::vector<const model::Component*> choices;
            std::vector<const model::Component*> open{region};
            while (!open.empty()) {
                const model::Component* at = open.back();
                open.pop_back();
                const auto kids = controller.design().children(at->id);
                for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                    open.push_back(*it);
                const model::KindSpec* spec = catalog.find(at->kind);
                if (spec && (subnets ? spec->networkRole == model::NetworkRole::Subnet
                                     : catalog.isZone(at->kind)))
                    choices.push_back(at);
            }
            for (const model::Component* z : choices) {
                auto* item = new QListWidgetItem(QString::fromStdString(z->displayName()), list);
                item->setData(Qt::UserRole, QString::fromStdString(z->id.value));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                const bool on =
                    std::find(chosen.begin(), chosen.end(), z->id.value) != chosen.end();
                item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            }
            break;
        }
        case PropType::String: {
            const QString s = v.isString() ? QString::fromStdString(v.asString()) : QString();
            if (auto* combo = qobject_cast<InstanceTypeCombo*>(w))
                combo->populate(prices(), model::regionCode(controller.design(), catalog, *c), s,
                                controller.design().settings.hours());
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                edit->setText(s);
            else if (auto* codes = qobject_cast<QComboBox*>(w)) {
                const int at = codes->findData(s);
                if (at >= 0)
                    codes->setCurrentIndex(at);
                else
                    codes->setEditText(s);
            }
            break;
        }
        }
    }
}

} // namespace azimuth::views
