#pragma once
// File > New from Sample: every sample of the index as a thumbnail of its diagram, with
// its title and description; the chosen one opens as a new untitled design.

#include "SampleIndex.h"

#include <QDialog>
#include <optional>

class QLabel;
class QListWidget;

namespace azimuth::views {

class SampleGallery : public QDialog
{
    Q_OBJECT
  public:
    /// Thumbnails are drawn to fit this box, in device-independent pixels.
    static constexpr int kThumbWidth = 240;
    static constexpr int kThumbHeight = 150;

    explicit SampleGallery(SampleIndex index, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    const SampleIndex& index() const { return m_index; }
    /// The entry chosen, or none.
    std::optional<SampleEntry> selectedSample() const;
    /// The chosen sample's design (read afresh: the dialog keeps no copy).
    std::optional<model::Design> selectedDesign() const;

    /// The diagram of a design fitted into a thumbnail box on white.
    static QPixmap thumbnail(const model::Design& design, QSize box = {kThumbWidth, kThumbHeight});

  private:
    void showDescription();

    SampleIndex m_index;
    QListWidget* m_list;
    QLabel* m_description;
};

} // namespace azimuth::views
