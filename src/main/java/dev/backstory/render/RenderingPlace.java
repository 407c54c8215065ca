package dev.backstory.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.util.Optional;

/**
 * Where a template was when its page had to be stopped: the innermost {@code #list} or
 * {@code #items} around the instruction it was at, else that instruction. FreeMarker
 * unwinds its own stack before the page's failure reaches us, so this is asked while the
 * template is still there.
 */
final class RenderingPlace {

  private RenderingPlace() {}

  /**
   * The place {@code page} is at; empty when it is in no instruction. May be asked from another
   * thread than the page's: then it reads the page's stack as it happens to be, a guess at a
   * place that the page, going round, passes again and again. A read torn by the page moving
   * on at that moment gives no place rather than a wrong one.
   */
  static Optional<TemplateElement> of(Environment page) {
    TemplateElement[] stack;
    try {
      stack = page == null ? null : _CoreAPI.getInstructionStackSnapshot(page);
    } catch (RuntimeException torn) {
      return Optional.empty();
    }
    if (stack == null || stack.length == 0 || stack[0] == null) {
      return Optional.empty();
    }
    // The snapshot leaves out the loops around the innermost instruction, as FreeMarker's own
    // stack traces do; the template's tree still holds them.
    for (TemplateElement element = stack[0]; element != null;
        element = _CoreAPI.getParentElement(element)) {
      if (isLoop(element)) {
        return Optional.of(element);
      }
    }
    return Optional.of(stack[0]);
  }

  private static boolean isLoop(TemplateElement element) {
    String kind = element.getDescription();
    return kind.startsWith("#list") || kind.startsWith("#items") || kind.startsWith("#foreach");
  }
}
