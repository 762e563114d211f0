#pragma once

#include "model/core/Json.h"

#include <stdexcept>
#include <string>

namespace azimuth::model {

/// A file refused as a whole. what() reads "FILE:LINE:COL: message" when the position
/// is known, else "FILE: message".
class LoadError : public std::runtime_error
{
  public:
    LoadError(std::string file, SourcePos pos, std::string message);

    const std::string& file() const { return m_file; }
    SourcePos pos() const { return m_pos; }
    const std::string& message() const { return m_message; }

  private:
    std::string m_file;
    SourcePos m_pos;
    std::string m_message;
};

/// Reads a whole file into memory, refusing one larger than maxBytes before reading it.
/// Throws LoadError.
std::string readFileText(const std::string& path, size_t maxBytes, const std::string& what);

} // namespace azimuth::model
