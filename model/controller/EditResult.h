#pragma once
// What became of an edit: applied, or refused with one sentence that says why. It reads
// the right way round: `if (!result)` means "if it was refused".

#include <string>
#include <utility>

namespace azimuth::model {

class EditResult
{
  public:
    /// An applied edit.
    EditResult() = default;
    /// An applied edit (reads better at a return than a bare `{}`).
    static EditResult applied() { return EditResult(); }
    /// A refused edit and why, in one sentence the user reads word for word.
    static EditResult refused(std::string reason) { return EditResult(std::move(reason)); }

    /// True when the edit was applied (or would be, for a check).
    explicit operator bool() const { return !m_refused; }
    bool isRefused() const { return m_refused; }
    /// Why the edit was refused; empty when it was applied.
    const std::string& reason() const { return m_reason; }

    bool operator==(const EditResult&) const = default;

  private:
    explicit EditResult(std::string reason) : m_refused(true), m_reason(std::move(reason)) {}

    bool m_refused = false;
    std::string m_reason;
};

} // namespace azimuth::model
