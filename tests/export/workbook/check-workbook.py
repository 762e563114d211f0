#!/usr/bin/env python3
"""The cost workbook (.xlsx) read with an independent reader, openpyxl.

For every sample design and the hostile-names design, `azimuth report FILE -o OUT.xlsx`
is checked against `azimuth cost FILE --format json` and `azimuth check FILE --format
json` of the same file:
  - the sheets are Summary, Line items, By service and Pricing options, then Transfer
    when the JSON lists connections (their data transfer, one row per line);
  - every cost line is a row with real numbers (not text) in currency formats, equal to
    the JSON's to the cent;
  - the totals are formulas whose stored values are the JSON's totals to the cent, and
    they are the only formulas in the workbook;
  - the summary's prices-as-of, effective monthly and findings count are the JSON's;
  - By service adds up to the effective monthly; Pricing options marks one current
    option per EC2 fleet or Auto Scaling group;
  - every name, however hostile (=, +, -, @ first), is a string cell holding exactly
    the name.
Usage: check-workbook.py PATH/TO/azimuth TEST_DATA_DIR SAMPLES_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:
    sys.exit("check-workbook.py needs Python's openpyxl (Debian: python3-openpyxl)")

SHEETS = ["Summary", "Line items", "By service", "Pricing options"]
failures = []


def fail(where, what):
    failures.append(f"{where}: {what}")


def cents(value):
    return round(value * 100)


def same_money(where, got, want):
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        fail(where, f"{got!r} is not a number")
    elif cents(got) != cents(want):
        fail(where, f"{got} is not {want} to the cent")


def run(azimuth, *args):
    done = subprocess.run([azimuth, *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"azimuth {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def rows(sheet):
    return list(sheet.iter_rows())


def check_design(azimuth, design, work):
    name = os.path.basename(design)
    out = os.path.join(work, name + ".xlsx")
    done = subprocess.run([azimuth, "report", design, "-o", out], capture_output=True, text=True)
    if done.returncode != 0:
        fail(name, f"report exited {done.returncode}: {done.stderr.strip()}")
        return
    cost = json.loads(run(azimuth, "cost", design, "--format", "json"))
    checked = json.loads(run(azimuth, "check", design, "--format", "json"))
    formulas = openpyxl.load_workbook(out)  # formulas as written
    values = openpyxl.load_workbook(out, data_only=True)  # the values stored with them
    connections = cost.get("connections", [])
    sheets = SHEETS + (["Transfer"] if connections else [])
    if formulas.sheetnames != sheets:
        fail(name, f"sheets are {formulas.sheetnames}, not {sheets}")
        return
    # Line items hold the components' lines; the connections' are on Transfer.
    transfer_monthly = sum(c["monthly"] for c in connections)
    components_total = {"monthly": cost["monthly"] - transfer_monthly, "upfront": cost["upfront"]}

    # Line items: one row per cost line, in the JSON's order.
    lines_f, lines_v = formulas["Line items"], values["Line items"]
    header = [c.value for c in rows(lines_f)[0]]
    want_header = ["Component", "Id", "Kind", "Item", "Quantity", "Unit", "Rate", "Monthly",
                   "Upfront", "Note"]
    if header != want_header:
        fail(name, f"Line items header {header}")
        return
    expected = [(c, l) for c in cost["components"] for l in c["lines"]]
    r = 2
    for comp, line in expected:
        where = f"{name} Line items row {r}"
        cell = lambda col: lines_f.cell(row=r, column=col)
        label = comp["name"] or comp["id"]
        for col, want in ((1, label), (2, comp["id"]), (3, comp["kind"]), (4, line["item"]),
                          (6, line["unit"])):
            if cell(col).data_type != "s" or cell(col).value != want:
                fail(where, f"column {col} is {cell(col).value!r} ({cell(col).data_type}), "
                            f"not the text {want!r}")
        if cell(5).data_type != "n" or abs(cell(5).value - line["quantity"]) > 1e-9:
            fail(where, f"quantity {cell(5).value!r} is not {line['quantity']}")
        if line["rate"] is None:
            if cell(7).value is not None or cell(8).value is not None:
                fail(where, "an unknown price has a rate or monthly figure")
        else:
            if cell(7).data_type != "n" or abs(cell(7).value - line["rate"]) > 1e-12:
                fail(where, f"rate {cell(7).value!r} is not {line['rate']}")
            same_money(where + " monthly", cell(8).value, line["monthly"])
            for col in (7, 8, 9):
                if "$" not in cell(col).number_format and cost["currency"] == "USD":
                    fail(where, f"column {col} has no currency format: {cell(col).number_format}")
        r += 1
    total_row = r + 1  # after one blank row
    if lines_f.cell(row=r, column=8).value is not None:
        fail(name, f"Line items row {r} should be blank before the totals")
    for col, key in ((8, "monthly"), (9, "upfront")):
        f = lines_f.cell(row=total_row, column=col)
        letter = "H" if col == 8 else "I"
        want = f"=SUM({letter}2:{letter}{r})"
        if f.data_type != "f" or f.value != want:
            fail(name, f"Line items total {key} is {f.value!r}, not the formula {want}")
        same_money(f"{name} Line items stored total {key}",
                   lines_v.cell(row=total_row, column=col).value, components_total[key])
        # The stored value is what the formula computes from the cells above.
        computed = sum(lines_v.cell(row=i, column=col).value or 0 for i in range(2, r))
        same_money(f"{name} Line items {key} recomputed", computed, components_total[key])

    # Transfer: one row per connection line, in the JSON's order, and its total.
    transfer_row = None
    if connections:
        tr_f, tr_v = formulas["Transfer"], values["Transfer"]
        header = [c.value for c in rows(tr_f)[0]]
        if header != ["Connection", "From", "To", "Item", "Quantity", "Unit", "Rate", "Monthly",
                      "Note"]:
            fail(name, f"Transfer header {header}")
        r = 2
        for conn in connections:
            for line in conn["lines"]:
                where = f"{name} Transfer row {r}"
                got = [tr_f.cell(row=r, column=c).value for c in (1, 2, 3, 4, 6)]
                want = [conn["id"], conn["from"], conn["to"], line["item"], line["unit"]]
                if got != want:
                    fail(where, f"{got} is not {want}")
                if abs(tr_f.cell(row=r, column=5).value - line["quantity"]) > 1e-9:
                    fail(where, f"quantity {tr_f.cell(row=r, column=5).value}")
                if line["rate"] is not None:
                    same_money(where + " monthly", tr_f.cell(row=r, column=8).value,
                               line["monthly"])
                r += 1
        transfer_row = r + 1
        f = tr_f.cell(row=transfer_row, column=8)
        if f.data_type != "f" or f.value != f"=SUM(H2:H{r})":
            fail(name, f"Transfer total is {f.value!r}")
        same_money(f"{name} Transfer stored total", tr_v.cell(row=transfer_row, column=8).value,
                   transfer_monthly)

    # Summary.
    summary_f, summary_v = formulas["Summary"], values["Summary"]
    by_label = {}
    for row in rows(summary_f):
        if row[0].value is not None and len(row) > 1:
            by_label[row[0].value] = row[1].coordinate
    def summary(label):
        if label not in by_label:
            fail(name, f"Summary has no {label!r} row")
            return None, None
        return summary_f[by_label[label]], summary_v[by_label[label]].value
    title_cell = summary_f["A1"]
    if title_cell.data_type != "s":
        fail(name, f"the title is a {title_cell.data_type} cell")
    _, as_of = summary("Prices as of")
    if as_of != cost["pricesAsOf"]:
        fail(name, f"prices as of {as_of!r}, not {cost['pricesAsOf']!r}")
    for label, key, sheet_col in (("Monthly", "monthly", "H"), ("Upfront", "upfront", "I")):
        cell, value = summary(label)
        if cell is None:
            continue
        want = f"='Line items'!{sheet_col}{total_row}"
        if transfer_row and key == "monthly":
            want += f"+Transfer!H{transfer_row}"
        if cell.data_type != "f" or cell.value != want:
            fail(name, f"Summary {label} is {cell.value!r}, not the formula {want}")
        same_money(f"{name} Summary {label}", value, cost[key])
    _, effective = summary("Effective monthly")
    same_money(f"{name} Summary effective monthly", effective, cost["effectiveMonthly"])
    s = checked["summary"]
    _, findings = summary("Findings")
    if findings != s["errors"] + s["warnings"] + s["info"]:
        fail(name, f"Summary findings {findings!r}, check says {s}")
    for label, key in (("Errors", "errors"), ("Warnings", "warnings"), ("Info", "info")):
        _, n = summary(label)
        if n != s[key]:
            fail(name, f"Summary {label} {n!r}, check says {s[key]}")

    # By service: the services add up to the effective monthly.
    svc_f, svc_v = formulas["By service"], values["By service"]
    services = []
    row = 2
    while svc_f.cell(row=row, column=1).value is not None:
        services.append((svc_f.cell(row=row, column=1).value, svc_v.cell(row=row, column=2).value,
                         svc_f.cell(row=row, column=3).value, svc_v.cell(row=row, column=3).value))
        row += 1
    total = svc_f.cell(row=row + 1, column=2)
    if svc_f.cell(row=row + 1, column=1).value != "Total" or total.value != f"=SUM(B2:B{row})":
        fail(name, f"By service total is {total.value!r}")
    stored_total = svc_v.cell(row=row + 1, column=2).value
    if not isinstance(stored_total, (int, float)):
        fail(name, f"By service total has no stored value: {stored_total!r}")
        return
    same_money(f"{name} By service total", stored_total, sum(v for _, v, _, _ in services))
    # Each service is rounded to cents on its own, so the sum may be off by half a cent each.
    if abs(stored_total - cost["effectiveMonthly"]) > 0.005 * len(services) + 1e-9:
        fail(name, f"By service adds up to {stored_total}, not {cost['effectiveMonthly']}")
    for service, value, share_formula, share in services:
        if not str(share_formula).startswith("=B") or stored_total and \
                abs(share - value / stored_total) > 1e-9:
            fail(name, f"By service share of {service}: {share_formula!r} = {share!r}")

    # Pricing options: one current option for every fleet and group.
    opt_f, opt_v = formulas["Pricing options"], values["Pricing options"]
    current = {}
    ids = set()
    for row in rows(opt_f)[1:]:
        if row[1].value is None:
            continue
        ids.add(row[1].value)
        if row[8].value == "current":
            current[row[1].value] = current.get(row[1].value, 0) + 1
    for comp in cost["components"]:
        if comp["kind"] in ("ec2-fleet", "auto-scaling-group"):
            if comp["id"] not in ids:
                fail(name, f"Pricing options has no rows for {comp['id']}")
            elif current.get(comp["id"]) != 1:
                fail(name, f"Pricing options marks {current.get(comp['id'])} current for "
                           f"{comp['id']}")
        elif comp["id"] in ids:
            fail(name, f"Pricing options lists {comp['id']}, a {comp['kind']}")

    # The only formulas are the totals, the summary's two and the shares.
    expected_formulas = 2 + 2 + 1 + len(services) + (1 if connections else 0)
    found = sum(1 for ws in formulas.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f")
    if found != expected_formulas:
        fail(name, f"{found} formula cells, expected {expected_formulas}")
    return cost


def check_hostile(azimuth, data, work):
    design = os.path.join(data, "export", "hostile-names.azimuth")
    out = os.path.join(work, "hostile.xlsx")
    subprocess.run([azimuth, "report", design, "-o", out], check=True, capture_output=True)
    with open(design, encoding="utf-8") as f:
        names = {c["id"]: c.get("name") or c["id"] for c in json.load(f)["components"]}
    book = openpyxl.load_workbook(out)
    lines = book["Line items"]
    seen = set()
    for row in rows(lines)[1:]:
        if row[1].value in names:
            seen.add(row[1].value)
            want = names[row[1].value]
            if row[0].data_type != "s" or row[0].value != want:
                fail("hostile", f"{row[1].value}: {row[0].value!r} ({row[0].data_type}), "
                                f"not the text {want!r}")
    # The bucket and the database are named like a formula and a script; both have a bill.
    for comp in ("s3", "db"):
        if comp not in seen:
            fail("hostile", f"no line item for {comp}")
    if book["Summary"]["A1"].value != 'Hostile <script>&"]]> =HYPERLINK(':
        fail("hostile", f"title {book['Summary']['A1'].value!r}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    azimuth, data, samples = sys.argv[1:]
    designs = sorted(glob.glob(os.path.join(samples, "*.azimuth")))
    designs.append(os.path.join(data, "export", "hostile-names.azimuth"))
    designs.append(os.path.join(data, "export", "every-kind.azimuth"))
    designs.append(os.path.join(data, "transfer", "private-web.azimuth"))
    with tempfile.TemporaryDirectory() as work:
        for design in designs:
            check_design(azimuth, design, work)
        check_hostile(azimuth, data, work)
    for f in failures:
        print("FAILED:", f)
    print(f"{len(designs)} workbooks checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
