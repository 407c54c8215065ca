package dev.backstory.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view record as a template sees it: a hash of the record's fields and nothing else.
 * FreeMarker's bean wrapping would also hand a template the Java object behind it:
 * {@code ${page.class}} printed the class's name, {@code ${page.toString}} the whole view with
 * its internals, and {@code ${page.hashCode}} a number that changes from build to build.
 */
final class RecordModel implements TemplateHashModelEx, WrapperTemplateModel {

  /** Each record type's fields and their accessors, in the order the record declares them. */
  private static final ClassValue<Map<String, Method>> FIELDS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> fields = new LinkedHashMap<>();
      for (RecordComponent component : type.getRecordComponents()) {
        Method accessor = component.getAccessor();
        // Views may be records of any visibility; the template reads only their fields.
        accessor.setAccessible(true);
        fields.put(component.getName(), accessor);
      }
      return Collections.unmodifiableMap(fields);
    }
  };

  private final Record view;
  private final ObjectWrapper wrapper;

  RecordModel(Record view, ObjectWrapper wrapper) {
    this.view = view;
    this.wrapper = wrapper;
  }

  /** The names of a record type's fields, in the order it declares them. */
  static List<String> fieldNames(Record view) {
    return List.copyOf(FIELDS.get(view.getClass()).keySet());
  }

  @Override
  public TemplateModel get(String name) throws TemplateModelException {
    Method accessor = FIELDS.get(view.getClass()).get(name);
    return accessor == null ? null : wrapper.wrap(read(accessor));
  }

  private Object read(Method accessor) throws TemplateModelException {
    try {
      return accessor.invoke(view);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new TemplateModelException("cannot read `" + accessor.getName() + "`", e);
    }
  }

  @Override
  public boolean isEmpty() {
    return FIELDS.get(view.getClass()).isEmpty();
  }

  @Override
  public int size() {
    return FIELDS.get(view.getClass()).size();
  }

  @Override
  public TemplateCollectionModel keys() {
    return new SimpleCollection(fieldNames(view), wrapper);
  }

  @Override
  public TemplateCollectionModel values() throws TemplateModelException {
    List<Object> values = new ArrayList<>();
    for (Method accessor : FIELDS.get(view.getClass()).values()) {
      values.add(read(accessor));
    }
    return new SimpleCollection(values, wrapper);
  }

  @Override
  public Object getWrappedObject() {
    return view;
  }
}
