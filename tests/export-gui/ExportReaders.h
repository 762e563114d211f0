#pragma once
// Independent readers for exported files: an RFC 4180 CSV parser, poppler's pdftotext,
// and the text of an SVG's <text> elements read with QXmlStreamReader.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <string>
#include <vector>

namespace exporttest {

using CsvRows = std::vector<std::vector<std::string>>;

/// Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF rows). Sets `ok` false
/// on a stray quote or an unterminated quoted cell.
inline CsvRows parseCsv(const std::string& text, bool& ok)
{
    CsvRows rows;
    std::vector<std::string> row;
    std::string cell;
    ok = true;
    size_t i = 0;
    bool quoted = false, cellStarted = false;
    while (i < text.size()) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    ok = false;
                continue;
            }
            cell += c;
            ++i;
            continue;
        }
        if (c == '"') {
            if (cellStarted) ok = false;
            quoted = true;
            cellStarted = true;
            ++i;
        } else if (c == ',') {
            row.push_back(cell);
            cell.clear();
            cellStarted = false;
            ++i;
        } else if (c == '\r' || c == '\n') {
            row.push_back(cell);
            rows.push_back(row);
            row.clear();
            cell.clear();
            cellStarted = false;
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else {
            cell += c;
            cellStarted = true;
            ++i;
        }
    }
    if (quoted) ok = false;
    if (cellStarted || !row.empty()) {
        row.push_back(cell);
        rows.push_back(row);
    }
    return rows;
}

/// The text of every <text> element (tspans included), in document order. Sets `error`
/// to the XML reader's message when the SVG is not well-formed XML.
inline std::vector<std::string> svgTexts(const QByteArray& svg, QString& error)
{
    std::vector<std::string> texts;
    QXmlStreamReader xml(svg);
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text")) {
            if (depth++ == 0) current.clear();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            if (--depth == 0) texts.push_back(current.toStdString());
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        }
    }
    error = xml.hasError() ? xml.errorString() : QString();
    return texts;
}

/// What poppler's pdftotext reads from a PDF (pages separated by form feeds); empty
/// when the tool fails.
inline std::string pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString in = dir.filePath("in.pdf");
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(pdf);
    file.close();
    QProcess proc;
    proc.start("pdftotext", {"-enc", "UTF-8", in, "-"});
    if (!proc.waitForFinished(30000) || proc.exitCode() != 0) return {};
    return proc.readAllStandardOutput().toStdString();
}

} // namespace exporttest
