#include "CostWorkbook.h"

#include "views/analysis/CostByService.h"
#include "views/cost/PricingComparisonChart.h"

#include <optional>
#include <xlsxwriter.h>

namespace azimuth::views {

namespace {

constexpr const char* kSummary = "Summary";
constexpr const char* kLines = "Line items";
constexpr const char* kServices = "By service";
constexpr const char* kPricing = "Pricing options";
constexpr const char* kTransfer = "Transfer";

/// "H12": a cell reference from zero-based row and column.
std::string cellRef(lxw_row_t row, lxw_col_t col)
{
    std::string letters;
    for (unsigned c = col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), char('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

/// Writes cells, keeping the first thing libxlsxwriter refused.
class Sheet
{
  public:
    Sheet(lxw_worksheet* sheet, std::optional<std::string>& error) : m_sheet(sheet), m_error(error)
    {
    }

    /// Text, always a string cell: worksheet_write_string never reads it as a formula.
    void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format = nullptr)
    {
        if (value.empty() && !format) return;
        check(worksheet_write_string(m_sheet, row, col, value.c_str(), format), row, col);
    }
    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr)
    {
        check(worksheet_write_number(m_sheet, row, col, value, format), row, col);
    }
    void optionalNumber(lxw_row_t row, lxw_col_t col, const std::optional<double>& value,
                        lxw_format* format)
    {
        if (value) number(row, col, *value, format);
    }
    /// A formula with the value it computes, for readers that show stored values.
    void formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double value,
                 lxw_format* format)
    {
        check(worksheet_write_formula_num(m_sheet, row, col, formula.c_str(), format, value), row,
              col);
    }
    void width(lxw_col_t first, lxw_col_t last, double width)
    {
        worksheet_set_column(m_sheet, first, last, width, nullptr);
    }
    lxw_worksheet* get() const { return m_sheet; }

  private:
    void check(lxw_error result, lxw_row_t row, lxw_col_t col)
    {
        if (result == LXW_NO_ERROR || m_error) return;
        m_error = std::string("cell ") + sheetName() + "!" + cellRef(row, col) + ": " +
                  lxw_strerror(result);
    }
    std::string sheetName() const { return m_sheet->name ? m_sheet->name : "?"; }

    lxw_worksheet* m_sheet;
    std::optional<std::string>& m_error;
};

struct Formats
{
    lxw_format* title;
    lxw_format* header;
    lxw_format* label;
    lxw_format* money;
    lxw_format* rate;
    lxw_format* totalLabel;
    lxw_format* totalMoney;
    lxw_format* share;
    lxw_format* note;
};

Formats makeFormats(lxw_workbook* book, const std::string& currency)
{
    // Dollars the way the designer shows them; any other currency named after the figure.
    const std::string money = currency == "USD" ? "$#,##0.00" : "#,##0.00 \"" + currency + "\"";
    const std::string rate =
        currency == "USD" ? "$#,##0.00########" : "#,##0.00######## \"" + currency + "\"";
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0x232F3E);
    format_set_font_color(f.header, LXW_COLOR_WHITE);
    f.label = workbook_add_format(book);
    format_set_bold(f.label);
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, money.c_str());
    f.rate = workbook_add_format(book);
    format_set_num_format(f.rate, rate.c_str());
    f.totalLabel = workbook_add_format(book);
    format_set_bold(f.totalLabel);
    format_set_top(f.totalLabel, LXW_BORDER_THIN);
    f.totalMoney = workbook_add_format(book);
    format_set_bold(f.totalMoney);
    format_set_top(f.totalMoney, LXW_BORDER_THIN);
    format_set_num_format(f.totalMoney, money.c_str());
    f.share = workbook_add_format(book);
    format_set_num_format(f.share, "0.0%");
    f.note = workbook_add_format(book);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x5F6B7A);
    return f;
}

void headerRow(Sheet& sheet, const std::vector<std::string>& titles, const Formats& f)
{
    for (size_t i = 0; i < titles.size(); ++i)
        sheet.text(0, lxw_col_t(i), titles[i], f.header);
    worksheet_freeze_panes(sheet.get(), 1, 0);
}

/// Where the Line items sheet keeps its totals, for the Summary's formulas.
struct LineTotals
{
    lxw_row_t row = 0;
    double monthly = 0, upfront = 0;
    /// The Transfer sheet's total row, when the design's connections cost something.
    std::optional<lxw_row_t> transferRow;
    double transferMonthly = 0;
};

LineTotals writeLines(Sheet& sheet, const model::DesignCost& cost, const Formats& f)
{
    enum Col : lxw_col_t
    {
        Component,
        Id,
        Kind,
        Item,
        Quantity,
        Unit,
        Rate,
        Monthly,
        Upfront,
        Note
    };
    headerRow(sheet,
              {"Component", "Id", "Kind", "Item", "Quantity", "Unit", "Rate", "Monthly", "Upfront",
               "Note"},
              f);
    lxw_row_t row = 1;
    LineTotals totals;
    for (const model::ComponentCost& c : cost.components)
        for (const model::CostLine& l : c.lines) {
            sheet.text(row, Component, std::string(c.name.empty() ? c.id.value : c.name));
            sheet.text(row, Id, c.id.value);
            sheet.text(row, Kind, std::string(c.kind));
            sheet.text(row, Item, std::string(l.item));
            sheet.number(row, Quantity, l.quantity);
            sheet.text(row, Unit, std::string(l.unit));
            sheet.optionalNumber(row, Rate, l.rate, f.rate);
            sheet.optionalNumber(row, Monthly, l.monthly, f.money);
            sheet.number(row, Upfront, l.upfront, f.money);
            if (!l.monthly)
                sheet.text(row, Note, "price unknown: not counted", f.note);
            else if (l.estimate)
                sheet.text(row, Note, "estimate: the price is derived", f.note);
            totals.monthly += l.monthly.value_or(0);
            totals.upfront += l.upfront;
            ++row;
        }
    // A blank row before the totals keeps the sums' ranges valid with no lines at all.
    const lxw_row_t last = row;
    totals.row = row + 1;
    totals.monthly = model::roundCents(totals.monthly);
    totals.upfront = model::roundCents(totals.upfront);
    sheet.text(totals.row, Component, cost.complete ? "Total" : "Total (incomplete)", f.totalLabel);
    sheet.formula(totals.row, Monthly,
                  "=SUM(" + cellRef(1, Monthly) + ":" + cellRef(last, Monthly) + ")",
                  totals.monthly, f.totalMoney);
    sheet.formula(totals.row, Upfront,
                  "=SUM(" + cellRef(1, Upfront) + ":" + cellRef(last, Upfront) + ")",
                  totals.upfront, f.totalMoney);
    if (row > 1) worksheet_autofilter(sheet.get(), 0, Component, row - 1, Note);
    sheet.width(Component, Component, 28);
    sheet.width(Id, Kind, 20);
    sheet.width(Item, Item, 40);
    sheet.width(Quantity, Quantity, 12);
    sheet.width(Unit, Unit, 18);
    sheet.width(Rate, Upfront, 14);
    sheet.width(Note, Note, 30);
    return totals;
}

/// The connections' data transfer, one row per line (networking.md "Lines"), and its total
/// in `totals` for the Summary.
void writeTransfer(Sheet& sheet, const model::DesignCost& cost, const Formats& f,
                   LineTotals& totals)
{
    enum Col : lxw_col_t
    {
        Id,
        From,
        To,
        Item,
        Quantity,
        Unit,
        Rate,
        Monthly,
        Note
    };
    headerRow(sheet,
              {"Connection", "From", "To", "Item", "Quantity", "Unit", "Rate", "Monthly", "Note"},
              f);
    lxw_row_t row = 1;
    double monthly = 0;
    for (const model::ConnectionCost& c : cost.connections)
        for (const model::CostLine& l : c.lines) {
            sheet.text(row, Id, c.id.value);
            sheet.text(row, From, c.from.value);
            sheet.text(row, To, c.to.value);
            sheet.text(row, Item, std::string(l.item));
            sheet.number(row, Quantity, l.quantity);
            sheet.text(row, Unit, std::string(l.unit));
            sheet.optionalNumber(row, Rate, l.rate, f.rate);
            sheet.optionalNumber(row, Monthly, l.monthly, f.money);
            if (!l.monthly)
                sheet.text(row, Note, "price unknown: not counted", f.note);
            else if (l.estimate)
                sheet.text(row, Note, "estimate: the price is derived", f.note);
            monthly += l.monthly.value_or(0);
            ++row;
        }
    const lxw_row_t last = row;
    totals.transferRow = row + 1;
    totals.transferMonthly = model::roundCents(monthly);
    sheet.text(*totals.transferRow, Id, "Total", f.totalLabel);
    sheet.formula(*totals.transferRow, Monthly,
                  "=SUM(" + cellRef(1, Monthly) + ":" + cellRef(last, Monthly) + ")",
                  totals.transferMonthly, f.totalMoney);
    worksheet_autofilter(sheet.get(), 0, Id, row - 1, Note);
    sheet.width(Id, To, 18);
    sheet.width(Item, Item, 48);
    sheet.width(Quantity, Quantity, 12);
    sheet.width(Unit, Unit, 8);
    sheet.width(Rate, Monthly, 14);
    sheet.width(Note, Note, 30);
}

void writeSummary(Sheet& sheet, const CostWorkbookContent& content, const LineTotals& totals,
                  const Formats& f)
{
    const model::DesignCost& cost = content.cost;
    const std::string lines = std::string("'") + kLines + "'!";
    sheet.text(0, 0, content.title, f.title);
    sheet.text(1, 0, "Architecture and cost report", f.note);
    lxw_row_t row = 3;
    auto label = [&](const char* text) { sheet.text(row, 0, text, f.label); };
    label("Design file");
    sheet.text(row++, 1, content.file);
    label("Prices as of");
    sheet.text(row++, 1, cost.pricesAsOf);
    label("Currency");
    sheet.text(row++, 1, cost.currency);
    label("Hours per month");
    sheet.number(row++, 1, cost.hoursPerMonth);
    ++row;
    label("Monthly");
    if (totals.transferRow) {
        const std::string transfer = std::string(kTransfer) + "!";
        sheet.formula(row, 1,
                      "=" + lines + cellRef(totals.row, 7) + "+" + transfer +
                          cellRef(*totals.transferRow, 7),
                      model::roundCents(totals.monthly + totals.transferMonthly), f.money);
        sheet.text(row++, 2, "the sum of the line items and of the data transfer", f.note);
    } else {
        sheet.formula(row, 1, "=" + lines + cellRef(totals.row, 7), totals.monthly, f.money);
        sheet.text(row++, 2, "the sum of the line items", f.note);
    }
    label("Upfront");
    sheet.formula(row, 1, "=" + lines + cellRef(totals.row, 8), totals.upfront, f.money);
    sheet.text(row++, 2, "one-time payments for reservations and savings plans", f.note);
    label("Effective monthly");
    sheet.number(row, 1, cost.effectiveMonthly, f.money);
    sheet.text(row++, 2, "monthly, plus each upfront payment spread over its term", f.note);
    label("Complete");
    sheet.text(row++, 1, cost.complete ? "yes" : "no: some prices are unknown and are not counted");
    ++row;
    const model::FindingSummary& s = content.findings;
    label("Findings");
    sheet.number(row++, 1, s.errors + s.warnings + s.info);
    label("Errors");
    sheet.number(row++, 1, s.errors);
    label("Warnings");
    sheet.number(row++, 1, s.warnings);
    label("Info");
    sheet.number(row++, 1, s.info);
    ++row;
    sheet.text(row, 0,
               "Generated by Azimuth. Figures are estimates from list prices; your bill depends "
               "on actual usage.",
               f.note);
    sheet.width(0, 0, 22);
    sheet.width(1, 1, 18);
    sheet.width(2, 2, 52);
}

void writeServices(Sheet& sheet, const model::DesignCost& cost, const Formats& f)
{
    headerRow(sheet, {"Service", "Effective monthly", "Share"}, f);
    const std::vector<ServiceShare> shares = costByService(cost);
    double total = 0;
    for (const ServiceShare& s : shares)
        total += s.effectiveMonthly;
    total = model::roundCents(total);
    const lxw_row_t totalRow = lxw_row_t(shares.size()) + 2;
    lxw_row_t row = 1;
    for (const ServiceShare& s : shares) {
        sheet.text(row, 0, s.service.toStdString());
        sheet.number(row, 1, s.effectiveMonthly, f.money);
        sheet.formula(row, 2, "=" + cellRef(row, 1) + "/$B$" + std::to_string(totalRow + 1),
                      total > 0 ? s.effectiveMonthly / total : 0, f.share);
        ++row;
    }
    sheet.text(totalRow, 0, "Total", f.totalLabel);
    sheet.formula(totalRow, 1, "=SUM(B2:" + cellRef(row, 1) + ")", total, f.totalMoney);
    sheet.width(0, 0, 22);
    sheet.width(1, 2, 18);
}

void writePricing(Sheet& sheet, const std::vector<ComponentPricing>& pricing, const Formats& f)
{
    headerRow(sheet,
              {"Component", "Id", "Option", "Pricing", "Payment", "Monthly", "Upfront",
               "Effective monthly", "Current", "Note"},
              f);
    lxw_row_t row = 1;
    for (const ComponentPricing& c : pricing)
        for (const model::PricingOptionCost& o : c.options) {
            const QString label = PricingComparisonChart::optionLabel(
                QString::fromStdString(o.pricing), QString::fromStdString(o.payment));
            // The option in use, as the cost panel's chart highlights it.
            const bool current =
                o.pricing == c.pricing && (o.payment.empty() || o.payment == c.payment);
            sheet.text(row, 0, c.name);
            sheet.text(row, 1, c.id);
            sheet.text(row, 2, label.toStdString());
            sheet.text(row, 3, o.pricing);
            sheet.text(row, 4, o.payment);
            sheet.optionalNumber(row, 5, o.monthly, f.money);
            sheet.optionalNumber(row, 6, o.upfront, f.money);
            sheet.optionalNumber(row, 7, o.effectiveMonthly, f.money);
            if (current) sheet.text(row, 8, "current", f.label);
            if (!o.effectiveMonthly)
                sheet.text(row, 9, "no price in the catalog for this option", f.note);
            else if (o.estimate)
                sheet.text(row, 9, "estimate: the price is derived", f.note);
            ++row;
        }
    if (pricing.empty())
        sheet.text(1, 0, "No EC2 fleet or Auto Scaling group in this design.", f.note);
    sheet.width(0, 0, 28);
    sheet.width(1, 1, 16);
    sheet.width(2, 2, 30);
    sheet.width(3, 4, 22);
    sheet.width(5, 7, 16);
    sheet.width(8, 8, 9);
    sheet.width(9, 9, 36);
}

} // namespace

std::vector<std::string> costWorkbookSheets(bool transfer)
{
    std::vector<std::string> sheets = {kSummary, kLines, kServices, kPricing};
    if (transfer) sheets.push_back(kTransfer);
    return sheets;
}

std::optional<std::string> writeCostWorkbook(const CostWorkbookContent& content,
                                             const std::string& path)
{
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) return "could not start the workbook";
    std::optional<std::string> error;
    const Formats f = makeFormats(book, content.cost.currency);
    // Added in the order they are shown; filled in the order their figures are known.
    Sheet summary(workbook_add_worksheet(book, kSummary), error);
    Sheet lines(workbook_add_worksheet(book, kLines), error);
    Sheet services(workbook_add_worksheet(book, kServices), error);
    Sheet pricing(workbook_add_worksheet(book, kPricing), error);
    LineTotals totals = writeLines(lines, content.cost, f);
    if (!content.cost.connections.empty()) {
        Sheet transfer(workbook_add_worksheet(book, kTransfer), error);
        writeTransfer(transfer, content.cost, f, totals);
    }
    writeSummary(summary, content, totals, f);
    writeServices(services, content.cost, f);
    writePricing(pricing, content.pricing, f);

    std::string title = content.title;
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = const_cast<char*>("Architecture and cost report");
    properties.comments = const_cast<char*>("Generated by Azimuth");
    workbook_set_properties(book, &properties);
    const lxw_error closed = workbook_close(book);
    if (error) return error;
    if (closed != LXW_NO_ERROR)
        return std::string("could not write the workbook: ") + lxw_strerror(closed);
    return std::nullopt;
}

} // namespace azimuth::views
