package org.triagedesk.assessment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable maps that keep insertion order, so explanations print the same way every time.
 * Internal: the engine builds each explanation with a {@link Builder} and hands it over as a frozen
 * map, which the result records keep without copying it a second time.
 *
 * <p>Keys and values sit in two arrays, searched in order: an explanation holds a handful of
 * answers, so this is quicker and several times smaller than a {@code LinkedHashMap} (no table, no
 * entry objects, no wrapper).
 */
public final class OrderedMaps {

  private OrderedMaps() {}

  /**
   * An ordered map being built: putting a key again replaces its value and keeps its place, as a
   * {@code LinkedHashMap} does. Not thread-safe; {@link #build} ends it.
   */
  public static final class Builder<V> {
    private String[] keys;
    private Object[] values;
    private int size;

    public Builder<V> put(String key, V value) {
      for (int i = 0; i < size; i++) {
        if (Objects.equals(keys[i], key)) {
          values[i] = value;
          return this;
        }
      }
      if (keys == null) {
        keys = new String[4];
        values = new Object[4];
      } else if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      return this;
    }

    /** The frozen map; the builder must not be used afterwards. */
    public Map<String, V> build() {
      return size == 0 ? Map.of() : new Frozen<>(keys, values, size);
    }
  }

  static <V> Map<String, V> copy(Map<String, V> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    if (source instanceof Frozen) {
      return source;
    }
    Builder<V> copy = new Builder<>();
    source.forEach(copy::put);
    return copy.build();
  }

  private static final class Frozen<V> extends AbstractMap<String, V> {
    private final String[] keys;
    private final Object[] values;
    private final int size;

    Frozen(String[] keys, Object[] values, int size) {
      this.keys = keys;
      this.values = values;
      this.size = size;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<String, V> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int at = next++;
              return new SimpleImmutableEntry<>(keys[at], value(at));
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    @SuppressWarnings("unchecked") // only a Builder<V> puts values
    private V value(int at) {
      return (V) values[at];
    }

    @Override
    public V get(Object key) {
      int at = indexOf(key);
      return at < 0 ? null : value(at);
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
      for (int i = 0; i < size; i++) {
        if (Objects.equals(keys[i], key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
