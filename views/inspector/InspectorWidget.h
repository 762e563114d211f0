#pragma once
// The selected component's name and properties, each with the editor its type calls for;
// or the selected connection's label, mode and traffic.
// Every change goes to the edit gateway as one undoable edit; the editors show what the
// model says after it.

#include "model/core/Ids.h"
#include "views/core/EditGateway.h"
#include "views/core/ModelSignals.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <map>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace azimuth::model {
class PriceCatalog;
}

namespace azimuth::views {

class InspectorWidget : public QWidget
{
    Q_OBJECT
  public:
    explicit InspectorWidget(ModelSignals& modelSignals, QWidget* parent = nullptr);
    void setGateway(EditGateway* gateway) { m_gateway = gateway; }
    /// Where the price catalog in use comes from (the one chosen in Settings), for the
    /// instance types and their prices; none means the built-in one. Shows it at once.
    void setPriceCatalog(std::function<const model::PriceCatalog&()> prices);

    /// Shows a component (an empty id shows nothing).
    void showComponent(const model::ComponentId& id);
    const model::ComponentId& component() const { return m_id; }
    /// Shows a connection: its ends and the GB a month each way (an empty id shows nothing).
    void showConnection(const model::ConnectionId& id);
    const model::ConnectionId& connection() const { return m_connection; }
    /// The editor of a property, by name ("name" for the name field; a connection's
    /// "label", "mode", "gbPerMonth" and "gbPerMonthReturn"); nullptr if none.
    QWidget* editor(const QString& property) const;

  public slots:
    /// Puts the keyboard in the first field (a component's name, a connection's label);
    /// false when nothing is shown.
    bool focusFirstField();
    /// Shows the model's values again (after the price catalog changed, say).
    void reload();

  signals:
    /// The controller refused an edit made here; `reason` is its sentence, word for word.
    void editRefused(const QString& reason);

  private:
    void rebuild();
    void buildConnection(const model::Connection& c);
    void reloadConnection();
    /// A connection's traffic figure as typed: blank removes it (0 applies), a number is
    /// sent as one, anything else as the text, for the controller to refuse.
    void commitTraffic(const std::string& key, const QString& text);
    const model::PriceCatalog& prices() const;
    QWidget* makeEditor(const model::PropertySpec& spec);
    void commit(const std::string& name, model::Json value);
    /// Says why a refused edit was refused and shows the model's values again.
    void refused(const model::EditResult& result);

    ModelSignals& m_signals;
    EditGateway* m_gateway = nullptr;
    std::function<const model::PriceCatalog&()> m_prices;
    model::ComponentId m_id;
    model::ConnectionId m_connection;
    QPointer<QWidget> m_form;
    QLabel* m_heading;
    QLineEdit* m_name = nullptr;
    std::map<QString, QWidget*> m_editors;
};

} // namespace azimuth::views
