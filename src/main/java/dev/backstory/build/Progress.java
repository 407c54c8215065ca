package dev.backstory.build;

/** Hears how far a long build has got, so a command line can show it. */
@FunctionalInterface
public interface Progress {
  Progress SILENT = (step, done, total) -> { };

  /** The steps that grow with the site, as a counter names them. */
  enum Step {
    READING("Reading explainers"),
    RENDERING("Rendering pages"),
    PACKING("Zipping the offline copy");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Called from any thread after each explainer read, page rendered or file zipped. */
  void advanced(Step step, int done, int total);
}
